package org.sourcedtimeline.io.imports;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Locale;

/**
 * The analysis as text a person reads in a terminal, and as JSON (the suggestions a review starts
 * from: every one with its offsets, confidence and reason). Neither is the curation file.
 */
public final class AnalysisReport {
    private AnalysisReport() {}

    public static String text(ArticleAnalysis a) {
        StringBuilder out = new StringBuilder();
        out.append(a.file()).append(": ").append(a.quotes().size()).append(" passages between quotation marks, ")
                .append(a.boilerplate().size()).append(" lines of boilerplate, ").append(a.dates().size()).append(" dates\n");
        out.append("published: ").append(a.published() == null ? "unknown (give --published to resolve weekdays and dates without a year)"
                : a.published() + (a.publishedFrom() != null ? " (" + a.publishedFrom() + ")" : " (as given)")).append('\n');
        out.append("event of the article: ").append(a.mainEventId() == null ? "none" : a.mainEventId()).append(" (").append(a.mainEventReason()).append(")\n");
        for (QuoteSuggestion q : a.quotes()) {
            int[] lc = a.article().lineColumn(q.start());
            String words = q.words().replaceAll("\\s+", " ");
            out.append(String.format(Locale.ROOT, "%n%s:%d:%d  %s %.0f%%  « %s »%n", a.file(), lc[0], lc[1],
                    q.kind() == QuoteSuggestion.Kind.TERM ? "TERM (not a quotation?)" : q.full() ? "QUOTATION" : "FRAGMENT", 100 * q.confidence(),
                    words.length() > 90 ? words.substring(0, 89) + "…" : words));
            out.append("    why: ").append(q.reason()).append('\n');
            SpeakerGuess s = q.speaker();
            out.append(String.format(Locale.ROOT, "    speaker: %s, %s, %.0f%%: %s%n",
                    s.actorId() != null ? s.actorId() : s.label() != null ? "unnamed « " + s.label() + " »" : "unknown",
                    s.attribution().name().toLowerCase(Locale.ROOT), 100 * s.confidence(), s.reason()));
            out.append(String.format(Locale.ROOT, "    event: %s, %.0f%%: %s%n", q.event().eventId(), 100 * q.event().confidence(), q.event().reason()));
            out.append("    id: ").append(q.id()).append('\n');
        }
        for (BoilerplateSuggestion b : a.boilerplate()) {
            int[] lc = a.article().lineColumn(b.start());
            out.append(String.format(Locale.ROOT, "%n%s:%d:%d  BOILERPLATE %s  « %s »%n    why: %s%n", a.file(), lc[0], lc[1], b.kind(),
                    a.article().slice(b.start(), b.end()), b.reason()));
        }
        return out.toString();
    }

    public static String json(ArticleAnalysis a) {
        JsonObject root = new JsonObject();
        root.addProperty("file", a.file());
        root.addProperty("published", a.published() == null ? null : a.published().toString());
        root.addProperty("publishedFrom", a.publishedFrom());
        root.addProperty("event", a.mainEventId());
        root.addProperty("eventReason", a.mainEventReason());
        JsonArray quotes = new JsonArray();
        for (QuoteSuggestion q : a.quotes()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", q.id());
            o.addProperty("kind", q.kind().name().toLowerCase(Locale.ROOT));
            o.addProperty("full", q.full());
            o.addProperty("start", q.start());
            o.addProperty("end", q.end());
            o.addProperty("exact", q.words());
            o.addProperty("confidence", q.confidence());
            o.addProperty("reason", q.reason());
            JsonArray notes = new JsonArray();
            q.notes().forEach(notes::add);
            o.add("notes", notes);
            o.addProperty("speaker", q.speaker().actorId());
            o.addProperty("speakerLabel", q.speaker().label());
            o.addProperty("attribution", q.speaker().attribution().json());
            o.addProperty("speakerConfidence", q.speaker().confidence());
            o.addProperty("speakerReason", q.speaker().reason());
            o.addProperty("event", q.event().eventId());
            o.addProperty("eventConfidence", q.event().confidence());
            o.addProperty("eventReason", q.event().reason());
            quotes.add(o);
        }
        root.add("quotes", quotes);
        JsonArray bp = new JsonArray();
        for (BoilerplateSuggestion b : a.boilerplate()) {
            JsonObject o = new JsonObject();
            o.addProperty("kind", b.kind());
            o.addProperty("start", b.start());
            o.addProperty("end", b.end());
            o.addProperty("exact", a.article().slice(b.start(), b.end()));
            o.addProperty("reason", b.reason());
            bp.add(o);
        }
        root.add("boilerplate", bp);
        JsonArray dates = new JsonArray();
        for (DateMention d : a.dates()) {
            JsonObject o = new JsonObject();
            o.addProperty("words", d.words());
            o.addProperty("date", d.date() == null ? null : d.date().toString());
            o.addProperty("reason", d.reason());
            dates.add(o);
        }
        root.add("dates", dates);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root) + "\n";
    }
}
