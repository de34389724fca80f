package org.sourcedtimeline.io.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sourcedtimeline.model.Actor;
import org.sourcedtimeline.model.Event;
import org.sourcedtimeline.model.PartialDate;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.Source;
import org.sourcedtimeline.model.TimelineModel;

/**
 * The events and the quotes as CSV tables, one row each, for a spreadsheet or a newsroom's database.
 * Curated text (titles, places, notes) in the language asked for where the curation gives it; a
 * quote's words, its context and its offsets (Unicode code points, end exclusive) as the article has
 * them. Dates are ISO 8601 at their precision ({@code 2021-12}, never a day the sources do not give).
 */
public final class EvidenceCsv {
    public static final List<String> EVENT_COLUMNS = List.of("event_id", "title", "kind", "start", "end", "precision", "place",
            "country", "latitude", "longitude", "participants", "summary", "duration", "source_ids", "quote_ids");
    public static final List<String> QUOTE_COLUMNS = List.of("quote_id", "event_id", "event_title", "event_start", "speaker_id",
            "speaker", "speaker_role", "speaker_as_written", "attribution", "source_id", "article_title", "outlet", "published",
            "article_file", "article_sha256", "start", "end", "exact", "prefix", "suffix", "said_at_place", "said_at_date",
            "said_at_note", "notes");

    private EvidenceCsv() {}

    public static void events(TimelineModel m, String language, Writer out) throws IOException {
        CsvTable t = new CsvTable(out, EVENT_COLUMNS);
        for (Event e : m.events()) {
            List<String> participants = new ArrayList<>();
            for (String id : e.participants()) participants.add(m.actor(id).map(a -> a.name(language)).orElse(id));
            t.row(List.of(e.id(), nz(e.title(language)), e.kind() == null ? "" : e.kind().json(), date(e.start()), date(e.end()),
                    e.precision().json(), nz(e.placeName(language)), nz(e.country(language)),
                    e.place() == null || e.place().lat() == null ? "" : number(e.place().lat()),
                    e.place() == null || e.place().lon() == null ? "" : number(e.place().lon()),
                    String.join("; ", participants), nz(e.summary(language)), nz(e.duration(language)),
                    String.join(" ", e.sourceIds()), String.join(" ", m.quotesOf(e.id()).stream().map(Quote::id).toList())));
        }
    }

    public static void quotes(TimelineModel m, String language, Writer out) throws IOException {
        CsvTable t = new CsvTable(out, QUOTE_COLUMNS);
        for (Quote q : m.quotes()) {
            Event e = m.event(q.eventId()).orElse(null);
            Actor a = m.actor(q.speakerId()).orElse(null);
            Source s = m.source(q.sourceId()).orElse(null);
            List<String> row = new ArrayList<>(QUOTE_COLUMNS.size());
            row.add(q.id());
            row.add(nz(q.eventId()));
            row.add(e == null ? "" : nz(e.title(language)));
            row.add(e == null ? "" : date(e.start()));
            row.add(nz(q.speakerId()));
            row.add(a == null ? "" : nz(a.name(language)));
            row.add(a == null ? "" : nz(a.role(language)));
            row.add(nz(q.speakerLabel()));
            row.add(q.attribution() == null ? "" : q.attribution().json());
            row.add(nz(q.sourceId()));
            row.add(s == null ? "" : nz(s.title()));
            row.add(s == null ? "" : nz(s.outlet()));
            row.add(s == null || s.published() == null ? "" : date(s.published().date()));
            row.add(s == null ? "" : nz(s.file()));
            row.add(s == null ? "" : nz(s.sha256()));
            row.add(q.selector() == null ? "" : Integer.toString(q.selector().start()));
            row.add(q.selector() == null ? "" : Integer.toString(q.selector().end()));
            row.add(q.text());
            row.add(q.selector() == null ? "" : q.selector().prefix());
            row.add(q.selector() == null ? "" : q.selector().suffix());
            row.add(q.saidAt() == null ? "" : nz(q.saidAt().place()));
            row.add(q.saidAt() == null ? "" : date(q.saidAt().date()));
            row.add(nz(q.saidAtNote(language)));
            row.add(String.join("\n", q.notes(language)));
            t.row(row);
        }
    }

    private static String date(PartialDate d) { return d == null ? "" : d.toString(); }

    private static String number(double d) { return String.format(Locale.ROOT, "%s", d); }

    private static String nz(String s) { return s == null ? "" : s; }
}
