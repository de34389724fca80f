package org.sourcedtimeline.io.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sourcedtimeline.model.text.Citations;
import org.sourcedtimeline.model.Account;
import org.sourcedtimeline.model.Actor;
import org.sourcedtimeline.model.Event;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.Source;
import org.sourcedtimeline.model.TimelineModel;
import org.sourcedtimeline.model.text.Formats;

/**
 * The model, or one event, as Markdown prose (CommonMark with footnotes, as GitHub and most
 * newsroom tools read it): each event with its date, place, summary and the two sides' accounts,
 * then its quotes, each footnoted to its article, its code-point offsets and its id. Every character
 * of curated or quoted text is escaped, so the rendered words are exactly the model's.
 */
public final class MarkdownReport {
    private final TimelineModel model;
    private final Locale locale;
    private final String lang;
    private final List<String> footnotes = new ArrayList<>();

    private MarkdownReport(TimelineModel model, Locale locale) {
        this.model = model;
        this.locale = locale;
        this.lang = locale.getLanguage();
    }

    /** The whole model, or only the event {@code eventId} when it is not null. */
    public static void write(TimelineModel model, String eventId, Locale locale, String origin, Writer out) throws IOException {
        new MarkdownReport(model, locale).report(eventId, origin, out);
    }

    private boolean fr() { return lang.equals("fr"); }

