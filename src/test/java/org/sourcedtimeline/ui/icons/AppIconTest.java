package org.sourcedtimeline.ui.icons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.io.InputStream;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.IkonHandler;

/**
 * The window's icons come from the cut-down font beside {@link AppIconHandler}: every icon is a glyph of
 * it (an icon added to {@link AppIcon} without rerunning packaging/icons/subset-icon-font.sh fails here),
 * under the family name Ikonli asks for, and Ikonli finds the handler.
 */
class AppIconTest {
    private static Font font() throws Exception {
        try (InputStream in = AppIconHandler.class.getResourceAsStream(AppIconHandler.FONT)) {
            assertNotNull(in, "the font is beside the handler");
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }

    @Test
    void everyIconIsAGlyphOfTheFont() throws Exception {
        Font font = font();
        for (AppIcon icon : AppIcon.values())
            assertTrue(font.canDisplay(icon.getCode()), icon + " U+" + Integer.toHexString(icon.getCode()).toUpperCase() + " is in the font");
        assertFalse(font.canDisplay('A'), "and nothing else: a cut-down font");
    }

    @Test
    void theFontCarriesTheFamilyTheHandlerNames() throws Exception {
        assertEquals(AppIconHandler.FAMILY, font().getFamily(java.util.Locale.ROOT));
    }

    @Test
    void theHandlerResolvesEveryDescriptionAndOnlyItsOwn() {
        AppIconHandler h = new AppIconHandler();
        for (AppIcon icon : AppIcon.values()) {
            assertTrue(h.supports(icon.getDescription()), icon.getDescription());
            assertSame(icon, h.resolve(icon.getDescription()));
        }
        assertFalse(h.supports("mdi2m-magnify"), "the full pack's names are not ours");
        assertThrows(IllegalArgumentException.class, () -> h.resolve(AppIcon.PREFIX + "no-such-icon"));
    }

    @Test
    void ikonliFindsTheHandler() {
        assertTrue(ServiceLoader.load(IkonHandler.class).stream().anyMatch(p -> p.type() == AppIconHandler.class),
                "META-INF/services names it (module-info too, for the module path)");
    }
}
