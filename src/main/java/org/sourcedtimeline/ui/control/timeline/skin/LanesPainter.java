package org.sourcedtimeline.ui.control.timeline.skin;

import static org.sourcedtimeline.ui.control.timeline.skin.PaintContext.alpha;
import static org.sourcedtimeline.ui.control.timeline.skin.PaintContext.blend;
import static org.sourcedtimeline.ui.control.timeline.skin.PaintContext.crisp;
import static org.sourcedtimeline.ui.control.timeline.skin.TimelinePainter.AXIS_H;
import static org.sourcedtimeline.ui.control.timeline.skin.TimelinePainter.LANE_HEADER_H;
import static org.sourcedtimeline.ui.control.timeline.skin.TimelinePainter.MIN_ROW_H;
import static org.sourcedtimeline.ui.control.timeline.skin.TimelinePainter.ROW_H;

import javafx.scene.paint.Color;
import org.sourcedtimeline.ui.control.timeline.TimelineSurface;

/**
 * The lanes, one above the other between the axis and the overview: how tall their rows are this
 * frame, how far they are scrolled, and their alternating backgrounds, dividing lines and names.
 */
final class LanesPainter {
    private final PaintContext ctx;

    private double[] laneTop = new double[1];
    private double[] laneHeight = new double[1];
    private double[] rowsTop = new double[1];
    private double lanesBottom;
    // Height of a row in this frame: ROW_H, or less when the lanes would not fit (see layout).
    private double rowH = ROW_H;
    // How far the lanes are scrolled up when even rows of MIN_ROW_H do not fit: asked for, then
    // kept within [0, maxScrollY] by each frame's layout.
    private double scrollY;
    private double maxScrollY;
    // Set when the selection changes, cleared when the lanes are scrolled by hand: while set, each
    // frame brings the selected row into sight (the first frames after a selection may still be
    // laid out at another height).
    private boolean followSelection;

    LanesPainter(PaintContext ctx) {
        this.ctx = ctx;
    }

    void setModel(RowModel layout) {
        laneTop = new double[layout.laneCount];
        laneHeight = new double[layout.laneCount];
        rowsTop = new double[layout.laneCount];
    }

    void setScrollY(double y) {
        scrollY = Double.isFinite(y) ? y : 0;
        followSelection = false;
    }

    double scrollY() {
        return scrollY;
    }

    double maxScrollY() {
        return maxScrollY;
    }

    double bottom() {
        return lanesBottom;
    }

    double rowHeight() {
        return rowH;
    }

    double rowsTop(int lane) {
        return rowsTop[lane];
    }

    void revealSelection() {
        followSelection = true;
    }

    boolean followsSelection() {
        return followSelection;
    }

    double rowCenter(int pos) {
        RowModel layout = ctx.layout;
        int lane = layout.laneOf[pos];
        return rowsTop[lane] + layout.rowOf[pos] * rowH + rowH / 2;
    }

    /** Lays the lanes out in the room above {@code bottom}. */
    void layout(double bottom) {
        RowModel layout = ctx.layout;
        lanesBottom = bottom;
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
        place(extra);
    }

    private void place(double extra) {
        RowModel layout = ctx.layout;
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
     * Scrolls the lanes so that the row of the item at {@code selPos}, with room for the callout that
     * may name it above, is inside the viewport; a row already in sight does not move.
     */
    void scrollIntoSight(int selPos) {
        if (maxScrollY <= 0 || selPos < 0 || selPos >= ctx.layout.laneOf.length) {
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
            place(0);
        }
    }

    void paintBackgrounds(TimelineSurface gc) {
        Color alt = alpha(ctx.text, 0.028);
        Color line = alpha(ctx.text, 0.09);
        for (int l = 0; l < ctx.layout.laneCount; l++) {
            if (laneTop[l] >= lanesBottom || laneTop[l] + laneHeight[l] <= AXIS_H) {
                continue;
            }
            if (l % 2 == 1) {
                gc.setFill(alt);
                gc.fillRect(0, laneTop[l], ctx.width, Math.min(laneHeight[l], lanesBottom - laneTop[l]));
            }
            if (l > 0 && laneTop[l] >= AXIS_H) {
                gc.setStroke(line);
                gc.setLineWidth(1);
                double y = crisp(laneTop[l]);
                gc.strokeLine(0, y, ctx.width, y);
            }
        }
    }

    void paintNames(TimelineSurface gc) {
        gc.setFont(ctx.fontSmallBold);
        for (int l = 0; l < ctx.layout.laneCount; l++) {
            String label = ctx.layout.laneLabels[l];
            if (label.isEmpty()) {
                continue;
            }
            if (laneTop[l] >= lanesBottom || laneTop[l] + laneHeight[l] <= AXIS_H) {
                continue;
            }
            double lw = ctx.textWidth(label, ctx.fontSmallBold);
            // A lane scrolled partly out of sight keeps its name at the top of what shows of it.
            double y = Math.min(Math.max(laneTop[l], AXIS_H) + LANE_HEADER_H / 2 + 1,
                    laneTop[l] + laneHeight[l] - LANE_HEADER_H / 2);
            gc.setFill(l % 2 == 1 ? blend(ctx.bg, ctx.text, 0.028) : ctx.bg);
            gc.fillRoundRect(6, y - 9, lw + 12, 18, 9, 9);
            gc.setFill(ctx.muted);
            gc.fillText(label, 12, y);
        }
    }
}
