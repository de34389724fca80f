package org.sourcedtimeline.ui.control.timeline;

import java.util.List;
import org.sourcedtimeline.ui.control.timeline.skin.ItemIndex;
import org.sourcedtimeline.ui.control.timeline.skin.RowModel;

/**
 * Items sorted by time, and laid out in their lanes, ahead of showing them, on any thread (no JavaFX
 * class is touched): for a million items that is about half a second of the JavaFX thread, which
 * {@link TimelineView#setItems} then saves.
 */
public final class PreparedItems {
    private final List<TimelineItem> items;
    private final ItemIndex index;
    private final RowModel rows;

    private PreparedItems(List<TimelineItem> items, List<TimelineLane> lanes) {
        this.items = List.copyOf(items);
        this.index = ItemIndex.of(this.items);
        this.rows = lanes == null ? null : RowModel.of(index, lanes);
    }

    /** Sorts {@code items}, kept in the order given. */
    public static PreparedItems of(List<TimelineItem> items) {
        return new PreparedItems(items, null);
    }

    /**
     * Sorts {@code items} and lays them out in {@code lanes}: used as long as the view shows these lanes
     * (equal ids and labels) when it draws them.
     */
    public static PreparedItems of(List<TimelineItem> items, List<TimelineLane> lanes) {
        return new PreparedItems(items, List.copyOf(lanes));
    }

    /** The items, in the order given. */
    public List<TimelineItem> items() {
        return items;
    }

    ItemIndex index() {
        return index;
    }

    /** The layout in the lanes, or null when it was prepared without them. */
    RowModel rows() {
        return rows;
    }
}
