package org.sourcedtimeline.ui.export;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.batik.svggen.SVGGraphics2D;
import org.sourcedtimeline.ui.control.timeline.Graphics2DSurface;
import org.sourcedtimeline.ui.control.timeline.TimelineView;

/**
 * An image of what the timeline shows, with a legend and a caption under it (the model, the span
 * shown, the articles): SVG and PDF as vector documents whose labels are text (Apache Batik, OpenPDF),
 * or PNG at 1× or 2×. The timeline draws itself through {@link TimelineView#paintTo}; this class adds
 * the legend and the caption. Call on the JavaFX thread.
 */
public final class TimelineImage {
    public enum Kind {
        PNG("png", 1), PNG_2X("png", 2), SVG("svg", 1), PDF("pdf", 1);

        private final String extension;
        private final int scale;

        Kind(String extension, int scale) {
            this.extension = extension;
            this.scale = scale;
        }

        public String extension() { return extension; }
    }

    /**
     * What is written under the timeline: the caption's lines (the first in bold) and the legend's five
     * words, on the theme's background ({@code dark}: under a timeline drawn in the dark theme).
     */
    public record Caption(List<String> lines, List<String> legend, boolean dark) {
        public Caption {
            lines = List.copyOf(lines);
            legend = List.copyOf(legend);
            if (legend.size() != 5) throw new IllegalArgumentException("the legend has five entries: day, dates, month or year only, thin evidence, grouped");
        }
    }

    private static final int PAD = 12;
    private static final int LEGEND_H = 26;
    private static final int LINE_H = 17;
    /** AtlantaFX's default foreground, muted foreground and background, light and dark. */
    private record Colours(Color ink, Color muted, Color background) {}

    private static final Colours LIGHT = new Colours(new Color(0x24, 0x29, 0x2f), new Color(0x57, 0x60, 0x6a), Color.WHITE);
    private static final Colours DARK = new Colours(new Color(0xe6, 0xed, 0xf3), new Color(0x9d, 0xa7, 0xb3), new Color(0x0d, 0x11, 0x17));

    private TimelineImage() {}

    /** The image's height for a timeline {@code timelineHeight} px high and this caption. */
    public static int height(int timelineHeight, Caption c) { return timelineHeight + PAD + LEGEND_H + c.lines().size() * LINE_H + PAD; }

    public static void write(Kind kind, TimelineView view, int width, int timelineHeight, Caption caption, OutputStream out) throws IOException {
        int h = height(timelineHeight, caption);
        switch (kind) {
            case SVG -> {
                org.w3c.dom.Document doc;
                try {
                    doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                            .createDocument("http://www.w3.org/2000/svg", "svg", null);
                } catch (javax.xml.parsers.ParserConfigurationException e) {
                    throw new IOException("no XML document builder", e);
                }
                SVGGraphics2D g = new SVGGraphics2D(doc);
                g.setSVGCanvasSize(new java.awt.Dimension(width, h));
                draw(g, view, width, timelineHeight, caption, false);
                java.io.Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                g.stream(w, true);
                w.flush();
            }
            case PDF -> {
                Document doc = new Document(new Rectangle(width, h), 0, 0, 0, 0);
                PdfWriter writer = PdfWriter.getInstance(doc, out);
                // The caller owns the stream (it is written atomically and closed there).
                writer.setCloseStream(false);
                doc.addTitle(caption.lines().isEmpty() ? "Sourced Timeline" : caption.lines().get(0));
                doc.addCreator("Sourced Timeline");
                doc.open();
                PdfContentByte cb = writer.getDirectContent();
                Graphics2D g = cb.createGraphics(width, h);
                try {
                    draw(g, view, width, timelineHeight, caption);
                } finally {
                    g.dispose();
                }
                doc.close();
            }
            case PNG, PNG_2X -> {
                BufferedImage img = new BufferedImage(width * kind.scale, h * kind.scale, BufferedImage.TYPE_INT_ARGB);
                Graphics2D g = img.createGraphics();
                try {
                    g.scale(kind.scale, kind.scale);
                    draw(g, view, width, timelineHeight, caption);
                } finally {
                    g.dispose();
                }
                ImageIO.setUseCache(false);
                if (!ImageIO.write(img, "png", out)) throw new IOException("no PNG writer");
            }
        }
    }

    private static void draw(Graphics2D g, TimelineView view, int width, int timelineHeight, Caption caption) {
        draw(g, view, width, timelineHeight, caption, true);
    }

    private static void draw(Graphics2D g, TimelineView view, int width, int timelineHeight, Caption caption, boolean gradients) {
        Colours c = caption.dark() ? DARK : LIGHT;
        g.setColor(c.background());
        g.fill(new Rectangle2D.Double(0, 0, width, height(timelineHeight, caption)));
        Graphics2D t = (Graphics2D) g.create();
        try {
            t.clip(new Rectangle2D.Double(0, 0, width, timelineHeight));
            view.paintTo(new Graphics2DSurface(t, gradients), width, timelineHeight);
        } finally {
            t.dispose();
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        legend(g, caption.legend(), c, PAD, timelineHeight + PAD);
        double y = timelineHeight + PAD + LEGEND_H + 12;
        for (int i = 0; i < caption.lines().size(); i++) {
            g.setFont(new Font(Font.SANS_SERIF, i == 0 ? Font.BOLD : Font.PLAIN, i == 0 ? 13 : 12));
            g.setColor(i == 0 ? c.ink() : c.muted());
            g.drawString(caption.lines().get(i), PAD, (float) y);
            y += LINE_H;
        }
    }

    /** The five kinds of mark, drawn as the timeline draws them, each with its word. */
    private static void legend(Graphics2D g, List<String> words, Colours c, double x, double top) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        double cy = top + LEGEND_H / 2.0;
        for (int i = 0; i < words.size(); i++) {
            g.setColor(c.ink());
            g.setStroke(new BasicStroke(1.2f));
            double w = 14;
            switch (i) {
                case 0 -> g.fill(new Ellipse2D.Double(x, cy - 5, 10, 10));
                case 1 -> {
                    w = 22;
                    g.draw(new RoundRectangle2D.Double(x, cy - 5, w, 10, 10, 10));
                }
                case 2 -> {
                    w = 22;
                    Graphics2D h = (Graphics2D) g.create();
                    h.clip(new Rectangle2D.Double(x, cy - 5, w, 10));
                    for (double k = -10; k < w; k += 4) h.drawLine((int) (x + k), (int) (cy + 5), (int) (x + k + 10), (int) (cy - 5));
                    h.dispose();
                }
                case 3 -> {
                    g.fill(new Ellipse2D.Double(x + 2, cy - 4, 8, 8));
                    g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2, 2}, 0));
                    g.draw(new Ellipse2D.Double(x - 1, cy - 7, 14, 14));
                }
                default -> {
                    w = 18;
                    g.fill(new RoundRectangle2D.Double(x, cy - 7, w, 14, 14, 14));
                    g.setColor(c.background());
                    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 10));
                    g.drawString("3", (float) (x + 6), (float) (cy + 4));
                    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
                }
            }
            g.setColor(c.muted());
            g.drawString(words.get(i), (float) (x + w + 6), (float) (cy + 4));
            x += w + 6 + g.getFontMetrics().stringWidth(words.get(i)) + 22;
        }
    }
}
