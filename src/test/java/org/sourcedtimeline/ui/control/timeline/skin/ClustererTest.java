package org.sourcedtimeline.ui.control.timeline.skin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class ClustererTest {

    private static final double R = 5;

    /** Points at the given pixel centres, each with a label {@code labelW} wide. */
    private static Clusterer points(double labelW, double... centres) {
        Clusterer c = new Clusterer();
        for (double x : centres) {
            c.add(x - R, x + R, labelW);
        }
        c.run();
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
        // 80 px between centres: a 200 px label cannot fit, but 44 px + ellipsis can.
        Clusterer c = points(200, 100, 180);
        assertEquals(2, c.groupCount());
        assertTrue(c.labelTruncated(0));
        double labelEnd = c.labelX(0) + c.labelWidth(0);
        assertTrue(labelEnd <= c.x0(1) - 8 + 1e-9, "label ends before the next marker, with separation");
        assertFalse(c.labelTruncated(1));
    }

    @Test
    void labelsFitInsideWideBars() {
        Clusterer c = new Clusterer();
        c.add(10, 300, 80);
        c.add(320, 330, 40);
        c.run();
        assertEquals(2, c.groupCount());
        assertTrue(c.labelInside(0));
        assertEquals(18, c.labelX(0), 1e-9);
    }

    @Test
    void labelsNeverOverlapOnRandomRows() {
        Random r = new Random(11);
        for (int round = 0; round < 200; round++) {
            Clusterer c = new Clusterer();
            double x = 0;
            int n = 1 + r.nextInt(60);
            for (int i = 0; i < n; i++) {
                x += r.nextDouble() * 80;
                boolean bar = r.nextInt(4) == 0;
                c.add(x - R, bar ? x + 20 + r.nextDouble() * 200 : x + R, r.nextDouble() * 150);
            }
            c.run();
            int total = 0;
            double prevRight = Double.NEGATIVE_INFINITY;
            for (int g = 0; g < c.groupCount(); g++) {
                total += c.count(g);
                assertTrue(c.x0(g) >= prevRight, "group " + g + " starts after the previous one ends");
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
        c.run();
        assertEquals(2, c.groupCount());
        assertEquals(1000, c.count(0));
        assertEquals(60, c.labelWidth(1), 1e-9);
        assertEquals(java.util.Set.of(0, 1000), asked, "only the first entry of each group is measured");
    }

    private static double[] scaled(double[] days, double pxPerDay) {
        double[] x = new double[days.length];
        for (int i = 0; i < days.length; i++) {
            x[i] = 50 + (days[i] + 0.5) * pxPerDay;
        }
        return x;
    }
}
