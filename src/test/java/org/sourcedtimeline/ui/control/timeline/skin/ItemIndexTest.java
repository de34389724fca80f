package org.sourcedtimeline.ui.control.timeline.skin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sourcedtimeline.ui.control.timeline.Granularity;
import org.sourcedtimeline.ui.control.timeline.TimelineItem;

class ItemIndexTest {

    static List<TimelineItem> randomItems(Random r, int n) {
        List<TimelineItem> items = new ArrayList<>();
        LocalDate base = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < n; i++) {
            LocalDate s = base.plusDays(r.nextInt(9000));
            int kind = r.nextInt(10);
            TimelineItem it;
            if (kind < 6) {
                it = TimelineItem.day("i" + i, "Item " + i, s, "l" + r.nextInt(3));
            } else if (kind < 8) {
                it = TimelineItem.range("i" + i, "Range " + i, s, s.plusDays(2 + r.nextInt(r.nextInt(20) == 0 ? 3000 : 60)), "l0");
            } else if (kind < 9) {
                it = new TimelineItem("i" + i, "Month " + i, s, null, Granularity.MONTH, "l1", null, null);
            } else {
                it = new TimelineItem("i" + i, "Year " + i, s, null, Granularity.YEAR, "l2", null, null);
            }
            items.add(it);
        }
        return items;
    }

    @Test
    void intersectionQueriesMatchBruteForce() {
        Random r = new Random(42);
        for (int round = 0; round < 20; round++) {
            List<TimelineItem> items = randomItems(r, 1 + r.nextInt(2000));
            ItemIndex index = ItemIndex.of(items);
            assertEquals(items.size(), index.size());
            for (int q = 0; q < 50; q++) {
                double a = LocalDate.of(2000, 1, 1).toEpochDay() - 100 + r.nextDouble() * 9500;
                double b = a + (r.nextBoolean() ? r.nextDouble() * 30 : r.nextDouble() * 3000);
                List<TimelineItem> expected = new ArrayList<>();
                for (TimelineItem it : items) {
                    if (it.startEpochDay() < b && it.endEpochDay() > a) {
                        expected.add(it);
                    }
                }
                List<TimelineItem> found = new ArrayList<>();
                List<Double> starts = new ArrayList<>();
                index.forEachIntersecting(a, b, i -> {
                    found.add(index.get(i));
                    starts.add(index.start(i));
                });
                assertEquals(expected.size(), found.size(), "query [" + a + ", " + b + ")");
                assertTrue(found.containsAll(expected));
                for (int k = 1; k < starts.size(); k++) {
                    assertTrue(starts.get(k - 1) <= starts.get(k), "visited in start order");
                }
            }
        }
    }

    @Test
    void sortedByStartThenEndAndFindsItsItems() {
        List<TimelineItem> items = randomItems(new Random(7), 500);
        ItemIndex index = ItemIndex.of(items);
        for (int i = 1; i < index.size(); i++) {
            assertTrue(index.start(i - 1) < index.start(i)
                    || index.start(i - 1) == index.start(i) && index.end(i - 1) <= index.end(i));
        }
        for (TimelineItem it : items) {
            int pos = index.indexOf(it);
            assertTrue(pos >= 0);
            assertEquals(it, index.get(pos));
        }
        assertEquals(-1, index.indexOf(TimelineItem.day("nope", "", LocalDate.of(1990, 1, 1), null)));
        assertEquals(items.stream().mapToLong(TimelineItem::startEpochDay).min().getAsLong(), index.minStart());
        assertEquals(items.stream().mapToLong(TimelineItem::endEpochDay).max().getAsLong(), index.maxEnd());
    }

    @Test
    void tiesAreOrderedByEndThenInputOrder() {
        LocalDate d = LocalDate.of(2020, 1, 1);
        List<TimelineItem> items = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            items.add(TimelineItem.range("r" + i, "", d, d.plusDays(2 + (39 - i) % 5), null));
        }
        items.add(TimelineItem.day("p", "", d, null));
        ItemIndex index = ItemIndex.of(items);
        assertEquals("p", index.get(0).id());
        for (int i = 2; i < index.size(); i++) {
            TimelineItem a = index.get(i - 1);
            TimelineItem b = index.get(i);
            assertTrue(a.endEpochDay() < b.endEpochDay()
                    || a.endEpochDay() == b.endEpochDay() && items.indexOf(a) < items.indexOf(b), a + " before " + b);
        }
    }

    @Test
    void datesBeyondTheYear9999StillSort() {
        List<TimelineItem> items = List.of(
                TimelineItem.day("far", "", LocalDate.of(20000, 1, 1), null),
                TimelineItem.day("near", "", LocalDate.of(2000, 1, 1), null));
        ItemIndex index = ItemIndex.of(items);
        assertEquals("near", index.get(0).id());
        assertEquals(1, index.countIntersecting(LocalDate.of(20000, 1, 1).toEpochDay(), LocalDate.of(20000, 1, 2).toEpochDay()));
    }

    @Test
    void emptyIndexAnswersNothing() {
        ItemIndex index = ItemIndex.of(List.of());
        assertEquals(0, index.countIntersecting(-1e9, 1e9));
        assertTrue(Double.isNaN(index.minStart()));
        assertEquals(0, index.lowerBound(5));
    }

    @Test
    void queriesStayCheapWithAMillionItems() {
        // Not a benchmark: checks that a narrow query visits few items (no linear scan) on a large index.
        Random r = new Random(3);
        List<TimelineItem> items = new ArrayList<>(1_000_000);
        LocalDate base = LocalDate.of(1900, 1, 1);
        for (int i = 0; i < 1_000_000; i++) {
            items.add(TimelineItem.day("i" + i, "", base.plusDays(r.nextInt(45000)), null));
        }
        items.add(TimelineItem.range("long", "", base, base.plusDays(45000), null));
        ItemIndex index = ItemIndex.of(items);
        double a = LocalDate.of(1990, 6, 1).toEpochDay();
        long t0 = System.nanoTime();
        int found = 0;
        for (int q = 0; q < 1000; q++) {
            found += index.countIntersecting(a + q, a + q + 7);
        }
        long micros = (System.nanoTime() - t0) / 1000;
        assertTrue(found > 0);
        assertTrue(micros < 1_000_000, "1000 narrow queries took " + micros + " µs");
    }
}
