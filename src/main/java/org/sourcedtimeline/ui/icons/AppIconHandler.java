package org.sourcedtimeline.ui.icons;

import java.io.InputStream;
import java.net.URL;
import org.kordamp.ikonli.AbstractIkonHandler;
import org.kordamp.ikonli.Ikon;

/**
 * Tells Ikonli where the {@link AppIcon}s come from: descriptions starting with {@value AppIcon#PREFIX},
 * glyphs of {@code app-icons.ttf}. Found through the service loader (module-info, and
 * META-INF/services for the class path).
 */
public final class AppIconHandler extends AbstractIkonHandler {
    static final String FONT = "app-icons.ttf";
    /** The family name the cut-down font carries (its own, so that it never meets an installed copy of the full font). */
    static final String FAMILY = "Sourced Timeline Icons";

    @Override
    public boolean supports(String description) {
        return description != null && description.startsWith(AppIcon.PREFIX);
    }

    @Override
    public Ikon resolve(String description) {
        return AppIcon.of(description);
    }

    @Override
    public URL getFontResource() {
        return AppIconHandler.class.getResource(FONT);
    }

    @Override
    public InputStream getFontResourceAsStream() {
        return AppIconHandler.class.getResourceAsStream(FONT);
    }

    @Override
    public String getFontFamily() {
        return FAMILY;
    }
}
