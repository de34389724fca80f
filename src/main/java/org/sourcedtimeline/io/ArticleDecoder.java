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
        String s = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        return new ArticleText(s);
    }

    /** Why a file is not UTF-8, in words a user can act on. */
    public static String explainNotUtf8(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)))
            return "is UTF-16 (it starts with a UTF-16 byte-order mark); convert it to UTF-8";
        return "is not valid UTF-8 (Latin-1 or Windows-1252?); convert it to UTF-8";
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
