package org.sourcedtimeline.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.sourcedtimeline.model.ArticleText;

/** Turns an article's bytes into text exactly as the offsets expect: strict UTF-8, nothing changed. */
public final class ArticleDecoder {
    private ArticleDecoder() {}

    /** @throws CharacterCodingException when the bytes are not UTF-8 (a Latin-1 or UTF-16 file) */
    public static ArticleText decode(byte[] bytes) throws CharacterCodingException {
        // The String constructor decodes several times faster than a strict decoder (straight to one
        // byte a character for French text), and puts U+FFFD for whatever is not UTF-8: a text
        // without U+FFFD is exactly what strict decoding gives. Otherwise the strict decoder decides.
        String s = new String(bytes, StandardCharsets.UTF_8);
        return new ArticleText(s.indexOf('\uFFFD') < 0 ? s : strict(bytes));
    }

    private static String strict(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Why a file is not UTF-8, in words a user can act on. */
    public static String explainNotUtf8(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)))
            return "is UTF-16 (it starts with a UTF-16 byte-order mark); convert it to UTF-8";
        return "is not valid UTF-8 (Latin-1 or Windows-1252?); convert it to UTF-8";
    }

    /**
     * Names the usual silent re-encodings of a text file (a byte-order mark, Windows line ends,
     * decomposed accents), each of which shifts every offset; "" when none is visible.
     */
    public static String likelyChange(String text) {
        StringBuilder b = new StringBuilder();
        if (text.startsWith("\uFEFF")) b.append("it starts with a byte-order mark, which counts as one character");
        if (text.contains("\r\n")) b.append(b.length() > 0 ? "; " : "").append("it has Windows (CRLF) line ends, one more character per line");
        if (!java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC))
            b.append(b.length() > 0 ? "; " : "").append("its accents are decomposed (NFD), one more character per accent");
        return b.length() == 0 ? "" : " — " + b;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
