package org.sourcedtimeline.ui.control.timeline.skin;

import static org.sourcedtimeline.ui.control.timeline.skin.TimelinePainter.CLUSTER_H;
import static org.sourcedtimeline.ui.control.timeline.skin.TimelinePainter.DENSITY_COLUMN;
import static org.sourcedtimeline.ui.control.timeline.skin.TimelinePainter.DENSITY_FROM_WIDTH;

import java.util.Arrays;
import javafx.scene.text.TextAlignment;
import org.sourcedtimeline.ui.control.timeline.TimelineSurface;

/**
 * The clusters of a frame: a pill with its member count where a row's items are too close to tell
 * apart, and inside a wide pill the columns that show where in time its members crowd. Keeps each
 * cluster of the last frame (its row, members and span) for hit-testing and tooltips.
 */
final class ClusterPainter {
    private final PaintContext ctx;
    private final HitTester hits;

    private int count;
    private double[] start = new double[16];
    private double[] end = new double[16];
    /** A cluster is the entries {@code [first, first + size)} of its row's layout in the last frame. */
    private int[] row = new int[16];
    private int[] first = new int[16];
    private int[] size = new int[16];
    private int[] densityCounts = new int[64];
    private double[] densityDays = new double[64];
    private double[] densityX = new double[256];
    private double[] densityY = new double[256];

    ClusterPainter(PaintContext ctx, HitTester hits) {
        this.ctx = ctx;
        this.hits = hits;
    }

    void clear() {
        count = 0;
    }

    int count() {
        return count;
    }

    int size(int c) {
        return size[c];
    }

    double start(int c) {
        return start[c];
    }

    double end(int c) {
        return end[c];
    }

    int row(int c) {
        return row[c];
    }

    int first(int c) {
        return first[c];
    }

    /**
     * Paints group {@code g} of the row {@code r} just laid out, centred on {@code cy}, and returns its
     * number in this frame. {@code hasSelected}: the selected marker will cover part of the pill, and
     * its count goes beside that marker instead.
     */
    int paint(TimelineSurface gc, int r, RowLayout rowLayout, Clusterer clusterer, int g, double cy, boolean dimming,
            boolean anyHighlighted, boolean hasSelected) {
        int from = clusterer.first(g);
        int to = clusterer.end(g);
        int c = count++;
        ensureCapacity(c);
        row[c] = r;
        first[c] = from;
        size[c] = to - from;
        start[c] = rowLayout.start(from);
        end[c] = rowLayout.maxEnd(from, to);
        int members = to - from;
        double x0 = clusterer.x0(g);
        double x1 = clusterer.x1(g);
        hits.add(x0, cy - CLUSTER_H / 2, x1, cy + CLUSTER_H / 2, c * 2 + 1);
        double width = ctx.width;
        if (x1 < -20 || x0 > width + 20) {
            return c;
        }
        gc.setGlobalAlpha(dimming && !anyHighlighted ? 0.28 : 1);
        double h = CLUSTER_H;
        gc.setFill(ctx.bg);
        gc.fillRoundRect(x0 - 1.5, cy - h / 2 - 1.5, x1 - x0 + 3, h + 3, h + 3, h + 3);
        gc.setFill(ctx.itemColor);
        boolean density = x1 - x0 >= DENSITY_FROM_WIDTH;
        if (density) {
            gc.setGlobalAlpha(gc.getGlobalAlpha() * 0.35);
        }
        gc.fillRoundRect(x0, cy - h / 2, x1 - x0, h, h, h);
        if (density) {
            gc.setGlobalAlpha(dimming && !anyHighlighted ? 0.28 : 1);
            paintDensity(gc, rowLayout, from, to, x0, x1, cy);
        }
        if (anyHighlighted) {
            gc.setStroke(ctx.accent);
            gc.setLineWidth(2);
            gc.strokeRoundRect(x0 - 3, cy - h / 2 - 3, x1 - x0 + 6, h + 6, h + 6, h + 6);
        }
        if (hasSelected) {
            gc.setGlobalAlpha(1);
            return c;
        }
        String label = Integer.toString(members);
        gc.setFont(ctx.fontSmallBold);
        gc.setFill(ctx.bg);
        gc.setTextAlign(TextAlignment.CENTER);
        double cx = (Math.max(x0, 0) + Math.min(x1, width)) / 2;
        if (x1 - x0 < 40 || cx < x0 + 12 || cx > x1 - 12) {
            cx = (x0 + x1) / 2;
        }
        if (density) {
            // The count sits on a chip of its own: the columns under it may be short.
            double chipW = Math.max(h, ctx.textWidth(label, ctx.fontSmallBold) + 10);
            gc.setFill(ctx.itemColor);
            gc.fillRoundRect(cx - chipW / 2, cy - h / 2, chipW, h, h, h);
            gc.setFill(ctx.bg);
        }
        gc.fillText(label, cx, cy + 0.5);
        gc.setTextAlign(TextAlignment.LEFT);
        return c;
    }

