package org.sourcedtimeline.ui.control.timeline.skin;

import java.util.function.DoublePredicate;

/**
 * An array of doubles with the maximum of every aligned block of {@code 2^k} elements
 * precomputed, level by level (about {@code 2n} values in all). Answers the largest value of any
 * range and the first element of a range that passes a threshold in {@code O(log n)}, so that a
 * frame can summarise a long run of items without visiting them.
 */
public final class MaxPyramid {

    /** {@code levels[k][j]} = max of the values {@code [j·2^k, (j+1)·2^k)} (fewer at the end). */
    private final double[][] levels;

    /** A pyramid over {@code values}, which it keeps (do not change them afterwards). */
    public MaxPyramid(double[] values) {
        int depth = 1;
        for (int len = values.length; len > 1; len = (len + 1) >>> 1) {
            depth++;
        }
        levels = new double[depth][];
        levels[0] = values;
        for (int k = 1; k < depth; k++) {
            double[] below = levels[k - 1];
            double[] level = new double[(below.length + 1) >>> 1];
            for (int j = 0; j < level.length; j++) {
                int c = 2 * j;
                level[j] = c + 1 < below.length ? Math.max(below[c], below[c + 1]) : below[c];
            }
            levels[k] = level;
        }
    }

    /** Number of values. */
    public int size() {
        return levels[0].length;
    }

    /** Value {@code i}. */
    public double get(int i) {
        return levels[0][i];
    }

    /** Largest value of {@code [lo, hi)}; {@code -∞} when the range is empty. */
    public double max(int lo, int hi) {
        double m = Double.NEGATIVE_INFINITY;
        for (int k = 0; lo < hi; k++) {
            double[] level = levels[k];
            if ((lo & 1) == 1) {
                m = Math.max(m, level[lo++]);
            }
            if ((hi & 1) == 1) {
                m = Math.max(m, level[--hi]);
            }
            lo >>>= 1;
            hi >>>= 1;
        }
        return m;
    }

    /**
     * First index of {@code [lo, hi)} whose value passes {@code test}, or {@code hi} when none
     * does. {@code test} must be monotone (if it accepts a value it accepts every larger one), so
     * that a block passes exactly when its maximum does.
     */
    public int firstWhere(int lo, int hi, DoublePredicate test) {
        int i = lo;
        int k = 0;
        int top = levels.length - 1;
        while (i < hi) {
            // i is a multiple of 2^k: take the largest aligned block that starts at i and fits.
            while (k < top && (i & ((2 << k) - 1)) == 0 && i + (2 << k) <= hi) {
                k++;
            }
            while (i + (1 << k) > hi) {
                k--;
            }
            if (test.test(levels[k][i >> k])) {
                while (k > 0) {
                    k--;
                    if (!test.test(levels[k][i >> k])) {
                        i += 1 << k;
                    }
                }
                return i;
            }
            i += 1 << k;
        }
        return hi;
    }
}
