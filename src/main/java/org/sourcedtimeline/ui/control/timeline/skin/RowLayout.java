package org.sourcedtimeline.ui.control.timeline.skin;

import java.util.Arrays;
import java.util.function.DoublePredicate;

/**
 * One row of one frame: the row's items that intersect the drawn range {@code [from, to)}, in
 * start order, grouped by a {@link Clusterer}. The groups are exactly those of adding every item
 * one by one, but the cost follows the number of groups, not of items: while a cluster is open,
 * the run of following items whose markers provably start before its {@linkplain
 * Clusterer#joinLimit() join limit} is found by searching the starts, and its extent read from
 * the row's {@link RowItems} summary, so the members of a cluster are never visited.
 *
 * <p>The entries given to the clusterer are numbered in start order: first the items that start
 * before {@code from} and reach past it (few: the row's long items), then the items starting in
 * the range. {@link #pos(int)} maps an entry back to the item.
 */
public final class RowLayout {

    private final RowItems row;
    private final MarkerGeometry geometry;
    private final DoublePredicate endReachesIn;
    private final DoublePredicate midReachesIn;
    private double fromDay;
    private final DoublePredicate endsAfterFrom = e -> e > fromDay;
    /** Row indices of the items starting at or before {@code from} and ending after it. */
    private int[] pre = new int[8];
    private int preCount;
    /** Row indices {@code [first, end)}: the items starting after {@code from} and before {@code to}. */
    private int first;
    private int end;
    private int steps;

    /** A layout of {@code row} whose markers {@code geometry} places (set it before each frame). */
    public RowLayout(RowItems row, MarkerGeometry geometry) {
        this.row = row;
        this.geometry = geometry;
        endReachesIn = e -> geometry.scale().toX(e) > 0;
        midReachesIn = m -> geometry.scale().toX(m) + MarkerGeometry.POINT_R > 0;
    }

    /** The row. */
    public RowItems row() {
        return row;
    }

    /** Lays out the items intersecting {@code [from, to)} into {@code clusterer}'s groups (reset and finished here). */
    public void layout(double from, double to, Clusterer clusterer) {
        clusterer.reset();
        steps = 0;
        int n = row.size();
        first = row.firstStartAfter(0, n, from);
        end = row.firstStartFrom(first, n, to);
        fromDay = from;
        preCount = 0;
        for (int i = row.firstEnd(0, first, endsAfterFrom); i < first; i = row.firstEnd(i + 1, first, endsAfterFrom)) {
            if (preCount == pre.length) {
                pre = Arrays.copyOf(pre, preCount * 2);
            }
            pre[preCount++] = i;
        }
        for (int k = 0; k < preCount; k++) {
            addOne(pre[k], clusterer);
        }
        int i = first;
        while (i < end) {
            if (clusterer.clusterOpen() && row.kind() != RowItems.Kind.MIXED) {
                double limit = clusterer.joinLimit();
                Bound b = row.kind() == RowItems.Kind.POINTS ? Bound.POINT
                        : limit > geometry.leftClip() ? Bound.BAR : Bound.OFF_LEFT_BAR;
                int k = joiningRunEnd(i, b, limit);
                if (k > i) {
                    clusterer.addJoined(k - i, bound(b, row.start(k - 1)),
                            geometry.maxX1(b == Bound.POINT, row.maxEnd(i, k), row.maxMid(i, k)));
                    steps++;
                    i = k;
                    continue;
                }
            }
            addOne(i++, clusterer);
        }
        clusterer.finish();
    }

    private void addOne(int i, Clusterer clusterer) {
        steps++;
        boolean point = row.isPoint(i);
        double s = row.start(i);
        double e = row.end(i);
        double m = row.mid(i);
        clusterer.add(geometry.x0(point, s, e, m), geometry.x1(point, s, e, m), Double.NaN);
    }

    /**
     * End of the run of items from {@code i} (all of one kind) whose markers surely start before
     * {@code limit}: the bound of the left edge grows with the start, so the run ends at the first
     * start whose bound reaches the limit. A bar's left edge is clipped to the plot's left edge
     * when the bar reaches into the plot, so with a limit left of the clip only bars that do not
     * reach in can join.
     */
    private int joiningRunEnd(int i, Bound b, double limit) {
        int k = firstStartBoundAtLeast(i, b, limit);
        if (b == Bound.OFF_LEFT_BAR) {
            k = row.firstEnd(i, k, endReachesIn);
            k = row.firstMid(i, k, midReachesIn);
        }
        return k;
    }

