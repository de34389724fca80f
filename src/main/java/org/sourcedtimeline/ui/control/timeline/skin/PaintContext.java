package org.sourcedtimeline.ui.control.timeline.skin;

import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * What every part of the painter shares: the items and their zoom-independent layout, and for the
 * frame being drawn its size, time scale, colours and fonts, with text measuring. The parts read it;
 * only {@link TimelinePainter} sets it.
 */
final class PaintContext {
    private final TimelinePalette palette;
    private final Text measure = new Text();
    final MarkerGeometry geometry = new MarkerGeometry();

    // ---- the items, rebuilt when items or lanes change
    ItemIndex index = ItemIndex.empty();
    /** Where the items go whatever the zoom: lanes, rows, row summaries (made once per item set). */
    RowModel layout = RowModel.of(ItemIndex.empty(), List.of());
    /** One per row of the layout (lane by lane), over the row's items in start order. */
    RowLayout[] rows = new RowLayout[0];

    // ---- the frame
    double width;
    double height;
    TimeScale scale;

    Color bg;
    Color text;
    Color muted;
    Color itemColor;
    Color accent;
    Color focusColor;

    Font font;
    Font fontBold;
    Font fontItalic;
    Font fontSmall;
    Font fontSmallBold;

    private final double[] markerTmp = new double[2];

    PaintContext(TimelinePalette palette) {
        this.palette = palette;
    }

    TimelinePalette palette() {
        return palette;
    }

    void setModel(RowModel m) {
        layout = m;
        index = m.index;
        rows = new RowLayout[layout.totalRows];
        for (int r = 0; r < layout.totalRows; r++) {
            rows[r] = new RowLayout(m.rowItems[r], geometry);
        }
    }

    /** The colours and fonts of this frame, from the style sheet; fonts are derived again only when the label font changed. */
    void readStyle() {
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

    /** Marker extent [x0, x1] of an item at the current scale (into a shared array). */
    double[] marker(int pos) {
        boolean point = layout.kind[pos] == 0;
        double s = index.start(pos);
        double e = index.end(pos);
        double mid = MarkerGeometry.mid(point, s, e);
        markerTmp[0] = geometry.x0(point, s, e, mid);
        markerTmp[1] = geometry.x1(point, s, e, mid);
        return markerTmp;
    }

    double textWidth(String s, Font f) {
        measure.setFont(f);
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }

    /**
     * True when {@code label} drawn from {@code x} ends before {@code right}: a tick label cut by the
     * edge ("202" of 2027) would read as another label. Measured only near the edge.
     */
    boolean fitsBefore(String label, Font f, double x, double right) {
        return x + 80 <= right || x + textWidth(label, f) <= right;
    }

    /** {@code s} cut short with an ellipsis to fit {@code maxWidth} ({@code fullWidth} is its width uncut). */
    String fit(String s, Font f, double maxWidth, double fullWidth) {
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

    static Color alpha(Color c, double a) {
        return Color.color(c.getRed(), c.getGreen(), c.getBlue(), c.getOpacity() * a);
    }

    /** The middle of a pixel, so that a 1 px line is one pixel wide. */
    static double crisp(double v) {
        return Math.floor(v) + 0.5;
    }

    static Color blend(Color a, Color b, double t) {
        return a.interpolate(b, t);
    }
}
