package org.sourcedtimeline.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcedtimeline.TestFiles;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.TimelineModel;

/**
 * The W3C Web Annotations, anchored in the seed articles by third-party code: the npm packages
 * dom-anchor-text-position and dom-anchor-text-quote on jsdom (src/test/js/check-annotations.mjs,
 * installed by the build with npm ci). Every selector must resolve to exactly the model's characters.
 */
class ExportsCheckedByTheirOwnCodeTest {
    static final LoadedModel LOADED = EvidenceCsvTest.LOADED;
    static final TimelineModel M = LOADED.model();
    @TempDir Path tmp;

    private static String annotations(String lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormat.ANNOTATIONS.write(LOADED, new ExportFormat.Options(null, Locale.forLanguageTag(lang), false), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyAnnotationSaysWhatTheModelSays() throws IOException {
        JsonObject c = JsonParser.parseString(annotations("en")).getAsJsonObject();
        assertEquals("http://www.w3.org/ns/anno.jsonld", c.get("@context").getAsString());
        assertEquals("AnnotationCollection", c.get("type").getAsString());
        JsonArray items = c.getAsJsonObject("first").getAsJsonArray("items");
        assertEquals(M.quotes().size(), items.size());
        assertEquals(M.quotes().size(), c.get("total").getAsInt());
        for (int i = 0; i < items.size(); i++) {
            Quote q = M.quotes().get(i);
            JsonObject a = items.get(i).getAsJsonObject();
            assertEquals(WebAnnotations.QUOTE_IRI + q.id(), a.get("id").getAsString());
            JsonObject target = a.getAsJsonObject("target");
            assertEquals(M.source(q.sourceId()).orElseThrow().file(), target.get("source").getAsString());
            JsonObject quote = null, position = null;
            for (JsonElement s : target.getAsJsonArray("selector")) {
                String type = s.getAsJsonObject().get("type").getAsString();
                if (type.equals("TextQuoteSelector")) quote = s.getAsJsonObject();
                if (type.equals("TextPositionSelector")) position = s.getAsJsonObject();
            }
            assertEquals(q.text(), quote.get("exact").getAsString());
            assertEquals(q.selector().prefix(), quote.get("prefix").getAsString());
            assertEquals(q.selector().suffix(), quote.get("suffix").getAsString());
            int start = position.get("start").getAsInt(), end = position.get("end").getAsInt();
            assertEquals(q.text(), LOADED.article(q.sourceId()).slice(start, end));
        }
    }

    @Test
    void domAnchorTextQuoteAndTextPositionFindEveryQuoteExactly() throws Exception {
        for (String lang : List.of("en", "fr")) {
            Path file = tmp.resolve("annotations-" + lang + ".jsonld");
            Files.writeString(file, annotations(lang));
            Process p = new ProcessBuilder("node", "src/test/js/check-annotations.mjs", file.toString(), TestFiles.seeds().toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "node did not finish");
            assertEquals(0, p.exitValue(), out);
            JsonObject summary = JsonParser.parseString(out.strip().lines().reduce((x, y) -> y).orElse("{}")).getAsJsonObject();
            assertEquals(M.quotes().size(), summary.get("annotations").getAsInt(), out);
            assertEquals(M.sources().size(), summary.get("articles").getAsInt(), out);
            assertEquals(0, summary.getAsJsonArray("failures").size(), out);
        }
    }

    private static JsonObject node(String script, Path file, int expectedExit) throws Exception {
        Process p = new ProcessBuilder("node", "src/test/js/" + script, file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "node did not finish");
        assertEquals(expectedExit, p.exitValue(), out);
        return JsonParser.parseString(out.strip().lines().reduce((x, y) -> y).orElse("{}")).getAsJsonObject();
    }

    /**
     * TimelineJS3's own code (the published bundle, in jsdom) builds a slide for every event, with its
     * id, its date at its precision (no day it was not given), the model's display date, and every
     * quote's exact words in the slide it renders.
     */
    @Test
    void timelineJs3BuildsEverySlideWithItsDatesAndQuotes() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ExportFormat.TIMELINEJS.write(LOADED, new ExportFormat.Options(null, locale, false), bytes);
            Path file = tmp.resolve("timeline-" + locale.getLanguage() + ".json");
            Files.write(file, bytes.toByteArray());
            JsonObject summary = node("check-timelinejs.mjs", file, 0);
            assertTrue(summary.get("valid").getAsBoolean(), summary.toString());
            assertEquals(0, summary.getAsJsonArray("errors").size(), summary.toString());
            assertEquals(0, summary.getAsJsonArray("warnings").size(), summary.toString());
            assertEquals(M.title(), summary.get("title").getAsString());
            assertEquals(M.events().size() + 1, summary.get("slidesInDom").getAsInt(), "the title slide and one an event");
            JsonArray slides = summary.getAsJsonArray("slides");
            assertEquals(M.events().size(), slides.size());
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (JsonElement el : slides) {
                JsonObject s = el.getAsJsonObject();
                org.sourcedtimeline.model.Event e = M.event(s.get("id").getAsString()).orElseThrow();
                seen.add(e.id());
                assertEquals(e.start().year(), s.get("year").getAsInt(), e.id());
                boolean month = e.start().precision() != org.sourcedtimeline.model.Precision.YEAR;
                boolean day = e.start().precision() == org.sourcedtimeline.model.Precision.DAY;
                assertEquals(month ? e.start().month() : null, s.get("month").isJsonNull() ? null : s.get("month").getAsInt(), e.id());
                assertEquals(day ? e.start().day() : null, s.get("day").isJsonNull() ? null : s.get("day").getAsInt(), e.id());
                assertEquals(day ? "full" : month ? "month" : "year", s.get("format").getAsString(), e.id() + ": TimelineJS shows the precision");
                assertEquals(org.sourcedtimeline.model.text.Formats.range(e.start(), e.end(), locale), s.get("display_date").getAsString());
                assertEquals(e.end() == null || e.end().equals(e.start()), s.get("end").isJsonNull(), e.id());
                assertTrue(s.get("rendered").getAsBoolean(), e.id());
                List<String> quotes = new java.util.ArrayList<>();
                s.getAsJsonArray("quotes").forEach(q -> quotes.add(q.getAsString()));
                assertEquals(M.quotesOf(e.id()).stream().map(q -> "\u00AB\u00A0" + q.text() + "\u00A0\u00BB").toList(), quotes, e.id());
            }
            assertEquals(M.events().size(), seen.size(), "every event once");
        }
    }

    /** The checker is not a rubber stamp: an annotation moved by one character is reported. */
    @Test
    void theCheckerRefusesAnAnnotationMovedByOneCharacter() throws Exception {
        JsonObject c = JsonParser.parseString(annotations("en")).getAsJsonObject();
        JsonObject first = c.getAsJsonObject("first").getAsJsonArray("items").get(0).getAsJsonObject();
        for (JsonElement s : first.getAsJsonObject("target").getAsJsonArray("selector")) {
            JsonObject o = s.getAsJsonObject();
            if (o.get("type").getAsString().equals("TextPositionSelector")) o.addProperty("start", o.get("start").getAsInt() + 1);
        }
        Path file = tmp.resolve("moved.jsonld");
        Files.writeString(file, c.toString());
        Process p = new ProcessBuilder("node", "src/test/js/check-annotations.mjs", file.toString(), TestFiles.seeds().toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), out);
        assertTrue(out.contains(M.quotes().get(0).id()), out);
    }
}
