package org.sourcedtimeline.io;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sourcedtimeline.model.Account;
import org.sourcedtimeline.model.Actor;
import org.sourcedtimeline.model.Translations;
import org.sourcedtimeline.model.Boilerplate;
import org.sourcedtimeline.model.Event;
import org.sourcedtimeline.model.PartialDate;
import org.sourcedtimeline.model.Place;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.SaidAt;
import org.sourcedtimeline.model.Selector;
import org.sourcedtimeline.model.Source;
import org.sourcedtimeline.model.SourceNote;
import org.sourcedtimeline.model.SourceSpan;
import org.sourcedtimeline.model.TimelineModel;

/**
 * Writes a model as schema-version-1 JSON. The output is deterministic (fixed field order, the
 * model's own order, explicit nulls, LF line ends) so that a rebuild can be compared byte for byte.
 */
public final class ModelWriter {
    private ModelWriter() {}

    public static byte[] toBytes(TimelineModel m) {
        return toJson(m).getBytes(StandardCharsets.UTF_8);
    }


    public static String toJson(TimelineModel m) {
        return toJson(m, "  ");
    }

    private static String toJson(TimelineModel m, String indent) {
        StringWriter sw = new StringWriter();
        try {
            write(m, sw, indent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    /** Streams a model that may be larger than any one string (a million events), without indentation. */
    public static void writeCompact(TimelineModel m, java.io.Writer out) throws IOException {
        write(m, out, "");
    }

    private static void write(TimelineModel m, java.io.Writer out, String indent) throws IOException {
        // Not closed here: the caller owns the stream (closing the JsonWriter would close it).
        JsonWriter w = new JsonWriter(out);
        {
            w.setIndent(indent);
            w.setHtmlSafe(false);
            w.setSerializeNulls(true);
            w.beginObject();
            w.name("schemaVersion").value(m.schemaVersion());
            w.name("title").value(m.title());
            w.name("sources").beginArray();
            for (Source s : m.sources()) source(w, s);
            w.endArray();
            w.name("actors").beginArray();
            for (Actor a : m.actors()) {
                w.beginObject();
                w.name("id").value(a.id()).name("name").value(a.name()).name("role").value(a.role())
                        .name("affiliation").value(a.affiliation());
                translations(w, a.translations());
                w.endObject();
            }
            w.endArray();
            w.name("events").beginArray();
            for (Event e : m.events()) event(w, e);
            w.endArray();
            w.name("quotes").beginArray();
            for (Quote q : m.quotes()) quote(w, q);
            w.endArray();
            w.endObject();
            w.flush();
            out.write("\n");
            out.flush();
        }
    }

    private static void source(JsonWriter w, Source s) throws IOException {
        w.beginObject();
        w.name("id").value(s.id()).name("file").value(s.file()).name("sha256").value(s.sha256())
                .name("title").value(s.title()).name("outlet").value(s.outlet()).name("outletNote").value(s.outletNote()).name("language").value(s.language());
        w.name("published");
        if (s.published() == null) {
            w.nullValue();
        } else {
            w.beginObject();
            date(w, "date", s.published().date());
            w.name("inferredFrom").value(s.published().inferredFrom());
            w.endObject();
        }
        w.name("boilerplate").beginArray();
        for (Boilerplate b : s.boilerplate()) {
            w.beginObject().name("start").value(b.range().start()).name("end").value(b.range().end())
                    .name("kind").value(b.kind()).endObject();
        }
        w.endArray();
        w.name("notes").beginArray();
        for (SourceNote n : s.notes()) {
            w.beginObject().name("start").value(n.range().start()).name("end").value(n.range().end())
                    .name("exact").value(n.exact()).name("note").value(n.note()).endObject();
        }
        w.endArray();
        translations(w, s.translations());
        w.endObject();
    }

    private static void event(JsonWriter w, Event e) throws IOException {
        w.beginObject();
        w.name("id").value(e.id()).name("title").value(e.title());
        w.name("start").value(e.start().toString());
        w.name("end").value(e.end() == null ? null : e.end().toString());
        w.name("precision").value(e.precision().json());
        w.name("place");
        place(w, e.place());
        w.name("kind").value(e.kind().json());
        strings(w, "participants", e.participants());
        w.name("summary").value(e.summary());
        w.name("duration").value(e.duration());
        strings(w, "sourceIds", e.sourceIds());
        w.name("accounts").beginArray();
        for (Account a : e.accounts()) {
            w.beginObject();
            w.name("side").value(a.side()).name("teller").value(a.teller()).name("summary").value(a.summary());
            strings(w, "quoteIds", a.quoteIds());
            w.name("spans").beginArray();
            for (SourceSpan s : a.spans()) {
                w.beginObject().name("sourceId").value(s.sourceId()).name("start").value(s.range().start())
                        .name("end").value(s.range().end()).name("exact").value(s.exact()).endObject();
            }
            w.endArray();
            translations(w, a.translations());
            w.endObject();
        }
        w.endArray();
        translations(w, e.translations());
        w.endObject();
    }

    /** Only when there are some: a model without translations is written as before. */
    private static void translations(JsonWriter w, Translations t) throws IOException {
        if (t.isEmpty()) return;
        w.name("translations").beginObject();
        for (var lang : t.byLanguage().entrySet()) {
            w.name(lang.getKey()).beginObject();
            // A list field ("notes.0", "notes.1"…) goes back to being a list, where its first item was.
            java.util.Set<String> listsDone = new java.util.HashSet<>();
            for (var f : lang.getValue().entrySet()) {
                int dot = f.getKey().indexOf('.');
                if (dot < 0) {
                    w.name(f.getKey()).value(f.getValue());
                    continue;
                }
                String list = f.getKey().substring(0, dot);
                if (!listsDone.add(list)) continue;
                w.name(list).beginArray();
                for (int i = 0; lang.getValue().containsKey(list + "." + i); i++) w.value(lang.getValue().get(list + "." + i));
                w.endArray();
            }
            w.endObject();
        }
        w.endObject();
    }

    private static void place(JsonWriter w, Place p) throws IOException {
        if (p == null) {
            w.nullValue();
            return;
        }
        w.beginObject().name("name").value(p.name()).name("country").value(p.country())
                .name("lat").value(p.lat()).name("lon").value(p.lon()).endObject();
    }

    private static void quote(JsonWriter w, Quote q) throws IOException {
        w.beginObject();
        w.name("id").value(q.id()).name("eventId").value(q.eventId()).name("speakerId").value(q.speakerId())
                .name("speakerLabel").value(q.speakerLabel()).name("text").value(q.text()).name("sourceId").value(q.sourceId());
        Selector s = q.selector();
        w.name("selector").beginObject().name("start").value(s.start()).name("end").value(s.end())
                .name("exact").value(s.exact()).name("prefix").value(s.prefix()).name("suffix").value(s.suffix()).endObject();
        w.name("attribution").value(q.attribution().json());
        w.name("saidAt");
        SaidAt at = q.saidAt();
        if (at == null) {
            w.nullValue();
        } else {
            w.beginObject().name("place").value(at.place());
            if (at.date() == null) w.name("date").nullValue().name("precision").nullValue();
            else date(w, "date", at.date());
            w.name("note").value(at.note()).endObject();
        }
        strings(w, "notes", q.notes());
        translations(w, q.translations());
        w.endObject();
    }

    private static void date(JsonWriter w, String name, PartialDate d) throws IOException {
        w.name(name).value(d.toString()).name("precision").value(d.precision().json());
    }

    private static void strings(JsonWriter w, String name, List<String> values) throws IOException {
        w.name(name).beginArray();
        for (String v : values) w.value(v);
        w.endArray();
    }
}
