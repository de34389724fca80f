package org.sourcedtimeline.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sourcedtimeline.io.json.NodeReader;

/** Control and bidirectional characters are shown as visible markers; nothing else changes. */
class DisplayTextTest {

    @Test
    void anRtlOverrideIsShownAsAMarker() {
        assertEquals("Mini \u27E8U+202E\u27E9evil", DisplayText.safe("Mini \u202Eevil"));
        assertEquals("invoice\u27E8U+202E\u27E9fdp.exe", DisplayText.safe("invoice\u202Efdp.exe"));
    }

    @Test
    void controlCharactersAreShownAsMarkersButLinesAndTabsStay() {
        assertEquals("ring \u27E8U+0007\u27E9 bell", DisplayText.safe("ring \u0007 bell"));
        assertEquals("\u27E8U+001B\u27E9[31mred", DisplayText.safe("\u001B[31mred"));
        assertEquals("a\u27E8U+0000\u27E9b\u27E8U+007F\u27E9c\u27E8U+0085\u27E9d\u27E8U+000D\u27E9", DisplayText.safe("a\u0000b\u007Fc\u0085d\r"));
        assertEquals("line one\nline\ttwo", DisplayText.safe("line one\nline\ttwo"));
        assertEquals("line one\u27E8U+000A\u27E9two\u27E8U+0009\u27E9", DisplayText.safeLine("line one\ntwo\t"), "titles are one line");
    }

    @Test
    void everyBidiControlIsMarked() {
        for (char c : new char[] {'\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
                '\u2066', '\u2067', '\u2068', '\u2069'})
            assertEquals(DisplayText.marker(c), DisplayText.safe(String.valueOf(c)), Integer.toHexString(c));
    }

    @Test
    void ordinaryTextIsTheSameStringAndNullIsEmpty() {
        String s = "Réunion de l’OSCE à Malte — « moins de 10 minutes » \uD83C\uDDFA\uD83C\uDDF8 \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627";
        assertSame(s, DisplayText.safe(s), "no copy when nothing needs a marker; Hebrew and Arabic letters are not controls");
        assertEquals("", DisplayText.safe(null));
    }

    @Test
    void loneSurrogatesAreMarkedPairsAreNot() {
        assertEquals("a\u27E8U+D800\u27E9b", DisplayText.safe("a\uD800b"));
        assertEquals("\u27E8U+DC00\u27E9", DisplayText.safe("\uDC00"));
        assertEquals("\uD83D\uDE00", DisplayText.safe("\uD83D\uDE00"));
    }

    @Test
    void markersAreIdempotent() {
        String once = DisplayText.safe("x\u202Ey\u0007");
        assertEquals(once, DisplayText.safe(once));
    }

    @Test
    void theMarkedCharactersAreExactlyThoseTheLoaderWarnsAbout() {
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) continue;
            String s = String.valueOf((char) c);
            boolean warned = NodeReader.unsafeCharacter(s) != null;
            assertEquals(warned, DisplayText.isUnsafe((char) c), "U+" + Integer.toHexString(c));
            assertEquals(warned, !DisplayText.safe(s).equals(s), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void aMappedArticleKeepsEveryRangeOnItsCharacters() {
        String article = "Il a dit \u00AB\u202Enous sommes pr\u00EAts\u00BB\u0007 hier.";
        DisplayText.Mapped m = DisplayText.mapped(article);
        assertFalse(m.identity());
        assertEquals(DisplayText.safe(article), m.shown());
        int start = article.indexOf("nous"), end = article.indexOf('\u00BB');
        assertEquals("nous sommes pr\u00EAts", m.shown(start, end), "a quote's range lands on the same words");
        assertEquals("\u00AB\u27E8U+202E\u27E9", m.shown(start - 2, start));
        assertEquals(m.shown().length(), m.shownIndex(article.length()));
        DisplayText.Mapped plain = DisplayText.mapped("plain");
        assertTrue(plain.identity());
        assertEquals(3, plain.shownIndex(3));
    }

    @Test
    void quotesAreTidiedThenMarkedAndShorteningNeverSplitsAMarker() {
        assertEquals("nous \u27E8U+202E\u27E9sommes", QuoteText.display("\u00AB nous  \u202Esommes \u00BB"));
        String s = QuoteText.shorten("a".repeat(38) + "\u202E" + "b".repeat(40), 40);
        assertTrue(s.contains("\u27E8U+202E\u27E9") || !s.contains("\u27E8"), s);
        assertFalse(s.contains("\u202E"), s);
        assertTrue(s.endsWith("\u2026"), s);
    }
}
