package org.sourcedtimeline.ui.control.timeline.skin;

import static org.sourcedtimeline.ui.control.timeline.skin.TimelinePainter.AXIS_H;
import static org.sourcedtimeline.ui.control.timeline.skin.TimelinePainter.LABEL_MARGIN_PX;
import static org.sourcedtimeline.ui.control.timeline.skin.TimelinePainter.POINT_R;

import java.util.Arrays;
import java.util.function.Predicate;
import javafx.scene.text.Font;
import org.sourcedtimeline.ui.control.timeline.TimelineItem;
import org.sourcedtimeline.ui.control.timeline.TimelineSurface;

/**
 * The rows of items in sight: each row laid out for the frame ({@link RowLayout} and the
 * {@link Clusterer}), then each group drawn as one item with its label or handed to the
 * {@link ClusterPainter}. Dims what a highlight leaves out, and registers everything drawn for
 * hit-testing.
 */
final class RowsPainter {
    private final PaintContext ctx;
    private final LanesPainter lanes;
    private final MarkerPainter markers;
    private final ClusterPainter clusters;
    private final SelectionPainter selection;
    private final HitTester hits;
    private final Clusterer clusterer = new Clusterer();

    /** Label width of each item by sorted position, measured when first needed (NaN until then). */
    private double[] labelWidths = new double[0];
    private Font measuredFont;
    /** Highlighted items of each row (ascending row indices), for the set in {@link #highlightsOf}. */
    private int[][] highlightedRowItems = new int[0][];
    private Predicate<String> highlightsOf;
    private boolean highlightsDirty = true;
    /** Layout of the row being laid out, for the clusterer's lazy label widths. */
    private RowLayout rowLayout;

    RowsPainter(PaintContext ctx, LanesPainter lanes, MarkerPainter markers, ClusterPainter clusters,
            SelectionPainter selection, HitTester hits) {
        this.ctx = ctx;
        this.lanes = lanes;
        this.markers = markers;
        this.clusters = clusters;
        this.selection = selection;
        this.hits = hits;
        clusterer.setWidthSource(k -> labelWidth(rowLayout.pos(k)));
        // A label moved left of its marker stays inside the canvas.
        clusterer.setLeftEdge(0);
    }

    void setModel() {
        highlightsDirty = true;
        labelWidths = new double[ctx.index.size()];
        Arrays.fill(labelWidths, Double.NaN);
    }

    private double labelWidth(int pos) {
        if (ctx.font != measuredFont) {
            Arrays.fill(labelWidths, Double.NaN);
            measuredFont = ctx.font;
        }
        double w = labelWidths[pos];
        if (Double.isNaN(w)) {
            TimelineItem it = ctx.index.get(pos);
            w = it.label().isEmpty() ? 0 : ctx.textWidth(it.label(), it.isPoint() || it.isRange() ? ctx.font : ctx.fontItalic);
            labelWidths[pos] = w;
        }
        return w;
    }

