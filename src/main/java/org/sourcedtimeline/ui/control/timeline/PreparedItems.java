package org.sourcedtimeline.ui.control.timeline;

import java.util.List;
import org.sourcedtimeline.ui.control.timeline.skin.ItemIndex;

/**
 * Items sorted by time ahead of showing them, on any thread (no JavaFX class is touched): sorting a
 * million items takes the JavaFX thread a fifth of a second, which {@link TimelineView#setItems}
 * then saves.
 */
public final class PreparedItems {
    private final List<TimelineItem> items;
    private final ItemIndex index;

    private PreparedItems(List<TimelineItem> items) {
        this.items = List.copyOf(items);
        this.index = ItemIndex.of(this.items);
    }

    /** Sorts {@code items}, kept in the order given. */
    public static PreparedItems of(List<TimelineItem> items) {
        return new PreparedItems(items);
    }

    /** The items, in the order given. */
    public List<TimelineItem> items() {
        return items;
    }

    ItemIndex index() {
        return index;
    }
}
