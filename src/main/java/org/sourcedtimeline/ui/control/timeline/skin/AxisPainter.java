package org.sourcedtimeline.ui.control.timeline.skin;

import static org.sourcedtimeline.ui.control.timeline.skin.PaintContext.alpha;
import static org.sourcedtimeline.ui.control.timeline.skin.PaintContext.crisp;
import static org.sourcedtimeline.ui.control.timeline.skin.TimelinePainter.AXIS_H;

import java.util.List;
import org.sourcedtimeline.ui.control.timeline.TimelineSurface;

/** The time axis along the top, with its tick labels, and the grid lines it drops through the lanes. */
final class AxisPainter {
    private final PaintContext ctx;

    AxisPainter(PaintContext ctx) {
        this.ctx = ctx;
    }

    /** Minor and major grid lines from the axis down to {@code bottom}. */
    void paintGrid(TimelineSurface gc, TickGenerator.Ticks ticks, double bottom) {
        gc.setLineWidth(1);
        gc.setStroke(alpha(ctx.text, 0.055));
        for (TickGenerator.Tick t : ticks.minor()) {
            double x = crisp(ctx.scale.toX(t.day()));
            if (x >= 0 && x <= ctx.width) {
                gc.strokeLine(x, AXIS_H, x, bottom);
            }
        }
        gc.setStroke(alpha(ctx.text, 0.13));
        for (TickGenerator.Tick t : ticks.major()) {
            double x = crisp(ctx.scale.toX(t.day()));
            if (x >= 0 && x <= ctx.width) {
                gc.strokeLine(x, AXIS_H, x, bottom);
            }
        }
    }

    void paintAxis(TimelineSurface gc, TickGenerator.Ticks ticks) {
        double width = ctx.width;
        gc.setFill(ctx.bg);
        gc.fillRect(0, 0, width, AXIS_H);
        boolean majorLabels = false;
        for (TickGenerator.Tick t : ticks.major()) {
            majorLabels |= t.label() != null;
        }
        double minorY = majorLabels ? AXIS_H - 11 : AXIS_H / 2;
        // Minor ticks and labels.
        gc.setStroke(alpha(ctx.text, 0.28));
        gc.setLineWidth(1);
        gc.setFont(ctx.fontSmall);
        gc.setFill(ctx.muted);
        for (TickGenerator.Tick t : ticks.minor()) {
            double x = crisp(ctx.scale.toX(t.day()));
            if (x < -60 || x > width) {
                continue;
            }
            gc.strokeLine(x, AXIS_H - 5, x, AXIS_H);
            if (t.label() != null && ctx.fitsBefore(t.label(), ctx.fontSmall, x + 4, width)) {
                gc.fillText(t.label(), x + 4, minorY);
            }
        }
        // Major ticks, with labels pinned to the left edge while their period is in view.
        gc.setStroke(alpha(ctx.text, 0.4));
        List<TickGenerator.Tick> major = ticks.major();
        gc.setFont(ctx.fontBold);
        gc.setFill(ctx.text);
        for (int k = 0; k < major.size(); k++) {
            TickGenerator.Tick t = major.get(k);
            double x = crisp(ctx.scale.toX(t.day()));
            if (x >= 0 && x <= width) {
                gc.strokeLine(x, majorLabels ? 4 : AXIS_H - 9, x, AXIS_H);
            }
            if (t.label() == null) {
                continue;
            }
            double lw = ctx.textWidth(t.label(), ctx.fontBold);
            double lx = Math.max(x + 5, 6);
            if (k + 1 < major.size()) {
                double next = ctx.scale.toX(major.get(k + 1).day());
                lx = Math.min(lx, next - lw - 10);
            }
            if (lx + lw < 0 || lx > width) {
                continue;
            }
            gc.fillText(t.label(), lx, 13);
        }
        gc.setStroke(alpha(ctx.text, 0.22));
        double y = crisp(AXIS_H - 1);
        gc.strokeLine(0, y, width, y);
    }
}
