package org.sourcedtimeline.io.export;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.sourcedtimeline.model.text.Citations;
import org.sourcedtimeline.model.Actor;
import org.sourcedtimeline.model.Event;
import org.sourcedtimeline.model.PartialDate;
import org.sourcedtimeline.model.Precision;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.Source;
import org.sourcedtimeline.model.TimelineModel;
import org.sourcedtimeline.model.text.Formats;

/**
 * The model as a <a href="https://timeline.knightlab.com/docs/json-format.html">TimelineJS3</a>
 * timeline: the title slide names the model and its articles; each event is a slide whose
 * {@code unique_id} is the event's id, whose dates keep their precision (a month-precise event has
 * no day, so TimelineJS shows the month), with the model's own {@code display_date}; the text
 * holds the summary and every quote (exact words, speaker, article and offsets), and the first quote
 * is the slide's media, a blockquote credited to its article. Encounters and context events are
 * TimelineJS groups. All text is HTML-escaped: TimelineJS reads it as HTML.
 */
public final class TimelineJsJson {
    private TimelineJsJson() {}

    public static void write(TimelineModel m, Locale locale, Writer out) throws IOException {
        String lang = locale.getLanguage();
        boolean fr = lang.equals("fr");
        JsonWriter w = new JsonWriter(out);
        w.setIndent("  ");
        w.beginObject();
        w.name("title").beginObject();
        w.name("unique_id").value("sourced-timeline-title");
        w.name("text").beginObject();
        w.name("headline").value(html(m.title()));
        StringBuilder sources = new StringBuilder("<p>").append(fr ? "Construit à partir de ces articles ; chaque citation est"
                + " le texte exact de l’article, ses positions en points de code." : "Built from these articles; every quotation is the"
                + " article's exact text, its offsets in code points.").append("</p><ul>");
        for (Source s : m.sources()) sources.append("<li>").append(html(credit(s, locale))).append("</li>");
        w.name("text").value(sources.append("</ul>").toString());
        w.endObject();
        w.endObject();
        w.name("events").beginArray();
        for (Event e : m.events()) event(w, m, e, locale);
        w.endArray();
        w.endObject();
        w.flush();
    }

    private static void event(JsonWriter w, TimelineModel m, Event e, Locale locale) throws IOException {
        String lang = locale.getLanguage();
        w.beginObject();
        w.name("unique_id").value(e.id());
        date(w, "start_date", e.start());
        if (e.end() != null && !e.end().equals(e.start())) date(w, "end_date", e.end());
        w.name("display_date").value(Formats.range(e.start(), e.end(), locale));
        w.name("group").value(e.kind() != null && e.kind().isEncounter() ? (lang.equals("fr") ? "Rencontres" : "Encounters")
                : (lang.equals("fr") ? "Contexte" : "Context"));
        w.name("text").beginObject();
        w.name("headline").value(html(e.title(lang)));
        StringBuilder t = new StringBuilder();
        String place = e.placeName(lang);
        if (place != null && !place.isBlank()) t.append("<p><em>").append(html(place)).append("</em></p>");
        if (e.summary(lang) != null) t.append("<p>").append(html(e.summary(lang))).append("</p>");
        List<Quote> quotes = m.quotesOf(e.id());
        for (Quote q : quotes) {
            t.append("<blockquote data-quote-id=\"").append(html(q.id())).append("\"><p>\u00AB\u00A0").append(html(q.text()))
                    .append("\u00A0\u00BB</p><footer>\u2014 ").append(html(speaker(m, q, lang))).append(" <cite>")
                    .append(html(where(m, q, locale))).append("</cite></footer></blockquote>");
        }
        w.name("text").value(t.toString());
        w.endObject();
        if (!quotes.isEmpty()) {
            Quote first = quotes.get(0);
            w.name("media").beginObject();
            w.name("url").value("<blockquote>\u00AB\u00A0" + html(first.text()) + "\u00A0\u00BB</blockquote>");
            w.name("caption").value(html(speaker(m, first, lang)));
            w.name("credit").value(html(m.source(first.sourceId()).map(s -> credit(s, locale)).orElse("")));
            w.endObject();
        }
        w.endObject();
    }

    /** Year, and month and day as far as the sources give them: TimelineJS shows what it is given. */
    private static void date(JsonWriter w, String name, PartialDate d) throws IOException {
        w.name(name).beginObject();
        w.name("year").value(d.year());
        if (d.precision() != Precision.YEAR) w.name("month").value(d.month());
        if (d.precision() == Precision.DAY) w.name("day").value(d.day());
        w.endObject();
    }

    private static String speaker(TimelineModel m, Quote q, String lang) {
        Actor a = m.actor(q.speakerId()).orElse(null);
        if (a != null) return a.name(lang);
        if (q.speakerLabel() != null && !q.speakerLabel().isBlank()) return q.speakerLabel();
        return lang.equals("fr") ? "orateur que l’article ne nomme pas" : "speaker the article does not name";
    }

    private static String where(TimelineModel m, Quote q, Locale locale) {
        String article = m.source(q.sourceId()).map(s -> credit(s, locale)).orElse("");
        return article + ", " + (locale.getLanguage().equals("fr") ? "points de code " : "code points ") + q.selector().start() + "\u2013"
                + q.selector().end();
    }

    private static String credit(Source s, Locale locale) { return Citations.article(s, locale); }

    /** Text as HTML shows it: the five characters HTML gives a meaning escaped, nothing else changed. */
    static String html(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
