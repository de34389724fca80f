package org.sourcedtimeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of src/test/resources/bad-models/catalogue.tsv gives the message the catalogue says,
 * located as it says, and nothing is loaded from it (except where the problem is only a warning).
 */
class BadInputCatalogueTest {
    static final Path DIR = Path.of("src/test/resources/bad-models").toAbsolutePath();

    static Stream<Arguments> catalogue() throws Exception {
        return Files.readAllLines(DIR.resolve("catalogue.tsv")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t"))
                .map(f -> Arguments.of(f[0], f[1], f[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void eachBadFileGivesItsLocatedMessage(String fixture, String message, String where) {
        Path file = DIR.resolve(fixture);
        ModelLoader.Result r = ModelLoader.load(file);
        List<Problem> matching = r.problems().stream().filter(p -> p.message().contains(message)).toList();
        assertFalse(matching.isEmpty(), () -> fixture + ": expected \"" + message + "\" among " + r.problems());
        Problem p = matching.get(0);
        assertTrue(p.toString().startsWith(file.toString()), "names the file: " + p);
        if (where.startsWith("$")) {
            assertEquals(where, p.path(), p.toString());
            assertTrue(p.line() > 0 || where.equals("$"), "has a line: " + p);
        } else if (where.equals("line")) {
            assertTrue(p.line() > 0, "has a line: " + p);
        } else {
            assertTrue(p.toString().startsWith(file + ":" + where), "at " + where + ": " + p);
        }
        if (p.isError()) assertFalse(r.ok(), "nothing is loaded from a file with errors");
        else assertTrue(r.ok(), "a warning alone does not stop the model from loading");
    }

    @Test
    void thereAreAtLeastFortyEntries() throws Exception {
        assertTrue(catalogue().count() >= 40);
    }

    @Test
    void aSymlinkLeavingTheModelsFolderIsRefused(@TempDir Path tmp) throws Exception {
        Path modelDir = Files.createDirectories(tmp.resolve("model"));
        Files.copy(DIR.resolve("article.txt"), tmp.resolve("article.txt"));
        Files.createSymbolicLink(modelDir.resolve("article.txt"), tmp.resolve("article.txt"));
        Files.copy(DIR.resolve("12-schema-version-2.json"), modelDir.resolve("m.json"));
        Path model = modelDir.resolve("m.json");
        Files.writeString(model, Files.readString(model).replace("\"schemaVersion\": 2", "\"schemaVersion\": 1"));
        ModelLoader.Result r = ModelLoader.load(model);
        assertFalse(r.ok());
        assertTrue(r.errors().get(0).message().contains("is a link that leads outside the model's folder"), r.problems().toString());
    }

    @Test
    void aOneGigabyteFileOfGarbageStopsAtItsFirstByte(@TempDir Path tmp) throws Exception {
        Path huge = sparse(tmp.resolve("huge.json"), 1L << 30);
        ModelLoader.Result r = ModelLoader.load(huge);
        assertFalse(r.ok());
        assertTrue(r.errors().get(0).toString().startsWith(huge + ":1:"), r.problems().toString());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeReading(@TempDir Path tmp) throws Exception {
        Path huge = sparse(tmp.resolve("huge.json"), ModelLoader.MAX_MODEL_BYTES + 1);
        ModelLoader.Result r = ModelLoader.load(huge);
        assertFalse(r.ok());
        assertTrue(r.errors().get(0).message().contains("larger than"), r.problems().toString());
    }

    private static Path sparse(Path file, long length) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length); // sparse: costs no disk
        }
        return file;
    }

    @Test
    void a100000DeepNestingIsALocatedErrorNotAStackOverflow(@TempDir Path tmp) throws Exception {
        Path deep = Files.writeString(tmp.resolve("deep.json"), "{\"events\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        ModelLoader.Result r = ModelLoader.load(deep);
        assertFalse(r.ok());
        assertTrue(r.errors().get(0).toString().contains("nesting deeper than"), r.problems().toString());
        assertTrue(r.errors().get(0).line() > 0);
    }

    @Test
    void tenMegabytesInOneStringIsRefusedByName(@TempDir Path tmp) throws Exception {
        String good = Files.readString(DIR.resolve("12-schema-version-2.json")).replace("\"schemaVersion\": 2", "\"schemaVersion\": 1");
        Path big = Files.writeString(tmp.resolve("big.json"), good.replace("\"title\": \"Mini\"", "\"title\": \"" + "x".repeat(10 << 20) + "\""));
        Files.copy(DIR.resolve("article.txt"), tmp.resolve("article.txt"));
        ModelLoader.Result r = ModelLoader.load(big);
        assertFalse(r.ok());
        Problem p = r.errors().get(0);
        assertTrue(p.message().contains("\"title\" is 10485760 characters long"), p.toString());
        assertEquals("$.title", p.path());
    }
}
