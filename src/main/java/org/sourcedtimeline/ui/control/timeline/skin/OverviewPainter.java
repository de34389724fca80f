package org.sourcedtimeline.ui.control.timeline.skin;

import static org.sourcedtimeline.ui.control.timeline.skin.PaintContext.alpha;
import static org.sourcedtimeline.ui.control.timeline.skin.PaintContext.blend;
import static org.sourcedtimeline.ui.control.timeline.skin.PaintContext.crisp;
import static org.sourcedtimeline.ui.control.timeline.skin.TimelinePainter.HIST_BINS;
import static org.sourcedtimeline.ui.control.timeline.skin.TimelinePainter.OVERVIEW_INSET;

import java.util.Locale;
import javafx.scene.paint.Color;
import org.sourcedtimeline.ui.control.timeline.TimeWindow;
import org.sourcedtimeline.ui.control.timeline.TimelineSurface;

/**
 * The overview band along the bottom: the whole span of the items with their density per lane, and
 * the visible window as a rectangle with grips. Keeps the density histogram (made once per item
 * set) and the last frame's geometry, which the skin uses to drag the window.
 */
final class OverviewPainter {
    private final PaintContext ctx;

    private int[][] hist = new int[1][0];
    private int histMax;
    private double histStart;
    private double histEnd;
    private TimeScale scale;
    private double top;
    private double windowX0;
    private double windowX1;

    OverviewPainter(PaintContext ctx) {
        this.ctx = ctx;
    }

    /** Items per lane and bin over the whole span: difference array + prefix sum, O(items + bins). */
    void setModel(RowModel layout, ItemIndex index) {
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

    /** Where the band starts this frame: the canvas' bottom edge when there is no room for it. */
    void setTop(double y) {
        top = y;
    }

    double top() {
        return top;
    }

    TimeScale scale() {
        return scale;
    }

    double windowX0() {
        return windowX0;
    }

    double windowX1() {
        return windowX1;
    }

    void paint(TimelineSurface gc, TimeWindow win, Locale locale) {
        double width = ctx.width;
        double height = ctx.height;
        Color bg = ctx.bg;
        Color text = ctx.text;
        double h = height - top;
        gc.setFill(blend(bg, text, 0.035));
        gc.fillRect(0, top, width, h);
        gc.setStroke(alpha(text, 0.16));
        gc.setLineWidth(1);
        gc.strokeLine(0, crisp(top), width, crisp(top));

        ItemIndex index = ctx.index;
        double fs = win.start();
        double fe = win.end();
        if (index.size() > 0) {
            fs = Math.min(fs, index.minStart());
            fe = Math.max(fe, index.maxEnd());
        }
        double pad = (fe - fs) * 0.02;
        scale = new TimeScale(fs - pad, fe + pad, OVERVIEW_INSET, Math.max(1, width - 2 * OVERVIEW_INSET));

        double stripsTop = top + 7;
        double stripsH = h - 7 - 17;
        // Year (or coarser) ticks and labels along the bottom.
        TickGenerator.Ticks t = TickGenerator.generate(scale.startDay(), scale.endDay(), scale.pxPerDay(), locale, 64);
        gc.setFont(ctx.fontSmall);
        gc.setFill(alpha(text, 0.5));
        gc.setStroke(alpha(text, 0.12));
        for (TickGenerator.Tick tick : t.minor()) {
            double x = crisp(scale.toX(tick.day()));
            if (x < OVERVIEW_INSET - 1 || x > width - OVERVIEW_INSET + 1) {
                continue;
            }
            gc.strokeLine(x, stripsTop, x, height - 4);
            if (tick.label() != null && ctx.fitsBefore(tick.label(), ctx.fontSmall, x + 3, width)) {
                gc.fillText(tick.label(), x + 3, height - 9);
            }
        }
        paintDensity(gc, stripsTop, stripsH);
        paintWindow(gc, win, h);
    }

    /** Density of items per lane, one strip each. */
    private void paintDensity(TimelineSurface gc, double stripsTop, double stripsH) {
        if (histMax <= 0) {
            return;
        }
        int laneCount = ctx.layout.laneCount;
        double stripH = stripsH / laneCount;
        double binDays = (histEnd - histStart) / HIST_BINS;
        double norm = Math.log1p(histMax);
        gc.setFill(ctx.itemColor);
        double barH = Math.min(8, Math.max(2, stripH - 4));
        for (int l = 0; l < laneCount; l++) {
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
                    double x0 = Math.floor(scale.toX(histStart + b * binDays));
                    double x1 = Math.ceil(scale.toX(histStart + e * binDays));
                    gc.setGlobalAlpha(0.22 + 0.4 * Math.log1p(count) / norm);
                    gc.fillRect(x0, y, Math.max(2, x1 - x0), barH);
                }
                b = e;
            }
        }
        gc.setGlobalAlpha(1);
    }

    /** The visible window: the rest shaded, the window outlined in the accent colour, grips on both edges. */
    private void paintWindow(TimelineSurface gc, TimeWindow win, double h) {
        double width = ctx.width;
        Color accent = ctx.accent;
        double wx0 = scale.toX(win.start());
        double wx1 = scale.toX(win.end());
        if (wx1 - wx0 < 8) {
            double c = (wx0 + wx1) / 2;
            wx0 = c - 4;
            wx1 = c + 4;
        }
        windowX0 = wx0;
        windowX1 = wx1;
        Color shade = alpha(ctx.bg, 0.55);
        gc.setFill(shade);
        gc.fillRect(0, top + 1, Math.max(0, wx0), h - 1);
        gc.fillRect(wx1, top + 1, Math.max(0, width - wx1), h - 1);
        gc.setFill(alpha(accent, 0.06));
        gc.fillRoundRect(wx0, top + 3, wx1 - wx0, h - 6, 6, 6);
        gc.setStroke(alpha(accent, 0.85));
        gc.setLineWidth(1.5);
        gc.strokeRoundRect(wx0 + 0.75, top + 3.75, wx1 - wx0 - 1.5, h - 7.5, 6, 6);
        gc.setStroke(accent);
        gc.setLineWidth(2);
        double gy = top + h / 2;
        gc.strokeLine(wx0 + 0.75, gy - 6, wx0 + 0.75, gy + 6);
        gc.strokeLine(wx1 - 0.75, gy - 6, wx1 - 0.75, gy + 6);
    }
}
