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
