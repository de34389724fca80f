package org.sourcedtimeline.ui.icons;

import org.kordamp.ikonli.Ikon;

/**
 * The icons the window shows: glyphs of the Material Design Icons font (Pictogrammers, Apache 2.0),
 * under the same code points, from a copy of that font cut down to these glyphs
 * ({@code app-icons.ttf}, made by packaging/icons/subset-icon-font.sh). The whole font is
 * 1.3 MB and its Ikonli pack 26 enums of a few thousand icons; the window needs fifteen. In FXML an
 * icon is named by its description, e.g. {@code <FontIcon iconLiteral="sti-magnify"/>}.
 */
public enum AppIcon implements Ikon {
    ALERT_CIRCLE_OUTLINE("sti-alert-circle-outline", 0xF05D6),
    ALERT_OUTLINE("sti-alert-outline", 0xF002A),
    ARROW_EXPAND_HORIZONTAL("sti-arrow-expand-horizontal", 0xF084E),
    CALENDAR_OUTLINE("sti-calendar-outline", 0xF0B67),
    CLOCK_OUTLINE("sti-clock-outline", 0xF0150),
    CLOSE("sti-close", 0xF0156),
    CONTENT_COPY("sti-content-copy", 0xF018F),
    IMAGE_FILTER_CENTER_FOCUS("sti-image-filter-center-focus", 0xF02F1),
    MAGNIFY("sti-magnify", 0xF0349),
    MAGNIFY_MINUS_OUTLINE("sti-magnify-minus-outline", 0xF06EC),
    MAGNIFY_PLUS_OUTLINE("sti-magnify-plus-outline", 0xF06ED),
    MAP_MARKER_OUTLINE("sti-map-marker-outline", 0xF07D9),
    TIMELINE_TEXT_OUTLINE("sti-timeline-text-outline", 0xF0BD4),
    WEATHER_NIGHT("sti-weather-night", 0xF0594),
    WHITE_BALANCE_SUNNY("sti-white-balance-sunny", 0xF05A8);

    /** What every description starts with. */
    public static final String PREFIX = "sti-";

    private final String description;
    private final int code;

    AppIcon(String description, int code) {
        this.description = description;
        this.code = code;
    }

    /** The icon with this description; an unknown one is a bug in a view, hence the exception. */
    public static AppIcon of(String description) {
        for (AppIcon i : values()) if (i.description.equals(description)) return i;
        throw new IllegalArgumentException("no icon " + description);
    }

    @Override
    public String getDescription() { return description; }

    @Override
    public int getCode() { return code; }
}
