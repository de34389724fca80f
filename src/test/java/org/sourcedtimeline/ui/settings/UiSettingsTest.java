package org.sourcedtimeline.ui.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcedtimeline.ErrorLog;

/** Settings in a temporary config folder, never the user's; the old preferences only in a throw-away node. */
class UiSettingsTest {
    @TempDir Path config;

    private Path file() { return config.resolve(UiSettings.FILE_NAME); }

    private ErrorLog log() { return new ErrorLog(config.resolve(ErrorLog.FILE_NAME)); }

    private String logText() throws Exception {
        Path f = config.resolve(ErrorLog.FILE_NAME);
        return Files.exists(f) ? Files.readString(f) : "";
    }

    @Test
    void roundTrips() {
        UiSettings s = new UiSettings(file(), log());
        s.setWindowBounds(10, 20, 1200, 800);
        s.setDividers("main", new double[] {0.4, 0.25, 0.5});
        s.setTheme(Theme.DARK);
        s.setLocale(Locale.FRENCH);
        s.setLastSelection("geneva-2022", null);
        s.setRecentFiles(List.of(Path.of("/a.json"), Path.of("/tmp/with space=and:colon#hash!/b é.json")));
        s.setHiddenPanels(List.of("accounts"));
        s.flush();
        UiSettings again = new UiSettings(file(), log());
        assertArrayEquals(new double[] {10, 20, 1200, 800}, again.windowBounds());
        assertArrayEquals(new double[] {0.4, 0.25, 0.5}, again.dividers("main"));
        assertEquals(Theme.DARK, again.theme());
        assertEquals(Locale.FRENCH, again.locale());
        assertEquals("geneva-2022", again.lastEventId());
        assertNull(again.lastQuoteId());
        assertEquals(List.of(Path.of("/a.json"), Path.of("/tmp/with space=and:colon#hash!/b é.json")), again.recentFiles());
        assertEquals(List.of("accounts"), again.hiddenPanels());
    }

    @Test
    void theFileIsSmallSortedAndEndsWithItsEndLine() throws Exception {
        UiSettings s = new UiSettings(file(), log());
        s.setTheme(Theme.DARK);
        s.setLastSelection("geneva-2022", "geneva-lavrov-propositions");
        s.flush();
        List<String> lines = Files.readAllLines(file(), StandardCharsets.UTF_8);
        assertEquals(List.of("selection.event=geneva-2022", "selection.quote=geneva-lavrov-propositions", "theme=DARK"),
                lines.subList(1, lines.size() - 1));
        assertEquals(UiSettings.END, lines.get(lines.size() - 1));
        try (var files = Files.list(config)) {
            assertEquals(List.of(UiSettings.FILE_NAME), files.map(p -> p.getFileName().toString()).toList(), "no temporary file left");
        }
    }

    @Test
    void garbageValuesFallBackToDefaults() throws Exception {
        Files.writeString(file(), "window.bounds=x,y\ntheme=purple\ndividers.main=0.5,NaN\nrecent=\\u0000\n" + UiSettings.END + "\n");
        UiSettings s = new UiSettings(file(), log());
        assertNull(s.windowBounds());
        assertEquals(Theme.LIGHT, s.theme());
        assertNull(s.dividers("main"));
        assertEquals(List.of(), s.recentFiles());
        Files.writeString(file(), "window.bounds=0,0,1e300,800\ndividers.main=1.5\n" + UiSettings.END + "\n");
        s = new UiSettings(file(), log());
        assertNull(s.windowBounds(), "a window a billion pixels wide is nonsense");
        assertNull(s.dividers("main"));
    }

    @Test
    void aTruncatedFileIsIgnoredWithAWarning() throws Exception {
        UiSettings s = new UiSettings(file(), log());
        s.setTheme(Theme.DARK);
        s.setLastSelection("geneva-2022", null);
        s.flush();
        byte[] whole = Files.readAllBytes(file());
        Files.write(file(), java.util.Arrays.copyOf(whole, whole.length - 9)); // cut inside the last value
        UiSettings cut = new UiSettings(file(), log());
        assertEquals(Theme.LIGHT, cut.theme(), "nothing of a cut file is trusted");
        assertNull(cut.lastEventId());
        assertTrue(logText().contains("WARNING") && logText().contains("is cut short"), logText());
    }

