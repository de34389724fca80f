package org.sourcedtimeline.ui.control.timeline.skin;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

import org.sourcedtimeline.ui.control.timeline.TimelineItem;

/**
 * An immutable index of timeline items for range queries: items sorted by start (then end, then
 * input order), arranged as an implicit balanced search tree over the sorted array where every
 * node knows the largest end in its subtree (an augmented interval tree without node objects).
 *
 * <p>{@link #forEachIntersecting(double, double, IntConsumer)} visits the items overlapping a range
 * in start order without allocating; it prunes every subtree that ends before the range or starts
 * after it, so its cost grows with the number of items found, not with the number indexed.
 * Positions {@code 0..size()-1} are the sorted order, which is also the keyboard navigation order.
 */
public final class ItemIndex {

    private static final ItemIndex EMPTY = new ItemIndex(new TimelineItem[0]);

    private final TimelineItem[] items;
    private final double[] starts;
    private final double[] ends;
    /** maxEnd[mid] = largest end in the subtree rooted at mid (the node of range [lo, hi)). */
    private final double[] maxEnd;

    private ItemIndex(TimelineItem[] sorted) {
        this.items = sorted;
        int n = sorted.length;
        starts = new double[n];
        ends = new double[n];
        maxEnd = new double[n];
        for (int i = 0; i < n; i++) {
            starts[i] = sorted[i].startEpochDay();
            ends[i] = sorted[i].endEpochDay();
        }
        if (n > 0) {
            buildMax(0, n);
        }
    }

    /** The empty index. */
    public static ItemIndex empty() {
        return EMPTY;
    }

    /** Indexes a snapshot of {@code items} (null elements are not allowed). */
    public static ItemIndex of(List<TimelineItem> items) {
        if (items.isEmpty()) {
            return EMPTY;
        }
        TimelineItem[] a = items.toArray(new TimelineItem[0]);
        int n = a.length;
        long[] start = new long[n];
        long[] end = new long[n];
        boolean packable = n < (1L << 40);
        for (int i = 0; i < n; i++) {
            start[i] = a[i].startEpochDay();
            end[i] = a[i].endEpochDay();
            packable &= start[i] >= MIN_KEY_DAY && start[i] < MIN_KEY_DAY + (1L << 23);
        }
        if (!packable) {
            // Dates beyond the years ±9999: a plain (stable) object sort.
            Arrays.sort(a, Comparator.comparingLong(TimelineItem::startEpochDay)
                    .thenComparingLong(TimelineItem::endEpochDay));
            return new ItemIndex(a);
        }
        // Sort primitive keys (start << 40 | input position): fast, and stable by construction.
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (start[i] - MIN_KEY_DAY) << 40 | i;
        }
        Arrays.sort(keys);
        TimelineItem[] sorted = new TimelineItem[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) (keys[i] & ((1L << 40) - 1));
        }
        // Within equal starts, order by end, keeping the input order among equal ends.
        for (int lo = 0, hi; lo < n; lo = hi) {
            hi = lo + 1;
            while (hi < n && start[order[hi]] == start[order[lo]]) {
                hi++;
            }
            if (hi - lo > 1) {
                sortRunByEnd(order, lo, hi, end);
            }
        }
        for (int i = 0; i < n; i++) {
            sorted[i] = a[order[i]];
        }
        return new ItemIndex(sorted);
    }

    private static void sortRunByEnd(int[] order, int lo, int hi, long[] end) {
        if (hi - lo <= 16) {
            for (int i = lo + 1; i < hi; i++) {
                int o = order[i];
                int j = i - 1;
                while (j >= lo && end[order[j]] > end[o]) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = o;
            }
            return;
        }
        Integer[] run = new Integer[hi - lo];
        for (int i = lo; i < hi; i++) {
            run[i - lo] = order[i];
        }
        Arrays.sort(run, Comparator.comparingLong(o -> end[o])); // stable
        for (int i = lo; i < hi; i++) {
            order[i] = run[i - lo];
        }
    }

    /** Smallest start day (-9999-01-01 and a little) that the packed sort keys can hold. */
    private static final long MIN_KEY_DAY = -4_400_000;

    private double buildMax(int lo, int hi) {
        // Iterative-friendly depth: log2(n) recursion only.
        int mid = (lo + hi) >>> 1;
        double m = ends[mid];
        if (lo < mid) {
            m = Math.max(m, buildMax(lo, mid));
        }
        if (mid + 1 < hi) {
            m = Math.max(m, buildMax(mid + 1, hi));
        }
        maxEnd[mid] = m;
        return m;
    }

    /** Number of items. */
    public int size() {
        return items.length;
    }

    /** Item at a sorted position. */
    public TimelineItem get(int i) {
        return items[i];
    }

    /** Start (epoch day) of the item at a sorted position. */
    public double start(int i) {
        return starts[i];
    }

    /** End (exclusive, epoch day) of the item at a sorted position. */
    public double end(int i) {
        return ends[i];
    }

    /** Earliest start, or {@code NaN} when empty. */
    public double minStart() {
        return items.length == 0 ? Double.NaN : starts[0];
    }

    /** Latest end, or {@code NaN} when empty. */
    public double maxEnd() {
        return items.length == 0 ? Double.NaN : maxEnd[items.length >>> 1];
    }

    /**
     * Calls {@code action} with the sorted position of every item with {@code start < to} and
     * {@code end > from}, in sorted order.
     */
    public void forEachIntersecting(double from, double to, IntConsumer action) {
        if (items.length > 0) {
            visit(0, items.length, from, to, action);
        }
    }

    private void visit(int lo, int hi, double from, double to, IntConsumer action) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEnd[mid] <= from) {
                return;
            }
            visit(lo, mid, from, to, action);
            if (starts[mid] >= to) {
                return;
            }
            if (ends[mid] > from) {
                action.accept(mid);
            }
            lo = mid + 1; // tail call on the right subtree
        }
    }

    /** Number of items intersecting {@code [from, to)}. */
    public int countIntersecting(double from, double to) {
        int[] c = {0};
        forEachIntersecting(from, to, i -> c[0]++);
        return c[0];
    }

    /** First sorted position whose start is {@code >= day} ({@code size()} if none). */
    public int lowerBound(double day) {
        int lo = 0;
        int hi = items.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Sorted position of {@code item} (by equality), or -1. Cost: O(log n + items with the same start). */
    public int indexOf(TimelineItem item) {
        if (item == null) {
            return -1;
        }
        double s = item.startEpochDay();
        for (int i = lowerBound(s); i < items.length && starts[i] == s; i++) {
            if (items[i] == item || items[i].equals(item)) {
                return i;
            }
        }
        return -1;
    }
}
