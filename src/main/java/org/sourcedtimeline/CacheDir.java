package org.sourcedtimeline;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The user's cache folder, for files the app can always make again (the checked-model cache):
 * {@code $XDG_CACHE_HOME/sourced-timeline} (or {@code ~/.cache/sourced-timeline}) on Linux and other
 * Unixes, {@code %LOCALAPPDATA%\Sourced Timeline\Cache} on Windows, {@code ~/Library/Caches/Sourced Timeline}
 * on macOS. The system property {@value #PROPERTY} names another; when only {@link ConfigDir}'s
 * property is set (tests, portable installs), the cache lives in that folder's {@code cache}, so
 * nothing is written to the real user's folders. Nothing is created here.
 */
public final class CacheDir {
    /** System property naming the folder instead of the platform's default. */
    public static final String PROPERTY = "sourcedtimeline.cacheDir";

    private CacheDir() {}

    /** The folder for this user on this machine. */
    public static Path resolve() {
        if (System.getProperty(PROPERTY) == null && ConfigDir.overridden()) return ConfigDir.resolve().resolve("cache");
        return resolve(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home", "."));
    }

    static Path resolve(String override, String osName, Map<String, String> env, String home) {
        Path chosen = ConfigDir.overridePath(override, PROPERTY);
        if (chosen != null) return chosen;
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(home, "AppData", "Local");
            return base.resolve(ConfigDir.DESKTOP_NAME).resolve("Cache");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) return Path.of(home, "Library", "Caches", ConfigDir.DESKTOP_NAME);
        // XDG Base Directory: a relative $XDG_CACHE_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".cache");
        return base.resolve(ConfigDir.UNIX_NAME);
    }
}
