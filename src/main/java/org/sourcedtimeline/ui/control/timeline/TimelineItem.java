package org.sourcedtimeline.ui.control.timeline;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;

/**
 * One thing shown on a {@link TimelineView}: a dated point, a range or an imprecisely dated band.
 *
 * <p>Dates are half open: {@code [start, endExclusive)}. For {@link Granularity#MONTH} and
 * {@link Granularity#YEAR} items the constructor widens the dates to whole months or years, so a
 * month-precise item always covers its whole month. A {@link Granularity#DAY} item whose
 * {@code endExclusive} is after {@code start + 1 day} is a {@linkplain #isRange() range}.
 *
 * <p>{@code flags} are generic markers (for example {@code "weak-evidence"}). The control does not
 * interpret them; it draws a badge on flagged items in the colour the style sheet gives the style
 * class {@code flag-<name>} (see {@link TimelineView}).
 *
 * <p>Items are compared by value (record semantics), so two equal items are the same item to the
 * control; give every item a distinct {@code id}.
 *
 * @param id             stable identifier (used by {@link TimelineView#highlightProperty()})
 * @param label          short text drawn next to the marker (may be empty)
 * @param start          first day
 * @param endExclusive   day after the last day; {@code null} means the end of {@code start}'s
 *                       period at this granularity
 * @param granularity    precision of the dates
 * @param laneId         lane the item belongs to (see {@link TimelineLane#id()}); items with an
 *                       unknown or {@code null} lane go to an extra unnamed lane at the bottom
 * @param flags          generic markers; never {@code null} after construction
 * @param accessibleText text read by screen readers when the item is selected; {@code null} means
 *                       the label followed by the dates
 */
public record TimelineItem(String id, String label, LocalDate start, LocalDate endExclusive,
        Granularity granularity, String laneId, Set<String> flags, String accessibleText) {

    /** Validates and normalises the item (see the class description). */
    public TimelineItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(granularity, "granularity");
        label = label == null ? "" : label;
        LocalDate lastDay = endExclusive == null ? start : endExclusive.minusDays(1);
        if (endExclusive != null && !endExclusive.isAfter(start)) {
            throw new IllegalArgumentException("endExclusive " + endExclusive
                    + " must be after start " + start + " (item " + id + ")");
        }
        start = granularity.floor(start);
        endExclusive = granularity.ceilExclusive(lastDay);
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }

    /** A single-day point. */
    public static TimelineItem day(String id, String label, LocalDate date, String laneId) {
        return new TimelineItem(id, label, date, null, Granularity.DAY, laneId, Set.of(), null);
    }

    /** A range of whole days, {@code [start, endExclusive)}. */
    public static TimelineItem range(String id, String label, LocalDate start, LocalDate endExclusive,
            String laneId) {
        return new TimelineItem(id, label, start, endExclusive, Granularity.DAY, laneId, Set.of(), null);
    }

    /** An item known only to the month. */
    public static TimelineItem month(String id, String label, YearMonth month, String laneId) {
        return new TimelineItem(id, label, month.atDay(1), null, Granularity.MONTH, laneId, Set.of(), null);
    }

    /** An item known only to the year. */
    public static TimelineItem year(String id, String label, Year year, String laneId) {
        return new TimelineItem(id, label, year.atDay(1), null, Granularity.YEAR, laneId, Set.of(), null);
    }

    /** Returns a copy with the given flags. */
    public TimelineItem withFlags(String... newFlags) {
        return new TimelineItem(id, label, start, endExclusive, granularity, laneId, Set.of(newFlags),
                accessibleText);
    }

    /** Returns a copy with the given accessible text. */
    public TimelineItem withAccessibleText(String text) {
        return new TimelineItem(id, label, start, endExclusive, granularity, laneId, flags, text);
    }

    /** {@code true} when this item has the given flag. */
    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }

    /** {@code true} for a {@link Granularity#DAY} item longer than one day. */
    public boolean isRange() {
        return granularity == Granularity.DAY && endExclusive.toEpochDay() - start.toEpochDay() > 1;
    }

    /** {@code true} for a single-day {@link Granularity#DAY} item, drawn as a point. */
    public boolean isPoint() {
        return granularity == Granularity.DAY && !isRange();
    }

    /** {@code start} as an epoch day. */
    public long startEpochDay() {
        return start.toEpochDay();
    }

    /** {@code endExclusive} as an epoch day. */
    public long endEpochDay() {
        return endExclusive.toEpochDay();
    }

    /** Number of days covered (at least 1). */
    public long days() {
        return endEpochDay() - startEpochDay();
    }
}
