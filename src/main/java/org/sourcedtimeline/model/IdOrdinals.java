package org.sourcedtimeline.model;

import java.util.List;
import java.util.function.Function;

/**
 * The position of each id in a list of items, looked up without boxing: an open-addressing table of
 * positions, whose keys are read back from the items themselves, so that it costs one int per slot
 * (about 8 bytes an item) instead of a map entry and an Integer.
 */
final class IdOrdinals<T> {
    private final List<T> items;
    private final Function<T, String> id;
    private final int[] slots; // position + 1; 0 is an empty slot
    private final int mask;

    IdOrdinals(List<T> items, Function<T, String> id) {
        this.items = items;
        this.id = id;
        int capacity = Integer.highestOneBit(Math.max(2, items.size()) * 2 - 1) << 1;
        slots = new int[capacity];
        mask = capacity - 1;
        for (int i = 0; i < items.size(); i++) {
            String key = id.apply(items.get(i));
            if (key == null) continue;
            int s = spread(key.hashCode()) & mask;
            boolean known = false;
            while (slots[s] != 0 && !(known = key.equals(id.apply(items.get(slots[s] - 1))))) s = (s + 1) & mask;
            // The first of duplicated ids wins, as in TimelineModel's look-ups.
            if (!known) slots[s] = i + 1;
        }
    }

    /** The position of the item with this id, or -1. */
    int of(String key) {
        if (key == null) return -1;
        for (int s = spread(key.hashCode()) & mask; slots[s] != 0; s = (s + 1) & mask) {
            int i = slots[s] - 1;
            if (key.equals(id.apply(items.get(i)))) return i;
        }
        return -1;
    }

    /** Ids such as "quote-123" differ in their last characters: mixes the high bits down, as HashMap does. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
