package org.sourcedtimeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Name and version of the application, as the build stamped them. */
public final class AppInfo {
    private static final Properties PROPS = load();

    private AppInfo() {}

    public static String version() { return PROPS.getProperty("version", "dev"); }

    public static String name() { return PROPS.getProperty("name", "Sourced Timeline"); }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException ignored) {
            // A jar without its version file still runs; it reports "dev".
        }
        return p;
    }
}
