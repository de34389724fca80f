package org.sourcedtimeline.ui.control.timeline.skin;

/**
 * Where an item's marker lies across the plot at one scale. A point is a disc of radius
 * {@link #POINT_R} around the middle of its day; a range or a band covers its dates but is never
 * narrower than the disc, and is clipped a little outside the plot so that huge coordinates stay
 * out of the drawing code while a bar reaching off screen stays off screen.
 *
 * <p>Every extent is built from monotone functions of an item's start, end and midpoint
 * ({@code (start + end) / 2}), so the largest right edge of a run of items follows from the
 * largest end and midpoint of the run, and the left edge has an upper bound that grows with the
 * start: {@link RowLayout} relies on both to handle whole runs of a row at once.
 */
public final class MarkerGeometry {

    /** Radius of a point's disc, and half the smallest width of a bar. */
    public static final double POINT_R = 5;
    /** How far outside the plot a bar is clipped. */
    private static final double CLIP = 4;

    private TimeScale scale;
    private double right;

    /** The centre of an item's marker, in days: the middle of a point's day, of a bar's dates. */
    public static double mid(boolean point, double start, double end) {
        return point ? start + 0.5 : (start + end) / 2;
    }

    /** Uses {@code scale} for a plot {@code width} pixels wide. */
    public void set(TimeScale scale, double width) {
        this.scale = scale;
        this.right = width + CLIP;
    }

    /** Left edge of an item's marker. */
    public double x0(boolean point, double start, double end, double mid) {
        if (point) {
            return scale.toX(mid) - POINT_R;
        }
        double a = Math.min(scale.toX(start), scale.toX(mid) - POINT_R);
        if (reachesIn(end, mid)) {
            a = Math.max(a, -CLIP);
        }
        return Math.min(a, right);
    }

    /** Right edge of an item's marker (never left of its left edge). */
    public double x1(boolean point, double start, double end, double mid) {
        if (point) {
            return scale.toX(mid) + POINT_R;
        }
        return maxX1(false, end, mid);
    }

    /**
     * The largest right edge over items of one kind whose largest end is {@code maxEnd} and
     * largest midpoint {@code maxMid}.
     */
    public double maxX1(boolean point, double maxEnd, double maxMid) {
        if (point) {
            return scale.toX(maxMid) + POINT_R;
        }
        return Math.min(Math.max(scale.toX(maxEnd), scale.toX(maxMid) + POINT_R), right);
    }

    /** {@code true} when a bar ends right of the plot's left edge (before clipping). */
    public boolean reachesIn(double end, double mid) {
        return scale.toX(end) > 0 || scale.toX(mid) + POINT_R > 0;
    }

    /** Exact left edge of a point starting at {@code start}; grows with {@code start}. */
    public double pointX0(double start) {
        return scale.toX(start + 0.5) - POINT_R;
    }

    /** Upper bound of the left edge of a bar starting at {@code start}; grows with {@code start}. */
    public double barX0Bound(double start) {
        return Math.min(scale.toX(start), right);
    }

    /**
     * Upper bound of the left edge of a bar starting at {@code start} that does not
     * {@linkplain #reachesIn reach in} (so is not clipped on the left); grows with {@code start}.
     */
    public double offLeftBarX0Bound(double start) {
        return Math.min(scale.toX(start), right);
    }

    /** The smallest left clip: a bound below it is never reached by {@link #barX0Bound}. */
    public double leftClip() {
        return -CLIP;
    }

    /** The scale in use. */
    public TimeScale scale() {
        return scale;
    }
}
