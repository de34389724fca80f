package org.sourcedtimeline.io.json;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An object's fields in the order written, found by a linear scan. Model objects have a dozen
 * fields at most, and a large model has millions of them: a hash map each cost more than the parse.
 * Unmodifiable once read.
 */
final class FieldMap extends AbstractMap<String, JsonNode> {
    private String[] keys = new String[8];
    private JsonNode[] values = new JsonNode[8];
    private int size;

    /** @return false, adding nothing, when the key is already there */
    boolean add(String key, JsonNode value) {
        if (indexOf(key) >= 0) return false;
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size] = value;
        size++;
        return true;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < size; i++) if (keys[i].equals(key)) return i;
        return -1;
    }

    @Override public int size() { return size; }

    @Override public boolean containsKey(Object key) { return indexOf(key) >= 0; }

    @Override
    public JsonNode get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public Set<Entry<String, JsonNode>> entrySet() {
        return new AbstractSet<>() {
            @Override public int size() { return size; }

            @Override
            public Iterator<Entry<String, JsonNode>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override public boolean hasNext() { return next < size; }

                    @Override
                    public Entry<String, JsonNode> next() {
                        if (next >= size) throw new NoSuchElementException();
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }
        };
    }
}
