package org.sourcedtimeline.ui.control.timeline.skin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TimeScaleTest {

    private static final double EPS = 1e-6;
    private final double y2014 = LocalDate.of(2014, 1, 1).toEpochDay();
    private final double y2024 = LocalDate.of(2024, 1, 1).toEpochDay();

    @Test
    void mapsEdgesToPlotEdges() {
        TimeScale s = new TimeScale(y2014, y2024, 10, 1000);
        assertEquals(10, s.toX(y2014), EPS);
        assertEquals(1010, s.toX(y2024), EPS);
        assertEquals(1000 / (y2024 - y2014), s.pxPerDay(), EPS);
    }

    @Test
    void dayToPixelRoundTrips() {
        Random r = new Random(1);
        TimeScale s = new TimeScale(y2014, y2024, 37, 1400);
        for (int i = 0; i < 1000; i++) {
            double day = y2014 - 5000 + r.nextDouble() * 20000;
            assertEquals(day, s.toDay(s.toX(day)), 1e-6);
            double px = r.nextDouble() * 3000 - 1000;
            assertEquals(px, s.toX(s.toDay(px)), 1e-6);
        }
    }

    @Test
    void zoomKeepsAnchorAtTheSamePixel() {
        TimeScale s = new TimeScale(y2014, y2024, 0, 1400);
        double anchor = LocalDate.of(2019, 5, 17).toEpochDay();
        double before = s.toX(anchor);
        TimeScale in = s.zoom(3, anchor);
        assertEquals(before, in.toX(anchor), 1e-6);
        assertEquals(s.span() / 3, in.span(), 1e-6);
        TimeScale out = in.zoom(0.5, anchor);
        assertEquals(before, out.toX(anchor), 1e-6);
        assertEquals(s.span() * 2 / 3, out.span(), 1e-6);
    }

    @Test
    void zoomInStopsAtOneDayPer200Pixels() {
        TimeScale s = new TimeScale(y2014, y2024, 0, 1400);
        double anchor = y2014 + 1234.5;
        double px = s.toX(anchor);
        TimeScale z = s.zoom(1e9, anchor);
        assertEquals(TimeScale.MAX_PX_PER_DAY, z.pxPerDay(), 1e-6);
        assertEquals(7, z.span(), 1e-9);
        assertEquals(px, z.toX(anchor), 1e-6, "the anchor stays fixed even when clamped");
    }

    @Test
    void zoomOutStopsAtCenturies() {
        TimeScale s = new TimeScale(y2014, y2024, 0, 1400);
        TimeScale z = s.zoom(1e-9, s.toDay(700));
        assertEquals(TimeScale.MAX_SPAN_DAYS, z.span(), 1e-6);
        assertTrue(z.span() > 300 * 365);
    }

    @Test
    void panMovesContentWithTheMouse() {
        TimeScale s = new TimeScale(y2014, y2024, 0, 1000);
        double day = LocalDate.of(2018, 3, 1).toEpochDay();
        double x = s.toX(day);
        TimeScale p = s.pan(120);
        assertEquals(x + 120, p.toX(day), 1e-6);
        assertEquals(s.span(), p.span(), 1e-9);
    }

    @Test
    void staysWithinPrintableYears() {
        TimeScale s = new TimeScale(TimeScale.MAX_DAY - 100, TimeScale.MAX_DAY - 10, 0, 1000);
        TimeScale p = s.pan(-1e7);
        assertTrue(p.endDay() <= TimeScale.MAX_DAY);
        double[] w = TimeScale.clampWindow(-1e9, -1e9 + 10, 1000);
        assertEquals(TimeScale.MIN_DAY, w[0], 1e-9);
    }

    @Test
    void rejectsInvalidScales() {
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(10, 10, 0, 100));
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(0, 10, 0, 0));
        TimeScale s = new TimeScale(0, 10, 0, 100);
        assertThrows(IllegalArgumentException.class, () -> s.zoom(0, 5));
    }
}
