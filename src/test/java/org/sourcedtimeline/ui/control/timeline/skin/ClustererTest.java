package org.sourcedtimeline.ui.control.timeline.skin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class ClustererTest {

    private static final double R = 5;

    /** Points at the given pixel centres, each with a label {@code labelW} wide. */
    private static Clusterer points(double labelW, double... centres) {
        Clusterer c = new Clusterer();
        // As the painter does: no label left of the canvas.
        c.setLeftEdge(0);
        c.reset();
        for (double x : centres) {
            c.add(x - R, x + R, labelW);
        }
        c.finish();
        return c;
    }

    @Test
    void separatedPointsKeepTheirLabels() {
        Clusterer c = points(60, 100, 300, 500);
        assertEquals(3, c.groupCount());
        for (int g = 0; g < 3; g++) {
            assertFalse(c.isCluster(g));
            assertEquals(60, c.labelWidth(g), 1e-9);
            assertFalse(c.labelTruncated(g));
        }
        assertEquals(100 + R + 6, c.labelX(0), 1e-9);
    }

    @Test
    void crowdedPointsMergeIntoOneClusterWithTheirCount() {
        Clusterer c = points(80, 100, 104, 109, 112, 400);
        assertEquals(2, c.groupCount());
        assertTrue(c.isCluster(0));
        assertEquals(4, c.count(0));
        assertEquals(0, c.first(0));
        assertEquals(4, c.end(0));
        assertEquals(100 - R, c.x0(0), 1e-9);
        assertEquals(Math.max(112 + R, 100 - R + 24), c.x1(0), 1e-9, "spans its markers, at least pill-wide");
        assertFalse(c.isCluster(1));
        assertEquals(1, c.count(1));
    }

    @Test
    void zoomingInSeparatesACluster() {
        double[] days = {0, 1, 3, 4};
        // 2 px per day: everything in one cluster.
        Clusterer far = points(70, scaled(days, 2));
        assertEquals(1, far.groupCount());
        assertEquals(4, far.count(0));
        // 150 px per day: four separate labelled points.
        Clusterer near = points(70, scaled(days, 150));
        assertEquals(4, near.groupCount());
        for (int g = 0; g < 4; g++) {
            assertFalse(near.isCluster(g));
            assertTrue(near.labelWidth(g) >= 44, "label " + g + " keeps some room");
        }
    }

    @Test
    void aLabelIsCutShortBeforeItCollapses() {
        // 80 px between centres: a 200 px label cannot fit, but 44 px + ellipsis can (and there is
        // no room left of the first marker, at the canvas's edge).
        Clusterer c = points(200, 20, 100);
        assertEquals(2, c.groupCount());
        assertTrue(c.labelTruncated(0));
        double labelEnd = c.labelX(0) + c.labelWidth(0);
        assertTrue(labelEnd <= c.x0(1) - 8 + 1e-9, "label ends before the next marker, with separation");
        assertFalse(c.labelTruncated(1));
    }

    /** Stockholm and Geneva, 50 days apart: the first label goes left instead of making a cluster. */
    @Test
    void aLabelGoesLeftWhenTheNextMarkerCrowdsItsRight() {
        Clusterer c = points(60, 200, 250);
        assertEquals(2, c.groupCount(), "two labelled points, no cluster");
        assertTrue(c.labelLeft(0));
        assertFalse(c.labelTruncated(0));
        assertEquals(200 - R - 6 - 60, c.labelX(0), 1e-9, "ends a gap before its marker");
        assertFalse(c.labelLeft(1), "the last label has all the room it wants on the right");
        assertEquals(250 + R + 6, c.labelX(1), 1e-9);
    }

    @Test
    void aLabelGoesLeftOnlyIntoFreeRoom() {
        // 100's label runs to 171; 200 has 10 px on its left and 26 on its right: it joins 250.
        Clusterer c = points(60, 100, 200, 250);
        assertEquals(2, c.groupCount());
        assertFalse(c.labelLeft(0), "the first label has room on its right");
        assertTrue(c.isCluster(1));
        // At the canvas's left edge there is no room either.
        Clusterer edge = points(60, 20, 60);
        assertEquals(1, edge.groupCount());
        assertTrue(edge.isCluster(0));
    }

    @Test
    void labelsFitInsideWideBars() {
        Clusterer c = new Clusterer();
        c.add(10, 300, 80);
        c.add(320, 330, 40);
        c.finish();
        assertEquals(2, c.groupCount());
        assertTrue(c.labelInside(0));
        assertEquals(18, c.labelX(0), 1e-9);
    }

    @Test
    void labelsNeverOverlapOnRandomRows() {
        Random r = new Random(11);
        for (int round = 0; round < 200; round++) {
            Clusterer c = new Clusterer();
            double edge = r.nextBoolean() ? 0 : Double.NEGATIVE_INFINITY;
            c.setLeftEdge(edge);
            c.reset();
            double x = 0;
            int n = 1 + r.nextInt(60);
            for (int i = 0; i < n; i++) {
                x += r.nextDouble() * 80;
                boolean bar = r.nextInt(4) == 0;
                c.add(x - R, bar ? x + 20 + r.nextDouble() * 200 : x + R, r.nextDouble() * 150);
            }
            c.finish();
            int total = 0;
            double prevRight = Double.NEGATIVE_INFINITY;
            for (int g = 0; g < c.groupCount(); g++) {
                total += c.count(g);
                assertTrue(c.x0(g) >= prevRight, "group " + g + " starts after the previous one ends");
                if (c.labelLeft(g)) {
                    assertTrue(c.labelX(g) >= (g == 0 ? edge : prevRight) - 1e-9, "a label put left stays clear of the previous group and the edge");
                }
                if (c.labelTruncated(g)) {
                    assertTrue(c.labelWidth(g) >= 44 - 1e-9, "a label cut short keeps at least 44 px: round " + round
                            + " group " + g + " " + c.labelWidth(g) + (c.labelLeft(g) ? " left" : " right"));
                }
                double right = c.x1(g);
                if (!c.isCluster(g) && !c.labelInside(g)) {
                    right = Math.max(right, c.labelX(g) + c.labelWidth(g));
                }
                prevRight = right;
            }
            assertEquals(n, total, "every entry is in exactly one group");
        }
    }

    @Test
    void measuresOnlyLabelsThatMayShow() {
        java.util.Set<Integer> asked = new java.util.HashSet<>();
        Clusterer c = new Clusterer();
        c.setWidthSource(k -> {
            asked.add(k);
            return 60;
        });
        for (int i = 0; i < 1000; i++) {
            c.add(100 + i * 0.01, 110 + i * 0.01, Double.NaN); // all on top of each other
        }
        c.add(900, 910, Double.NaN);
        c.finish();
        assertEquals(2, c.groupCount());
        assertEquals(1000, c.count(0));
        assertEquals(60, c.labelWidth(1), 1e-9);
        assertEquals(java.util.Set.of(0, 1000), asked, "only the first entry of each group is measured");
    }

    @Test
    void runsAddedAtOnceGiveTheGroupsOfAddingThemOneByOne() {
        Random r = new Random(13);
        for (int round = 0; round < 300; round++) {
            int n = 2 + r.nextInt(80);
            double[] x0 = new double[n];
            double[] x1 = new double[n];
            double[] w = new double[n];
            double x = 0;
            for (int i = 0; i < n; i++) {
                x += r.nextInt(3) == 0 ? r.nextDouble() * 60 : r.nextDouble() * 6;
                x0[i] = x - R;
                x1[i] = r.nextInt(4) == 0 ? x + 10 + r.nextDouble() * 90 : x + R;
                w[i] = r.nextInt(5) == 0 ? 0 : r.nextDouble() * 120;
            }
            Clusterer one = new Clusterer();
            one.setWidthSource(k -> w[k]);
            for (int i = 0; i < n; i++) {
                one.add(x0[i], x1[i], Double.NaN);
            }
            one.finish();
            Clusterer runs = new Clusterer();
            runs.setWidthSource(k -> w[k]);
            int i = 0;
            while (i < n) {
                int k = i;
                double maxX0 = Double.NEGATIVE_INFINITY;
                double maxX1 = Double.NEGATIVE_INFINITY;
                if (runs.clusterOpen()) {
                    // Take a random part of the entries that start before the limit.
                    int stop = i + r.nextInt(n - i + 1);
                    while (k < stop && x0[k] < runs.joinLimit()) {
                        maxX0 = Math.max(maxX0, x0[k]);
                        maxX1 = Math.max(maxX1, Math.max(x0[k], x1[k]));
                        k++;
                    }
                }
                if (k > i) {
                    assertEquals(i, runs.addJoined(k - i, maxX0, maxX1));
                    i = k;
                } else {
                    runs.add(x0[i], x1[i], Double.NaN);
                    i++;
                }
            }
            runs.finish();
            assertEquals(one.groupCount(), runs.groupCount(), "round " + round);
            for (int g = 0; g < one.groupCount(); g++) {
                String at = "round " + round + " group " + g;
                assertEquals(one.first(g), runs.first(g), at);
                assertEquals(one.end(g), runs.end(g), at);
                assertEquals(one.x0(g), runs.x0(g), 1e-12, at);
                assertEquals(one.x1(g), runs.x1(g), 1e-12, at);
                assertEquals(one.labelX(g), runs.labelX(g), 1e-12, at);
                assertEquals(one.labelWidth(g), runs.labelWidth(g), 1e-12, at);
            }
        }
    }

    @Test
    void aRunIsRefusedUnlessItJoinsAnOpenCluster() {
        Clusterer c = new Clusterer();
        c.add(100, 110, 60);
        assertThrows(IllegalStateException.class, () -> c.addJoined(3, 101, 112), "a single is not a cluster");
        c.add(102, 112, 60);
        double limit = c.joinLimit();
        assertEquals(Math.max(112, 100 + 24) + 8, limit, 1e-9);
        assertThrows(IllegalStateException.class, () -> c.addJoined(2, limit, limit + 10), "starts at the limit");
        c.addJoined(2, limit - 1, 150);
        assertEquals(4, c.size());
        assertTrue(c.joinLimit() >= limit, "the limit of an open cluster never shrinks");
        c.finish();
        assertEquals(1, c.groupCount());
        assertEquals(4, c.count(0));
        assertEquals(150, c.x1(0), 1e-9);
        assertThrows(IllegalStateException.class, () -> c.add(500, 510, 10), "finished");
    }

    private static double[] scaled(double[] days, double pxPerDay) {
        double[] x = new double[days.length];
        for (int i = 0; i < days.length; i++) {
            x[i] = 50 + (days[i] + 0.5) * pxPerDay;
        }
        return x;
    }
}
