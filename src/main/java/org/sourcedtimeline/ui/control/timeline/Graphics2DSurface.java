package org.sourcedtimeline.ui.control.timeline;

import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The timeline drawn on a {@link Graphics2D}: a vector document (an SVG or PDF library's Graphics2D
 * keeps every shape a shape and every label text) or a bitmap. Colours, gradients, line widths,
 * dashes, alpha, clipping and text alignment follow the JavaFX canvas's meaning; fonts are the
 * same families and sizes (1 px = 1 unit), measured by AWT, so a label may end a few pixels from
 * where the canvas would end it.
 */
public final class Graphics2DSurface implements TimelineSurface {
    private record State(Paint fill, Paint stroke, double lineWidth, StrokeLineCap cap, double[] dashes, double alpha, Font font,
                         TextAlignment align, VPos baseline, Shape clip) {}

    private final Graphics2D g;
    private final Deque<State> saved = new ArrayDeque<>();
    private Paint fill = Color.BLACK;
    private Paint stroke = Color.BLACK;
    private double lineWidth = 1;
    private StrokeLineCap cap = StrokeLineCap.SQUARE;
    private double[] dashes;
    private double alpha = 1;
    private Font font = Font.getDefault();
    private TextAlignment align = TextAlignment.LEFT;
    private VPos baseline = VPos.BASELINE;
    private Path2D path = new Path2D.Double();

    private final boolean multiStopGradients;

    public Graphics2DSurface(Graphics2D g) { this(g, true); }

    /**
     * @param multiStopGradients false for a Graphics2D that cannot draw a gradient of more than two
     *        colours (Batik's SVG generator draws it as one opaque colour): a gradient is then filled
     *        with the colour of its middle, which for the timeline's bands loses only their fading ends
     */
    public Graphics2DSurface(Graphics2D g, boolean multiStopGradients) {
        this.g = g;
        this.multiStopGradients = multiStopGradients;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    @Override public void setFill(Paint p) { fill = p; }

    @Override public void setStroke(Paint p) { stroke = p; }

    @Override public void setLineWidth(double w) { lineWidth = w; }

    @Override public void setLineCap(StrokeLineCap c) { cap = c; }

    @Override public void setLineDashes(double... d) { dashes = d == null || d.length == 0 ? null : d.clone(); }

    @Override public void setGlobalAlpha(double a) { alpha = Math.max(0, Math.min(1, a)); }

    @Override public double getGlobalAlpha() { return alpha; }

    @Override public void setFont(Font f) { font = f; }

    @Override public void setTextAlign(TextAlignment a) { align = a; }

    @Override public void setTextBaseline(VPos b) { baseline = b; }

    @Override public void fillText(String text, double x, double y) {
        if (text == null || text.isEmpty()) return;
        g.setFont(awt(font));
        FontMetrics m = g.getFontMetrics();
        double w = m.getStringBounds(text, g).getWidth();
        double dx = align == TextAlignment.CENTER ? -w / 2 : align == TextAlignment.RIGHT ? -w : 0;
        double dy = switch (baseline) {
            case TOP -> m.getAscent();
            case CENTER -> (m.getAscent() - m.getDescent()) / 2.0;
            case BOTTOM -> -m.getDescent();
            default -> 0;
        };
        g.setPaint(awt(fill));
        g.drawString(text, (float) (x + dx), (float) (y + dy));
    }

    @Override public void fillRect(double x, double y, double w, double h) { fill(new Rectangle2D.Double(x, y, w, h)); }

    @Override public void strokeRect(double x, double y, double w, double h) { draw(new Rectangle2D.Double(x, y, w, h)); }

    @Override public void fillRoundRect(double x, double y, double w, double h, double aw, double ah) {
        fill(new RoundRectangle2D.Double(x, y, w, h, aw, ah));
    }

    @Override public void strokeRoundRect(double x, double y, double w, double h, double aw, double ah) {
        draw(new RoundRectangle2D.Double(x, y, w, h, aw, ah));
    }

    @Override public void fillOval(double x, double y, double w, double h) { fill(new Ellipse2D.Double(x, y, w, h)); }

    @Override public void strokeOval(double x, double y, double w, double h) { draw(new Ellipse2D.Double(x, y, w, h)); }

    @Override public void strokeLine(double x1, double y1, double x2, double y2) { draw(new Line2D.Double(x1, y1, x2, y2)); }

    @Override public void fillPolygon(double[] xs, double[] ys, int n) {
        if (n < 2) return;
        Path2D p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) p.lineTo(xs[i], ys[i]);
        p.closePath();
        fill(p);
    }

