package org.sourcedtimeline.ui.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GoToDateFieldTest {
    private static final LocalDate START = LocalDate.of(2000, 1, 1);
    private static final List<LocalDate> DAYS = IntStream.range(0, 10_000).mapToObj(START::plusDays).toList();

    @Test
    void fewDaysAreAllMarked() {
        assertEquals(DAYS.subList(0, 50), GoToDateField.nearest(DAYS.subList(0, 50), LocalDate.of(2030, 1, 1), 2000));
    }

    @Test
    void manyDaysAreMarkedAroundTheMonthShown() {
        LocalDate month = START.plusDays(5000);
        List<LocalDate> near = GoToDateField.nearest(DAYS, month, 2000);
        assertEquals(2000, near.size());
        assertTrue(near.contains(month) && near.get(0).isBefore(month) && near.get(1999).isAfter(month), near.get(0) + "…" + near.get(1999));
        assertEquals(DAYS.subList(0, 2000), GoToDateField.nearest(DAYS, START.minusYears(5), 2000), "before the first day: the first ones");
        assertEquals(DAYS.subList(8000, 10_000), GoToDateField.nearest(DAYS, START.plusYears(50), 2000), "after the last: the last ones");
    }

    @Test
    void aFrenchCalendarStartsOnMonday() {
        assertEquals(java.util.Locale.FRANCE, GoToDateField.calendarLocale(java.util.Locale.FRENCH));
    }
}
