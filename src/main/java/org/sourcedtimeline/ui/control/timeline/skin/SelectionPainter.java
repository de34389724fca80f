package org.sourcedtimeline.ui.control.timeline.skin;

import static org.sourcedtimeline.ui.control.timeline.skin.PaintContext.alpha;
import static org.sourcedtimeline.ui.control.timeline.skin.PaintContext.crisp;
import static org.sourcedtimeline.ui.control.timeline.skin.TimelinePainter.AXIS_H;
import static org.sourcedtimeline.ui.control.timeline.skin.TimelinePainter.BAND_H;
import static org.sourcedtimeline.ui.control.timeline.skin.TimelinePainter.BAR_H;
import static org.sourcedtimeline.ui.control.timeline.skin.TimelinePainter.CLUSTER_H;
import static org.sourcedtimeline.ui.control.timeline.skin.TimelinePainter.POINT_R;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.text.TextAlignment;
import org.sourcedtimeline.ui.control.timeline.TimelineItem;
import org.sourcedtimeline.ui.control.timeline.TimelineSurface;

/**
 * The selected item, drawn over the rows: its marker in the accent colour, the count of the cluster
 * it hides ("+1"), and its name, in its row or in a callout above or below the marker. Knows where
 * the selection is in this frame: its row, its cluster, and whether its label fitted in the row.
 */
final class SelectionPainter {
    private final PaintContext ctx;
    private final LanesPainter lanes;
    private final MarkerPainter markers;
    private final ClusterPainter clusters;
    private final HitTester hits;

    private TimelineItem cachedSelection;
    private int cachedSelectionPos = -1;
    private int pos = -1;
    // The selected item's row and its index there (as a one-item marked list), and the cluster of
    // this frame it is a member of, or -1: that cluster's count is drawn beside the selected marker.
    private int row = -1;
    private final int[] marked = new int[1];
    private int cluster = -1;
    /** Where the selected item's label went this frame: its x and width when shown in full in its row, else NaN. */
    private double labelX = Double.NaN;
    private double labelW;
    private Bounds bounds;

    SelectionPainter(PaintContext ctx, LanesPainter lanes, MarkerPainter markers, ClusterPainter clusters, HitTester hits) {
        this.ctx = ctx;
        this.lanes = lanes;
        this.markers = markers;
        this.clusters = clusters;
        this.hits = hits;
    }

    void setModel() {
        cachedSelection = null;
    }

    /** Finds the selection for a new frame: its position among the items and its place in its row. */
    void begin(TimelineItem selected) {
        bounds = null;
        labelX = Double.NaN;
        pos = positionOf(selected);
        cluster = -1;
        row = -1;
        RowModel layout = ctx.layout;
        if (pos >= 0 && pos < layout.laneOf.length) {
            int r = layout.laneRowOffset[layout.laneOf[pos]] + layout.rowOf[pos];
            int i = r < ctx.rows.length ? ctx.rows[r].row().indexOf(pos, ctx.index.start(pos)) : -1;
            if (i >= 0) {
                row = r;
                marked[0] = i;
            }
        }
    }

    private int positionOf(TimelineItem sel) {
        if (sel == null) {
            return -1;
        }
        if (sel != cachedSelection) {
            cachedSelection = sel;
            cachedSelectionPos = ctx.index.indexOf(sel);
        }
        return cachedSelectionPos;
    }

    /** Position of the selected item among the items, or -1. */
    int pos() {
        return pos;
    }

    /** True when the selection is a member of entries {@code [first, end)} of row {@code r} as laid out. */
    boolean isAmong(int r, RowLayout rowLayout, int first, int end) {
        return r == row && rowLayout.anyMarked(marked, first, end);
    }

    void setCluster(int c) {
        cluster = c;
    }

    /** The row's layout gave the selected label its full room at {@code x}: it is drawn there, highlighted. */
    void keepLabelInRow(double x, double w) {
        labelX = x;
        labelW = w;
    }

    /** Bounds of the selected item's marker in canvas coordinates, or null when not visible. */
    Bounds bounds() {
        return bounds;
    }

    void paint(TimelineSurface gc, boolean focused) {
        if (pos < 0) {
            return;
        }
        TimelineItem it = ctx.index.get(pos);
        double[] m = ctx.marker(pos);
        double x0 = m[0];
        double x1 = m[1];
        if (x1 < -10 || x0 > ctx.width + 10) {
            return;
        }
        double cy = lanes.rowCenter(pos);
        double rowH = lanes.rowHeight();
        if (cy + rowH / 2 < AXIS_H || cy - rowH / 2 > lanes.bottom()) {
            return;
        }
        gc.setGlobalAlpha(1);
        if (it.isPoint()) {
            double cx = (x0 + x1) / 2;
            double r = POINT_R + 1.5;
            if (focused) {
                gc.setFill(alpha(ctx.focusColor, 0.22));
                gc.fillOval(cx - r - 5, cy - r - 5, 2 * r + 10, 2 * r + 10);
            }
            markers.paintPoint(gc, cx, cy, r, ctx.accent);
            gc.setStroke(alpha(ctx.accent, focused ? 0.9 : 0.5));
            gc.setLineWidth(1.5);
            gc.strokeOval(cx - r - 3.5, cy - r - 3.5, 2 * r + 7, 2 * r + 7);
        } else {
            double h = it.isRange() ? BAR_H : BAND_H;
            if (focused) {
                gc.setStroke(alpha(ctx.focusColor, 0.3));
                gc.setLineWidth(4);
                gc.strokeRoundRect(x0 - 3, cy - h / 2 - 3, x1 - x0 + 6, h + 6, h + 6, h + 6);
            }
            gc.setFill(ctx.bg);
            gc.fillRoundRect(x0, cy - h / 2, x1 - x0, h, h, h);
            gc.setFill(alpha(ctx.accent, 0.22));
            gc.fillRoundRect(x0, cy - h / 2, x1 - x0, h, h, h);
            gc.setStroke(ctx.accent);
            gc.setLineWidth(2);
            gc.strokeRoundRect(x0 + 1, cy - h / 2 + 1, x1 - x0 - 2, h - 2, h - 2, h - 2);
        }
        if (!it.flags().isEmpty()) {
            // The selected item keeps its flag: it is the one being examined.
            markers.paintFlag(gc, it, x0, x1, cy);
        }
        if (cluster >= 0) {
            paintCountBeside(gc, cluster, it.isPoint() ? (x0 + x1) / 2 - POINT_R - 5 : x0 - 3,
                    it.isPoint() ? (x0 + x1) / 2 + POINT_R + 5 : x1 + 3, cy);
        }
        paintLabel(gc, it, x0, x1, cy);
        bounds = new BoundingBox(x0 - 4, cy - rowH / 2 + 2, x1 - x0 + 8, rowH - 4);
    }