    @Override public void save() {
        saved.push(new State(fill, stroke, lineWidth, cap, dashes, alpha, font, align, baseline, g.getClip()));
    }

    @Override public void restore() {
        State s = saved.poll();
        if (s == null) return;
        fill = s.fill();
        stroke = s.stroke();
        lineWidth = s.lineWidth();
        cap = s.cap();
        dashes = s.dashes();
        alpha = s.alpha();
        font = s.font();
        align = s.align();
        baseline = s.baseline();
        g.setClip(s.clip());
    }

    @Override public void beginPath() { path = new Path2D.Double(); }

    @Override public void rect(double x, double y, double w, double h) { path.append(new Rectangle2D.Double(x, y, w, h), false); }

    @Override public void clip() { g.clip(path); }

    private void fill(Shape s) {
        g.setPaint(awt(fill));
        g.fill(s);
    }

    private void draw(Shape s) {
        g.setPaint(awt(stroke));
        int c = cap == StrokeLineCap.BUTT ? BasicStroke.CAP_BUTT : cap == StrokeLineCap.ROUND ? BasicStroke.CAP_ROUND : BasicStroke.CAP_SQUARE;
        float[] d = null;
        if (dashes != null) {
            d = new float[dashes.length];
            for (int i = 0; i < d.length; i++) d[i] = (float) Math.max(dashes[i], 0.01);
        }
        g.setStroke(new BasicStroke((float) lineWidth, c, BasicStroke.JOIN_MITER, 10f, d, 0f));
        g.draw(s);
    }

    private java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) (c.getOpacity() * alpha));
    }

    private java.awt.Paint awt(Paint p) {
        if (p instanceof Color c) return awt(c);
        if (p instanceof LinearGradient lg && !multiStopGradients && !lg.getStops().isEmpty())
            return awt(lg.getStops().get(lg.getStops().size() / 2).getColor());
        if (p instanceof LinearGradient lg && !lg.isProportional() && lg.getStops().size() >= 2
                && (lg.getStartX() != lg.getEndX() || lg.getStartY() != lg.getEndY())) {
            List<Stop> stops = lg.getStops();
            float[] at = new float[stops.size()];
            java.awt.Color[] colours = new java.awt.Color[stops.size()];
            float last = -1;
            for (int i = 0; i < stops.size(); i++) {
                // AWT wants strictly rising fractions; JavaFX allows equal ones (a hard edge).
                float f = (float) Math.max(stops.get(i).getOffset(), last + 1e-6f);
                at[i] = Math.min(f, 1f);
                last = at[i];
                colours[i] = awt(stops.get(i).getColor());
            }
            MultipleGradientPaint.CycleMethod cycle = switch (lg.getCycleMethod()) {
                case REFLECT -> MultipleGradientPaint.CycleMethod.REFLECT;
                case REPEAT -> MultipleGradientPaint.CycleMethod.REPEAT;
                default -> MultipleGradientPaint.CycleMethod.NO_CYCLE;
            };
            return new java.awt.LinearGradientPaint(new Point2D.Double(lg.getStartX(), lg.getStartY()),
                    new Point2D.Double(lg.getEndX(), lg.getEndY()), at, colours, cycle);
        }
        return awt(Color.GRAY);
    }

    private static java.awt.Font awt(Font f) {
        String style = f.getStyle().toLowerCase(java.util.Locale.ROOT);
        int s = (style.contains("bold") || style.contains("semibold") ? java.awt.Font.BOLD : 0)
                | (style.contains("italic") || style.contains("oblique") ? java.awt.Font.ITALIC : 0);
        String family = f.getFamily().equals("System") ? java.awt.Font.SANS_SERIF : f.getFamily();
        return new java.awt.Font(family, s, 1).deriveFont((float) f.getSize());
    }
}
