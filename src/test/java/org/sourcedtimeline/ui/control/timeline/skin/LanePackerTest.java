package org.sourcedtimeline.ui.control.timeline.skin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class LanePackerTest {

    @Test
    void disjointItemsShareOneRow() {
        LanePacker.Result r = new LanePacker(4, 0).pack(
                new double[] {0, 1, 5}, new double[] {1, 5, 6}, new int[3], new int[3], 1, 1);
        assertArrayEquals(new int[] {0, 0, 0}, r.rowOf());
        assertEquals(1, r.rowCount()[0]);
    }

    @Test
    void overlappingItemsStackAndReuseFreedRows() {
        // [0,10) [2,4) [3,5) [6,8)  → rows 0,1,2,1
        LanePacker.Result r = new LanePacker(4, 0).pack(
                new double[] {0, 2, 3, 6}, new double[] {10, 4, 5, 8}, new int[4], new int[4], 1, 1);
        assertArrayEquals(new int[] {0, 1, 2, 1}, r.rowOf());
        assertEquals(3, r.rowCount()[0]);
    }

    @Test
    void lanesAreIndependentAndTiersStackBelowPoints() {
        double[] s = {0, 0, 1, 1};
        double[] e = {1, 1, 30, 2};
        int[] lane = {0, 1, 0, 0};
        int[] tier = {0, 0, 1, 0};
        LanePacker.Result r = new LanePacker(4, 0).pack(s, e, lane, tier, 2, 2);
        assertEquals(0, r.rowOf()[0]);
        assertEquals(0, r.rowOf()[1]);
        assertEquals(0, r.rowOf()[3], "the second point fits on the first row");
        assertEquals(1, r.rowOf()[2], "the band goes below the points of its lane");
        assertEquals(2, r.rowCount()[0]);
        assertEquals(1, r.rowCount()[1]);
    }

    @Test
    void rowsAreCapped() {
        int n = 10;
        double[] s = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = i * 0.1;
            e[i] = 100;
        }
        LanePacker.Result r = new LanePacker(3, 0).pack(s, e, new int[n], new int[n], 1, 1);
        assertEquals(3, r.rowCount()[0]);
        for (int row : r.rowOf()) {
            assertTrue(row < 3);
        }
    }

    @Test
    void noOverlapWithinARowOnRandomData() {
        Random rnd = new Random(5);
        int n = 3000;
        double[] s = new double[n];
        double[] e = new double[n];
        int[] lane = new int[n];
        double t = 0;
        for (int i = 0; i < n; i++) {
            t += rnd.nextDouble() * 3;
            s[i] = t;
            e[i] = t + 1 + rnd.nextDouble() * 8;
            lane[i] = rnd.nextInt(3);
        }
        LanePacker.Result r = new LanePacker(64, 0).pack(s, e, lane, new int[n], 3, 1);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n && s[j] < e[i]; j++) {
                if (lane[i] == lane[j]) {
                    assertTrue(r.rowOf()[i] != r.rowOf()[j], "items " + i + " and " + j + " overlap in a row");
                }
            }
        }
    }

    @Test
    void rejectsUnsortedInput() {
        assertThrows(IllegalArgumentException.class, () -> new LanePacker(2, 0).pack(
                new double[] {5, 1}, new double[] {6, 2}, new int[2], new int[2], 1, 1));
    }
}
