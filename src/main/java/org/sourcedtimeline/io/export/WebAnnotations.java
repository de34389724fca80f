package org.sourcedtimeline.io.export;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.sourcedtimeline.model.Actor;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.Source;
import org.sourcedtimeline.model.TimelineModel;

/**
 * Every quote as a W3C Web Annotation (JSON-LD, <a href="https://www.w3.org/TR/annotation-model/">Web
 * Annotation Data Model</a>), in one AnnotationCollection: the target is the article file (relative to
 * the model, as the model names it, with its sha256), selected by a {@code TextQuoteSelector} (the
 * exact words and 32 characters of context on each side) and a {@code TextPositionSelector}
 * (offsets in Unicode code points, end exclusive, as the specification counts characters); the body
 * names the speaker and how sure the article lets us be of them.
 */
public final class WebAnnotations {
    /** The ids of the exported annotations: {@value}{@code <quote id>}. */
    public static final String QUOTE_IRI = "urn:x-sourced-timeline:quote:";

    private WebAnnotations() {}

    public static void write(TimelineModel m, String language, Writer out) throws IOException {
        JsonWriter w = new JsonWriter(out);
        w.setIndent("  ");
        w.beginObject();
        w.name("@context").value("http://www.w3.org/ns/anno.jsonld");
        w.name("id").value("urn:x-sourced-timeline:annotations");
        w.name("type").value("AnnotationCollection");
        w.name("label").value(m.title());
        w.name("total").value(m.quotes().size());
        w.name("first").beginObject();
        w.name("type").value("AnnotationPage");
        w.name("startIndex").value(0);
        w.name("items").beginArray();
        for (Quote q : m.quotes()) annotation(w, m, q, language);
        w.endArray();
        w.endObject();
        w.endObject();
        w.flush();
    }

    private static void annotation(JsonWriter w, TimelineModel m, Quote q, String language) throws IOException {
        Source s = m.source(q.sourceId()).orElse(null);
        Actor a = m.actor(q.speakerId()).orElse(null);
        w.beginObject();
        w.name("id").value(QUOTE_IRI + URLEncoder.encode(q.id(), StandardCharsets.UTF_8));
        w.name("type").value("Annotation");
        w.name("motivation").value("identifying");
        w.name("body").beginArray();
        w.beginObject();
        w.name("type").value("TextualBody");
        w.name("purpose").value("identifying");
        w.name("format").value("text/plain");
        if (language != null) w.name("language").value(language);
        String who = a != null ? a.name(language) + (a.role(language) == null ? "" : ", " + a.role(language))
                : q.speakerLabel() != null ? q.speakerLabel() : "";
        w.name("value").value(who);
        w.endObject();
        if (q.attribution() != null) {
            w.beginObject();
            w.name("type").value("TextualBody");
            w.name("purpose").value("tagging");
            w.name("value").value("attribution:" + q.attribution().json());
            w.endObject();
        }
        if (q.eventId() != null) {
            w.beginObject();
            w.name("type").value("TextualBody");
            w.name("purpose").value("tagging");
            w.name("value").value("event:" + q.eventId());
            w.endObject();
        }
        w.endArray();
        w.name("target").beginObject();
        w.name("source").value(s == null ? "" : s.file());
        if (s != null && s.language() != null) w.name("language").value(s.language());
        w.name("format").value("text/plain");
        if (s != null && s.sha256() != null) w.name("sha256").value(s.sha256());
        w.name("selector").beginArray();
        w.beginObject();
        w.name("type").value("TextQuoteSelector");
        w.name("exact").value(q.text());
        if (q.selector() != null) {
            w.name("prefix").value(q.selector().prefix());
            w.name("suffix").value(q.selector().suffix());
        }
        w.endObject();
        if (q.selector() != null) {
            w.beginObject();
            w.name("type").value("TextPositionSelector");
            w.name("start").value(q.selector().start());
            w.name("end").value(q.selector().end());
            w.endObject();
        }
        w.endArray();
        w.endObject();
        w.endObject();
    }
}
