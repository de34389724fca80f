package org.sourcedtimeline.ui.control.timeline.skin;

import java.util.Locale;
import java.util.function.Predicate;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;

import org.sourcedtimeline.ui.control.timeline.TimeWindow;
import org.sourcedtimeline.ui.control.timeline.TimelineItem;
import org.sourcedtimeline.ui.control.timeline.TimelineSurface;

/**
 * Draws a timeline on a canvas, one job per part sharing a {@link PaintContext}: the
 * {@link LanesPainter} (rows' height, scrolling, backgrounds and names), the {@link AxisPainter}
 * (axis and grid), the {@link RowsPainter} (the items in sight, through the {@link MarkerPainter} and
 * the {@link ClusterPainter}), the {@link SelectionPainter} (the selected item and its callout) and the
 * {@link OverviewPainter}. This class orders them in a frame and answers the skin's questions about the
 * last frame's geometry, for hit-testing, tooltips and dragging.
 *
 * <p>Per frame it lays out each row with a {@link RowLayout} over the row's {@link RowItems}
 * summary: the visible window (plus a margin for labels that reach into it) is found by searching
 * the row, and the members of a cluster are counted, not visited, so a frame costs about the same
 * with a thousand items or a million at any zoom. Buffers are reused, so a frame allocates little
 * beyond the tick labels and a few colours.
 */
final class TimelinePainter {

    static final double AXIS_H = 38;
    static final double OVERVIEW_H = 52;
    static final double LANE_HEADER_H = 24;
    static final double ROW_H = 28;
    /** Rows get no shorter than this when the lanes need more height than there is: a label still fits. */
    static final double MIN_ROW_H = 16;
    static final double POINT_R = MarkerGeometry.POINT_R;
    static final double BAR_H = 16;
    static final double BAND_H = 20;
    static final double CLUSTER_H = 18;
    /** A cluster at least this wide shows how its members spread over it, in columns of {@link #DENSITY_COLUMN} px. */
    static final double DENSITY_FROM_WIDTH = 48;
    static final double DENSITY_COLUMN = 3;
    static final double OVERVIEW_INSET = 12;
    static final double LABEL_MARGIN_PX = 360;
    static final double HIT_TOLERANCE = 4;
    static final int HIST_BINS = 1024;

    private final PaintContext ctx;
    private final HitTester hits = new HitTester();
    private final LanesPainter lanes;
    private final AxisPainter axis;
    private final MarkerPainter markers;
    private final ClusterPainter clusters;
    private final SelectionPainter selection;
    private final RowsPainter rows;
    private final OverviewPainter overview;

    TimelinePainter(TimelinePalette palette) {
        ctx = new PaintContext(palette);
        lanes = new LanesPainter(ctx);
        axis = new AxisPainter(ctx);
        markers = new MarkerPainter(ctx);
        clusters = new ClusterPainter(ctx, hits);
        selection = new SelectionPainter(ctx, lanes, markers, clusters, hits);
        rows = new RowsPainter(ctx, lanes, markers, clusters, selection, hits);
        overview = new OverviewPainter(ctx);
    }

    // ========================================================================= model

    /** Takes a layout of the items made ahead (possibly on another thread); the rest is per frame. */
    void setModel(RowModel m) {
        ctx.setModel(m);
        rows.setModel();
        clusters.clear();
        lanes.setModel(m);
        selection.setModel();
        overview.setModel(m, ctx.index);
    }

    ItemIndex index() {
        return ctx.index;
    }

    // ========================================================================= vertical scrolling

    /** Scrolls the lanes up by {@code y} px, as the user asked: the next frame keeps it within range and no longer follows the selection. */
    void setScrollY(double y) {
        lanes.setScrollY(y);
    }

    /** How far the lanes are scrolled up in the last frame. */
    double scrollY() {
        return lanes.scrollY();
    }

    /** How far the lanes could be scrolled in the last frame: 0 when they all fit. */
    double maxScrollY() {
        return lanes.maxScrollY();
    }

    /** Height of the lanes' viewport (between the axis and the overview) in the last frame. */
    double lanesViewportHeight() {
        return Math.max(0, lanes.bottom() - AXIS_H);
    }

    /** Makes the next frames scroll the selected item's row into sight when it is above or below the lanes' viewport, until the lanes are scrolled by hand. */
    void revealSelection() {
        lanes.revealSelection();
    }

    // ========================================================================= geometry queries

    /** Scale of the last frame (null before the first). */
    TimeScale scale() {
        return ctx.scale;
    }

    TimeScale overviewScale() {
        return overview.scale();
    }

    double overviewTop() {
        return overview.top();
    }

