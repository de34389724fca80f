package org.sourcedtimeline;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The user's configuration folder, where the app keeps {@code settings.properties} and
 * {@code errors.log}: {@code $XDG_CONFIG_HOME/sourced-timeline} (or {@code ~/.config/sourced-timeline})
 * on Linux and other Unixes, {@code %APPDATA%\Sourced Timeline} on Windows,
 * {@code ~/Library/Application Support/Sourced Timeline} on macOS. The system property
 * {@value #PROPERTY} overrides it (tests point it at a temporary folder; a portable install at its own).
 * Nothing is created here: the writers create the folder when they first write.
 */
public final class ConfigDir {
    /** System property naming the folder instead of the platform's default. */
    public static final String PROPERTY = "sourcedtimeline.configDir";
    static final String UNIX_NAME = "sourced-timeline";
    static final String DESKTOP_NAME = "Sourced Timeline";

    private ConfigDir() {}

    /** The folder for this user on this machine. */
    public static Path resolve() {
        return resolve(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home", "."));
    }

    /** The folder a system property names, absolute; null when it names none or no valid path (said on stderr). */
    static Path overridePath(String value, String property) {
        if (value == null || value.isBlank()) return null;
        try {
            return Path.of(value).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            System.err.println("sourced-timeline: ignoring -D" + property + ": " + e.getMessage());
            return null;
        }
    }

    /** True when {@value #PROPERTY} chose the folder (tests, portable installs). */
    public static boolean overridden() {
        String p = System.getProperty(PROPERTY);
        return p != null && !p.isBlank();
    }

    static Path resolve(String override, String osName, Map<String, String> env, String home) {
        Path chosen = overridePath(override, PROPERTY);
        if (chosen != null) return chosen;
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve(DESKTOP_NAME);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) return Path.of(home, "Library", "Application Support", DESKTOP_NAME);
        // XDG Base Directory: a relative $XDG_CONFIG_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".config");
        return base.resolve(UNIX_NAME);
    }
}
