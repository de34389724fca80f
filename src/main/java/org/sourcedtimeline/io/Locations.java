package org.sourcedtimeline.io;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where each decoded record was written, so that the checks after decoding can point at it.
 *
 * <p>Events and quotes, millions in a large model, are located by their place in the model's lists:
 * an array of the JSON item each came from (an item that failed to decode has no record, so the
 * two can differ). Putting millions of records in an identity map cost a fifth of a large model's
 * decoding, in hashing and growing, and kept the map alive through every collection of the load.
 * The few other records (sources, actors, accounts, spans, ranges) are located by identity.
 */
final class Locations {
    private final Map<Object, Location> byRecord = new IdentityHashMap<>();
    private final Items events = new Items("$.events");
    private final Items quotes = new Items("$.quotes");

    /** Records {@code record} written at {@code at}. */
    void put(Object record, Location at) { byRecord.put(record, at); }

    /** Where {@code record} was written, or {@link Location#NONE} when it was not put here. */
    Location of(Object record) {
        Location o = byRecord.get(record);
        return o != null ? o : Location.NONE;
    }

    /** The next event of the model's list came from item {@code item} of the events array. */
    void event(int item) { events.add(item); }

    /** The next quote of the model's list came from item {@code item} of the quotes array. */
    void quote(int item) { quotes.add(item); }

    /** Where the {@code i}th event of the model's list was written. */
    Location eventAt(int i) { return events.at(i); }

    /** Where the {@code i}th quote of the model's list was written. */
    Location quoteAt(int i) { return quotes.at(i); }

    /** JSON item indexes of a collection's records, in the records' order. */
    private static final class Items {
        private final Location array;
        private int[] items = new int[16];
        private int size;

        Items(String path) { this.array = Location.path(path); }

        void add(int item) {
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = item;
        }

        Location at(int i) {
            if (i < 0 || i >= size) return Location.NONE;
            return array.item(items[i]);
        }
    }
}
