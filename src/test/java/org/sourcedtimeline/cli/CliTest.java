package org.sourcedtimeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcedtimeline.TestFiles;

class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    /** As {@link #run}, with what earlier runs printed cleared first. */
    private int fresh(String... args) {
        out.reset();
        err.reset();
        return run(args);
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void helpAndVersion() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("validate FILE"), out());
        assertEquals(0, run("--version"));
        assertTrue(out().contains("Sourced Timeline"), out());
    }

    /** Each command explains itself, however it is asked; its help names every option its parser takes. */
    @Test
    void eachCommandHasItsOwnHelp() {
        for (String command : java.util.List.of("build", "validate", "render", "generate", "export")) {
            for (String[] ask : new String[][] {{command, "--help"}, {command, "-h"}, {"help", command}, {command, "--out", "x", "--help"}}) {
                assertEquals(0, fresh(ask), String.join(" ", ask) + ": " + err());
                assertTrue(out().startsWith("Usage: timeline " + command), String.join(" ", ask) + ": " + out());
            }
        }
        assertEquals(0, fresh("render", "--help"));
        for (String option : java.util.List.of("--out", "--model", "--select", "--locale", "--theme", "--width", "--height"))
            assertTrue(out().contains(option), option);
        assertEquals(0, fresh("generate", "--help"));
        assertTrue(out().contains("[--quotes M]") && out().contains("default: 5 per event"), out());
        assertEquals(2, fresh("help", "frobnicate"));
        assertTrue(err().contains("unknown command 'frobnicate'"), err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err().contains("unknown command 'frobnicate'"), err());
        assertEquals(2, run("validate"));
        assertEquals(2, run("build"));
        assertEquals(2, run("build", "--out"));
        assertEquals(2, run("validate", "a.json", "--nope"));
    }

    /** The window's own words are checked before it opens, so a mistake is said on the terminal. */
    @Test
    void aBadSelectIsSaidBeforeAnyWindowOpens() {
        assertEquals(2, fresh("--select"));
        assertTrue(err().contains("--select needs an event or quote id"), err());
        assertEquals(2, fresh("no-such-model.json", "--select", "geneva-2022"));
        assertTrue(err().contains("no such model file: no-such-model.json"), err());
        assertEquals(2, fresh("--select", "a", "--select", "b"));
        assertTrue(err().contains("twice"), err());
        assertEquals(0, fresh("--help"));
        assertTrue(out().contains("[FILE] [--select ID]"), out());
    }

    @Test
    void buildThenValidate(@TempDir Path tmp) throws Exception {
        Path model = tmp.resolve("out/model.json");
        assertEquals(0, run("build", "--seeds", TestFiles.fixture("mini").toString(), "--out", model.toString()), err());
        assertTrue(out().contains("3 quotes"), out());
        assertTrue(Files.exists(model.resolveSibling("article.txt")), "articles copied beside a model written elsewhere");
        assertEquals(0, run("validate", model.toString()), err());
        assertTrue(out().contains("valid"), out());
    }

    @Test
    void buildFailureWritesNothingAndSaysWhere(@TempDir Path tmp) throws Exception {
        Path seeds = TestFiles.copyOf(TestFiles.fixture("mini"), tmp.resolve("seeds"));
        Path curation = seeds.resolve("curation.json");
        Files.writeString(curation, Files.readString(curation).replace("Nous sommes prêts\"", "Nous étions prêts\""));
        Path model = tmp.resolve("model.json");
        assertEquals(1, run("build", "--seeds", seeds.toString(), "--out", model.toString()));
        assertTrue(err().contains(curation + ":"), err());
        assertTrue(err().contains("\"Nous étions prêts\" is not in article.txt"), err());
        assertTrue(!Files.exists(model), "no model written");
    }

    @Test
    void validateListsLocatedProblems(@TempDir Path tmp) throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.json"), "{\n  \"schemaVersion\": 1,\n  \"sources\": {}\n}\n");
        assertEquals(1, run("validate", bad.toString()));
        assertTrue(err().contains(bad + ":3:"), err());
        assertTrue(err().contains("\"sources\" must be an array"), err());
        assertTrue(err().contains("missing required field \"events\""), err());
    }

    @Test
    void generateWritesAModelThatValidates(@TempDir Path tmp) {
        Path model = tmp.resolve("gen/model.json");
        assertEquals(0, run("generate", "--events", "200", "--quotes", "1000", "--seed", "3", "--out", model.toString()), err());
        assertTrue(out().contains("200 events, 1000 quotes"), out());
        assertEquals(0, run("validate", model.toString()), err());
        assertEquals(2, run("generate", "--events", "x", "--out", model.toString()));
    }

    @Test
    void modelTextReachesTheTerminalAsTextNotAsEscapes(@TempDir Path tmp) throws Exception {
        Path bad = Files.writeString(tmp.resolve("esc.json"), "{\"schemaVersion\": 1, \"title\": \"x\\u001b[2Jy\", \"sources\": [], "
                + "\"actors\": [], \"events\": [{\"id\": \"e\", \"kind\": \"\\u001b]0;pwned\\u0007\"}], \"quotes\": []}");
        assertEquals(1, run("validate", bad.toString()));
        assertTrue(err().contains("\u27E8U+001B\u27E9]0;pwned\u27E8U+0007\u27E9"), err());
        assertTrue(err().indexOf('\u001b') < 0 && out().indexOf('\u001b') < 0, "no raw escape reaches the terminal");
    }
}
