package org.sourcedtimeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The error log and the configuration folder it lives in. */
class ErrorLogTest {
    @TempDir Path dir;

    /** A clock the test moves by hand. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-27T10:15:30.123Z");

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void anErrorIsWrittenWithItsTimestampThreadAndStackTrace() throws Exception {
        ErrorLog log = new ErrorLog(dir.resolve("errors.log"), new TestClock());
        assertTrue(log.error("uncaught exception", "JavaFX Application Thread", new IllegalStateException("boom")));
        String text = Files.readString(log.file());
        assertTrue(text.startsWith("2026-11-27T10:15:30.123Z ERROR Sourced Timeline "), text);
        assertTrue(text.contains("uncaught exception on thread \"JavaFX Application Thread\""), text);
        assertTrue(text.contains("java.lang.IllegalStateException: boom\n\tat org.sourcedtimeline.ErrorLogTest."), text);
        assertTrue(log.warning("the settings file is cut short"));
        text = Files.readString(log.file());
        assertTrue(text.contains("java.lang.IllegalStateException: boom"), "the first entry stays: " + text);
        assertTrue(text.contains("WARNING Sourced Timeline") && text.contains("the settings file is cut short"), text);
    }

    @Test
    void theFileIsCappedAtAboutAMegabyteKeepingOnePreviousFile() throws Exception {
        TestClock clock = new TestClock();
        ErrorLog log = new ErrorLog(dir.resolve("errors.log"), clock);
        String big = "x".repeat(40_000);
        int entries = 0;
        while (!Files.exists(log.previousFile())) {
            clock.now = clock.now.plusSeconds(10); // slower than a storm
            assertTrue(log.warning("entry " + entries++ + " " + big));
            assertTrue(entries < 100, "rotated within about a megabyte");
        }
        long previous = Files.size(log.previousFile());
        assertTrue(previous <= ErrorLog.MAX_BYTES && previous > ErrorLog.MAX_BYTES - 50_000, "previous file: " + previous);
        assertTrue(Files.readString(log.file()).contains("entry " + (entries - 1) + " "), "the new file starts with the last entry");
        for (int i = 0; i < 60; i++) {
            clock.now = clock.now.plusSeconds(10);
            log.warning("more " + i + " " + big);
            assertTrue(Files.size(log.file()) <= ErrorLog.MAX_BYTES);
        }
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "the log and one previous file, nothing else");
        }
    }

    @Test
    void aStormIsCountedNotWrittenEntryByEntry() throws Exception {
        TestClock clock = new TestClock();
        ErrorLog log = new ErrorLog(dir.resolve("errors.log"), clock);
        int written = 0;
        for (int i = 0; i < 500; i++) if (log.error("layout", "JavaFX Application Thread", new RuntimeException("again " + i))) written++;
        assertEquals(ErrorLog.BURST, written);
        clock.now = clock.now.plusSeconds(61);
        assertTrue(log.error("layout", "JavaFX Application Thread", new RuntimeException("after the storm")));
        String text = Files.readString(log.file());
        assertTrue(text.contains("(" + (500 - ErrorLog.BURST) + " earlier report(s) in a burst were not written)"), text);
    }

    @Test
    void aLogThatCannotBeWrittenNeverThrows() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "");
        ErrorLog log = new ErrorLog(blocker.resolve("errors.log"));
        assertFalse(log.error("uncaught exception", "main", new RuntimeException("nowhere to write")));
    }

    @Test
    void aHugeStackTraceIsCut() throws Exception {
        ErrorLog log = new ErrorLog(dir.resolve("errors.log"));
        RuntimeException deep = new RuntimeException("deep");
        deep.setStackTrace(java.util.stream.IntStream.range(0, 20_000)
                .mapToObj(i -> new StackTraceElement("C", "m" + i, "C.java", i)).toArray(StackTraceElement[]::new));
        assertTrue(log.error("uncaught exception", "main", deep));
        assertTrue(Files.size(log.file()) < ErrorLog.MAX_ENTRY_CHARS * 2L);
        assertTrue(Files.readString(log.file()).contains("more characters)"));
    }

    @Test
    void theConfigFolderFollowsEachPlatformsConvention() {
        String home = "/home/ana";
        assertEquals(Path.of("/home/ana/.config/sourced-timeline"), ConfigDir.resolve(null, "Linux", Map.of(), home));
        assertEquals(Path.of("/xdg/sourced-timeline"), ConfigDir.resolve(null, "Linux", Map.of("XDG_CONFIG_HOME", "/xdg"), home));
        assertEquals(Path.of("/home/ana/.config/sourced-timeline"),
                ConfigDir.resolve(null, "Linux", Map.of("XDG_CONFIG_HOME", "relative/xdg"), home), "a relative XDG_CONFIG_HOME is ignored");
        assertEquals(Path.of("/home/ana/Library/Application Support/Sourced Timeline"), ConfigDir.resolve(null, "Mac OS X", Map.of(), home));
        assertTrue(ConfigDir.resolve(null, "Windows 11", Map.of("APPDATA", "C:\\Users\\ana\\AppData\\Roaming"), home).toString()
                .matches("C:\\\\Users\\\\ana\\\\AppData\\\\Roaming[\\\\/]Sourced Timeline"));
        assertEquals(Path.of("/tmp/st-config"), ConfigDir.resolve("/tmp/st-config", "Linux", Map.of("XDG_CONFIG_HOME", "/xdg"), home),
                "the system property wins");
    }
}
