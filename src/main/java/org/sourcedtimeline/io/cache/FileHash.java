package org.sourcedtimeline.io.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** The sha256 of a file's bytes, read in large blocks; stops when asked to. */
final class FileHash {
    private FileHash() {}

    static String sha256(Path file, BooleanSupplier cancelled) throws IOException {
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        byte[] block = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(block)) > 0) {
                if (cancelled.getAsBoolean()) throw new CancellationException();
                d.update(block, 0, n);
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }
}
