package org.sourcedtimeline.io.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.sourcedtimeline.io.AtomicFiles;

/**
 * The secret that signs this user's caches: 32 random bytes in {@code cache.key}, readable by the
 * user alone where the file system has permissions. A cache is taken only when its HMAC-SHA256
 * under this key is right, so a cache edited, truncated, or copied from another machine or user is
 * refused before a byte of it is parsed. A key that others could read is replaced (and with it every
 * cache it signed).
 */
public final class CacheKey {
    static final String FILE = "cache.key";
    static final int BYTES = 32;
    /** The length of a tag: HMAC-SHA256. */
    public static final int TAG_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final SecretKeySpec key;

    private CacheKey(byte[] bytes) { key = new SecretKeySpec(bytes, ALGORITHM); }

    /** The key in {@code dir}, made there first when it is missing, of the wrong length, or readable by others. */
    public static CacheKey in(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        byte[] existing = usable(file);
        if (existing != null) return new CacheKey(existing);
        byte[] fresh = new byte[BYTES];
        new SecureRandom().nextBytes(fresh);
        // Two instances of the app making a key at once: the last one written wins, and the caches the
        // other signed meanwhile are refused later and written again. Nothing wrong is ever taken.
        AtomicFiles.writeOwnerOnly(file, out -> out.write(fresh));
        return new CacheKey(fresh);
    }

    /** The key's bytes when the file holds a key that only its owner can read; null otherwise. */
    private static byte[] usable(Path file) throws IOException {
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return null;
        if (posix(file.getParent()) && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)))
            return null;
        byte[] b = Files.readAllBytes(file);
        return b.length == BYTES ? b : null;
    }

    private static boolean posix(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** A fresh MAC under this key. */
    public Mac mac() {
        try {
            Mac m = Mac.getInstance(ALGORITHM);
            m.init(key);
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has " + ALGORITHM, e);
        }
    }

    /** The tag of {@code bytes[0, length)}. */
    public byte[] tag(byte[] bytes, int length) {
        Mac m = mac();
        m.update(bytes, 0, length);
        return m.doFinal();
    }
}
