package org.sourcedtimeline.ui.control.timeline;

import java.time.LocalDate;

/**
 * How precisely a {@link TimelineItem}'s date is known.
 *
 * <p>The precision decides how an item is drawn: a {@link #DAY} item is a point (or a bar when it
 * spans several days); a {@link #MONTH} or {@link #YEAR} item is a soft band over the whole month
 * or year, never a point on a particular day.
 */
public enum Granularity {
    /** The day is known. */
    DAY,
    /** Only the month is known. */
    MONTH,
    /** Only the year is known. */
    YEAR;

    /** Returns the first day of the period of this precision that contains {@code date}. */
    public LocalDate floor(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /**
     * Returns the first day after the period of this precision that contains {@code date}
     * (the exclusive end of that period).
     */
    public LocalDate ceilExclusive(LocalDate date) {
        return switch (this) {
            case DAY -> date.plusDays(1);
            case MONTH -> date.withDayOfMonth(1).plusMonths(1);
            case YEAR -> date.withDayOfYear(1).plusYears(1);
        };
    }
}
