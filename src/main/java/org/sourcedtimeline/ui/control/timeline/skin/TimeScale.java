package org.sourcedtimeline.ui.control.timeline.skin;

/**
 * Maps epoch days to pixels for a plot of a given width: {@code [startDay, endDay)} is drawn over
 * {@code [x, x + width)}. Immutable; zoom and pan return new scales.
 *
 * <p>Zoom is clamped between {@link #MAX_PX_PER_DAY} (one day per 200 px) and
 * {@link #MAX_SPAN_DAYS} (four centuries per screen), and the window is kept between the years
 * -9999 and 9999 so that dates stay printable.
 *
 * @param startDay epoch day at the left edge of the plot
 * @param endDay   epoch day at the right edge of the plot
 * @param x        left edge of the plot in pixels
 * @param width    plot width in pixels (&gt; 0)
 */
public record TimeScale(double startDay, double endDay, double x, double width) {

    /** Closest zoom: one day is this many pixels wide. */
    public static final double MAX_PX_PER_DAY = 200;
    /** Farthest zoom: this many days fit in the plot. */
    public static final double MAX_SPAN_DAYS = 400 * 365.2425;
    /** Earliest addressable epoch day (-9999-01-01). */
    public static final double MIN_DAY = -4371587;
    /** Latest addressable epoch day (9999-12-31). */
    public static final double MAX_DAY = 2932896;

    /** Validates the scale. */
    public TimeScale {
        if (!(endDay > startDay) || !(width > 0) || !Double.isFinite(startDay) || !Double.isFinite(endDay)) {
            throw new IllegalArgumentException("invalid scale [" + startDay + ", " + endDay + ") over " + width + " px");
        }
    }

    /** Smallest span (in days) allowed for a plot {@code widthPx} wide. */
    public static double minSpan(double widthPx) {
        return Math.max(1.0, widthPx) / MAX_PX_PER_DAY;
    }

    /** {@code span} clamped to the zoom limits for a plot {@code widthPx} wide. */
    public static double clampSpan(double span, double widthPx) {
        return Math.max(minSpan(widthPx), Math.min(MAX_SPAN_DAYS, span));
    }

    /**
     * Clamps a window {@code [start, end)} to the zoom limits (keeping its centre) and to the
     * addressable dates (keeping its span). Returns {@code {start, end}}.
     */
    public static double[] clampWindow(double start, double end, double widthPx) {
        double span = clampSpan(end - start, widthPx);
        double center = (start + end) / 2;
        double s = center - span / 2;
        s = Math.max(MIN_DAY, Math.min(MAX_DAY - span, s));
        return new double[] {s, s + span};
    }

    /** Visible span in days. */
    public double span() {
        return endDay - startDay;
    }

    /** Pixels per day. */
    public double pxPerDay() {
        return width / (endDay - startDay);
    }

    /** Pixel position of an epoch day. */
    public double toX(double day) {
        return x + (day - startDay) * (width / (endDay - startDay));
    }

    /** Epoch day at a pixel position. */
    public double toDay(double px) {
        return startDay + (px - x) * ((endDay - startDay) / width);
    }

    /** Length in days of {@code px} pixels. */
    public double daysOf(double px) {
        return px * ((endDay - startDay) / width);
    }

    /**
     * Zooms by {@code factor} (&gt; 1 zooms in, the span shrinks by that factor) keeping
     * {@code anchorDay} at the same pixel. Zoom limits apply; the anchor stays fixed even when the
     * factor is clamped.
     */
    public TimeScale zoom(double factor, double anchorDay) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("zoom factor " + factor);
        }
        double span = span();
        double newSpan = clampSpan(span / factor, width);
        double ratio = newSpan / span;
        double s = anchorDay - (anchorDay - startDay) * ratio;
        return clampedWindow(s, s + newSpan);
    }

    /** Moves the content by {@code dxPx} pixels (positive: the content moves right, earlier dates come into view). */
    public TimeScale pan(double dxPx) {
        double d = daysOf(dxPx);
        return clampedWindow(startDay - d, endDay - d);
    }

    /** This scale with the zoom limits and date limits applied. */
    public TimeScale clamped() {
        return clampedWindow(startDay, endDay);
    }

    private TimeScale clampedWindow(double s, double e) {
        double span = e - s;
        double clampedSpan = clampSpan(span, width);
        if (clampedSpan != span) {
            double c = (s + e) / 2;
            s = c - clampedSpan / 2;
        }
        s = Math.max(MIN_DAY, Math.min(MAX_DAY - clampedSpan, s));
        return new TimeScale(s, s + clampedSpan, x, width);
    }
}