    @Test
    void aCorruptFileIsIgnoredWithAWarningNeverACrash() throws Exception {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(file(), garbage);
        UiSettings s = new UiSettings(file(), log());
        assertEquals(Theme.LIGHT, s.theme());
        assertTrue(logText().contains("is not UTF-8 text"), logText());

        Files.writeString(file(), "theme=DARK\nbroken=\\uZZZZ\n" + UiSettings.END + "\n");
        s = new UiSettings(file(), log());
        assertEquals(Theme.LIGHT, s.theme());
        assertTrue(logText().contains("is not a settings file"), logText());

        Files.writeString(file(), "");
        assertEquals(Theme.LIGHT, new UiSettings(file(), log()).theme());

        Files.write(file(), new byte[(int) UiSettings.MAX_BYTES + 10]);
        assertEquals(Theme.LIGHT, new UiSettings(file(), log()).theme());
        assertTrue(logText().contains("is larger than"), logText());

        Files.delete(file());
        Files.createDirectory(file()); // a folder where the file should be
        s = new UiSettings(file(), log());
        s.setTheme(Theme.DARK);
        s.flush(); // cannot be written: logged, not thrown
        assertTrue(logText().contains("could not be saved"), logText());
    }

    @Test
    void afterIgnoringABadFileTheNextSaveReplacesIt() throws Exception {
        Files.writeString(file(), "theme=DARK\n"); // no end line
        UiSettings s = new UiSettings(file(), log());
        s.setLocale(Locale.FRENCH);
        s.flush();
        UiSettings again = new UiSettings(file(), log());
        assertEquals(Locale.FRENCH, again.locale());
        assertEquals(Theme.LIGHT, again.theme());
    }

    @Test
    void theAppsSettingsLiveInTheConfigFolderTheSystemPropertyNames() {
        String old = System.getProperty(org.sourcedtimeline.ConfigDir.PROPERTY);
        System.setProperty(org.sourcedtimeline.ConfigDir.PROPERTY, config.toString());
        try {
            UiSettings s = UiSettings.forApp(log());
            assertEquals(file(), s.file());
            s.setTheme(Theme.DARK);
            s.flush();
            assertTrue(Files.exists(file()));
        } finally {
            if (old == null) System.clearProperty(org.sourcedtimeline.ConfigDir.PROPERTY);
            else System.setProperty(org.sourcedtimeline.ConfigDir.PROPERTY, old);
        }
    }

    @Test
    void theOldPreferencesAreMigratedOnceAndLeftAsTheyWere() throws Exception {
        Preferences node = Preferences.userRoot().node("org/sourcedtimeline-test/" + UUID.randomUUID());
        try {
            node.put("theme", "DARK");
            node.put("selection.event", "geneva-2022");
            node.put("recent", "/a.json\n/b.json\n");
            node.flush();
            UiSettings s = new UiSettings(file(), log());
            assertTrue(s.migrateFrom(node));
            UiSettings again = new UiSettings(file(), log());
            assertEquals(Theme.DARK, again.theme());
            assertEquals("geneva-2022", again.lastEventId());
            assertEquals(List.of(Path.of("/a.json"), Path.of("/b.json")), again.recentFiles());
            assertEquals("DARK", node.get("theme", null), "the old node is only read");
            assertTrue(logText().contains("copied to"), logText());
            again.setTheme(Theme.LIGHT);
            assertFalse(again.migrateFrom(node), "nothing left to copy: the file's own values win over the old node");
            assertEquals(Theme.LIGHT, again.theme());
            assertFalse(s.migrateFrom(null));
        } finally {
            node.removeNode();
        }
    }
}
