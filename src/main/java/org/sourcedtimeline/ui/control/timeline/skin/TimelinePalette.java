package org.sourcedtimeline.ui.control.timeline.skin;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * The colours and font of the painter, read from CSS through hidden "swatch" nodes: one small
 * {@link Region} per colour whose {@code -fx-background-color} the style sheet sets to a
 * {@code -timeline-*} looked-up colour, and a {@link Label} whose font is the item label font.
 * Looked-up colours resolve through the scene graph, so the application's theme (Modena, or
 * AtlantaFX tokens) and its light/dark switch flow through; the painter is told when any swatch
 * changes.
 *
 * <p>Flags get a swatch each on first use, with the style classes {@code flag} and
 * {@code flag-<name>}.
 */
final class TimelinePalette {

    static final String STYLE_CLASS = "timeline-palette";

    private final Pane root = new Pane();
    private final Region background = swatch("background", Color.WHITE);
    private final Region text = swatch("text", Color.web("#1f2328"));
    private final Region item = swatch("item", Color.web("#4b5563"));
    private final Region accent = swatch("accent", Color.web("#0969da"));
    private final Region focus = swatch("focus", Color.web("#0969da"));
    private final Region flag = swatch("flag", Color.web("#c2410c"));
    private final Label label = new Label("Ag");
    private final Map<String, Region> flagSwatches = new HashMap<>();
    private final Map<Region, Color> fallbacks = new HashMap<>();
    private final Runnable onChange;

    TimelinePalette(Runnable onChange) {
        this.onChange = onChange;
        root.getStyleClass().add(STYLE_CLASS);
        root.setManaged(false);
        root.setMouseTransparent(true);
        root.setFocusTraversable(false);
        root.resize(0, 0);
        root.setAccessibleText(null);
        label.getStyleClass().add("item-label");
        label.fontProperty().addListener(o -> onChange.run());
        label.setManaged(false);
        label.setOpacity(0);
        root.getChildren().addAll(background, text, item, accent, focus, flag, label);
        fallbacks.put(background, Color.WHITE);
        fallbacks.put(text, Color.web("#1f2328"));
        fallbacks.put(item, Color.web("#4b5563"));
        fallbacks.put(accent, Color.web("#0969da"));
        fallbacks.put(focus, Color.web("#0969da"));
        fallbacks.put(flag, Color.web("#c2410c"));
    }

    private Region swatch(String styleClass, Color fallback) {
        Region r = new Region();
        r.getStyleClass().addAll("swatch", styleClass);
        r.setManaged(false);
        r.resize(0, 0);
        r.backgroundProperty().addListener(o -> {
            if (onChange != null) {
                onChange.run();
            }
        });
        return r;
    }

    /** The hidden node to add to the skin's children. */
    Pane node() {
        return root;
    }

    Color background() {
        return colorOf(background);
    }

    Color text() {
        return colorOf(text);
    }

    Color item() {
        return colorOf(item);
    }

    Color accent() {
        return colorOf(accent);
    }

    Color focus() {
        return colorOf(focus);
    }

    Font font() {
        Font f = label.getFont();
        return f == null ? Font.font(12) : f;
    }

    /** Colour of a flag: its {@code flag-<name>} swatch if the style sheet colours it, else the default flag colour. */
    Color flag(String name) {
        Region r = flagSwatches.get(name);
        if (r == null) {
            r = new Region();
            r.getStyleClass().addAll("swatch", "flag", flagStyleClass(name));
            r.setManaged(false);
            r.resize(0, 0);
            flagSwatches.put(name, r);
            root.getChildren().add(r);
            r.applyCss();
            r.backgroundProperty().addListener(o -> onChange.run());
        }
        Color c = firstColor(r.getBackground());
        return c == null ? colorOf(flag) : c;
    }

    /** The style class for a flag: {@code flag-} and the name with every non-alphanumeric character as {@code -}. */
    static String flagStyleClass(String name) {
        StringBuilder b = new StringBuilder("flag-");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            b.append(Character.isLetterOrDigit(c) && c < 128 ? Character.toLowerCase(c) : '-');
        }
        return b.toString();
    }

    private Color colorOf(Region r) {
        Color c = firstColor(r.getBackground());
        return c != null ? c : fallbacks.get(r);
    }

    private static Color firstColor(Background bg) {
        if (bg == null) {
            return null;
        }
        for (BackgroundFill f : bg.getFills()) {
            Paint p = f.getFill();
            if (p instanceof Color c) {
                return c;
            }
        }
        return null;
    }
}
