package org.sourcedtimeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** {@code timeline export --format svg|pdf|png}: the timeline drawn headless, of the span asked for, written whole. */
class ExportImageCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    @TempDir Path tmp;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void aPdfOfARangeInFrenchNamesThatRange() throws Exception {
        Path pdf = tmp.resolve("delhi.pdf");
        assertEquals(0, run("export", "--format", "pdf", "--from", "2023-01-01", "--to", "2023-06-30", "--select", "new-delhi-2023",
                "--locale", "fr", "--width", "1200", "--height", "760", "--out", pdf.toString()), err());
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("du 1 janvier 2023 au 30 juin 2023"), text);
            assertTrue(text.contains("New Delhi"), text);
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void svgAndPngAndTheirRefusals() throws Exception {
        Path svg = tmp.resolve("t.svg");
        assertEquals(0, run("export", "--format", "svg", "--out", svg.toString(), "--width", "1200", "--height", "760"), err());
        String s = Files.readString(svg);
        assertTrue(s.contains("<svg") && s.contains("<text") && s.contains("Stockholm"), s.substring(0, 300));
        assertEquals(1, run("export", "--format", "svg", "--out", svg.toString()));
        assertTrue(err().contains("exists"), err());
        assertEquals(2, run("export", "--format", "png", "--from", "2023-01-01", "--out", tmp.resolve("x.png").toString()));
        assertEquals(2, run("export", "--format", "png", "--from", "2023-05-01", "--to", "2023-01-01", "--out", tmp.resolve("x.png").toString()));
        assertEquals(2, run("export", "--format", "quotes-csv", "--select", "x", "--out", tmp.resolve("x.csv").toString()));
        assertEquals(1, run("export", "--format", "png", "--select", "nowhere", "--out", tmp.resolve("x.png").toString()));
        assertTrue(!Files.exists(tmp.resolve("x.png")) && !Files.exists(tmp.resolve("x.csv")));
    }
}
