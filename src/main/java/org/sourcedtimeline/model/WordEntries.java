package org.sourcedtimeline.model;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The entries each word occurs in, while an index is being built: an open-addressing table keyed
 * by the characters of the word being read, so that a word already seen costs no string. A word's
 * entries are a sorted int array until that would be larger than a bit per entry of the whole
 * index, then a bit set: common words ("de", "la") cost a fixed 1/8 byte an entry, rare ones 4 bytes
 * an occurrence. Entries must be added in increasing order.
 */
final class WordEntries {
    private final int entryCount;
    private final int denseAt;
    private String[] words = new String[1 << 12];
    private int[] hashes = new int[words.length];
    private int[][] lists = new int[words.length][];
    private int[] sizes = new int[words.length];
    private BitSet[] dense = new BitSet[words.length];
    private int count;

    /** For entries 0 to {@code entryCount - 1}. */
    WordEntries(int entryCount) {
        this.entryCount = entryCount;
        // An int per occurrence against a bit per entry.
        denseAt = Math.max(4, entryCount / 32);
    }

    /** Files {@code entry} under the word {@code reader} is on. */
    void add(FoldedWords reader, int entry) {
        int s = slot(reader);
        if (words[s] == null) {
            if ((count + 1) * 2 > words.length) {
                grow();
                s = slot(reader);
            }
            words[s] = reader.word();
            hashes[s] = reader.hash;
            lists[s] = new int[2];
            count++;
        }
        if (dense[s] != null) {
            dense[s].set(entry);
            return;
        }
        int n = sizes[s];
        int[] list = lists[s];
        if (n > 0 && list[n - 1] == entry) return;
        if (n == denseAt) {
            BitSet bits = new BitSet(entryCount);
            for (int k = 0; k < n; k++) bits.set(list[k]);
            bits.set(entry);
            dense[s] = bits;
            lists[s] = null;
            return;
        }
        if (n == list.length) lists[s] = list = Arrays.copyOf(list, Math.min(denseAt, n * 2));
        list[n] = entry;
        sizes[s] = n + 1;
    }

    /** The slot of the word {@code reader} is on, or the empty slot where it goes. */
    private int slot(FoldedWords reader) {
        int mask = words.length - 1;
        int s = spread(reader.hash) & mask;
        while (words[s] != null && !(hashes[s] == reader.hash && reader.is(words[s]))) s = (s + 1) & mask;
        return s;
    }

    /** How many distinct words. */
    int count() {
        return count;
    }

    /** Calls {@code sink} with each word, its rank in sorted order and its entries. */
    void forEachSorted(Sink sink) {
        String[] sorted = new String[count];
        int k = 0;
        for (String w : words) if (w != null) sorted[k++] = w;
        Arrays.sort(sorted);
        int mask = words.length - 1;
        for (int rank = 0; rank < sorted.length; rank++) {
            String w = sorted[rank];
            int s = spread(w.hashCode()) & mask;
            while (!w.equals(words[s])) s = (s + 1) & mask;
            if (dense[s] != null) sink.word(rank, w, dense[s], null);
            else sink.word(rank, w, null, sizes[s] == lists[s].length ? lists[s] : Arrays.copyOf(lists[s], sizes[s]));
        }
    }

    interface Sink {
        /** A word with its entries: as a bit set, or else as a sorted array. */
        void word(int rank, String word, BitSet dense, int[] sparse);
    }

    private void grow() {
        String[] oldWords = words;
        int[] oldHashes = hashes;
        int[][] oldLists = lists;
        int[] oldSizes = sizes;
        BitSet[] oldDense = dense;
        words = new String[oldWords.length * 2];
        hashes = new int[words.length];
        lists = new int[words.length][];
        sizes = new int[words.length];
        dense = new BitSet[words.length];
        int mask = words.length - 1;
        for (int o = 0; o < oldWords.length; o++) {
            if (oldWords[o] == null) continue;
            int s = spread(oldHashes[o]) & mask;
            while (words[s] != null) s = (s + 1) & mask;
            words[s] = oldWords[o];
            hashes[s] = oldHashes[o];
            lists[s] = oldLists[o];
            sizes[s] = oldSizes[o];
            dense[s] = oldDense[o];
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
