package org.sourcedtimeline.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Uses a throw-away preferences node, never the app's. */
class UiSettingsTest {
    private final Preferences node = Preferences.userRoot().node("org/sourcedtimeline-test/" + UUID.randomUUID());
    private final UiSettings s = new UiSettings(node);

    @AfterEach
    void removeNode() throws Exception { node.removeNode(); }

    @Test
    void roundTrips() {
        s.setWindowBounds(10, 20, 1200, 800);
        s.setDividers("main", new double[] {0.4, 0.25, 0.5});
        s.setTheme(Theme.DARK);
        s.setLocale(Locale.FRENCH);
        s.setLastSelection("geneva-2022", null);
        s.setRecentFiles(List.of(Path.of("/a.json"), Path.of("/b.json")));
        s.setHiddenPanels(List.of("accounts"));
        UiSettings again = new UiSettings(node);
        assertArrayEquals(new double[] {10, 20, 1200, 800}, again.windowBounds());
        assertArrayEquals(new double[] {0.4, 0.25, 0.5}, again.dividers("main"));
        assertEquals(Theme.DARK, again.theme());
        assertEquals(Locale.FRENCH, again.locale());
        assertEquals("geneva-2022", again.lastEventId());
        assertNull(again.lastQuoteId());
        assertEquals(List.of(Path.of("/a.json"), Path.of("/b.json")), again.recentFiles());
        assertEquals(List.of("accounts"), again.hiddenPanels());
    }

    @Test
    void garbageFallsBackToDefaults() {
        node.put("window.bounds", "x,y");
        node.put("theme", "purple");
        assertNull(s.windowBounds());
        assertEquals(Theme.LIGHT, s.theme());
    }
}