    /** Which upper bound of the left edge applies: a point's (exact), a bar's, a bar's left of the clip. */
    private enum Bound { POINT, BAR, OFF_LEFT_BAR }

    private double bound(Bound b, double start) {
        switch (b) {
            case POINT:
                return geometry.pointX0(start);
            case BAR:
                return geometry.barX0Bound(start);
            default:
                return geometry.offLeftBarX0Bound(start);
        }
    }

    /** First row index of {@code [i, end)} whose left-edge bound is at least {@code limit}: galloping, then halving. */
    private int firstStartBoundAtLeast(int i, Bound b, double limit) {
        if (i >= end || bound(b, row.start(i)) >= limit) {
            return i;
        }
        int below = i;
        int step = 1;
        int above = end;
        while (true) {
            long probe = (long) below + step;
            if (probe >= end) {
                break;
            }
            if (bound(b, row.start((int) probe)) >= limit) {
                above = (int) probe;
                break;
            }
            below = (int) probe;
            step <<= 1;
        }
        int lo = below + 1;
        int hi = above;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (bound(b, row.start(m)) >= limit) {
                hi = m;
            } else {
                lo = m + 1;
            }
        }
        return lo;
    }

    // ------------------------------------------------------------------ entries of the last layout

    /**
     * Steps the last layout took: items added one by one plus runs added at once. Its cost
     * follows this number (times a logarithm for searching), not {@link #size()}.
     */
    public int steps() {
        return steps;
    }

    /** Number of entries of the last layout. */
    public int size() {
        return preCount + end - first;
    }

    /** Row index of entry {@code q}. */
    public int rowIndex(int q) {
        return q < preCount ? pre[q] : first + q - preCount;
    }

    /** Sorted position (in the {@link ItemIndex}) of entry {@code q}. */
    public int pos(int q) {
        return row.pos(rowIndex(q));
    }

    /** Start of entry {@code q}. */
    public double start(int q) {
        return row.start(rowIndex(q));
    }

    /**
     * For {@code n} ascending days, {@code out[k]} = how many of the entries {@code [qFrom, qTo)} start
     * before {@code days[k]}, in one pass that gallops from one day's answer to the next: so that a
     * cluster can show how its members spread over its span without visiting them.
     */
    public void startingBefore(int qFrom, int qTo, double[] days, int n, int[] out) {
        int preEnd = Math.min(qTo, preCount);
        int p = qFrom;
        int lo = -1;
        int hi = -1;
        int i = -1;
        if (Math.max(qFrom, preCount) < qTo) {
            lo = rowIndex(Math.max(qFrom, preCount));
            hi = rowIndex(qTo - 1) + 1;
            i = lo;
        }
        for (int k = 0; k < n; k++) {
            double day = days[k];
            while (p < preEnd && row.start(pre[p]) < day) {
                p++;
            }
            int count = Math.max(0, p - qFrom);
            if (lo >= 0) {
                i = row.nextStartFrom(i, hi, day);
                count += i - lo;
            }
            out[k] = count;
        }
    }

    /** Largest end of the entries {@code [qFrom, qTo)}. */
    public double maxEnd(int qFrom, int qTo) {
        double m = Double.NEGATIVE_INFINITY;
        int q = qFrom;
        for (; q < qTo && q < preCount; q++) {
            m = Math.max(m, row.end(pre[q]));
        }
        if (q < qTo) {
            m = Math.max(m, row.maxEnd(rowIndex(q), rowIndex(qTo - 1) + 1));
        }
        return m;
    }

    /** {@code true} when one of the entries {@code [qFrom, qTo)} is in {@code marked}, ascending row indices. */
    public boolean anyMarked(int[] marked, int qFrom, int qTo) {
        if (marked.length == 0) {
            return false;
        }
        int q = qFrom;
        for (; q < qTo && q < preCount; q++) {
            if (Arrays.binarySearch(marked, pre[q]) >= 0) {
                return true;
            }
        }
        if (q >= qTo) {
            return false;
        }
        int lo = rowIndex(q);
        int at = Arrays.binarySearch(marked, lo);
        int next = at >= 0 ? at : -at - 1;
        return next < marked.length && marked[next] <= rowIndex(qTo - 1);
    }
}
