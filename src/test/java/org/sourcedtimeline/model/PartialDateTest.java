package org.sourcedtimeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {
    @Test
    void writtenFormCarriesPrecision() {
        assertEquals(Precision.YEAR, PartialDate.parse("2014").precision());
        assertEquals(Precision.MONTH, PartialDate.parse("2023-02").precision());
        assertEquals(Precision.DAY, PartialDate.parse("2022-02-24").precision());
        assertEquals("2023-02", PartialDate.parse("2023-02").toString());
    }

    @Test
    void monthCoversTheWholeMonth() {
        PartialDate d = PartialDate.parse("2023-02");
        assertEquals(LocalDate.of(2023, 2, 1), d.first());
        assertEquals(LocalDate.of(2023, 3, 1), d.endExclusive());
        assertEquals(LocalDate.of(2015, 1, 1), PartialDate.parse("2014").endExclusive());
    }

    @Test
    void impossibleDatesAreRefusedWithAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2023-02-30"));
        assertEquals("no such day: 2023-02-30 (2023-02 has 28 days)", e.getMessage(), "in the file's own terms, not java.time's");
        assertEquals("no such day: 2024-02-30 (2024-02 has 29 days)",
                assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2024-02-30")).getMessage());
        assertEquals("day out of range: 0", assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2023-01-00")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2023-13"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("23-01-01"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2023-1-5"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(null));
    }

    @Test
    void ordersByFirstDayThenSpan() {
        assertTrue(PartialDate.parse("2023").compareTo(PartialDate.parse("2023-01")) > 0);
        assertTrue(PartialDate.parse("2022-02-24").compareTo(PartialDate.parse("2023-02")) < 0);
    }
}
