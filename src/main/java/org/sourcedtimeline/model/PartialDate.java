package org.sourcedtimeline.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar date known to a day, a month or a year ({@code 2022-01-21}, {@code 2014-03}, {@code 2014}).
 * The written form carries its own precision, so a model can never claim a day it does not know.
 */
public record PartialDate(int year, int month, int day, Precision precision) implements Comparable<PartialDate> {
    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public PartialDate {
        Objects.requireNonNull(precision, "precision");
        if (year < 1 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
        if (precision != Precision.YEAR && (month < 1 || month > 12))
            throw new IllegalArgumentException("month out of range: " + month);
        if (precision == Precision.DAY) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                if (day < 1 || day > 31) throw new IllegalArgumentException("day out of range: " + day);
                int last = java.time.YearMonth.of(year, month).lengthOfMonth();
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "no such day: %04d-%02d-%02d (%04d-%02d has %d days)",
                        year, month, day, year, month, last));
            }
        }
        if (precision == Precision.YEAR) { month = 1; day = 1; }
        if (precision == Precision.MONTH) day = 1;
    }

    public static PartialDate ofDay(int y, int m, int d) { return new PartialDate(y, m, d, Precision.DAY); }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException with a message a user can act on
     */
    public static PartialDate parse(String s) {
        if (s == null) throw new IllegalArgumentException("date is missing");
        if (!FORM.matcher(s).matches())
            throw new IllegalArgumentException("'" + s + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        int y = Integer.parseInt(s.substring(0, 4));
        if (s.length() == 4) return new PartialDate(y, 1, 1, Precision.YEAR);
        int m = Integer.parseInt(s.substring(5, 7));
        if (s.length() == 7) return new PartialDate(y, m, 1, Precision.MONTH);
        return new PartialDate(y, m, Integer.parseInt(s.substring(8, 10)), Precision.DAY);
    }

    /** First day covered. */
    public LocalDate first() { return LocalDate.of(year, month, day); }

    /** First day after the span this date covers (exclusive end). */
    public LocalDate endExclusive() {
        return switch (precision) {
            case DAY -> first().plusDays(1);
            case MONTH -> first().plusMonths(1);
            case YEAR -> first().plusYears(1);
        };
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = first().compareTo(o.first());
        return c != 0 ? c : endExclusive().compareTo(o.endExclusive());
    }

    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }
}
