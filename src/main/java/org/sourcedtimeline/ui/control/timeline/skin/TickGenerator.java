package org.sourcedtimeline.ui.control.timeline.skin;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the ticks of a time axis for a zoom level: days, months, years or multiples of years,
 * with labels in a locale (month names come from {@link java.time.format.TextStyle}).
 *
 * <p>Minor ticks use the finest step whose spacing is at least {@code minSpacingPx}; the major ticks
 * are the next natural unit (days → months, months → years, years → decades or centuries). Major
 * labels are given only when they add information: the month and year above days
 * ({@code "January 2019"}), the year above months ({@code "2019"}); above years the majors are
 * unlabelled grid lines.
 */
public final class TickGenerator {

    /** Unit of a tick step. */
    public enum Unit { DAY, MONTH, YEAR }

    /**
     * A tick step: {@code count} {@code unit}s. Day steps restart at the first of each month.
     *
     * @param unit  unit
     * @param count multiple of the unit
     */
    public record Step(Unit unit, int count) {
        /** Approximate length in days. */
        public double approxDays() {
            return switch (unit) {
                case DAY -> count;
                case MONTH -> count * 30.436875;
                case YEAR -> count * 365.2425;
            };
        }
    }

    /**
     * One tick.
     *
     * @param day   epoch day of the tick (a day, month or year boundary)
     * @param label label, or {@code null} when the tick is unlabelled
     */
    public record Tick(double day, String label) { }

    /**
     * The ticks for one view.
     *
     * @param minorStep step of the minor ticks
     * @param majorStep step of the major ticks
     * @param minor     minor ticks (labelled), in order; includes the last tick before the window
     * @param major     major ticks, in order; includes the last one before the window, so its label
     *                  can be pinned at the left edge
     */
    public record Ticks(Step minorStep, Step majorStep, List<Tick> minor, List<Tick> major) { }

    static final Step[] STEPS = {
        new Step(Unit.DAY, 1), new Step(Unit.DAY, 2), new Step(Unit.DAY, 5), new Step(Unit.DAY, 10),
        new Step(Unit.MONTH, 1), new Step(Unit.MONTH, 3),
        new Step(Unit.YEAR, 1), new Step(Unit.YEAR, 2), new Step(Unit.YEAR, 5), new Step(Unit.YEAR, 10),
        new Step(Unit.YEAR, 20), new Step(Unit.YEAR, 50), new Step(Unit.YEAR, 100), new Step(Unit.YEAR, 200),
        new Step(Unit.YEAR, 500), new Step(Unit.YEAR, 1000),
    };

    /** Default minimum distance between labelled minor ticks, in pixels. */
    public static final double DEFAULT_MIN_SPACING = 52;

    private static final int MAX_TICKS = 2000;

    private TickGenerator() {
    }

    /** The minor step for a zoom level: the finest step at least {@code minSpacingPx} apart. */
    public static Step minorStep(double pxPerDay, double minSpacingPx) {
        for (Step s : STEPS) {
            if (s.approxDays() * pxPerDay >= minSpacingPx) {
                return s;
            }
        }
        return STEPS[STEPS.length - 1];
    }

    /** The major step that goes with a minor step. */
    public static Step majorStep(Step minor) {
        return switch (minor.unit()) {
            case DAY -> new Step(Unit.MONTH, 1);
            case MONTH -> new Step(Unit.YEAR, 1);
            case YEAR -> minor.count() < 10 ? new Step(Unit.YEAR, 10)
                    : minor.count() < 100 ? new Step(Unit.YEAR, 100) : new Step(Unit.YEAR, 1000);
        };
    }

    /** Ticks for the window {@code [startDay, endDay)} at {@code pxPerDay}, with labels in {@code locale}. */
    public static Ticks generate(double startDay, double endDay, double pxPerDay, Locale locale,
            double minSpacingPx) {
        Step minor = minorStep(pxPerDay, minSpacingPx);
        Step major = majorStep(minor);
        List<Tick> minorTicks = ticks(startDay, endDay, minor, locale, false);
        List<Tick> majorTicks = ticks(startDay, endDay, major, locale, true);
        return new Ticks(minor, major, minorTicks, majorTicks);
    }

    /** Same as {@link #generate(double, double, double, Locale, double)} with the default spacing. */
    public static Ticks generate(double startDay, double endDay, double pxPerDay, Locale locale) {
        return generate(startDay, endDay, pxPerDay, locale, DEFAULT_MIN_SPACING);
    }

    private static List<Tick> ticks(double startDay, double endDay, Step step, Locale locale, boolean major) {
        List<Tick> out = new ArrayList<>();
        LocalDate d = floor(LocalDate.ofEpochDay(clampDay(Math.floor(startDay))), step);
        long end = clampDay(Math.ceil(endDay));
        while (out.size() < MAX_TICKS) {
            long day = d.toEpochDay();
            if (day > end) {
                break;
            }
            out.add(new Tick(day, label(d, step, locale, major)));
            LocalDate next = next(d, step);
            if (next.toEpochDay() <= day) {
                break;
            }
            d = next;
        }
        return out;
    }

    private static long clampDay(double day) {
        return (long) Math.max(TimeScale.MIN_DAY, Math.min(TimeScale.MAX_DAY, day));
    }

    /** The tick of {@code step} at or before {@code d}. */
    static LocalDate floor(LocalDate d, Step step) {
        return switch (step.unit()) {
            case DAY -> {
                int dom = d.getDayOfMonth();
                int k = (dom - 1) / step.count() * step.count();
                yield d.withDayOfMonth(1 + k);
            }
            case MONTH -> {
                int m0 = d.getMonthValue() - 1;
                yield LocalDate.of(d.getYear(), m0 / step.count() * step.count() + 1, 1);
            }
            case YEAR -> LocalDate.of(Math.floorDiv(d.getYear(), step.count()) * step.count(), 1, 1);
        };
    }

    static LocalDate next(LocalDate d, Step step) {
        return switch (step.unit()) {
            case DAY -> {
                LocalDate n = d.plusDays(step.count());
                // Day steps restart at the 1st; drop a tick that would crowd the next month's first.
                if (n.getMonthValue() != d.getMonthValue() || n.getYear() != d.getYear()) {
                    yield d.withDayOfMonth(1).plusMonths(1);
                }
                int daysLeft = d.lengthOfMonth() - n.getDayOfMonth() + 1;
                yield step.count() > 1 && daysLeft < step.count() * 0.6 ? d.withDayOfMonth(1).plusMonths(1) : n;
            }
            case MONTH -> d.plusMonths(step.count());
            case YEAR -> d.plusYears(step.count());
        };
    }

    static String label(LocalDate d, Step step, Locale locale, boolean major) {
        if (major) {
            return switch (step.unit()) {
                case MONTH -> monthName(d.getMonth(), TextStyle.FULL_STANDALONE, locale) + " " + year(d.getYear());
                case YEAR -> step.count() == 1 ? year(d.getYear()) : null;
                case DAY -> Integer.toString(d.getDayOfMonth());
            };
        }
        return switch (step.unit()) {
            case DAY -> Integer.toString(d.getDayOfMonth());
            case MONTH -> monthName(d.getMonth(), TextStyle.SHORT_STANDALONE, locale);
            case YEAR -> year(d.getYear());
        };
    }

    /** Month name in a locale, e.g. {@code "janv."} (short, French) or {@code "January"} (full, English). */
    public static String monthName(Month month, TextStyle style, Locale locale) {
        return month.getDisplayName(style, locale);
    }

    private static String year(int year) {
        return Integer.toString(year);
    }
}
