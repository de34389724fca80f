package org.sourcedtimeline.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NodeReaderTest {
    @Test
    void namesEveryControlAndBidirectionalOverrideAndNothingElse() {
        for (char c : new char[] {0x01, 0x1F, 0x7F, 0x80, 0x85, 0x9F})
            assertEquals(String.format("the control character U+%04X", (int) c), NodeReader.unsafeCharacter("ab" + c + "cd"));
        for (char c : new char[] {0x061C, 0x200E, 0x200F, 0x202A, 0x202E, 0x2066, 0x2069})
            assertEquals(String.format("the bidirectional control U+%04X", (int) c), NodeReader.unsafeCharacter("« " + c + " »"));
        for (char c : new char[] {'\n', '\t', ' ', '~', 'é', 0xA0, 0x061B, 0x200D, 0x2019, 0x2029, 0x206A, 0xFEFF})
            assertNull(NodeReader.unsafeCharacter("x" + c + "y"), Integer.toHexString(c));
        assertEquals("the control character U+0007", NodeReader.unsafeCharacter("ok\u0007and\u202A"), "the first one is named");
    }

    /** An excerpt quoted in a problem keeps the problem on one line, and shows what the characters are. */
    @Test
    void excerptsEscapeLineBreaksAndControls() {
        assertEquals("ie.\\n\\nBlinken a appelé", NodeReader.abbreviate("ie.\n\nBlinken a appelé"));
        assertEquals("a\\tb\\r\\u0007\\u202e c", NodeReader.abbreviate("a\tb\r\u0007\u202E c"));
        assertEquals("« menace » – ok", NodeReader.abbreviate("« menace » – ok"), "nothing else changes");
        String longOne = "x".repeat(36) + "\n" + "y".repeat(10);
        assertEquals("x".repeat(36) + "\\n…", NodeReader.abbreviate(longOne), "cut first, then escaped");
        assertEquals("a\\nb\\u2028c", NodeReader.abbreviate("a\nb\u2028c"), "Unicode line separators too");
    }
}
