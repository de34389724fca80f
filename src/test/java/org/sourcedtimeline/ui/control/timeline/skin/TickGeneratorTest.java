package org.sourcedtimeline.ui.control.timeline.skin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.sourcedtimeline.ui.control.timeline.skin.TickGenerator.Step;
import org.sourcedtimeline.ui.control.timeline.skin.TickGenerator.Tick;
import org.sourcedtimeline.ui.control.timeline.skin.TickGenerator.Ticks;
import org.sourcedtimeline.ui.control.timeline.skin.TickGenerator.Unit;

class TickGeneratorTest {

    private static double day(int y, int m, int d) {
        return LocalDate.of(y, m, d).toEpochDay();
    }

    private static Ticks ticks(LocalDate from, LocalDate to, double widthPx, Locale locale) {
        double s = from.toEpochDay();
        double e = to.toEpochDay();
        return TickGenerator.generate(s, e, widthPx / (e - s), locale);
    }

    @Test
    void unitFollowsZoom() {
        assertEquals(new Step(Unit.DAY, 1), TickGenerator.minorStep(200, 52));
        assertEquals(new Step(Unit.DAY, 2), TickGenerator.minorStep(30, 52));
        assertEquals(new Step(Unit.MONTH, 1), TickGenerator.minorStep(2, 52));
        assertEquals(new Step(Unit.MONTH, 3), TickGenerator.minorStep(1, 52));
        assertEquals(new Step(Unit.YEAR, 1), TickGenerator.minorStep(0.2, 52));
        assertEquals(new Step(Unit.YEAR, 10), TickGenerator.minorStep(0.02, 52));
        assertEquals(new Step(Unit.YEAR, 20), TickGenerator.minorStep(0.01, 52));
        assertEquals(new Step(Unit.YEAR, 100), TickGenerator.minorStep(0.002, 52));
    }

    @Test
    void decadeOnAWideScreenShowsYears() {
        Ticks t = ticks(LocalDate.of(2014, 1, 1), LocalDate.of(2024, 6, 1), 1400, Locale.ENGLISH);
        assertEquals(Unit.YEAR, t.minorStep().unit());
        assertEquals(1, t.minorStep().count());
        assertTrue(t.minor().stream().anyMatch(k -> "2019".equals(k.label())));
        assertEquals(day(2019, 1, 1), t.minor().stream().filter(k -> "2019".equals(k.label())).findFirst().get().day());
        // Above years, majors are unlabelled decade lines.
        assertEquals(new Step(Unit.YEAR, 10), t.majorStep());
        assertTrue(t.major().stream().allMatch(k -> k.label() == null));
        assertTrue(t.major().stream().anyMatch(k -> k.day() == day(2020, 1, 1)));
    }

    @Test
    void aYearShowsMonthsInTheLocale() {
        Ticks en = ticks(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1), 1400, Locale.ENGLISH);
        Ticks fr = ticks(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1), 1400, Locale.FRENCH);
        assertEquals(new Step(Unit.MONTH, 1), en.minorStep());
        assertEquals("Jan", label(en.minor(), day(2019, 1, 1)));
        assertEquals("Sep", label(en.minor(), day(2019, 9, 1)));
        assertEquals("janv.", label(fr.minor(), day(2019, 1, 1)));
        assertEquals("sept.", label(fr.minor(), day(2019, 9, 1)));
        assertEquals("2019", label(en.major(), day(2019, 1, 1)));
    }

    @Test
    void aFortnightShowsDaysUnderFullMonthNames() {
        Ticks en = ticks(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 15), 1400, Locale.ENGLISH);
        Ticks fr = ticks(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 15), 1400, Locale.FRENCH);
        assertEquals(Unit.DAY, en.minorStep().unit());
        assertEquals("3", label(en.minor(), day(2019, 1, 3)));
        assertEquals("January 2019", label(en.major(), day(2019, 1, 1)));
        assertEquals("janvier 2019", label(fr.major(), day(2019, 1, 1)));
    }

    @Test
    void centuriesAtTheFarthestZoom() {
        Ticks t = ticks(LocalDate.of(1700, 1, 1), LocalDate.of(2100, 1, 1), 1400, Locale.ENGLISH);
        assertEquals(Unit.YEAR, t.minorStep().unit());
        assertTrue(t.minorStep().count() >= 20, "step " + t.minorStep());
        assertTrue(t.minor().size() < 40);
    }

    @Test
    void minorTicksAreOrderedAndSpacedApart() {
        double s = day(2010, 3, 7);
        for (double span : new double[] {7, 20, 60, 400, 3000, 40000, 140000}) {
            double pxPerDay = 1400 / span;
            Ticks t = TickGenerator.generate(s, s + span, pxPerDay, Locale.ENGLISH);
            List<Tick> m = t.minor();
            assertTrue(m.size() >= 2, "span " + span);
            assertTrue(m.get(0).day() <= s, "first tick at or before the window, span " + span);
            for (int i = 1; i < m.size(); i++) {
                double gapPx = (m.get(i).day() - m.get(i - 1).day()) * pxPerDay;
                assertTrue(gapPx >= 52 * 0.55, "span " + span + " gap " + gapPx + " at " + i);
            }
        }
    }

    @Test
    void dayStepsRestartEachMonth() {
        double s = day(2019, 1, 20);
        Ticks t = TickGenerator.generate(s, s + 30, 8, Locale.ENGLISH, 40); // 5-day steps
        assertEquals(new Step(Unit.DAY, 5), t.minorStep());
        assertTrue(t.minor().stream().anyMatch(k -> k.day() == day(2019, 2, 1)));
        assertTrue(t.minor().stream().anyMatch(k -> k.day() == day(2019, 2, 6)));
        assertNull(label(t.minor(), day(2019, 1, 31)));
    }

    private static String label(List<Tick> ticks, double day) {
        return ticks.stream().filter(k -> k.day() == day).map(Tick::label).findFirst().orElse(null);
    }
}
