package org.sourcedtimeline.ui.control.timeline.skin;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * Places the labels of one row of markers, left to right, so that no two overlap. Each entry is a
 * marker {@code [x0, x1]} (a point's disc or a bar) with a label of a given width. A label goes
 * inside a bar when it fits, otherwise right of the marker; it may be cut short (down to
 * {@code minLabel} pixels, the painter adds an ellipsis) to make room for the next marker. When even
 * that does not fit, the next marker joins the current group, which becomes a <em>cluster</em>:
 * drawn as one pill with a count over the span of its markers. Zooming in spreads the markers and
 * the clusters fall apart again.
 *
 * <p>Reusable and allocation-free once its arrays have grown: {@link #reset()}, {@link #add} the
 * entries in increasing {@code x0}, {@link #run()}, then read the groups.
 */
public final class Clusterer {

    private final double gap;
    private final double pad;
    private final double sep;
    private final double minLabel;
    private final double clusterMinWidth;

    private int n;
    private double[] x0 = new double[64];
    private double[] x1 = new double[64];
    private double[] w = new double[64];

    private IntToDoubleFunction widthSource;

    private int groups;
    private int[] gFirst = new int[64];
    private int[] gEnd = new int[64];
    private double[] gx0 = new double[64];
    private double[] gx1 = new double[64];
    private double[] gLabelX = new double[64];
    private double[] gLabelW = new double[64];

    /** A clusterer with the default metrics (gap 6, padding 8, separation 8, shortest label 44, pill 24). */
    public Clusterer() {
        this(6, 8, 8, 44, 24);
    }

    /**
     * @param gap             space between a marker and a label on its right
     * @param pad             padding of a label inside a bar
     * @param sep             smallest space between two groups
     * @param minLabel        shortest a label may be cut (ellipsis included)
     * @param clusterMinWidth smallest width of a cluster pill
     */
    public Clusterer(double gap, double pad, double sep, double minLabel, double clusterMinWidth) {
        this.gap = gap;
        this.pad = pad;
        this.sep = sep;
        this.minLabel = minLabel;
        this.clusterMinWidth = clusterMinWidth;
    }

    /** Forgets all entries and groups. */
    public void reset() {
        n = 0;
        groups = 0;
    }

    /**
     * Where to get label widths passed as {@code NaN} to {@link #add}: called with the entry's
     * position, and only for entries whose label may be shown (the first of each group), so
     * labels of markers that end up inside clusters are never measured.
     */
    public void setWidthSource(IntToDoubleFunction source) {
        this.widthSource = source;
    }

    private double w(int i) {
        double v = w[i];
        if (Double.isNaN(v)) {
            v = widthSource == null ? 0 : Math.max(0, widthSource.applyAsDouble(i));
            w[i] = v;
        }
        return v;
    }

    /**
     * Adds an entry; entries should come in increasing {@code markerX0}. A {@code NaN} label
     * width is asked from the {@linkplain #setWidthSource width source} when needed.
     *
     * @return the entry's position (0, 1, ...)
     */
    public int add(double markerX0, double markerX1, double labelWidth) {
        if (n == x0.length) {
            int cap = n * 2;
            x0 = Arrays.copyOf(x0, cap);
            x1 = Arrays.copyOf(x1, cap);
            w = Arrays.copyOf(w, cap);
        }
        x0[n] = markerX0;
        x1[n] = Math.max(markerX0, markerX1);
        w[n] = Double.isNaN(labelWidth) ? Double.NaN : Math.max(0, labelWidth);
        return n++;
    }

    /** Number of entries added. */
    public int size() {
        return n;
    }

    private boolean inside(int i) {
        double wi = w(i);
        return wi > 0 && x1[i] - x0[i] >= wi + 2 * pad;
    }

    /** Lays the entries out into groups. */
    public void run() {
        groups = 0;
        if (n == 0) {
            return;
        }
        int first = 0;
        double gStart = x0[0];
        double gStop = x1[0];
        for (int i = 1; i < n; i++) {
            int count = i - first;
            double minEnd;
            if (count == 1) {
                minEnd = inside(first) || w(first) == 0 ? x1[first] : x1[first] + gap + Math.min(w(first), minLabel);
            } else {
                minEnd = Math.max(gStop, gStart + clusterMinWidth);
            }
            if (x0[i] >= minEnd + sep) {
                emit(first, i, gStart, gStop, x0[i] - sep);
                first = i;
                gStart = x0[i];
                gStop = x1[i];
            } else {
                gStop = Math.max(gStop, x1[i]);
            }
        }
        emit(first, n, gStart, gStop, Double.POSITIVE_INFINITY);
    }

    private void emit(int first, int end, double start, double stop, double limit) {
        if (groups == gFirst.length) {
            int cap = groups * 2;
            gFirst = Arrays.copyOf(gFirst, cap);
            gEnd = Arrays.copyOf(gEnd, cap);
            gx0 = Arrays.copyOf(gx0, cap);
            gx1 = Arrays.copyOf(gx1, cap);
            gLabelX = Arrays.copyOf(gLabelX, cap);
            gLabelW = Arrays.copyOf(gLabelW, cap);
        }
        int g = groups++;
        gFirst[g] = first;
        gEnd[g] = end;
        if (end - first == 1) {
            gx0[g] = start;
            gx1[g] = stop;
            if (w(first) == 0) {
                gLabelX[g] = stop;
                gLabelW[g] = 0;
            } else if (inside(first)) {
                gLabelX[g] = start + pad;
                gLabelW[g] = w(first);
            } else {
                gLabelX[g] = stop + gap;
                gLabelW[g] = Math.max(0, Math.min(w(first), limit - gLabelX[g]));
            }
        } else {
            double width = Math.max(stop - start, clusterMinWidth);
            gx0[g] = start;
            gx1[g] = start + width;
            gLabelX[g] = start;
            gLabelW[g] = 0;
        }
    }

    /** Number of groups after {@link #run()}. */
    public int groupCount() {
        return groups;
    }

    /** First entry of group {@code g}. */
    public int first(int g) {
        return gFirst[g];
    }

    /** One past the last entry of group {@code g}. */
    public int end(int g) {
        return gEnd[g];
    }

    /** Entries in group {@code g}. */
    public int count(int g) {
        return gEnd[g] - gFirst[g];
    }

    /** {@code true} when group {@code g} holds more than one entry. */
    public boolean isCluster(int g) {
        return gEnd[g] - gFirst[g] > 1;
    }

    /** Left edge of group {@code g}'s marker (the entry's marker, or the cluster pill). */
    public double x0(int g) {
        return gx0[g];
    }

    /** Right edge of group {@code g}'s marker. */
    public double x1(int g) {
        return gx1[g];
    }

    /** Left edge of a single entry's label. */
    public double labelX(int g) {
        return gLabelX[g];
    }

    /** Room for a single entry's label: its full width, less when cut short, 0 for clusters. */
    public double labelWidth(int g) {
        return gLabelW[g];
    }

    /** {@code true} when a single entry's label sits inside its bar. */
    public boolean labelInside(int g) {
        return !isCluster(g) && inside(gFirst[g]);
    }

    /** {@code true} when a single entry's label had to be cut short. */
    public boolean labelTruncated(int g) {
        return !isCluster(g) && gLabelW[g] < w(gFirst[g]);
    }
}
