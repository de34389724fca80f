package org.sourcedtimeline.ui.control.timeline.skin;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.transform.Affine;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.sourcedtimeline.ui.control.timeline.TimelineSurface;

/** The window's canvas: each call passed on to its {@link GraphicsContext}, level and plumb lines as rectangles. */
final class CanvasSurface implements TimelineSurface {
    private final GraphicsContext gc;
    /** Filled in by each line's check, rather than a new transform per line. */
    private final Affine transform = new Affine();

    CanvasSurface(GraphicsContext gc) { this.gc = gc; }

    @Override public void setFill(Paint p) { gc.setFill(p); }

    @Override public void setStroke(Paint p) { gc.setStroke(p); }

    @Override public void setLineWidth(double w) { gc.setLineWidth(w); }

    @Override public void setLineCap(StrokeLineCap cap) { gc.setLineCap(cap); }

    @Override public void setLineDashes(double... dashes) { gc.setLineDashes(dashes); }

    @Override public void setGlobalAlpha(double alpha) { gc.setGlobalAlpha(alpha); }

    @Override public double getGlobalAlpha() { return gc.getGlobalAlpha(); }

    @Override public void setFont(Font f) { gc.setFont(f); }

    @Override public void setTextAlign(TextAlignment align) { gc.setTextAlign(align); }

    @Override public void setTextBaseline(VPos baseline) { gc.setTextBaseline(baseline); }

    @Override public void fillText(String text, double x, double y) { gc.fillText(text, x, y); }

    @Override public void fillRect(double x, double y, double w, double h) { gc.fillRect(x, y, w, h); }

    @Override public void strokeRect(double x, double y, double w, double h) { gc.strokeRect(x, y, w, h); }

    @Override public void fillRoundRect(double x, double y, double w, double h, double aw, double ah) { gc.fillRoundRect(x, y, w, h, aw, ah); }

    @Override public void strokeRoundRect(double x, double y, double w, double h, double aw, double ah) { gc.strokeRoundRect(x, y, w, h, aw, ah); }

    @Override public void fillOval(double x, double y, double w, double h) { gc.fillOval(x, y, w, h); }

    @Override public void strokeOval(double x, double y, double w, double h) { gc.strokeOval(x, y, w, h); }

    /**
     * A level or plumb line (the grid, the ticks, the dividers: most of a frame's lines) is filled as
     * the rectangle its stroke covers; the software pipeline strokes any line through its general
     * rasteriser, which on the first frame costs more than all the rest of the canvas.
     */
    @Override public void strokeLine(double x1, double y1, double x2, double y2) {
        boolean level = y1 == y2;
        if ((level || x1 == x2) && gc.getLineCap() == StrokeLineCap.BUTT && gc.getLineDashes() == null
                && gc.getTransform(transform).isIdentity()) {
            double half = gc.getLineWidth() / 2;
            Paint fill = gc.getFill();
            gc.setFill(gc.getStroke());
            if (level) {
                gc.fillRect(Math.min(x1, x2), y1 - half, Math.abs(x2 - x1), 2 * half);
            } else {
                gc.fillRect(x1 - half, Math.min(y1, y2), 2 * half, Math.abs(y2 - y1));
            }
            gc.setFill(fill);
            return;
        }
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override public void fillPolygon(double[] xs, double[] ys, int n) { gc.fillPolygon(xs, ys, n); }

    @Override public void save() { gc.save(); }

    @Override public void restore() { gc.restore(); }

    @Override public void beginPath() { gc.beginPath(); }

    @Override public void rect(double x, double y, double w, double h) { gc.rect(x, y, w, h); }

    @Override public void clip() { gc.clip(); }
}
