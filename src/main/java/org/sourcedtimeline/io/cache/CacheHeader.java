package org.sourcedtimeline.io.cache;

import java.util.Objects;

/**
 * What a cache was made from: the format and the app that wrote it, and the model file (its name as
 * the loader reported it, its absolute path, size, modification time and sha256). A cache is taken
 * only for the same file with the same bytes, read by the same version of the app.
 */
public record CacheHeader(String format, int formatVersion, String appVersion, String name, String path, long size,
                          long modifiedMillis, String sha256) {
    public static final String FORMAT = "sourced-timeline checked model";
    /** Raised whenever the layout written by {@link CheckedModelWriter} changes. */
    public static final int FORMAT_VERSION = 1;

    /** Why a cache with this header cannot stand for {@code expected}, or null when it may (the hash is checked apart). */
    public String mismatch(CacheHeader expected) {
        if (!FORMAT.equals(format) || formatVersion != FORMAT_VERSION) return "the cache has another format (" + format + " " + formatVersion + ")";
        if (!Objects.equals(appVersion, expected.appVersion)) return "the cache was written by version " + appVersion + " of the app";
        if (!Objects.equals(path, expected.path)) return "the cache is of another file (" + path + ")";
        if (!Objects.equals(name, expected.name)) return "the cache names the file otherwise (" + name + ")";
        if (size != expected.size) return "the model file's size has changed (" + size + " → " + expected.size + " bytes)";
        return null;
    }
}
