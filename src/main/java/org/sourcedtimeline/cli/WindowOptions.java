package org.sourcedtimeline.cli;

import java.util.Locale;
import org.sourcedtimeline.ui.window.MainWindow;
import org.sourcedtimeline.ui.settings.Theme;

/** The window a headless drawing lays out (render, image exports): {@code --width --height --locale --theme}. */
record WindowOptions(int width, int height, Locale locale, Theme theme) {
    static WindowOptions of(Args a) throws Args.UsageException {
        // Not below the window's own minimum: JavaFX would draw a scene larger than the window it is given.
        int width = a.integer("--width", 1600, MainWindow.MIN_WIDTH, 8000);
        int height = a.integer("--height", 1000, MainWindow.MIN_HEIGHT, 8000);
        String lang = a.get("--locale", "en");
        if (!lang.equals("fr") && !lang.equals("en")) throw new Args.UsageException("--locale must be fr or en");
        String theme = a.get("--theme", "light");
        if (!theme.equals("light") && !theme.equals("dark")) throw new Args.UsageException("--theme must be light or dark");
        return new WindowOptions(width, height, lang.equals("fr") ? Locale.FRENCH : Locale.ENGLISH, Theme.parse(theme, Theme.LIGHT));
    }
}
