package org.sourcedtimeline.ui.control.timeline.skin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class MaxPyramidTest {

    /** Sizes around powers of two, where the levels end in half blocks. */
    private static final int[] SIZES = {0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 33, 64, 100, 127, 128, 129, 1000};

    private static double[] random(Random r, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            // Few distinct values, so that ties and equal thresholds are common.
            v[i] = r.nextInt(4) == 0 ? r.nextInt(20) : r.nextGaussian() * 100;
        }
        return v;
    }

    @Test
    void rangeMaximaEqualAScanOfTheRange() {
        Random r = new Random(3);
        for (int n : SIZES) {
            double[] v = random(r, n);
            MaxPyramid p = new MaxPyramid(v.clone());
            assertEquals(n, p.size());
            for (int lo = 0; lo <= n; lo++) {
                for (int hi = lo; hi <= n; hi += 1 + (n > 200 ? r.nextInt(40) : 0)) {
                    double expected = Double.NEGATIVE_INFINITY;
                    for (int i = lo; i < hi; i++) {
                        expected = Math.max(expected, v[i]);
                    }
                    assertEquals(expected, p.max(lo, hi), "n=" + n + " [" + lo + ", " + hi + ")");
                }
            }
        }
    }

    @Test
    void firstWhereFindsTheFirstValueAboveAThreshold() {
        Random r = new Random(5);
        for (int n : SIZES) {
            double[] v = random(r, n);
            MaxPyramid p = new MaxPyramid(v.clone());
            for (int round = 0; round < 300; round++) {
                int lo = r.nextInt(n + 1);
                int hi = lo + r.nextInt(n - lo + 1);
                double t = r.nextInt(3) == 0 && n > 0 ? v[r.nextInt(n)] : r.nextGaussian() * 150;
                boolean strict = r.nextBoolean();
                int expected = hi;
                for (int i = lo; i < hi; i++) {
                    if (strict ? v[i] > t : v[i] >= t) {
                        expected = i;
                        break;
                    }
                }
                int found = p.firstWhere(lo, hi, strict ? x -> x > t : x -> x >= t);
                assertEquals(expected, found, "n=" + n + " [" + lo + ", " + hi + ") t=" + t);
            }
        }
    }

    @Test
    void firstWhereOnARisingSeriesIsALowerBound() {
        double[] v = new double[1 << 12];
        for (int i = 0; i < v.length; i++) {
            v[i] = i / 3;
        }
        MaxPyramid p = new MaxPyramid(v);
        assertEquals(300, p.firstWhere(0, v.length, x -> x >= 100));
        assertEquals(1000, p.firstWhere(1000, v.length, x -> x >= 100), "never before lo");
        assertEquals(2000, p.firstWhere(0, 2000, x -> x >= 5000), "hi when none passes");
    }
}