    /** Finds the highlighted items of every row: one pass over the items per new highlight, not per frame. */
    private void updateHighlights(Predicate<String> highlighted) {
        if (!highlightsDirty && highlighted == highlightsOf) {
            return;
        }
        highlightsOf = highlighted;
        highlightsDirty = false;
        RowLayout[] rows = ctx.rows;
        highlightedRowItems = new int[rows.length][];
        int[] found = new int[16];
        for (int r = 0; r < rows.length; r++) {
            RowItems row = rows[r].row();
            int count = 0;
            for (int i = 0; i < row.size(); i++) {
                if (highlighted.test(ctx.index.get(row.pos(i)).id())) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = i;
                }
            }
            highlightedRowItems[r] = Arrays.copyOf(found, count);
        }
    }

    void paint(TimelineSurface gc, TimelinePainter.Frame f) {
        if (ctx.index.size() == 0) {
            return;
        }
        RowModel layout = ctx.layout;
        double rowH = lanes.rowHeight();
        double from = ctx.scale.toDay(-LABEL_MARGIN_PX);
        double to = ctx.scale.toDay(ctx.width + 2 * POINT_R);
        boolean dimming = f.highlighted() != null;
        if (dimming) {
            updateHighlights(f.highlighted());
        }
        for (int lane = 0; lane < layout.laneCount; lane++) {
            for (int row = 0; row < layout.laneRows[lane]; row++) {
                int r = layout.laneRowOffset[lane] + row;
                rowLayout = ctx.rows[r];
                if (rowLayout.row().size() == 0) {
                    continue;
                }
                double cy = lanes.rowsTop(lane) + row * rowH + rowH / 2;
                // Rows scrolled out of sight cost nothing; the selected one's callout reaches a row up.
                if (cy + rowH / 2 < AXIS_H || cy - rowH / 2 - 20 > lanes.bottom()) {
                    continue;
                }
                rowLayout.layout(from, to, clusterer);
                for (int g = 0; g < clusterer.groupCount(); g++) {
                    if (clusterer.isCluster(g)) {
                        int first = clusterer.first(g);
                        int end = clusterer.end(g);
                        boolean anyHighlighted = dimming && rowLayout.anyMarked(highlightedRowItems[r], first, end);
                        boolean hasSelected = selection.isAmong(r, rowLayout, first, end);
                        int c = clusters.paint(gc, r, rowLayout, clusterer, g, cy, dimming, anyHighlighted, hasSelected);
                        if (hasSelected) {
                            selection.setCluster(c);
                        }
                    } else {
                        paintSolo(gc, rowLayout.pos(clusterer.first(g)), g, cy, f, dimming);
                    }
                }
            }
        }
        gc.setGlobalAlpha(1);
    }

    private void paintSolo(TimelineSurface gc, int pos, int g, double cy, TimelinePainter.Frame f, boolean dimming) {
        TimelineItem it = ctx.index.get(pos);
        double x0 = clusterer.x0(g);
        double x1 = clusterer.x1(g);
        double labelX = clusterer.labelX(g);
        double labelW = clusterer.labelWidth(g);
        boolean highlighted = dimming && f.highlighted().test(it.id());
        gc.setGlobalAlpha(dimming && !highlighted ? 0.28 : 1);
        if (x1 >= -20 && x0 <= ctx.width + 20) {
            markers.paintMark(gc, it, x0, x1, cy);
            if (!it.flags().isEmpty()) {
                markers.paintFlag(gc, it, x0, x1, cy);
            }
            if (highlighted) {
                markers.ring(gc, it, x0, x1, cy, ctx.accent, 2, 2.75);
            }
            if (same(it, f.hovered()) && !same(it, f.selected())) {
                gc.setGlobalAlpha(0.35);
                markers.ring(gc, it, x0, x1, cy, ctx.itemColor, 1.5, 3);
                gc.setGlobalAlpha(dimming && !highlighted ? 0.28 : 1);
            }
        }
        if (pos == selection.pos()) {
            if (!clusterer.labelTruncated(g) && labelW > 0) {
                selection.keepLabelInRow(labelX, labelW);
            }
        } else if (labelW > 0 && labelX < ctx.width && labelX + labelW > 0) {
            boolean precise = it.isPoint() || it.isRange();
            Font lf = precise ? ctx.font : ctx.fontItalic;
            String label = clusterer.labelTruncated(g) ? ctx.fit(it.label(), lf, labelW, labelWidth(pos)) : it.label();
            gc.setFont(lf);
            gc.setFill(ctx.text);
            gc.fillText(label, labelX, cy + 0.5);
        }
        double left = labelW > 0 ? Math.min(x0, labelX) : x0;
        double right = Math.max(x1, labelX + labelW);
        double rowH = lanes.rowHeight();
        hits.add(left - 1, cy - rowH / 2 + 3, right + 1, cy + rowH / 2 - 3, pos * 2);
    }

    /** Equal items, asking the record's equals only when both are there (a first frame has nothing hovered). */
    private static boolean same(TimelineItem a, TimelineItem b) {
        return a == b || (a != null && b != null && a.equals(b));
    }
}
