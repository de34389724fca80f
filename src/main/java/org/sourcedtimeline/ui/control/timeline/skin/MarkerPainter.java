package org.sourcedtimeline.ui.control.timeline.skin;

import static org.sourcedtimeline.ui.control.timeline.skin.PaintContext.alpha;
import static org.sourcedtimeline.ui.control.timeline.skin.TimelinePainter.BAND_H;
import static org.sourcedtimeline.ui.control.timeline.skin.TimelinePainter.BAR_H;
import static org.sourcedtimeline.ui.control.timeline.skin.TimelinePainter.POINT_R;

import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import org.sourcedtimeline.ui.control.timeline.TimelineItem;
import org.sourcedtimeline.ui.control.timeline.TimelineSurface;

/**
 * One item's mark: a point (a day), a bar (a range of days), a hatched band (a month or a year), the
 * dashed ring and badge of a flag, and the rings of a highlight or a hover.
 */
final class MarkerPainter {
    private final PaintContext ctx;

    MarkerPainter(PaintContext ctx) {
        this.ctx = ctx;
    }

    void paintPoint(TimelineSurface gc, double cx, double cy, double r, Color fill) {
        gc.setFill(ctx.bg);
        gc.fillOval(cx - r - 1.5, cy - r - 1.5, 2 * r + 3, 2 * r + 3);
        gc.setFill(fill);
        gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    void paintBar(TimelineSurface gc, double x0, double x1, double cy, Color c) {
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
    void paintBand(TimelineSurface gc, double x0, double x1, double cy, Color c) {
        double h = BAND_H;
        double w = x1 - x0;
        double top = cy - h / 2;
        double fade = Math.min(0.3, 8 / Math.max(1, w));
        Color solid = alpha(c, 0.13);
        Color clear = alpha(c, 0.04);
        gc.setFill(new LinearGradient(x0, 0, x1, 0, false, CycleMethod.NO_CYCLE,
                new Stop(0, clear), new Stop(fade, solid), new Stop(1 - fade, solid), new Stop(1, clear)));
        gc.fillRoundRect(x0, top, w, h, 5, 5);
        // Dark enough for the hatch to stand out from the background (about 3:1, as graphics should).
        gc.setStroke(alpha(c, 0.6));
        gc.setLineWidth(1);
        double left = Math.max(x0, -h);
        double right = Math.min(x1, ctx.width + h);
        double step = 5;
        double from = Math.floor((left - h) / step) * step;
        // Each stroke is cut to the band here rather than by a canvas clip: on the software pipeline a
        // clip paints a mask the size of the canvas and blends it in, for every band of every frame.
        for (double x = from; x < right; x += step) {
            double t0 = Math.max(0, (left - x) / h);
            double t1 = Math.min(1, (right - x) / h);
            if (t0 < t1) {
                gc.strokeLine(x + t0 * h, top + h - t0 * h, x + t1 * h, top + h - t1 * h);
            }
        }
    }

    /** The point, bar or band of an item in the item colour. */
    void paintMark(TimelineSurface gc, TimelineItem it, double x0, double x1, double cy) {
        if (it.isPoint()) {
            paintPoint(gc, (x0 + x1) / 2, cy, POINT_R, ctx.itemColor);
        } else if (it.isRange()) {
            paintBar(gc, x0, x1, cy, ctx.itemColor);
        } else {
            paintBand(gc, x0, x1, cy, ctx.itemColor);
        }
    }

    /** A flagged item's dashed ring and badge, in the colour of its first flag (by name). */
    void paintFlag(TimelineSurface gc, TimelineItem it, double x0, double x1, double cy) {
        String first = null;
        for (String flag : it.flags()) {
            if (first == null || flag.compareTo(first) < 0) {
                first = flag;
            }
        }
        Color c = ctx.palette().flag(first);
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
        gc.setFill(ctx.bg);
        gc.fillOval(bx - 4, by - 4, 8, 8);
        gc.setFill(c);
        gc.fillOval(bx - 2.75, by - 2.75, 5.5, 5.5);
    }

    /** A ring {@code gap} px outside an item's mark. */
    void ring(TimelineSurface gc, TimelineItem it, double x0, double x1, double cy, Color c, double lineWidth,
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
}
