package org.sourcedtimeline.ui.control.timeline.skin;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import org.sourcedtimeline.ui.control.timeline.TimelineSurface;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import org.sourcedtimeline.ui.control.timeline.TimeWindow;
import org.sourcedtimeline.ui.control.timeline.TimelineItem;

/**
 * Draws a timeline on a canvas: axis, lanes, items, clusters, the selection and the overview
 * band. Keeps the zoom-independent layout (lane and row of every item, overview histogram) between
 * frames and the geometry of the last frame for hit-testing.
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

    private final TimelinePalette palette;
    private final Text measure = new Text();
    private final Clusterer clusterer = new Clusterer();
    private final HitTester hits = new HitTester();
    private final MarkerGeometry geometry = new MarkerGeometry();

    // ---- zoom-independent layout, rebuilt when items or lanes change
    private ItemIndex index = ItemIndex.empty();
    // Where the items go whatever the zoom: lanes, rows, row summaries (made once per item set).
    private RowModel layout = RowModel.of(ItemIndex.empty(), List.of());
    /** 0 point, 1 range, 2 band (month or year), by sorted position: no per-frame date arithmetic. */
    private double[] labelWidths = new double[0];
    /** One per row of the layout (lane by lane), over the row's items in start order. */
    private RowLayout[] rows = new RowLayout[0];
    /** Highlighted items of each row (ascending row indices), for the set in {@link #highlightsOf}. */
    private int[][] highlightedRowItems = new int[0][];
    private Predicate<String> highlightsOf;
    private boolean highlightsDirty = true;
    private Font measuredFont;
    private int[][] hist = new int[1][0];
    private int histMax;
    private double histStart;
    private double histEnd;

    // ---- per-frame state (reused buffers)
    private double width;
    private double height;
    private TimeScale scale;
    private TimeScale overviewScale;
    private double[] laneTop = new double[1];
    private double[] laneHeight = new double[1];
    private double[] rowsTop = new double[1];
    private double lanesBottom;
    private double overviewTop;
    private double windowX0;
    private double windowX1;
    private int clusterCount;
    private double[] clusterStart = new double[16];
    private double[] clusterEnd = new double[16];
    /** A cluster is the entries {@code [first, first + size)} of its row's layout in the last frame. */
    private int[] clusterRow = new int[16];
    private int[] densityCounts = new int[64];
    private double[] densityDays = new double[64];
    private double[] densityX = new double[256];
    private double[] densityY = new double[256];
    private int[] clusterFirst = new int[16];
    private int[] clusterSize = new int[16];
    private Bounds selectionBounds;
    /** Where the selected item's label went this frame: its x and width when shown in full in its row, else NaN. */
    private double selLabelX = Double.NaN;
    private double selLabelW;
    private int selPos = -1;
    // Height of a row in this frame: ROW_H, or less when the lanes would not fit (see layoutLanes).
    private double rowH = ROW_H;
    // How far the lanes are scrolled up when even rows of MIN_ROW_H do not fit: asked for, then
    // kept within [0, maxScrollY] by each frame's layout.
    private double scrollY;
    private double maxScrollY;
    // Set when the selection changes, cleared when the lanes are scrolled by hand: while set, each
    // frame brings the selected row into sight (the first frames after a selection may still be
    // laid out at another height).
    private boolean followSelection;
    // The selected item's row and its index there (as a one-item marked list), and the cluster of
    // this frame it is a member of, or -1: that cluster's count is drawn beside the selected marker.
    private int selRow = -1;
    private final int[] selMarked = new int[1];
    private int selCluster = -1;
    private TimelineItem cachedSelection;
    private int cachedSelectionPos = -1;

    // ---- fonts derived from the label font
    private Font font;
    private Font fontBold;
    private Font fontItalic;
    private Font fontSmall;
    private Font fontSmallBold;

    // ---- colours of the frame
    private Color bg;
    private Color text;
    private Color muted;
    private Color itemColor;
    private Color accent;
    private Color focusColor;

    /** Layout of the row being laid out, for the clusterer's lazy label widths. */
    private RowLayout rowLayout;

    TimelinePainter(TimelinePalette palette) {
        this.palette = palette;
        clusterer.setWidthSource(k -> labelWidth(rowLayout.pos(k)));
        // A label moved left of its marker stays inside the canvas.
        clusterer.setLeftEdge(0);
    }

    // ========================================================================= model

    /** Rebuilds the zoom-independent layout for new items or lanes. */
    /** Takes a layout of the items made ahead (possibly on another thread); the rest is per frame. */
    void setModel(RowModel m) {
        layout = m;
        index = m.index;
        int n = index.size();
        rows = new RowLayout[layout.totalRows];
        for (int r = 0; r < layout.totalRows; r++) {
            rows[r] = new RowLayout(m.rowItems[r], geometry);
        }
        highlightsDirty = true;
        clusterCount = 0;
        labelWidths = new double[n];
        Arrays.fill(labelWidths, Double.NaN);
        laneTop = new double[layout.laneCount];
        laneHeight = new double[layout.laneCount];
        rowsTop = new double[layout.laneCount];
        cachedSelection = null;
        buildHistogram();
    }

    /** Items per lane and bin over the whole span: difference array + prefix sum, O(items + bins). */
    private void buildHistogram() {
        hist = new int[layout.laneCount][HIST_BINS + 1];
        histMax = 0;
        int n = index.size();
        if (n == 0) {
            return;
        }
        histStart = index.minStart();
        histEnd = Math.max(index.maxEnd(), histStart + 1);
        double binDays = (histEnd - histStart) / HIST_BINS;
        for (int i = 0; i < n; i++) {
            int b0 = (int) Math.min(HIST_BINS - 1, (index.start(i) - histStart) / binDays);
            int b1 = (int) Math.min(HIST_BINS - 1, Math.max(b0, (index.end(i) - histStart - 1e-9) / binDays));
            int[] h = hist[layout.laneOf[i]];
            h[b0]++;
            h[b1 + 1]--;
        }
        for (int[] h : hist) {
            int run = 0;
            for (int b = 0; b < HIST_BINS; b++) {
                run += h[b];
                h[b] = run;
                histMax = Math.max(histMax, run);
            }
        }
    }

    ItemIndex index() {
        return index;
    }

    // ========================================================================= vertical scrolling

    /** Scrolls the lanes up by {@code y} px, as the user asked: the next frame keeps it within range and no longer follows the selection. */
    void setScrollY(double y) {
        scrollY = Double.isFinite(y) ? y : 0;
        followSelection = false;
    }

    /** How far the lanes are scrolled up in the last frame. */
    double scrollY() {
        return scrollY;
    }

    /** How far the lanes could be scrolled in the last frame: 0 when they all fit. */
    double maxScrollY() {
        return maxScrollY;
    }

    /** Height of the lanes' viewport (between the axis and the overview) in the last frame. */
    double lanesViewportHeight() {
        return Math.max(0, lanesBottom - AXIS_H);
    }

    /** Makes the next frames scroll the selected item's row into sight when it is above or below the lanes' viewport, until the lanes are scrolled by hand. */
    void revealSelection() {
        followSelection = true;
    }

    // ========================================================================= geometry queries

    /** Scale of the last frame (null before the first). */
    TimeScale scale() {
        return scale;
    }

    TimeScale overviewScale() {
        return overviewScale;
    }

    double overviewTop() {
        return overviewTop;
    }

    boolean hasOverview() {
        return overviewTop < height;
    }

    double windowX0() {
        return windowX0;
    }

    double windowX1() {
        return windowX1;
    }

    /** Bounds of the selected item's marker in canvas coordinates, or null when not visible. */
    Bounds selectionBounds() {
        return selectionBounds;
    }

    /** Payload under a point: {@code 2*pos} for an item, {@code 2*cluster+1} for a cluster, -1 for none. */
    int hit(double x, double y) {
        if (y >= overviewTop || y < AXIS_H) {
            return HitTester.NONE;
        }
        return hits.hit(x, y, HIT_TOLERANCE);
    }

    static boolean isCluster(int payload) {
        return payload >= 0 && (payload & 1) == 1;
    }

    TimelineItem itemOf(int payload) {
        int pos = payload >> 1;
        return payload >= 0 && !isCluster(payload) && pos < index.size() ? index.get(pos) : null;
    }

    int clusterSize(int payload) {
        return clusterSize[payload >> 1];
    }

    double clusterStart(int payload) {
        return clusterStart[payload >> 1];
    }

    double clusterEnd(int payload) {
        return clusterEnd[payload >> 1];
    }

    /** Item {@code k} of a cluster, in start order. */
    TimelineItem clusterItem(int payload, int k) {
        int c = payload >> 1;
        if (c >= clusterCount || k < 0 || k >= clusterSize[c]) {
            return null;
        }
        int pos = rows[clusterRow[c]].pos(clusterFirst[c] + k);
        return pos < index.size() ? index.get(pos) : null;
    }

    /** Marker bounds of an item in canvas coordinates for the last frame's scale, or null. */
    Bounds itemBounds(TimelineItem item) {
        int pos = index.indexOf(item);
        if (pos < 0 || scale == null) {
            return null;
        }
        double cy = rowCenter(pos);
        double[] m = marker(pos);
        return new BoundingBox(m[0], cy - rowH / 2 + 4, m[1] - m[0], rowH - 8);
    }

    private double rowCenter(int pos) {
        int lane = layout.laneOf[pos];
        return rowsTop[lane] + layout.rowOf[pos] * rowH + rowH / 2;
    }

    private final double[] markerTmp = new double[2];

    /** Marker extent [x0, x1] of an item at the current scale (into a shared array). */
    private double[] marker(int pos) {
        boolean point = layout.kind[pos] == 0;
        double s = index.start(pos);
        double e = index.end(pos);
        double mid = MarkerGeometry.mid(point, s, e);
        markerTmp[0] = geometry.x0(point, s, e, mid);
        markerTmp[1] = geometry.x1(point, s, e, mid);
        return markerTmp;
    }

    private double labelWidth(int pos) {
        if (font != measuredFont) {
            Arrays.fill(labelWidths, Double.NaN);
            measuredFont = font;
        }
        double w = labelWidths[pos];
        if (Double.isNaN(w)) {
            TimelineItem it = index.get(pos);
            w = it.label().isEmpty() ? 0 : textWidth(it.label(), it.isPoint() || it.isRange() ? font : fontItalic);
            labelWidths[pos] = w;
        }
        return w;
    }

    /**
     * True when {@code label} drawn from {@code x} ends before {@code right}: a tick label cut by the
     * edge ("202" of 2027) would read as another label. Measured only near the edge.
     */
    private boolean fitsBefore(String label, Font f, double x, double right) {
        return x + 80 <= right || x + textWidth(label, f) <= right;
    }

    private double textWidth(String s, Font f) {
        measure.setFont(f);
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }

    private String fit(String s, Font f, double maxWidth, double fullWidth) {
        if (fullWidth <= maxWidth + 0.5) {
            return s;
        }
        int k = (int) Math.floor(s.length() * Math.max(0, maxWidth) / Math.max(1, fullWidth));
        while (k > 0) {
            String t = s.substring(0, k).stripTrailing() + "…";
            if (textWidth(t, f) <= maxWidth) {
                return t;
            }
            k--;
        }
        return "";
    }

    // ========================================================================= painting

    /** Everything the painter needs from the control for one frame; {@code highlighted} is null when nothing is accented. */
    record Frame(TimeWindow window, Locale locale, TimelineItem selected, TimelineItem hovered,
            Predicate<String> highlighted, boolean focused) { }

    void paint(TimelineSurface gc, double w, double h, Frame f) {
        width = w;
        height = h;
        hits.clear();
        clusterCount = 0;
        selectionBounds = null;
        selLabelX = Double.NaN;
        selPos = selectedPos(f.selected());
        selCluster = -1;
        selRow = -1;
        if (selPos >= 0 && selPos < layout.laneOf.length) {
            int r = layout.laneRowOffset[layout.laneOf[selPos]] + layout.rowOf[selPos];
            int i = r < rows.length ? rows[r].row().indexOf(selPos, index.start(selPos)) : -1;
            if (i >= 0) {
                selRow = r;
                selMarked[0] = i;
            }
        }
        readStyle();
        gc.save();
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setGlobalAlpha(1);
        gc.setLineDashes((double[]) null);
        gc.setFill(bg);
        gc.fillRect(0, 0, w, h);
        if (w < 20 || h < AXIS_H + 10) {
            gc.restore();
            return;
        }
        scale = new TimeScale(f.window().start(), f.window().end(), 0, w);
        geometry.set(scale, w);
        double overviewH = h >= 220 ? OVERVIEW_H : 0;
        overviewTop = h - overviewH;
        lanesBottom = overviewTop;
        layoutLanes();
        if (followSelection) {
            scrollSelectionIntoSight();
        }
        paintLaneBackgrounds(gc);
        TickGenerator.Ticks ticks = TickGenerator.generate(scale.startDay(), scale.endDay(), scale.pxPerDay(), f.locale());
        paintGrid(gc, ticks);
        gc.save();
        gc.beginPath();
        gc.rect(0, AXIS_H, w, lanesBottom - AXIS_H);
        gc.clip();
        paintItems(gc, f);
        paintLaneLabels(gc);
        paintSelection(gc, f);
        gc.restore();
        paintAxis(gc, ticks);
        if (overviewH > 0) {
            paintOverview(gc, f);
        }
        if (f.focused()) {
            gc.setGlobalAlpha(0.8);
            gc.setStroke(focusColor);
            gc.setLineWidth(1.5);
            gc.strokeRect(0.75, 0.75, w - 1.5, h - 1.5);
            gc.setGlobalAlpha(1);
        }
        gc.restore();
    }

    private void readStyle() {
        bg = palette.background();
        text = palette.text();
        muted = alpha(text, 0.62);
        itemColor = palette.item();
        accent = palette.accent();
        focusColor = palette.focus();
        Font base = palette.font();
        if (font != base) {
            font = base;
            String fam = base.getFamily();
            double size = base.getSize();
            fontBold = Font.font(fam, FontWeight.BOLD, size);
            fontItalic = Font.font(fam, FontWeight.NORMAL, FontPosture.ITALIC, size);
            fontSmall = Font.font(fam, FontWeight.NORMAL, Math.max(9, size - 1));
            fontSmallBold = Font.font(fam, FontWeight.BOLD, Math.max(9, size - 1));
        }
    }

    private static Color alpha(Color c, double a) {
        return Color.color(c.getRed(), c.getGreen(), c.getBlue(), c.getOpacity() * a);
    }

    private static double crisp(double v) {
        return Math.floor(v) + 0.5;
    }

    private void layoutLanes() {
        double avail = lanesBottom - AXIS_H;
        int rowCount = 0;
        for (int l = 0; l < layout.laneCount; l++) {
            rowCount += layout.laneRows[l];
        }
        double frame = layout.laneCount * (LANE_HEADER_H + 6);
        // Rows close up, down to MIN_ROW_H, before a lane is pushed below the bottom (a large model's
        // first lane alone has seven rows): every lane stays in sight while it can.
        rowH = rowCount == 0 ? ROW_H : Math.max(MIN_ROW_H, Math.min(ROW_H, Math.floor((avail - frame) / rowCount)));
        double need = frame + rowCount * rowH;
        double extra = Math.max(0, avail - need) / layout.laneCount;
        maxScrollY = Math.max(0, Math.ceil(need - avail));
        scrollY = Math.max(0, Math.min(scrollY, maxScrollY));
        placeLanes(extra);
    }

    private void placeLanes(double extra) {
        double y = AXIS_H - scrollY;
        for (int l = 0; l < layout.laneCount; l++) {
            double content = layout.laneRows[l] * rowH;
            laneTop[l] = y;
            laneHeight[l] = LANE_HEADER_H + content + 6 + extra;
            // Rows sit a little above the middle of the room below the lane header.
            rowsTop[l] = y + LANE_HEADER_H + Math.floor((laneHeight[l] - LANE_HEADER_H - content - 6) * 0.4);
            y += laneHeight[l];
        }
    }

    /**
     * Scrolls the lanes so that the selected item's row, with room for the callout that may name it
     * above, is inside the viewport; a row already in sight does not move.
     */
    private void scrollSelectionIntoSight() {
        if (maxScrollY <= 0 || selPos < 0 || selPos >= layout.laneOf.length) {
            return;
        }
        double cy = rowCenter(selPos);
        double top = cy - rowH / 2 - 18;
        double bottom = cy + rowH / 2 + 2;
        double shift = 0;
        if (top < AXIS_H) {
            shift = top - AXIS_H;
        } else if (bottom > lanesBottom) {
            shift = Math.min(bottom - lanesBottom, top - AXIS_H);
        }
        if (shift != 0) {
            scrollY = Math.max(0, Math.min(scrollY + shift, maxScrollY));
            placeLanes(0);
        }
    }

    private void paintLaneBackgrounds(TimelineSurface gc) {
        Color alt = alpha(text, 0.028);
        Color line = alpha(text, 0.09);
        for (int l = 0; l < layout.laneCount; l++) {
            if (laneTop[l] >= lanesBottom || laneTop[l] + laneHeight[l] <= AXIS_H) {
                continue;
            }
            if (l % 2 == 1) {
                gc.setFill(alt);
                gc.fillRect(0, laneTop[l], width, Math.min(laneHeight[l], lanesBottom - laneTop[l]));
            }
            if (l > 0 && laneTop[l] >= AXIS_H) {
                gc.setStroke(line);
                gc.setLineWidth(1);
                double y = crisp(laneTop[l]);
                gc.strokeLine(0, y, width, y);
            }
        }
    }

    private void paintGrid(TimelineSurface gc, TickGenerator.Ticks ticks) {
        gc.setLineWidth(1);
        gc.setStroke(alpha(text, 0.055));
        for (TickGenerator.Tick t : ticks.minor()) {
            double x = crisp(scale.toX(t.day()));
            if (x >= 0 && x <= width) {
                gc.strokeLine(x, AXIS_H, x, lanesBottom);
            }
        }
        gc.setStroke(alpha(text, 0.13));
        for (TickGenerator.Tick t : ticks.major()) {
            double x = crisp(scale.toX(t.day()));
            if (x >= 0 && x <= width) {
                gc.strokeLine(x, AXIS_H, x, lanesBottom);
            }
        }
    }

    private void paintAxis(TimelineSurface gc, TickGenerator.Ticks ticks) {
        gc.setFill(bg);
        gc.fillRect(0, 0, width, AXIS_H);
        boolean majorLabels = false;
        for (TickGenerator.Tick t : ticks.major()) {
            majorLabels |= t.label() != null;
        }
        double minorY = majorLabels ? AXIS_H - 11 : AXIS_H / 2;
        // Minor ticks and labels.
        gc.setStroke(alpha(text, 0.28));
        gc.setLineWidth(1);
        gc.setFont(fontSmall);
        gc.setFill(muted);
        for (TickGenerator.Tick t : ticks.minor()) {
            double x = crisp(scale.toX(t.day()));
            if (x < -60 || x > width) {
                continue;
            }
            gc.strokeLine(x, AXIS_H - 5, x, AXIS_H);
            if (t.label() != null && fitsBefore(t.label(), fontSmall, x + 4, width)) {
                gc.fillText(t.label(), x + 4, minorY);
            }
        }
        // Major ticks, with labels pinned to the left edge while their period is in view.
        gc.setStroke(alpha(text, 0.4));
        List<TickGenerator.Tick> major = ticks.major();
        gc.setFont(fontBold);
        gc.setFill(text);
        for (int k = 0; k < major.size(); k++) {
            TickGenerator.Tick t = major.get(k);
            double x = crisp(scale.toX(t.day()));
            if (x >= 0 && x <= width) {
                gc.strokeLine(x, majorLabels ? 4 : AXIS_H - 9, x, AXIS_H);
            }
            if (t.label() == null) {
                continue;
            }
            double lw = textWidth(t.label(), fontBold);
            double lx = Math.max(x + 5, 6);
            if (k + 1 < major.size()) {
                double next = scale.toX(major.get(k + 1).day());
                lx = Math.min(lx, next - lw - 10);
            }
            if (lx + lw < 0 || lx > width) {
                continue;
            }
            gc.fillText(t.label(), lx, 13);
        }
        gc.setStroke(alpha(text, 0.22));
        double y = crisp(AXIS_H - 1);
        gc.strokeLine(0, y, width, y);
    }

    private void paintLaneLabels(TimelineSurface gc) {
        gc.setFont(fontSmallBold);
        for (int l = 0; l < layout.laneCount; l++) {
            String label = layout.laneLabels[l];
            if (label.isEmpty()) {
                continue;
            }
            if (laneTop[l] >= lanesBottom || laneTop[l] + laneHeight[l] <= AXIS_H) {
                continue;
            }
            double lw = textWidth(label, fontSmallBold);
            // A lane scrolled partly out of sight keeps its name at the top of what shows of it.
            double y = Math.min(Math.max(laneTop[l], AXIS_H) + LANE_HEADER_H / 2 + 1,
                    laneTop[l] + laneHeight[l] - LANE_HEADER_H / 2);
            gc.setFill(l % 2 == 1 ? blend(bg, text, 0.028) : bg);
            gc.fillRoundRect(6, y - 9, lw + 12, 18, 9, 9);
            gc.setFill(muted);
            gc.fillText(label, 12, y);
        }
    }

    private static Color blend(Color a, Color b, double t) {
        return a.interpolate(b, t);
    }

    // ------------------------------------------------------------------------- items

    /** Finds the highlighted items of every row: one pass over the items per new highlight, not per frame. */
    private void updateHighlights(Predicate<String> highlighted) {
        if (!highlightsDirty && highlighted == highlightsOf) {
            return;
        }
        highlightsOf = highlighted;
        highlightsDirty = false;
        highlightedRowItems = new int[rows.length][];
        int[] found = new int[16];
        for (int r = 0; r < rows.length; r++) {
            RowItems row = rows[r].row();
            int count = 0;
            for (int i = 0; i < row.size(); i++) {
                if (highlighted.test(index.get(row.pos(i)).id())) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = i;
                }
            }
            highlightedRowItems[r] = Arrays.copyOf(found, count);
        }
    }

    private void paintItems(TimelineSurface gc, Frame f) {
        if (index.size() == 0) {
            return;
        }
        double from = scale.toDay(-LABEL_MARGIN_PX);
        double to = scale.toDay(width + 2 * POINT_R);
        boolean dimming = f.highlighted() != null;
        if (dimming) {
            updateHighlights(f.highlighted());
        }
        for (int lane = 0; lane < layout.laneCount; lane++) {
            for (int row = 0; row < layout.laneRows[lane]; row++) {
                int r = layout.laneRowOffset[lane] + row;
                rowLayout = rows[r];
                if (rowLayout.row().size() == 0) {
                    continue;
                }
                double cy = rowsTop[lane] + row * rowH + rowH / 2;
                // Rows scrolled out of sight cost nothing; the selected one's callout reaches a row up.
                if (cy + rowH / 2 < AXIS_H || cy - rowH / 2 - 20 > lanesBottom) {
                    continue;
                }
                rowLayout.layout(from, to, clusterer);
                for (int g = 0; g < clusterer.groupCount(); g++) {
                    if (clusterer.isCluster(g)) {
                        paintCluster(gc, r, g, cy, f, dimming);
                    } else {
                        paintSolo(gc, rowLayout.pos(clusterer.first(g)), g, cy, f, dimming);
                    }
                }
            }
        }
        gc.setGlobalAlpha(1);
    }

    private void paintSolo(TimelineSurface gc, int pos, int g, double cy, Frame f, boolean dimming) {
        TimelineItem it = index.get(pos);
        double x0 = clusterer.x0(g);
        double x1 = clusterer.x1(g);
        double labelX = clusterer.labelX(g);
        double labelW = clusterer.labelWidth(g);
        boolean highlighted = dimming && f.highlighted().test(it.id());
        gc.setGlobalAlpha(dimming && !highlighted ? 0.28 : 1);
        if (x1 >= -20 && x0 <= width + 20) {
            if (it.isPoint()) {
                paintPoint(gc, (x0 + x1) / 2, cy, POINT_R, itemColor);
            } else if (it.isRange()) {
                paintBar(gc, x0, x1, cy, itemColor);
            } else {
                paintBand(gc, x0, x1, cy, itemColor);
            }
            if (!it.flags().isEmpty()) {
                paintFlag(gc, it, x0, x1, cy);
            }
            if (highlighted) {
                ring(gc, it, x0, x1, cy, accent, 2, 2.75);
            }
            if (it.equals(f.hovered()) && !it.equals(f.selected())) {
                gc.setGlobalAlpha(0.35);
                ring(gc, it, x0, x1, cy, itemColor, 1.5, 3);
                gc.setGlobalAlpha(dimming && !highlighted ? 0.28 : 1);
            }
        }
        if (pos == selPos) {
            if (!clusterer.labelTruncated(g) && labelW > 0) {
                selLabelX = labelX;
                selLabelW = labelW;
            }
        } else if (labelW > 0 && labelX < width && labelX + labelW > 0) {
            boolean precise = it.isPoint() || it.isRange();
            Font lf = precise ? font : fontItalic;
            String label = clusterer.labelTruncated(g) ? fit(it.label(), lf, labelW, labelWidth(pos)) : it.label();
            gc.setFont(lf);
            gc.setFill(text);
            gc.fillText(label, labelX, cy + 0.5);
        }
        double left = labelW > 0 ? Math.min(x0, labelX) : x0;
        double right = Math.max(x1, labelX + labelW);
        hits.add(left - 1, cy - rowH / 2 + 3, right + 1, cy + rowH / 2 - 3, pos * 2);
    }

    private void paintPoint(TimelineSurface gc, double cx, double cy, double r, Color fill) {
        gc.setFill(bg);
        gc.fillOval(cx - r - 1.5, cy - r - 1.5, 2 * r + 3, 2 * r + 3);
        gc.setFill(fill);
        gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    private void paintBar(TimelineSurface gc, double x0, double x1, double cy, Color c) {
        double h = BAR_H;
        gc.setFill(alpha(c, 0.16));
        gc.fillRoundRect(x0, cy - h / 2, x1 - x0, h, h, h);
        gc.setStroke(alpha(c, 0.8));
        gc.setLineWidth(1);
        gc.strokeRoundRect(x0 + 0.5, cy - h / 2 + 0.5, x1 - x0 - 1, h - 1, h - 1, h - 1);
    }

    /**
     * An imprecise date (month or year): a soft band with fading ends and a light diagonal hatch,
     * the usual graphic cue for "somewhere in this period".
     */
    private void paintBand(TimelineSurface gc, double x0, double x1, double cy, Color c) {
        double h = BAND_H;
        double w = x1 - x0;
        double top = cy - h / 2;
        double fade = Math.min(0.3, 8 / Math.max(1, w));
        Color solid = alpha(c, 0.13);
        Color clear = alpha(c, 0.04);
        gc.setFill(new LinearGradient(x0, 0, x1, 0, false, CycleMethod.NO_CYCLE,
                new Stop(0, clear), new Stop(fade, solid), new Stop(1 - fade, solid), new Stop(1, clear)));
        gc.fillRoundRect(x0, top, w, h, 5, 5);
        gc.save();
        gc.beginPath();
        gc.rect(Math.max(x0, -h), top, Math.min(x1, width + h) - Math.max(x0, -h), h);
        gc.clip();
        // Dark enough for the hatch to stand out from the background (about 3:1, as graphics should).
        gc.setStroke(alpha(c, 0.6));
        gc.setLineWidth(1);
        double step = 5;
        double from = Math.floor((Math.max(x0, -h) - h) / step) * step;
        double to = Math.min(x1, width + h);
        for (double x = from; x < to; x += step) {
            gc.strokeLine(x, top + h, x + h, top);
        }
        gc.restore();
    }

    private void paintFlag(TimelineSurface gc, TimelineItem it, double x0, double x1, double cy) {
        String first = null;
        for (String flag : it.flags()) {
            if (first == null || flag.compareTo(first) < 0) {
                first = flag;
            }
        }
        Color c = palette.flag(first);
        gc.setStroke(c);
        gc.setLineWidth(1.25);
        gc.setLineDashes(2, 2);
        if (it.isPoint()) {
            double cx = (x0 + x1) / 2;
            double r = POINT_R + 3;
            gc.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        } else {
            double h = it.isRange() ? BAR_H : BAND_H;
            gc.strokeRoundRect(x0 - 2, cy - h / 2 - 2, x1 - x0 + 4, h + 4, h / 2 + 2, h / 2 + 2);
        }
        gc.setLineDashes((double[]) null);
        double bx = it.isPoint() ? (x0 + x1) / 2 + POINT_R + 1 : x1 - 1;
        double by = cy - (it.isPoint() ? POINT_R + 1 : (it.isRange() ? BAR_H : BAND_H) / 2);
        gc.setFill(bg);
        gc.fillOval(bx - 4, by - 4, 8, 8);
        gc.setFill(c);
        gc.fillOval(bx - 2.75, by - 2.75, 5.5, 5.5);
    }

    private void ring(TimelineSurface gc, TimelineItem it, double x0, double x1, double cy, Color c, double lineWidth,
            double gap) {
        gc.setStroke(c);
        gc.setLineWidth(lineWidth);
        if (it.isPoint()) {
            double r = POINT_R + gap;
            double cx = (x0 + x1) / 2;
            gc.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        } else {
            double h = (it.isRange() ? BAR_H : BAND_H) + 2 * gap;
            gc.strokeRoundRect(x0 - gap, cy - h / 2, x1 - x0 + 2 * gap, h, h, h);
        }
    }

    private void paintCluster(TimelineSurface gc, int r, int g, double cy, Frame f, boolean dimming) {
        int first = clusterer.first(g);
        int end = clusterer.end(g);
        int c = clusterCount++;
        ensureClusterCapacity(c);
        clusterRow[c] = r;
        clusterFirst[c] = first;
        clusterSize[c] = end - first;
        clusterStart[c] = rowLayout.start(first);
        clusterEnd[c] = rowLayout.maxEnd(first, end);
        boolean anyHighlighted = dimming && rowLayout.anyMarked(highlightedRowItems[r], first, end);
        boolean hasSelected = r == selRow && rowLayout.anyMarked(selMarked, first, end);
        if (hasSelected) {
            selCluster = c;
        }
        int count = end - first;
        double x0 = clusterer.x0(g);
        double x1 = clusterer.x1(g);
        hits.add(x0, cy - CLUSTER_H / 2, x1, cy + CLUSTER_H / 2, c * 2 + 1);
        if (x1 < -20 || x0 > width + 20) {
            return;
        }
        gc.setGlobalAlpha(dimming && !anyHighlighted ? 0.28 : 1);
        double h = CLUSTER_H;
        gc.setFill(bg);
        gc.fillRoundRect(x0 - 1.5, cy - h / 2 - 1.5, x1 - x0 + 3, h + 3, h + 3, h + 3);
        gc.setFill(itemColor);
        boolean density = x1 - x0 >= DENSITY_FROM_WIDTH;
        if (density) {
            gc.setGlobalAlpha(gc.getGlobalAlpha() * 0.35);
        }
        gc.fillRoundRect(x0, cy - h / 2, x1 - x0, h, h, h);
        if (density) {
            gc.setGlobalAlpha(dimming && !anyHighlighted ? 0.28 : 1);
            paintDensity(gc, first, end, x0, x1, cy);
        }
        if (anyHighlighted) {
            gc.setStroke(accent);
            gc.setLineWidth(2);
            gc.strokeRoundRect(x0 - 3, cy - h / 2 - 3, x1 - x0 + 6, h + 6, h + 6, h + 6);
        }
        if (hasSelected) {
            // The selected marker will cover part of the pill: its count goes beside that marker.
            gc.setGlobalAlpha(1);
            return;
        }
        String label = Integer.toString(count);
        gc.setFont(fontSmallBold);
        gc.setFill(bg);
        gc.setTextAlign(TextAlignment.CENTER);
        double cx = (Math.max(x0, 0) + Math.min(x1, width)) / 2;
        if (x1 - x0 < 40 || cx < x0 + 12 || cx > x1 - 12) {
            cx = (x0 + x1) / 2;
        }
        if (density) {
            // The count sits on a chip of its own: the columns under it may be short.
            double chipW = Math.max(h, textWidth(label, fontSmallBold) + 10);
            gc.setFill(itemColor);
            gc.fillRoundRect(cx - chipW / 2, cy - h / 2, chipW, h, h, h);
            gc.setFill(bg);
        }
        gc.fillText(label, cx, cy + 0.5);
        gc.setTextAlign(TextAlignment.LEFT);
    }

    /**
     * Inside a wide cluster, a column every {@link #DENSITY_COLUMN} px as tall as the share of members
     * starting under it (square root, so that a lone event still shows against a crowd): at the widest
     * zoom a row of 100,000 events is one cluster, and this is what tells where in time they are.
     * Counting costs two binary searches a column, never a visit of the members.
     */
    private void paintDensity(TimelineSurface gc, int first, int end, double x0, double x1, double cy) {
        double left = Math.max(x0, 0);
        double right = Math.min(x1, width);
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
            densityDays[c] = scale.toDay(left + (c + 1) * DENSITY_COLUMN);
        }
        rowLayout.startingBefore(first, end, densityDays, columns - 1, densityCounts);
        densityCounts[columns - 1] = end - first;
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

    private void ensureClusterCapacity(int c) {
        if (c >= clusterStart.length) {
            int cap = clusterStart.length * 2;
            clusterStart = Arrays.copyOf(clusterStart, cap);
            clusterEnd = Arrays.copyOf(clusterEnd, cap);
            clusterRow = Arrays.copyOf(clusterRow, cap);
            clusterFirst = Arrays.copyOf(clusterFirst, cap);
            clusterSize = Arrays.copyOf(clusterSize, cap);
        }
    }

    // ------------------------------------------------------------------------- selection

    private int selectedPos(TimelineItem sel) {
        if (sel == null) {
            return -1;
        }
        if (sel != cachedSelection) {
            cachedSelection = sel;
            cachedSelectionPos = index.indexOf(sel);
        }
        return cachedSelectionPos;
    }

    private void paintSelection(TimelineSurface gc, Frame f) {
        int pos = selectedPos(f.selected());
        if (pos < 0) {
            return;
        }
        TimelineItem it = index.get(pos);
        double[] m = marker(pos);
        double x0 = m[0];
        double x1 = m[1];
        if (x1 < -10 || x0 > width + 10) {
            return;
        }
        double cy = rowCenter(pos);
        if (cy + rowH / 2 < AXIS_H || cy - rowH / 2 > lanesBottom) {
            return;
        }
        gc.setGlobalAlpha(1);
        if (it.isPoint()) {
            double cx = (x0 + x1) / 2;
            double r = POINT_R + 1.5;
            if (f.focused()) {
                gc.setFill(alpha(focusColor, 0.22));
                gc.fillOval(cx - r - 5, cy - r - 5, 2 * r + 10, 2 * r + 10);
            }
            paintPoint(gc, cx, cy, r, accent);
            gc.setStroke(alpha(accent, f.focused() ? 0.9 : 0.5));
            gc.setLineWidth(1.5);
            gc.strokeOval(cx - r - 3.5, cy - r - 3.5, 2 * r + 7, 2 * r + 7);
        } else {
            double h = it.isRange() ? BAR_H : BAND_H;
            if (f.focused()) {
                gc.setStroke(alpha(focusColor, 0.3));
                gc.setLineWidth(4);
                gc.strokeRoundRect(x0 - 3, cy - h / 2 - 3, x1 - x0 + 6, h + 6, h + 6, h + 6);
            }
            gc.setFill(bg);
            gc.fillRoundRect(x0, cy - h / 2, x1 - x0, h, h, h);
            gc.setFill(alpha(accent, 0.22));
            gc.fillRoundRect(x0, cy - h / 2, x1 - x0, h, h, h);
            gc.setStroke(accent);
            gc.setLineWidth(2);
            gc.strokeRoundRect(x0 + 1, cy - h / 2 + 1, x1 - x0 - 2, h - 2, h - 2, h - 2);
        }
        if (!it.flags().isEmpty()) {
            // The selected item keeps its flag: it is the one being examined.
            paintFlag(gc, it, x0, x1, cy);
        }
        if (selCluster >= 0) {
            paintCountBeside(gc, selCluster, it.isPoint() ? (x0 + x1) / 2 - POINT_R - 5 : x0 - 3,
                    it.isPoint() ? (x0 + x1) / 2 + POINT_R + 5 : x1 + 3, cy);
        }
        paintSelectionLabel(gc, it, x0, x1, cy);
        selectionBounds = new BoundingBox(x0 - 4, cy - rowH / 2 + 2, x1 - x0 + 8, rowH - 4);
    }

    /**
     * How many other items share the selected item's cluster ("+1"), on a chip beside the selected
     * marker (which spans {@code [left, right]}), on the side where more of the pill is: the marker
     * would hide the pill's own count, and next to the selection the others are what is hidden.
     */
    private void paintCountBeside(TimelineSurface gc, int c, double left, double right, double cy) {
        String label = "+" + (clusterSize[c] - 1);
        double w = Math.max(CLUSTER_H, textWidth(label, fontSmallBold) + 10);
        double pillLeft = scale.toX(clusterStart[c]);
        double pillRight = scale.toX(clusterEnd[c]);
        boolean onLeft = left - pillLeft > pillRight - right;
        double chipX = onLeft ? left - w : right;
        double h = CLUSTER_H;
        gc.setFill(bg);
        gc.fillRoundRect(chipX - 1.5, cy - h / 2 - 1.5, w + 3, h + 3, h + 3, h + 3);
        gc.setFill(itemColor);
        gc.fillRoundRect(chipX, cy - h / 2, w, h, h, h);
        gc.setFont(fontSmallBold);
        gc.setFill(bg);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText(label, chipX + w / 2, cy + 0.5);
        gc.setTextAlign(TextAlignment.LEFT);
    }

    /**
     * The selected item's label: in its row on a soft accent highlight when the layout gave it full
     * room; otherwise (cut short, or the item is inside a cluster) in a callout above the marker, so
     * the selection is always named without covering its neighbours.
     */
    private void paintSelectionLabel(TimelineSurface gc, TimelineItem it, double x0, double x1, double cy) {
        if (it.label().isEmpty()) {
            return;
        }
        boolean precise = it.isPoint() || it.isRange();
        if (!Double.isNaN(selLabelX)) {
            gc.setFill(alpha(accent, 0.13));
            gc.fillRoundRect(selLabelX - 4, cy - 10, selLabelW + 8, 20, 8, 8);
            gc.setFont(precise ? font : fontItalic);
            gc.setFill(text);
            gc.fillText(it.label(), selLabelX, cy + 0.5);
            return;
        }
        double lw = textWidth(it.label(), fontBold);
        double anchor = it.isPoint() ? (x0 + x1) / 2 : Math.max(x0, 0) + 8;
        double chipX = Math.max(4, Math.min(anchor - 12, width - lw - 20));
        double chipW = lw + 16;
        double chipH = 22;
        double half = it.isPoint() ? POINT_R + 3 : (it.isRange() ? BAR_H : BAND_H) / 2;
        // Above the marker, unless it would cover more of the other marks and labels than below does.
        double above = cy - rowH / 2 - 16;
        double below = cy + rowH / 2 - 6;
        int self = selPos * 2;
        boolean goBelow = below + chipH <= lanesBottom
                && hits.countOverlapping(chipX, below, chipX + chipW, below + chipH, self)
                        < hits.countOverlapping(chipX, above, chipX + chipW, above + chipH, self);
        double chipY = goBelow ? below : above;
        gc.setStroke(alpha(accent, 0.7));
        gc.setLineWidth(1);
        if (goBelow) {
            gc.strokeLine(crisp(anchor), cy + half, crisp(anchor), chipY);
        } else {
            gc.strokeLine(crisp(anchor), chipY + chipH, crisp(anchor), cy - half);
        }
        gc.setFill(bg);
        gc.fillRoundRect(chipX, chipY, chipW, chipH, 10, 10);
        gc.setFill(alpha(accent, 0.1));
        gc.fillRoundRect(chipX, chipY, chipW, chipH, 10, 10);
        gc.setStroke(alpha(accent, 0.75));
        gc.strokeRoundRect(chipX + 0.5, chipY + 0.5, chipW - 1, chipH - 1, 10, 10);
        gc.setFont(fontBold);
        gc.setFill(text);
        gc.fillText(it.label(), chipX + 8, chipY + chipH / 2 + 0.5);
    }

    // ------------------------------------------------------------------------- overview

    private void paintOverview(TimelineSurface gc, Frame f) {
        double top = overviewTop;
        double h = height - top;
        gc.setFill(blend(bg, text, 0.035));
        gc.fillRect(0, top, width, h);
        gc.setStroke(alpha(text, 0.16));
        gc.setLineWidth(1);
        gc.strokeLine(0, crisp(top), width, crisp(top));

        TimeWindow win = f.window();
        double fs = win.start();
        double fe = win.end();
        if (index.size() > 0) {
            fs = Math.min(fs, index.minStart());
            fe = Math.max(fe, index.maxEnd());
        }
        double pad = (fe - fs) * 0.02;
        overviewScale = new TimeScale(fs - pad, fe + pad, OVERVIEW_INSET, Math.max(1, width - 2 * OVERVIEW_INSET));

        double stripsTop = top + 7;
        double stripsH = h - 7 - 17;
        // Year (or coarser) ticks and labels along the bottom.
        TickGenerator.Ticks t = TickGenerator.generate(overviewScale.startDay(), overviewScale.endDay(),
                overviewScale.pxPerDay(), f.locale(), 64);
        gc.setFont(fontSmall);
        gc.setFill(alpha(text, 0.5));
        gc.setStroke(alpha(text, 0.12));
        for (TickGenerator.Tick tick : t.minor()) {
            double x = crisp(overviewScale.toX(tick.day()));
            if (x < OVERVIEW_INSET - 1 || x > width - OVERVIEW_INSET + 1) {
                continue;
            }
            gc.strokeLine(x, stripsTop, x, height - 4);
            if (tick.label() != null && fitsBefore(tick.label(), fontSmall, x + 3, width)) {
                gc.fillText(tick.label(), x + 3, height - 9);
            }
        }
        // Density of items per lane.
        if (histMax > 0) {
            double stripH = stripsH / layout.laneCount;
            double binDays = (histEnd - histStart) / HIST_BINS;
            double norm = Math.log1p(histMax);
            gc.setFill(itemColor);
            double barH = Math.min(8, Math.max(2, stripH - 4));
            for (int l = 0; l < layout.laneCount; l++) {
                int[] hl = hist[l];
                double y = stripsTop + l * stripH + (stripH - barH) / 2;
                int b = 0;
                while (b < HIST_BINS) {
                    int count = hl[b];
                    int e = b + 1;
                    while (e < HIST_BINS && hl[e] == count) {
                        e++;
                    }
                    if (count > 0) {
                        // One rectangle per run of equal bins: no seams, few draw calls.
                        double x0 = Math.floor(overviewScale.toX(histStart + b * binDays));
                        double x1 = Math.ceil(overviewScale.toX(histStart + e * binDays));
                        gc.setGlobalAlpha(0.22 + 0.4 * Math.log1p(count) / norm);
                        gc.fillRect(x0, y, Math.max(2, x1 - x0), barH);
                    }
                    b = e;
                }
            }
            gc.setGlobalAlpha(1);
        }
        // The visible window.
        double wx0 = overviewScale.toX(win.start());
        double wx1 = overviewScale.toX(win.end());
        if (wx1 - wx0 < 8) {
            double c = (wx0 + wx1) / 2;
            wx0 = c - 4;
            wx1 = c + 4;
        }
        windowX0 = wx0;
        windowX1 = wx1;
        Color shade = alpha(bg, 0.55);
        gc.setFill(shade);
        gc.fillRect(0, top + 1, Math.max(0, wx0), h - 1);
        gc.fillRect(wx1, top + 1, Math.max(0, width - wx1), h - 1);
        gc.setFill(alpha(accent, 0.06));
        gc.fillRoundRect(wx0, top + 3, wx1 - wx0, h - 6, 6, 6);
        gc.setStroke(alpha(accent, 0.85));
        gc.setLineWidth(1.5);
        gc.strokeRoundRect(wx0 + 0.75, top + 3.75, wx1 - wx0 - 1.5, h - 7.5, 6, 6);
        // Grips on both edges.
        gc.setStroke(accent);
        gc.setLineWidth(2);
        double gy = top + h / 2;
        gc.strokeLine(wx0 + 0.75, gy - 6, wx0 + 0.75, gy + 6);
        gc.strokeLine(wx1 - 0.75, gy - 6, wx1 - 0.75, gy + 6);
    }
}
