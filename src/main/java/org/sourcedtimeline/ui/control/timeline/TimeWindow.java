package org.sourcedtimeline.ui.control.timeline;

import java.time.LocalDate;

/**
 * The visible time range of a {@link TimelineView}, in epoch days (days since 1970-01-01, as
 * {@link LocalDate#toEpochDay()}); fractional values address a time within a day.
 *
 * @param start first visible instant, in epoch days
 * @param end   end of the visible range, in epoch days; {@code end > start}
 */
public record TimeWindow(double start, double end) {

    /** Validates the window. */
    public TimeWindow {
        if (!Double.isFinite(start) || !Double.isFinite(end) || !(end > start)) {
            throw new IllegalArgumentException("invalid time window [" + start + ", " + end + ")");
        }
    }

    /** The window {@code [from, toExclusive)} at day boundaries. */
    public static TimeWindow of(LocalDate from, LocalDate toExclusive) {
        return new TimeWindow(from.toEpochDay(), toExclusive.toEpochDay());
    }

    // Written out: a record's own equals and hashCode are linked at their first call by spinning method
    // handles, and a window is compared in every first frame (docs/benchmarks.md, startup).
    @Override
    public boolean equals(Object o) {
        return o instanceof TimeWindow w && Double.compare(start, w.start) == 0 && Double.compare(end, w.end) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(start) + Double.hashCode(end);
    }

    /** A window of the given span centred on {@code center}. */
    public static TimeWindow centered(double center, double span) {
        return new TimeWindow(center - span / 2, center + span / 2);
    }

    /** Length in days. */
    public double span() {
        return end - start;
    }

    /** Middle of the window, in epoch days. */
    public double center() {
        return (start + end) / 2;
    }

    /** {@code true} when {@code [from, to)} lies entirely inside this window. */
    public boolean contains(double from, double to) {
        return from >= start && to <= end;
    }

    /** {@code true} when {@code [from, to)} overlaps this window. */
    public boolean intersects(double from, double to) {
        return from < end && to > start;
    }

    /** The same span moved by {@code days}. */
    public TimeWindow shift(double days) {
        return new TimeWindow(start + days, end + days);
    }

    /** The first visible day. */
    public LocalDate startDate() {
        return LocalDate.ofEpochDay((long) Math.floor(start));
    }

    /** The day after the last (partly) visible day. */
    public LocalDate endDateExclusive() {
        return LocalDate.ofEpochDay((long) Math.ceil(end));
    }
}
