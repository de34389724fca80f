package org.sourcedtimeline.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.model.PartialDate;

class FormatsTest {
    @Test
    void dayPrecision() {
        assertEquals("2 décembre 2021", Formats.date(PartialDate.parse("2021-12-02"), Locale.FRENCH));
        assertEquals("December 2, 2021", Formats.date(PartialDate.parse("2021-12-02"), Locale.ENGLISH));
    }

    @Test
    void monthPrecisionNeverInventsADay() {
        assertEquals("février 2023", Formats.date(PartialDate.parse("2023-02"), Locale.FRENCH));
        assertEquals("February 2023", Formats.date(PartialDate.parse("2023-02"), Locale.ENGLISH));
    }

    @Test
    void yearPrecision() {
        assertEquals("2014", Formats.date(PartialDate.parse("2014"), Locale.FRENCH));
        assertEquals("2014", Formats.date(PartialDate.parse("2014"), Locale.ENGLISH));
    }

    @Test
    void ranges() {
        assertEquals("21 janvier 2022", Formats.range(PartialDate.parse("2022-01-21"), null, Locale.FRENCH));
        assertEquals("March 1, 2023 \u2013 March 2, 2023",
                Formats.range(PartialDate.parse("2023-03-01"), PartialDate.parse("2023-03-02"), Locale.ENGLISH));
    }
}