    /**
     * Inside a wide cluster, a column every {@link TimelinePainter#DENSITY_COLUMN} px as tall as the
     * share of members starting under it (square root, so that a lone event still shows against a
     * crowd): at the widest zoom a row of 100,000 events is one cluster, and this is what tells where
     * in time they are. Counting costs two binary searches a column, never a visit of the members.
     */
    private void paintDensity(TimelineSurface gc, RowLayout rowLayout, int from, int to, double x0, double x1, double cy) {
        double left = Math.max(x0, 0);
        double right = Math.min(x1, ctx.width);
        int columns = (int) Math.floor((right - left) / DENSITY_COLUMN);
        if (columns <= 0) {
            return;
        }
        if (densityCounts.length < columns) {
            densityCounts = new int[columns];
            densityDays = new double[columns];
        }
        // Cumulative counts at each column's right edge; members left of the first column count in
        // it, those right of the last in the last.
        for (int c = 0; c < columns - 1; c++) {
            densityDays[c] = ctx.scale.toDay(left + (c + 1) * DENSITY_COLUMN);
        }
        rowLayout.startingBefore(from, to, densityDays, columns - 1, densityCounts);
        densityCounts[columns - 1] = to - from;
        int max = 0;
        for (int c = columns - 1; c > 0; c--) {
            densityCounts[c] -= densityCounts[c - 1];
            max = Math.max(max, densityCounts[c]);
        }
        max = Math.max(max, densityCounts[0]);
        if (max == 0) {
            return;
        }
        // One polygon, a skyline above the centre line and its mirror below, with a corner only where
        // the height (in whole pixels) changes: one drawing command however wide the cluster.
        if (densityX.length < 4 * columns + 4) {
            densityX = new double[4 * columns + 4];
            densityY = new double[4 * columns + 4];
        }
        double r = CLUSTER_H / 2;
        int m = 0;
        double last = -1;
        for (int c = 0; c < columns; c++) {
            double hh = 0;
            if (densityCounts[c] > 0) {
                double share = Math.sqrt(densityCounts[c] / (double) max);
                double cx = left + (c + 0.5) * DENSITY_COLUMN;
                // Within the pill's round ends a column is no taller than the pill there.
                double fromEnd = Math.min(cx - x0, x1 - cx);
                double room = fromEnd >= r ? CLUSTER_H : 2 * Math.sqrt(Math.max(0, r * r - (r - fromEnd) * (r - fromEnd)));
                hh = Math.round(Math.min(room, Math.max(2, CLUSTER_H * share)));
            }
            if (hh != last) {
                double x = left + c * DENSITY_COLUMN;
                if (m > 0) {
                    densityX[m] = x;
                    densityY[m++] = cy - last / 2;
                }
                densityX[m] = x;
                densityY[m++] = cy - hh / 2;
                last = hh;
            }
        }
        densityX[m] = left + columns * DENSITY_COLUMN;
        densityY[m++] = cy - last / 2;
        // The lower edge: the upper one mirrored, walked back.
        for (int k = m - 1; k >= 0; k--) {
            densityX[2 * m - 1 - k] = densityX[k];
            densityY[2 * m - 1 - k] = 2 * cy - densityY[k];
        }
        gc.fillPolygon(densityX, densityY, 2 * m);
    }

    private void ensureCapacity(int c) {
        if (c >= start.length) {
            int cap = start.length * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            row = Arrays.copyOf(row, cap);
            first = Arrays.copyOf(first, cap);
            size = Arrays.copyOf(size, cap);
        }
    }
}