    private void report(String eventId, String origin, Writer out) throws IOException {
        // The file's name, not its path: a report is published, the folders of the user's disk are theirs.
        origin = origin == null ? "" : origin.substring(Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\')) + 1);
        StringBuilder b = new StringBuilder();
        List<Event> events = eventId == null ? model.events() : List.of(model.event(eventId)
                .orElseThrow(() -> new IllegalArgumentException("no event \"" + eventId + "\" in the model")));
        b.append("# ").append(escape(eventId == null ? model.title() : events.get(0).title(lang))).append("\n\n");
        int quotes = events.stream().mapToInt(e -> model.quotesOf(e.id()).size()).sum();
        b.append(fr()
                ? "Exporté de Sourced Timeline (modèle " + code(origin) + ") : " + events.size() + " événement(s), " + quotes
                        + " citation(s). Les citations sont les caractères exacts des articles ; les positions sont en points de code "
                        + "Unicode, fin exclue. Chaque identifiant s’ouvre dans l’application avec " + code("timeline --select ID") + "."
                : "Exported from Sourced Timeline (model " + code(origin) + "): " + events.size() + " event(s), " + quotes
                        + " quote(s). Quotations are the articles' exact characters; offsets are Unicode code points, end exclusive. "
                        + "Open any id in the app with " + code("timeline --select ID") + ".")
                .append("\n\n");
        for (Event e : events) event(e, b, eventId == null ? "## " : "");
        if (!footnotes.isEmpty()) {
            for (int i = 0; i < footnotes.size(); i++) b.append("[^").append(i + 1).append("]: ").append(footnotes.get(i)).append('\n');
        }
        out.write(b.toString());
    }

    private void event(Event e, StringBuilder b, String heading) {
        if (!heading.isEmpty()) b.append(heading).append(escape(e.title(lang))).append("\n\n");
        List<String> facts = new ArrayList<>();
        facts.add(escape(Formats.range(e.start(), e.end(), locale)));
        String place = e.placeName(lang);
        if (place != null && !place.isBlank()) {
            String country = e.country(lang);
            facts.add(escape(country == null || country.isBlank() || country.equals(place) ? place : place + ", " + country));
        }
        String duration = e.duration(lang);
        if (duration != null && !duration.isBlank()) facts.add(escape(duration));
        facts.add("id " + code(e.id()));
        b.append('*').append(String.join(" · ", facts.subList(0, facts.size() - 1))).append("* · ").append(facts.get(facts.size() - 1))
                .append("\n\n");
        if (e.summary(lang) != null && !e.summary(lang).isBlank()) b.append(escape(e.summary(lang))).append("\n\n");
        if (!e.accounts().isEmpty()) {
            b.append(fr() ? "**Les récits de chaque partie**" : "**Each side's account**").append("\n\n");
            for (Account a : e.accounts()) {
                String teller = a.teller() == null ? "" : " (" + escape(model.actor(a.teller()).map(x -> x.name(lang)).orElse(a.teller())) + ")";
                b.append("- **").append(escape(side(a.side()))).append("**").append(teller).append(" : ".substring(fr() ? 0 : 1))
                        .append(escape(a.summary(lang))).append('\n');
            }
            b.append('\n');
        }
        for (Quote q : model.quotesOf(e.id())) quote(q, b);
    }

    /** The side of an account as a reader names it: "us" and "ru" are the model's codes for the two governments. */
    private String side(String code) {
        if ("us".equals(code)) return fr() ? "États-Unis" : "United States";
        if ("ru".equals(code) || "russia".equals(code)) return fr() ? "Russie" : "Russia";
        return code;
    }

    private void quote(Quote q, StringBuilder b) {
        String words = escape(q.text()).replace("\r\n", "\n").replace("\n", "\n> ");
        footnotes.add(footnote(q));
        b.append("> \u00AB\u00A0").append(words).append("\u00A0\u00BB\n> \u2014 ").append(speaker(q)).append("[^").append(footnotes.size())
                .append("]\n\n");
    }

    private String speaker(Quote q) {
        Actor a = model.actor(q.speakerId()).orElse(null);
        if (a == null) {
            String label = q.speakerLabel() != null && !q.speakerLabel().isBlank() ? q.speakerLabel()
                    : fr() ? "orateur que l’article ne nomme pas" : "speaker the article does not name";
            return "*" + escape(label) + "*";
        }
        String role = a.role(lang);
        return escape(a.name(lang)) + (role == null || role.isBlank() ? "" : ", " + escape(role));
    }

    private String footnote(Quote q) {
        List<String> parts = new ArrayList<>();
        Source s = model.source(q.sourceId()).orElse(null);
        if (s != null) {
            parts.add(escape(Citations.article(s, locale)));
            parts.add((fr() ? "article " : "article ") + code(s.file()));
        }
        if (q.selector() != null)
            parts.add((fr() ? "points de code " : "code points ") + q.selector().start() + "\u2013" + q.selector().end());
        if (q.attribution() != null) parts.add((fr() ? "attribution : " : "attribution: ") + q.attribution().json());
        parts.add((fr() ? "citation " : "quote ") + code(q.id()));
        return String.join(", ", parts) + ".";
    }

    /**
     * The text with a backslash before each character that could start Markdown syntax where it
     * stands (emphasis, links, code, HTML, entities, tables; and at a line's start, headings, lists,
     * quotes, rules): CommonMark then shows every character exactly as written, and the file stays
     * readable.
     */
    static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 8);
        boolean lineStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (lineStart && c >= '0' && c <= '9') {
                // "12." or "12)" would start an ordered list: the digits cannot be escaped, their mark can.
                int j = i;
                while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
                b.append(s, i, j);
                if (j < s.length() && (s.charAt(j) == '.' || s.charAt(j) == ')')) b.append('\\').append(s.charAt(j++));
                i = j - 1;
                lineStart = false;
                continue;
            }
            if (INLINE.indexOf(c) >= 0 || lineStart && BLOCK.indexOf(c) >= 0) b.append('\\');
            b.append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }
        return b.toString();
    }

    private static final String INLINE = "\\`*_[]<>!&|~#";
    /** Marks that start a list, a setext heading, a thematic break or a quote at a line's start. */
    private static final String BLOCK = "-+=>";

    /** A code span that holds any text: fenced with more backticks than it contains in a row. */
    static String code(String s) {
        if (s == null) return "";
        int run = 0, longest = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = s.startsWith("`") || s.endsWith("`");
        return fence + (pad ? " " : "") + s + (pad ? " " : "") + fence;
    }
}
