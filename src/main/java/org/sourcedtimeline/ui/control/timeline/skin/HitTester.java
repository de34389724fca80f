package org.sourcedtimeline.ui.control.timeline.skin;

import java.util.Arrays;

/**
 * Finds what is under the mouse: a list of rectangles (markers, bars, cluster pills, labels) with
 * an integer payload each. A point inside a rectangle hits it (the last added wins, as it is drawn
 * on top); otherwise the nearest rectangle within the tolerance. Reusable, allocation-free once
 * grown; filled by the painter each frame.
 */
public final class HitTester {

    /** Returned when nothing is hit. */
    public static final int NONE = -1;

    private int n;
    private double[] box = new double[4 * 64];
    private int[] payload = new int[64];

    /** Forgets all rectangles. */
    public void clear() {
        n = 0;
    }

    /** Number of rectangles. */
    public int size() {
        return n;
    }

    /** Adds the rectangle {@code [x0, x1] × [y0, y1]} with a payload (&gt;= 0). */
    public void add(double x0, double y0, double x1, double y1, int value) {
        if (n == payload.length) {
            payload = Arrays.copyOf(payload, n * 2);
            box = Arrays.copyOf(box, n * 8);
        }
        int b = 4 * n;
        box[b] = Math.min(x0, x1);
        box[b + 1] = Math.min(y0, y1);
        box[b + 2] = Math.max(x0, x1);
        box[b + 3] = Math.max(y0, y1);
        payload[n++] = value;
    }

    /** How many rectangles overlap {@code [x0, x1] × [y0, y1]}, leaving out those with payload {@code except}. */
    public int countOverlapping(double x0, double y0, double x1, double y1, int except) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            int b = 4 * i;
            if (payload[i] != except && box[b] < x1 && box[b + 2] > x0 && box[b + 1] < y1 && box[b + 3] > y0) count++;
        }
        return count;
    }

    /** Payload of the rectangle at {@code (x, y)} or nearest within {@code tolerance} px; {@link #NONE} otherwise. */
    public int hit(double x, double y, double tolerance) {
        int best = NONE;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i = n - 1; i >= 0; i--) {
            int b = 4 * i;
            double dx = x < box[b] ? box[b] - x : x > box[b + 2] ? x - box[b + 2] : 0;
            double dy = y < box[b + 1] ? box[b + 1] - y : y > box[b + 3] ? y - box[b + 3] : 0;
            double d = Math.hypot(dx, dy);
            if (d == 0) {
                return payload[i];
            }
            if (d <= tolerance && d < bestD) {
                bestD = d;
                best = payload[i];
            }
        }
        return best;
    }
}
