package org.sourcedtimeline.model.text;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.sourcedtimeline.model.PartialDate;

/**
 * Dates as a reader of the UI language writes them, never claiming more than the sources know:
 * "2 décembre 2021" / "December 2, 2021" for a day, "février 2023" / "February 2023" for a month,
 * "2014" for a year.
 */
public final class Formats {
    private Formats() {}

    public static String date(PartialDate d, Locale locale) {
        if (d == null) return "";
        return switch (d.precision()) {
            case DAY -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(d.first());
            case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(d.first());
            case YEAR -> String.format(Locale.ROOT, "%04d", d.year());
        };
    }

    /** A single date, or "start – end" when the event spans several. */
    public static String range(PartialDate start, PartialDate end, Locale locale) {
        if (end == null || end.equals(start)) return date(start, locale);
        return date(start, locale) + " – " + date(end, locale);
    }
}
