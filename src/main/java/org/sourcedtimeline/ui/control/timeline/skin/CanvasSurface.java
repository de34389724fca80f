package org.sourcedtimeline.ui.control.timeline.skin;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.sourcedtimeline.ui.control.timeline.TimelineSurface;

/** The window's canvas: each call passed on to its {@link GraphicsContext} unchanged. */
final class CanvasSurface implements TimelineSurface {
    private final GraphicsContext gc;

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

    @Override public void strokeLine(double x1, double y1, double x2, double y2) { gc.strokeLine(x1, y1, x2, y2); }

    @Override public void fillPolygon(double[] xs, double[] ys, int n) { gc.fillPolygon(xs, ys, n); }

    @Override public void save() { gc.save(); }

    @Override public void restore() { gc.restore(); }

    @Override public void beginPath() { gc.beginPath(); }

    @Override public void rect(double x, double y, double w, double h) { gc.rect(x, y, w, h); }

    @Override public void clip() { gc.clip(); }
}
