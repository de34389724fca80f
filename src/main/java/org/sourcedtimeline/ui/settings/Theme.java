package org.sourcedtimeline.ui.settings;

/** Light or dark: one switch of the AtlantaFX user-agent stylesheet; the app's CSS only uses its variables. */
public enum Theme {
    LIGHT, DARK;

    public String userAgentStylesheet() {
        return this == DARK ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet();
    }

    public static Theme parse(String s, Theme fallback) {
        if (s == null) return fallback;
        for (Theme t : values()) if (t.name().equalsIgnoreCase(s)) return t;
        return fallback;
    }
}
