package org.sourcedtimeline.ui.control.timeline.skin;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * Places the labels of one row of markers, left to right, so that no two overlap. Each entry is a
 * marker {@code [x0, x1]} (a point's disc or a bar) with a label of a given width. A label goes
 * inside a bar when it fits, otherwise right of the marker; when the next marker leaves too little
 * room there and the space since the previous group holds it, left of the marker. It may be cut short
 * (down to {@code minLabel} pixels, the painter adds an ellipsis) to make room for the next marker.
 * When even that does not fit, the next marker joins the current group, which becomes a <em>cluster</em>:
 * drawn as one pill with a count over the span of its markers. Zooming in spreads the markers and
 * the clusters fall apart again.
 *
 * <p>Entries are placed as they come: {@link #reset()}, {@link #add} them in increasing
 * {@code x0}, {@link #finish()}, then read the groups. Only the open group is remembered, not the
 * entries, so a caller that knows a whole run of entries joins the open cluster (every one starts
 * before {@link #joinLimit()}, which only grows while a cluster is open) may
 * {@link #addJoined add them at once}; the groups come out the same as if each had been added.
 * Reusable and allocation-free once its arrays have grown.
 */
public final class Clusterer {

    private final double gap;
    private final double pad;
    private final double sep;
    private final double minLabel;
    private final double clusterMinWidth;

    private IntToDoubleFunction widthSource;

    /** Entries so far. */
    private int n;
    private boolean finished;
    // The open group: its first entry, extent, and the first entry's marker end and label width.
    private int first;
    private double gStart;
    private double gStop;
    private double firstX1;
    private double firstW;

    // Where the previous group's drawing ends (its label included): a label put left stops short of it.
    private double leftEdge = Double.NEGATIVE_INFINITY;
    private double prevStop = leftEdge;

    private int groups;
    private int[] gFirst = new int[64];
    private int[] gEnd = new int[64];
    private double[] gx0 = new double[64];
    private double[] gx1 = new double[64];
    private double[] gLabelX = new double[64];
    private double[] gLabelW = new double[64];
    private double[] gFullW = new double[64];
    private boolean[] gInside = new boolean[64];

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
        finished = false;
        prevStop = leftEdge;
    }

    /**
     * No label is put left of this x (the left edge of the view, so that a label never goes where it
     * cannot be seen); applies from the next {@link #reset()}. Unbounded by default.
     */
    public void setLeftEdge(double x) {
        this.leftEdge = x;
    }

    /** Room left of the open group's marker for its label: from the previous group (and the left edge). */
    private double leftRoom() {
        return gStart - gap - (prevStop + sep);
    }

    /**
     * Where to get label widths passed as {@code NaN} to {@link #add}: called with the entry's
     * position, and only for entries whose label may be shown (the first of each group), so
     * labels of markers that end up inside clusters are never measured.
     */
    public void setWidthSource(IntToDoubleFunction source) {
        this.widthSource = source;
    }

    /** Label width of the open group's first entry, asked from the source on first need. */
    private double firstW() {
        if (Double.isNaN(firstW)) {
            firstW = widthSource == null ? 0 : Math.max(0, widthSource.applyAsDouble(first));
        }
        return firstW;
    }

    private boolean firstInside() {
        double w = firstW();
        return w > 0 && firstX1 - gStart >= w + 2 * pad;
    }

    /**
     * Adds an entry; entries should come in increasing {@code markerX0}. A {@code NaN} label
     * width is asked from the {@linkplain #setWidthSource width source} when needed.
     *
     * @return the entry's position (0, 1, ...)
     */
    public int add(double markerX0, double markerX1, double labelWidth) {
        checkOpen();
        double x1 = Math.max(markerX0, markerX1);
        if (n > 0 && markerX0 < joinLimit()) {
            gStop = Math.max(gStop, x1);
        } else {
            if (n > 0) {
                emit(n, markerX0 - sep);
            }
            first = n;
            gStart = markerX0;
            gStop = x1;
            firstX1 = x1;
            firstW = Double.isNaN(labelWidth) ? Double.NaN : Math.max(0, labelWidth);
        }
        return n++;
    }

    /** {@code true} when the open group already holds more than one entry. */
    public boolean clusterOpen() {
        return n - first > 1 && !finished;
    }

    /**
     * An entry whose marker starts before this joins the open group (valid after the first
     * {@link #add}). While a {@linkplain #clusterOpen() cluster is open} it never decreases.
     */
    public double joinLimit() {
        double minEnd;
        if (n - first == 1) {
            boolean fitsLeft = leftRoom() >= Math.min(firstW(), minLabel);
            minEnd = firstInside() || firstW() == 0 || fitsLeft ? firstX1 : firstX1 + gap + Math.min(firstW(), minLabel);
        } else {
            minEnd = Math.max(gStop, gStart + clusterMinWidth);
        }
        return minEnd + sep;
    }

    /**
     * Adds {@code count} entries that join the open cluster: the marker of each starts at most at
     * {@code maxX0} (which must be before {@link #joinLimit()}), and the right edge of the
     * rightmost is {@code maxX1} (an entry's right edge is never left of its left edge).
     *
     * @return the position of the first of them
     * @throws IllegalStateException when no cluster is open or {@code maxX0} does not join it
     */
    public int addJoined(int count, double maxX0, double maxX1) {
        checkOpen();
        if (count <= 0) {
            throw new IllegalArgumentException("count " + count);
        }
        if (!clusterOpen() || !(maxX0 < joinLimit())) {
            throw new IllegalStateException("entries up to x0 " + maxX0 + " do not join the open group");
        }
        gStop = Math.max(gStop, maxX1);
        int at = n;
        n += count;
        return at;
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("finish() was called; reset() first");
        }
    }

    /** Number of entries added. */
    public int size() {
        return n;
    }

    /** Closes the last group; the groups can then be read. */
    public void finish() {
        checkOpen();
        if (n > 0) {
            emit(n, Double.POSITIVE_INFINITY);
        }
        finished = true;
    }

    private void emit(int end, double limit) {
        if (groups == gFirst.length) {
            int cap = groups * 2;
            gFirst = Arrays.copyOf(gFirst, cap);
            gEnd = Arrays.copyOf(gEnd, cap);
            gx0 = Arrays.copyOf(gx0, cap);
            gx1 = Arrays.copyOf(gx1, cap);
            gLabelX = Arrays.copyOf(gLabelX, cap);
            gLabelW = Arrays.copyOf(gLabelW, cap);
            gFullW = Arrays.copyOf(gFullW, cap);
            gInside = Arrays.copyOf(gInside, cap);
        }
        int g = groups++;
        gFirst[g] = first;
        gEnd[g] = end;
        gInside[g] = false;
        gFullW[g] = 0;
        if (end - first == 1) {
            double w = firstW();
            gx0[g] = gStart;
            gx1[g] = gStop;
            gFullW[g] = w;
            if (w == 0) {
                gLabelX[g] = gStop;
                gLabelW[g] = 0;
            } else if (firstInside()) {
                gInside[g] = true;
                gLabelX[g] = gStart + pad;
                gLabelW[g] = w;
            } else {
                // Right of the marker, whole if it fits; else left, whole; else cut short where there is
                // more room (the join limit made sure that one side has at least the shortest label).
                double right = limit - (gStop + gap);
                double left = leftRoom();
                boolean goLeft = right < w && (left >= w || left > right);
                gLabelW[g] = Math.max(0, Math.min(w, goLeft ? left : right));
                gLabelX[g] = goLeft ? gStart - gap - gLabelW[g] : gStop + gap;
            }
        } else {
            double width = Math.max(gStop - gStart, clusterMinWidth);
            gx0[g] = gStart;
            gx1[g] = gStart + width;
            gLabelX[g] = gStart;
            gLabelW[g] = 0;
        }
        prevStop = Math.max(gx1[g], gLabelX[g] + gLabelW[g]);
    }

    /** Number of groups after {@link #finish()}. */
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

    /** Left edge of a single entry's label: right of its marker, or left of it ({@link #labelLeft}). */
    public double labelX(int g) {
        return gLabelX[g];
    }

    /** Room for a single entry's label: its full width, less when cut short, 0 for clusters. */
    public double labelWidth(int g) {
        return gLabelW[g];
    }

    /** {@code true} when a single entry's label sits inside its bar. */
    public boolean labelInside(int g) {
        return gInside[g];
    }

    /** {@code true} when a single entry's label sits left of its marker. */
    public boolean labelLeft(int g) {
        return !isCluster(g) && !gInside[g] && gLabelW[g] > 0 && gLabelX[g] < gx0[g];
    }

    /** {@code true} when a single entry's label had to be cut short. */
    public boolean labelTruncated(int g) {
        return !isCluster(g) && gLabelW[g] < gFullW[g];
    }
}
