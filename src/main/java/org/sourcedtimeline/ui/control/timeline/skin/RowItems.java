package org.sourcedtimeline.ui.control.timeline.skin;

import java.util.function.DoublePredicate;
import java.util.function.IntPredicate;

/**
 * The items of one row of the timeline's layout in start order, summarised once per item set so
 * that a frame can cull the row and take long runs of it (the members of a cluster) in one step:
 * the starts for searching, and {@link MaxPyramid}s of the ends and of the markers' midpoints
 * (see {@link MarkerGeometry#mid}) for the extent of any run.
 *
 * <p>A row normally holds points only or bars (ranges and bands) only, as the lane packer gives
 * them separate tiers of rows; a row that mixes both is {@link Kind#MIXED} and is laid out one
 * item at a time.
 */
public final class RowItems {

    /** What a row holds. */
    public enum Kind { POINTS, BARS, MIXED }

    private final int[] pos;
    private final double[] start;
    private final MaxPyramid end;
    private final MaxPyramid mid;
    private final Kind kind;
    /** Point or not, item by item; only kept for a {@link Kind#MIXED} row. */
    private final boolean[] point;

    private RowItems(int[] pos, double[] start, double[] end, boolean[] point) {
        this.pos = pos;
        this.start = start;
        int n = pos.length;
        int points = 0;
        double[] mids = new double[n];
        for (int i = 0; i < n; i++) {
            mids[i] = MarkerGeometry.mid(point[i], start[i], end[i]);
            if (point[i]) {
                points++;
            }
        }
        this.kind = points == n ? Kind.POINTS : points == 0 ? Kind.BARS : Kind.MIXED;
        this.point = kind == Kind.MIXED ? point : null;
        this.end = new MaxPyramid(end);
        this.mid = new MaxPyramid(mids);
    }

    /**
     * Splits the items of {@code index} into {@code rowCount} rows.
     *
     * @param rowOf row of the item at each sorted position, {@code 0..rowCount-1}
     * @param point whether the item at a sorted position is drawn as a point
     */
    public static RowItems[] split(ItemIndex index, int[] rowOf, int rowCount, IntPredicate point) {
        int n = index.size();
        int[] size = new int[rowCount];
        for (int p = 0; p < n; p++) {
            size[rowOf[p]]++;
        }
        int[][] pos = new int[rowCount][];
        double[][] start = new double[rowCount][];
        double[][] end = new double[rowCount][];
        boolean[][] isPoint = new boolean[rowCount][];
        for (int r = 0; r < rowCount; r++) {
            pos[r] = new int[size[r]];
            start[r] = new double[size[r]];
            end[r] = new double[size[r]];
            isPoint[r] = new boolean[size[r]];
        }
        int[] fill = new int[rowCount];
        for (int p = 0; p < n; p++) {
            int r = rowOf[p];
            int i = fill[r]++;
            pos[r][i] = p;
            start[r][i] = index.start(p);
            end[r][i] = index.end(p);
            isPoint[r][i] = point.test(p);
        }
        RowItems[] rows = new RowItems[rowCount];
        for (int r = 0; r < rowCount; r++) {
            rows[r] = new RowItems(pos[r], start[r], end[r], isPoint[r]);
        }
        return rows;
    }

    /** Number of items in the row. */
    public int size() {
        return pos.length;
    }

    /** What the row holds. */
    public Kind kind() {
        return kind;
    }

    /** Sorted position (in the {@link ItemIndex}) of the row's item {@code i}. */
    public int pos(int i) {
        return pos[i];
    }

    /** Start of item {@code i}. */
    public double start(int i) {
        return start[i];
    }

    /** End (exclusive) of item {@code i}. */
    public double end(int i) {
        return end.get(i);
    }

    /** Midpoint of item {@code i}'s marker, in days. */
    public double mid(int i) {
        return mid.get(i);
    }

    /** {@code true} when item {@code i} is drawn as a point. */
    public boolean isPoint(int i) {
        return kind == Kind.POINTS || kind == Kind.MIXED && point[i];
    }

    /** Largest end of the items {@code [lo, hi)}. */
    public double maxEnd(int lo, int hi) {
        return end.max(lo, hi);
    }

    /** Largest marker midpoint of the items {@code [lo, hi)}. */
    public double maxMid(int lo, int hi) {
        return mid.max(lo, hi);
    }

    /** First item of {@code [lo, hi)} whose end passes a monotone test (see {@link MaxPyramid#firstWhere}), else {@code hi}. */
    public int firstEnd(int lo, int hi, DoublePredicate test) {
        return end.firstWhere(lo, hi, test);
    }

    /** First item of {@code [lo, hi)} whose midpoint passes a monotone test, else {@code hi}. */
    public int firstMid(int lo, int hi, DoublePredicate test) {
        return mid.firstWhere(lo, hi, test);
    }

    /** The row's index of the item at sorted position {@code p}, which starts on {@code day}; -1 when it is not in the row. */
    public int indexOf(int p, double day) {
        for (int i = firstStartFrom(0, size(), day); i < size() && start[i] == day; i++) {
            if (pos[i] == p) {
                return i;
            }
        }
        return -1;
    }

    /**
     * First item of {@code [i, hi)} starting at or after {@code day}, else {@code hi}, when every item
     * before {@code i} starts before it: a galloping search, cheap when the answer is near {@code i}
     * (as it is for the next of a run of ascending days).
     */
    public int nextStartFrom(int i, int hi, double day) {
        int bound = i;
        int step = 1;
        while (bound < hi && start[bound] < day) {
            i = bound + 1;
            bound += step;
            step <<= 1;
        }
        return firstStartFrom(i, Math.min(bound, hi), day);
    }

    /** First item of {@code [lo, hi)} starting after {@code day}, else {@code hi}. */
    public int firstStartAfter(int lo, int hi, double day) {
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (start[m] > day) {
                hi = m;
            } else {
                lo = m + 1;
            }
        }
        return lo;
    }

    /** First item of {@code [lo, hi)} starting at or after {@code day}, else {@code hi}. */
    public int firstStartFrom(int lo, int hi, double day) {
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (start[m] >= day) {
                hi = m;
            } else {
                lo = m + 1;
            }
        }
        return lo;
    }
}