    boolean hasOverview() {
        return overview.top() < ctx.height;
    }

    double windowX0() {
        return overview.windowX0();
    }

    double windowX1() {
        return overview.windowX1();
    }

    /** Bounds of the selected item's marker in canvas coordinates, or null when not visible. */
    Bounds selectionBounds() {
        return selection.bounds();
    }

    /** Payload under a point: {@code 2*pos} for an item, {@code 2*cluster+1} for a cluster, -1 for none. */
    int hit(double x, double y) {
        if (y >= overview.top() || y < AXIS_H) {
            return HitTester.NONE;
        }
        return hits.hit(x, y, HIT_TOLERANCE);
    }

    static boolean isCluster(int payload) {
        return payload >= 0 && (payload & 1) == 1;
    }

    TimelineItem itemOf(int payload) {
        int pos = payload >> 1;
        return payload >= 0 && !isCluster(payload) && pos < ctx.index.size() ? ctx.index.get(pos) : null;
    }

    int clusterSize(int payload) {
        return clusters.size(payload >> 1);
    }

    double clusterStart(int payload) {
        return clusters.start(payload >> 1);
    }

    double clusterEnd(int payload) {
        return clusters.end(payload >> 1);
    }

    /** Item {@code k} of a cluster, in start order. */
    TimelineItem clusterItem(int payload, int k) {
        int c = payload >> 1;
        if (c >= clusters.count() || k < 0 || k >= clusters.size(c)) {
            return null;
        }
        int pos = ctx.rows[clusters.row(c)].pos(clusters.first(c) + k);
        return pos < ctx.index.size() ? ctx.index.get(pos) : null;
    }

    /** Marker bounds of an item in canvas coordinates for the last frame's scale, or null. */
    Bounds itemBounds(TimelineItem item) {
        int pos = ctx.index.indexOf(item);
        if (pos < 0 || ctx.scale == null) {
            return null;
        }
        double cy = lanes.rowCenter(pos);
        double[] m = ctx.marker(pos);
        double rowH = lanes.rowHeight();
        return new BoundingBox(m[0], cy - rowH / 2 + 4, m[1] - m[0], rowH - 8);
    }

    // ========================================================================= painting

    /** Everything the painter needs from the control for one frame; {@code highlighted} is null when nothing is accented. */
    record Frame(TimeWindow window, Locale locale, TimelineItem selected, TimelineItem hovered,
            Predicate<String> highlighted, boolean focused) { }

    void paint(TimelineSurface gc, double w, double h, Frame f) {
        ctx.width = w;
        ctx.height = h;
        hits.clear();
        clusters.clear();
        selection.begin(f.selected());
        ctx.readStyle();
        gc.save();
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setGlobalAlpha(1);
        gc.setLineDashes((double[]) null);
        gc.setFill(ctx.bg);
        gc.fillRect(0, 0, w, h);
        if (w < 20 || h < AXIS_H + 10) {
            gc.restore();
            return;
        }
        ctx.scale = new TimeScale(f.window().start(), f.window().end(), 0, w);
        ctx.geometry.set(ctx.scale, w);
        double overviewH = h >= 220 ? OVERVIEW_H : 0;
        overview.setTop(h - overviewH);
        lanes.layout(overview.top());
        if (lanes.followsSelection()) {
            lanes.scrollIntoSight(selection.pos());
        }
        lanes.paintBackgrounds(gc);
        TickGenerator.Ticks ticks = TickGenerator.generate(ctx.scale.startDay(), ctx.scale.endDay(), ctx.scale.pxPerDay(), f.locale());
        axis.paintGrid(gc, ticks, lanes.bottom());
        gc.save();
        // The axis and the overview are painted after the rows and cover what a row spills above or
        // below the lanes, so opaque colours need no clip (on the software pipeline a clip paints and
        // blends a mask the size of the canvas each frame). The overview's fill mixes both colours.
        if (!ctx.bg.isOpaque() || !ctx.text.isOpaque()) {
            gc.beginPath();
            gc.rect(0, AXIS_H, w, lanes.bottom() - AXIS_H);
            gc.clip();
        }
        rows.paint(gc, f);
        lanes.paintNames(gc);
        selection.paint(gc, f.focused());
        gc.restore();
        axis.paintAxis(gc, ticks);
        if (overviewH > 0) {
            overview.paint(gc, f.window(), f.locale());
        }
        if (f.focused()) {
            gc.setGlobalAlpha(0.8);
            gc.setStroke(ctx.focusColor);
            gc.setLineWidth(1.5);
            gc.strokeRect(0.75, 0.75, w - 1.5, h - 1.5);
            gc.setGlobalAlpha(1);
        }
        gc.restore();
    }
}
