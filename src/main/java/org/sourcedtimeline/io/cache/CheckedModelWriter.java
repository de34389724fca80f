package org.sourcedtimeline.io.cache;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.io.Problem;
import org.sourcedtimeline.model.Account;
import org.sourcedtimeline.model.Actor;
import org.sourcedtimeline.model.ArticleText;
import org.sourcedtimeline.model.Boilerplate;
import org.sourcedtimeline.model.Event;
import org.sourcedtimeline.model.PartialDate;
import org.sourcedtimeline.model.Place;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.Selector;
import org.sourcedtimeline.model.Source;
import org.sourcedtimeline.model.SourceNote;
import org.sourcedtimeline.model.SourceSpan;
import org.sourcedtimeline.model.TimelineModel;
import org.sourcedtimeline.model.Translations;

/**
 * Writes a checked model as CBOR (RFC 8949) with string references (the ids an event's quotes share
 * are written once), followed by the HMAC-SHA256 tag of everything before it. One CBOR array of
 * rows; the layout is {@link CheckedModelReader}'s, version {@link CacheHeader#FORMAT_VERSION}.
 * A quote anchored in its article is written as its offsets alone: its words are the article's.
 */
public final class CheckedModelWriter {
    private static final CBORFactory FACTORY = CBORFactory.builder().enable(CBORGenerator.Feature.STRINGREF).build();

    private CheckedModelWriter() {}

    /** Writes {@code loaded} (its load's warnings beside it) under {@code header}, signed with {@code key}. */
    public static void write(OutputStream out, CacheHeader header, LoadedModel loaded, List<Problem> warnings, CacheKey key)
            throws IOException {
        Mac mac = key.mac();
        OutputStream signed = new FilterOutputStream(out) {
            @Override public void write(int b) throws IOException {
                mac.update((byte) b);
                out.write(b);
            }

            @Override public void write(byte[] b, int off, int len) throws IOException {
                mac.update(b, off, len);
                out.write(b, off, len);
            }
        };
        try (JsonGenerator g = FACTORY.createGenerator(signed)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartArray();
            header(g, header);
            g.writeStartArray();
            for (Problem p : warnings) problem(g, p);
            g.writeEndArray();
            TimelineModel m = loaded.model();
            g.writeNumber(m.schemaVersion());
            str(g, m.title());
            g.writeStartArray();
            for (Source s : m.sources()) source(g, s);
            g.writeEndArray();
            g.writeStartArray();
            for (Actor a : m.actors()) actor(g, a);
            g.writeEndArray();
            g.writeNumber(m.events().size());
            g.writeStartArray();
            for (Event e : m.events()) event(g, e);
            g.writeEndArray();
            g.writeNumber(m.quotes().size());
            g.writeStartArray();
            for (Quote q : m.quotes()) quote(g, q, loaded.article(q.sourceId()));
            g.writeEndArray();
            g.writeEndArray();
        }
        out.write(mac.doFinal());
    }

    private static void header(JsonGenerator g, CacheHeader h) throws IOException {
        g.writeString(h.format());
        g.writeNumber(h.formatVersion());
        str(g, h.appVersion());
        str(g, h.name());
        str(g, h.path());
        g.writeNumber(h.size());
        g.writeNumber(h.modifiedMillis());
        str(g, h.sha256());
    }

    private static void problem(JsonGenerator g, Problem p) throws IOException {
        g.writeStartArray();
        g.writeNumber(p.severity().ordinal());
        str(g, p.file());
        g.writeNumber(p.line());
        g.writeNumber(p.column());
        str(g, p.path());
        str(g, p.message());
        g.writeEndArray();
    }

