package org.sourcedtimeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcedtimeline.io.export.ExportFormat;
import org.sourcedtimeline.ui.UiFixtures;

/** {@code timeline export}: each format written whole, nothing over an existing file, clear refusals. */
class ExportCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    @TempDir Path tmp;

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void everyFormatIsWrittenAndNoTemporaryFileIsLeft() throws Exception {
        for (ExportFormat f : ExportFormat.values()) {
            Path file = tmp.resolve("out/evidence." + f.cliName() + "." + f.extension());
            assertEquals(0, run("export", "--format", f.cliName(), "--out", file.toString()), err());
            assertTrue(Files.size(file) > 1000, f + " wrote " + Files.size(file) + " bytes");
        }
        try (Stream<Path> files = Files.list(tmp.resolve("out"))) {
            assertEquals(ExportFormat.values().length, files.count(), "no temporary file left");
        }
    }

    @Test
    void anExistingFileIsLeftAloneUnlessForced() throws Exception {
        Path file = tmp.resolve("quotes.csv");
        Files.writeString(file, "mine");
        assertEquals(1, run("export", "--format", "quotes-csv", "--out", file.toString()));
        assertTrue(err().contains("exists"), err());
        assertEquals("mine", Files.readString(file));
        assertEquals(0, run("export", "--format", "quotes-csv", "--out", file.toString(), "--force"), err());
        assertTrue(Files.readString(file).startsWith("quote_id,"));
    }

    @Test
    void anotherModelAndOneEventInFrench() throws Exception {
        Path file = tmp.resolve("geneva.md");
        assertEquals(0, run("export", "--format", "markdown", "--model", UiFixtures.encountersFile().toString(), "--event", "geneva-2022",
                "--locale", "fr", "--out", file.toString()), err());
        String md = Files.readString(file);
        assertTrue(md.contains("points de code"), md);
        assertTrue(md.contains("(modèle `" + UiFixtures.encountersFile().getFileName() + "`)"), md);
        assertTrue(!md.contains(UiFixtures.encountersFile().getParent().toString()), "the file's name, not the folders of the user's disk");
    }

    @Test
    void refusalsSayWhat() {
        assertEquals(2, run("export", "--out", tmp.resolve("x").toString()));
        assertTrue(err().contains("--format"), err());
        assertEquals(2, run("export", "--format", "xlsx", "--out", tmp.resolve("x").toString()));
        assertTrue(err().contains("events-csv|quotes-csv|markdown|annotations|timelinejs|svg|pdf|png|png2x"), err());
        assertEquals(2, run("export", "--format", "quotes-csv", "--event", "geneva-2022", "--out", tmp.resolve("x").toString()));
        assertEquals(2, run("export", "--format", "markdown", "--bom", "--out", tmp.resolve("x").toString()));
        assertEquals(1, run("export", "--format", "markdown", "--event", "nowhere", "--out", tmp.resolve("x").toString()));
        assertTrue(err().contains("no event \"nowhere\"") && err().contains("new-delhi-2023"), err());
        assertEquals(1, run("export", "--format", "markdown", "--model", tmp.resolve("missing.json").toString(), "--out", tmp.resolve("x").toString()));
        assertTrue(err().contains("missing.json"), err());
        assertTrue(!Files.exists(tmp.resolve("x")), "nothing written by a refusal");
    }
}
