package org.sourcedtimeline.ui.control.timeline;

import javafx.geometry.VPos;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * What the timeline draws with: the few {@link javafx.scene.canvas.GraphicsContext} operations it
 * uses, with the same names and meaning, so that one painter draws the window's canvas and, through
 * {@link Graphics2DSurface}, a vector image (SVG, PDF) or a bitmap of the same view.
 */
public interface TimelineSurface {
    void setFill(Paint p);

    void setStroke(Paint p);

    void setLineWidth(double w);

    void setLineCap(StrokeLineCap cap);

    /** Null or empty: solid lines. */
    void setLineDashes(double... dashes);

    void setGlobalAlpha(double alpha);

    double getGlobalAlpha();

    void setFont(Font f);

    void setTextAlign(TextAlignment align);

    void setTextBaseline(VPos baseline);

    void fillText(String text, double x, double y);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void strokeLine(double x1, double y1, double x2, double y2);

    void fillPolygon(double[] xs, double[] ys, int n);

    /** Saves the state (paints, line, font, text alignment, alpha, clip) until {@link #restore()}. */
    void save();

    void restore();

    /** Starts a new path: only rectangles are used, to clip. */
    void beginPath();

    void rect(double x, double y, double w, double h);

    /** Intersects the clip with the current path. */
    void clip();
}