    /**
     * How many other items share the selected item's cluster ("+1"), on a chip beside the selected
     * marker (which spans {@code [left, right]}), on the side where more of the pill is: the marker
     * would hide the pill's own count, and next to the selection the others are what is hidden.
     */
    private void paintCountBeside(TimelineSurface gc, int c, double left, double right, double cy) {
        String label = "+" + (clusters.size(c) - 1);
        double w = Math.max(CLUSTER_H, ctx.textWidth(label, ctx.fontSmallBold) + 10);
        double pillLeft = ctx.scale.toX(clusters.start(c));
        double pillRight = ctx.scale.toX(clusters.end(c));
        boolean onLeft = left - pillLeft > pillRight - right;
        double chipX = onLeft ? left - w : right;
        double h = CLUSTER_H;
        gc.setFill(ctx.bg);
        gc.fillRoundRect(chipX - 1.5, cy - h / 2 - 1.5, w + 3, h + 3, h + 3, h + 3);
        gc.setFill(ctx.itemColor);
        gc.fillRoundRect(chipX, cy - h / 2, w, h, h, h);
        gc.setFont(ctx.fontSmallBold);
        gc.setFill(ctx.bg);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText(label, chipX + w / 2, cy + 0.5);
        gc.setTextAlign(TextAlignment.LEFT);
    }

    /**
     * The selected item's label: in its row on a soft accent highlight when the layout gave it full
     * room; otherwise (cut short, or the item is inside a cluster) in a callout above the marker, so
     * the selection is always named without covering its neighbours.
     */
    private void paintLabel(TimelineSurface gc, TimelineItem it, double x0, double x1, double cy) {
        if (it.label().isEmpty()) {
            return;
        }
        boolean precise = it.isPoint() || it.isRange();
        if (!Double.isNaN(labelX)) {
            gc.setFill(alpha(ctx.accent, 0.13));
            gc.fillRoundRect(labelX - 4, cy - 10, labelW + 8, 20, 8, 8);
            gc.setFont(precise ? ctx.font : ctx.fontItalic);
            gc.setFill(ctx.text);
            gc.fillText(it.label(), labelX, cy + 0.5);
            return;
        }
        double lw = ctx.textWidth(it.label(), ctx.fontBold);
        double anchor = it.isPoint() ? (x0 + x1) / 2 : Math.max(x0, 0) + 8;
        double chipX = Math.max(4, Math.min(anchor - 12, ctx.width - lw - 20));
        double chipW = lw + 16;
        double chipH = 22;
        double half = it.isPoint() ? POINT_R + 3 : (it.isRange() ? BAR_H : BAND_H) / 2;
        // Above the marker, unless it would cover more of the other marks and labels than below does.
        double rowH = lanes.rowHeight();
        double above = cy - rowH / 2 - 16;
        double below = cy + rowH / 2 - 6;
        int self = pos * 2;
        boolean goBelow = below + chipH <= lanes.bottom()
                && hits.countOverlapping(chipX, below, chipX + chipW, below + chipH, self)
                        < hits.countOverlapping(chipX, above, chipX + chipW, above + chipH, self);
        double chipY = goBelow ? below : above;
        gc.setStroke(alpha(ctx.accent, 0.7));
        gc.setLineWidth(1);
        if (goBelow) {
            gc.strokeLine(crisp(anchor), cy + half, crisp(anchor), chipY);
        } else {
            gc.strokeLine(crisp(anchor), chipY + chipH, crisp(anchor), cy - half);
        }
        gc.setFill(ctx.bg);
        gc.fillRoundRect(chipX, chipY, chipW, chipH, 10, 10);
        gc.setFill(alpha(ctx.accent, 0.1));
        gc.fillRoundRect(chipX, chipY, chipW, chipH, 10, 10);
        gc.setStroke(alpha(ctx.accent, 0.75));
        gc.strokeRoundRect(chipX + 0.5, chipY + 0.5, chipW - 1, chipH - 1, 10, 10);
        gc.setFont(ctx.fontBold);
        gc.setFill(ctx.text);
        gc.fillText(it.label(), chipX + 8, chipY + chipH / 2 + 0.5);
    }
}
