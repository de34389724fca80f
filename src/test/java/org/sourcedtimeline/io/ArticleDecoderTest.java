package org.sourcedtimeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast decoding of articles gives exactly what strict UTF-8 decoding gives, and refuses what it refuses. */
class ArticleDecoderTest {
    private static String strict(byte[] b) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
    }

    @Test
    void refusesWhatIsNotUtf8() {
        byte[][] bad = {
                {'a', (byte) 0xC0, (byte) 0xAF},                    // overlong '/'
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80},            // an encoded surrogate
                {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, // past U+10FFFF
                {'x', (byte) 0xE2, (byte) 0x82},                    // cut short at the end
                {(byte) 0x80},                                      // a lone continuation byte
                {'a', (byte) 0xE9, 'b'},                            // Latin-1 é
                {(byte) 0xFF, (byte) 0xFE, 'a', 0},                 // UTF-16
        };
        for (byte[] b : bad) assertThrows(CharacterCodingException.class, () -> ArticleDecoder.decode(b));
    }

    @Test
    void keepsAReplacementCharacterThatIsInTheText() throws Exception {
        String text = "\uFEFFLavrov a dit : « \uFFFD » — la traduction a perdu un mot.\r\n";
        assertEquals(text, ArticleDecoder.decode(text.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void agreesWithStrictDecodingOnRandomBytes() throws Exception {
        Random random = new Random(20261127);
        String[] pieces = {"é", "«", " ", "’", "\uFFFD", "😀", "a", "\n", "\u00A0"};
        for (int n = 0; n < 5_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) sb.append(pieces[random.nextInt(pieces.length)]);
            byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
            // Damage some: a byte changed, dropped or cut.
            if (b.length > 0 && random.nextBoolean()) b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            if (b.length > 1 && random.nextInt(4) == 0) b = java.util.Arrays.copyOf(b, b.length - 1);
            String expected;
            try {
                expected = strict(b);
            } catch (CharacterCodingException e) {
                byte[] bad = b;
                assertThrows(CharacterCodingException.class, () -> ArticleDecoder.decode(bad), () -> java.util.HexFormat.of().formatHex(bad));
                continue;
            }
            assertEquals(expected, ArticleDecoder.decode(b).text());
        }
    }
}
