package org.sourcedtimeline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code timeline import}: the article copied, suggestions printed and written, the curation untouched. */
class ImportCommandTest {
    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private Path seedsCopy() throws Exception {
        return org.sourcedtimeline.io.imports.SeedsCopy.in(dir);
    }

    @Test
    void anArticleIsCopiedReadAndNothingIsCurated() throws Exception {
        Path seeds = seedsCopy();
        byte[] curation = Files.readAllBytes(seeds.resolve("curation.json"));
        Path article = org.sourcedtimeline.io.imports.SeedsCopy.fixture("appel.txt");
        assertEquals(Cli.OK, run("import", article.toString(), "--seeds", seeds.toString(), "--published", "2022-06-09"), err.toString());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("copied "), printed);
        assertTrue(printed.contains("speaker: blinken, explicit"), printed);
        assertTrue(printed.contains("why: "), printed);
        assertArrayEquals(curation, Files.readAllBytes(seeds.resolve("curation.json")), "the curation file is not touched");
        Path copied;
        try (Stream<Path> files = Files.list(seeds)) {
            copied = files.filter(f -> f.getFileName().toString().startsWith("005_") && f.toString().endsWith(".txt")).findFirst().orElseThrow();
        }
        assertArrayEquals(Files.readAllBytes(article), Files.readAllBytes(copied), "byte for byte");
        Path json = copied.resolveSibling(copied.getFileName().toString().replace(".txt", ".suggestions.json"));
        JsonObject o = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        assertTrue(o.getAsJsonArray("quotes").size() >= 8, o.toString());
        JsonObject first = o.getAsJsonArray("quotes").get(0).getAsJsonObject();
        String text = Files.readString(copied);
        int start = text.offsetByCodePoints(0, first.get("start").getAsInt());
        int end = text.offsetByCodePoints(0, first.get("end").getAsInt());
        assertEquals(first.get("exact").getAsString(), text.substring(start, end), "offsets in code points, as the model's");
    }

    @Test
    void evaluatePrintsTheTable() {
        assertEquals(Cli.OK, run("import", "--evaluate"), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("| recall, full sentences | 35 / 35 |"), out.toString());
    }

    @Test
    void mistakesAreSaid() throws Exception {
        assertEquals(Cli.USAGE, run("import", "--seeds", dir.toString(), "x.txt"));
        assertTrue(err.toString().contains("has no curation.json"), err.toString());
        Path seeds = seedsCopy();
        Path latin1 = Files.write(dir.resolve("l.txt"), "Sécurité".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(Cli.FAILED, run("import", latin1.toString(), "--seeds", seeds.toString()));
        assertTrue(err.toString().contains("not UTF-8"), err.toString());
        assertEquals(Cli.USAGE, run("import", latin1.toString(), "--seeds", seeds.toString(), "--published", "hier"));
    }
}
