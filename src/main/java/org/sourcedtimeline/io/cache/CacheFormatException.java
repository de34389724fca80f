package org.sourcedtimeline.io.cache;

import java.io.IOException;

/** A cache file that is not what {@link CheckedModelWriter} writes: it is refused, never half-read. */
public final class CacheFormatException extends IOException {
    public CacheFormatException(String message) { super(message); }

    public CacheFormatException(String message, Throwable cause) { super(message, cause); }
}
