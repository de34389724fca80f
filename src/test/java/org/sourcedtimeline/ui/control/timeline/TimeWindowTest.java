package org.sourcedtimeline.ui.control.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A window is a value: its written-out equals and hashCode behave as a record's would. */
class TimeWindowTest {
    @Test
    void equalWindowsAreEqualAndHashAlike() {
        TimeWindow a = TimeWindow.of(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 1, 1));
        TimeWindow b = new TimeWindow(a.start(), a.end());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(Set.of(a), Set.of(b));
    }

    @Test
    void anyDifferenceMakesThemDifferent() {
        TimeWindow a = new TimeWindow(10, 20);
        assertNotEquals(a, new TimeWindow(10, 20.5));
        assertNotEquals(a, new TimeWindow(9.5, 20));
        assertNotEquals(new TimeWindow(0.0, 1), new TimeWindow(-0.0, 1), "as a record compares doubles: Double.compare");
        assertNotEquals(a, null);
        assertNotEquals(a, "[10, 20)");
    }

    @Test
    void anEmptyOrBackwardWindowIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TimeWindow(5, 5));
        assertThrows(IllegalArgumentException.class, () -> new TimeWindow(5, 4));
        assertThrows(IllegalArgumentException.class, () -> new TimeWindow(Double.NaN, 4));
    }
}
