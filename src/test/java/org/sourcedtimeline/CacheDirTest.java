package org.sourcedtimeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where each system keeps a user's caches, as its own conventions say. */
class CacheDirTest {
    @Test
    void eachSystemsOwnPlace() {
        assertEquals(Path.of("/home/a/.cache/sourced-timeline"), CacheDir.resolve(null, "Linux", Map.of(), "/home/a"));
        assertEquals(Path.of("/x/cache/sourced-timeline"), CacheDir.resolve(null, "Linux", Map.of("XDG_CACHE_HOME", "/x/cache"), "/home/a"));
        assertEquals(Path.of("/home/a/.cache/sourced-timeline"), CacheDir.resolve(null, "Linux", Map.of("XDG_CACHE_HOME", "relative"), "/home/a"),
                "a relative XDG_CACHE_HOME is ignored, as the XDG specification says");
        assertEquals(Path.of("C:\\\\Users\\\\a\\\\AppData\\\\Local", "Sourced Timeline", "Cache"),
                CacheDir.resolve(null, "Windows 11", Map.of("LOCALAPPDATA", "C:\\\\Users\\\\a\\\\AppData\\\\Local"), "C:\\\\Users\\\\a"));
        assertEquals(Path.of("/Users/a/Library/Caches/Sourced Timeline"), CacheDir.resolve(null, "Mac OS X", Map.of(), "/Users/a"));
        assertEquals(Path.of("/tmp/c").toAbsolutePath(), CacheDir.resolve("/tmp/c", "Linux", Map.of(), "/home/a"));
    }
}