    private static void source(JsonGenerator g, Source s) throws IOException {
        g.writeStartArray();
        str(g, s.id());
        str(g, s.file());
        str(g, s.sha256());
        str(g, s.title());
        str(g, s.outlet());
        str(g, s.outletNote());
        str(g, s.language());
        if (s.published() == null) {
            g.writeNull();
        } else {
            g.writeStartArray();
            date(g, s.published().date());
            str(g, s.published().inferredFrom());
            g.writeEndArray();
        }
        g.writeStartArray();
        for (Boilerplate b : s.boilerplate()) {
            g.writeStartArray();
            g.writeNumber(b.range().start());
            g.writeNumber(b.range().end());
            str(g, b.kind());
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeStartArray();
        for (SourceNote n : s.notes()) {
            g.writeStartArray();
            g.writeNumber(n.range().start());
            g.writeNumber(n.range().end());
            str(g, n.exact());
            str(g, n.note());
            g.writeEndArray();
        }
        g.writeEndArray();
        translations(g, s.translations());
        g.writeEndArray();
    }

    private static void actor(JsonGenerator g, Actor a) throws IOException {
        g.writeStartArray();
        str(g, a.id());
        str(g, a.name());
        str(g, a.role());
        str(g, a.affiliation());
        translations(g, a.translations());
        g.writeEndArray();
    }

    private static void event(JsonGenerator g, Event e) throws IOException {
        g.writeStartArray();
        str(g, e.id());
        str(g, e.title());
        date(g, e.start());
        date(g, e.end());
        place(g, e.place());
        if (e.kind() == null) g.writeNull();
        else g.writeNumber(e.kind().ordinal());
        strings(g, e.participants());
        str(g, e.summary());
        str(g, e.duration());
        strings(g, e.sourceIds());
        g.writeStartArray();
        for (Account a : e.accounts()) {
            g.writeStartArray();
            str(g, a.side());
            str(g, a.teller());
            str(g, a.summary());
            strings(g, a.quoteIds());
            g.writeStartArray();
            for (SourceSpan s : a.spans()) {
                g.writeStartArray();
                str(g, s.sourceId());
                if (s.range() == null) {
                    g.writeNull();
                    g.writeNull();
                } else {
                    g.writeNumber(s.range().start());
                    g.writeNumber(s.range().end());
                }
                str(g, s.exact());
                g.writeEndArray();
            }
            g.writeEndArray();
            translations(g, a.translations());
            g.writeEndArray();
        }
        g.writeEndArray();
        translations(g, e.translations());
        g.writeEndArray();
    }

    private static void place(JsonGenerator g, Place p) throws IOException {
        if (p == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        str(g, p.name());
        str(g, p.country());
        if (p.lat() == null) g.writeNull();
        else g.writeNumber(p.lat());
        if (p.lon() == null) g.writeNull();
        else g.writeNumber(p.lon());
        g.writeEndArray();
    }

    private static void quote(JsonGenerator g, Quote q, ArticleText article) throws IOException {
        g.writeStartArray();
        str(g, q.id());
        str(g, q.eventId());
        str(g, q.speakerId());
        str(g, q.speakerLabel());
        str(g, q.sourceId());
        if (q.attribution() == null) g.writeNull();
        else g.writeNumber(q.attribution().ordinal());
        Selector s = q.selector();
        boolean anchored = s != null && article != null && s.isAnchoredIn(article) && q.text().equals(s.exact());
        if (s == null) {
            g.writeNull();
        } else {
            g.writeStartArray();
            g.writeNumber(s.start());
            g.writeNumber(s.end());
            if (!anchored) {
                g.writeString(s.exact());
                g.writeString(s.prefix());
                g.writeString(s.suffix());
            }
            g.writeEndArray();
        }
        if (anchored) g.writeNull();
        else g.writeString(q.text());
        if (q.saidAt() == null) {
            g.writeNull();
        } else {
            g.writeStartArray();
            str(g, q.saidAt().place());
            date(g, q.saidAt().date());
            str(g, q.saidAt().note());
            g.writeEndArray();
        }
        strings(g, q.notes());
        translations(g, q.translations());
        g.writeEndArray();
    }

    /** Year, month, day and precision in one number: ((year × 100 + month) × 100 + day) × 4 + precision. */
    static long packed(PartialDate d) {
        return ((d.year() * 100L + d.month()) * 100 + d.day()) * 4 + d.precision().ordinal();
    }

    private static void date(JsonGenerator g, PartialDate d) throws IOException {
        if (d == null) g.writeNull();
        else g.writeNumber(packed(d));
    }

    private static void translations(JsonGenerator g, Translations t) throws IOException {
        if (t.isEmpty()) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        for (Map.Entry<String, Map<String, String>> lang : t.byLanguage().entrySet()) {
            g.writeFieldName(lang.getKey());
            g.writeStartObject();
            for (Map.Entry<String, String> f : lang.getValue().entrySet()) {
                g.writeFieldName(f.getKey());
                str(g, f.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, List<String> list) throws IOException {
        g.writeStartArray();
        for (String s : list) str(g, s);
        g.writeEndArray();
    }

    private static void str(JsonGenerator g, String s) throws IOException {
        if (s == null) g.writeNull();
        else g.writeString(s);
    }
}
