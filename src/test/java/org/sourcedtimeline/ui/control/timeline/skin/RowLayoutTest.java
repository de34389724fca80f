package org.sourcedtimeline.ui.control.timeline.skin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntUnaryOperator;

import org.junit.jupiter.api.Test;
import org.sourcedtimeline.ui.control.timeline.Granularity;
import org.sourcedtimeline.ui.control.timeline.TimelineItem;

/**
 * The row layout must give exactly the groups of adding every visible item of the row one by one
 * to a {@link Clusterer} (what the painter did before it had the row summaries), while taking a
 * number of steps that follows the groups, not the items.
 */
class RowLayoutTest {

    private static final LocalDate BASE = LocalDate.of(2000, 1, 1);
    private static final double MARGIN = 360;

    /** Items, their rows, and the summaries the painter would build from them. */
    private record Rows(ItemIndex index, int[] rowOf, RowItems[] rows) {
        static Rows of(List<TimelineItem> items, IntUnaryOperator rowOfItem, int rowCount) {
            ItemIndex index = ItemIndex.of(items);
            int[] rowOf = new int[index.size()];
            for (int p = 0; p < rowOf.length; p++) {
                rowOf[p] = rowOfItem.applyAsInt(p);
            }
            return new Rows(index, rowOf, RowItems.split(index, rowOf, rowCount, p -> index.get(p).isPoint()));
        }
    }

    /** {@link RowLayout#startingBefore} against counting the entries of a range one by one. */
    private static void assertStartingBeforeCounts(RowLayout layout, double from, double to, String at) {
        Random random = new Random(layout.size() * 31L + (long) from);
        int n = layout.size();
        for (int k = 0; k < 10 && n > 0; k++) {
            int a = random.nextInt(n + 1);
            int b = a + random.nextInt(n - a + 1);
            // Ascending days across and beyond the range, some exactly on a start (which does not count).
            double[] days = new double[1 + random.nextInt(40)];
            for (int d = 0; d < days.length; d++) {
                days[d] = random.nextInt(4) == 0 ? layout.start(random.nextInt(n)) : from - 50 + random.nextDouble() * (to - from + 100);
            }
            java.util.Arrays.sort(days);
            int[] out = new int[days.length];
            layout.startingBefore(a, b, days, days.length, out);
            for (int d = 0; d < days.length; d++) {
                int expected = 0;
                for (int q = a; q < b; q++) {
                    if (layout.start(q) < days[d]) expected++;
                }
                assertEquals(expected, out[d], at + ": entries of [" + a + ", " + b + ") starting before " + days[d]);
            }
        }
    }

    private static double labelWidth(ItemIndex index, int pos) {
        int h = index.get(pos).id().hashCode() & 0x7fffffff;
        return h % 5 == 0 ? 0 : 20 + h % 230;
    }

    /** Compares the fast layout of every row with the one-by-one layout, at one scale. */
    private static void assertSameAsOneByOne(Rows rows, TimeScale scale, double width, String what) {
        MarkerGeometry geometry = new MarkerGeometry();
        geometry.set(scale, width);
        double from = scale.toDay(-MARGIN);
        double to = scale.toDay(width + 2 * MarkerGeometry.POINT_R);
        for (int r = 0; r < rows.rows().length; r++) {
            RowItems row = rows.rows()[r];
            // One by one: the row's items intersecting [from, to) in start order, as the index finds them.
            List<Integer> visible = new ArrayList<>();
            int rr = r;
            rows.index().forEachIntersecting(from, to, p -> {
                if (rows.rowOf()[p] == rr) {
                    visible.add(p);
                }
            });
            Clusterer expected = new Clusterer();
            expected.setWidthSource(q -> labelWidth(rows.index(), visible.get(q)));
            expected.reset();
            for (int p : visible) {
                boolean point = rows.index().get(p).isPoint();
                double s = rows.index().start(p);
                double e = rows.index().end(p);
                double m = MarkerGeometry.mid(point, s, e);
                expected.add(geometry.x0(point, s, e, m), geometry.x1(point, s, e, m), Double.NaN);
            }
            expected.finish();

            RowLayout layout = new RowLayout(row, geometry);
            Clusterer actual = new Clusterer();
            actual.setWidthSource(q -> labelWidth(rows.index(), layout.pos(q)));
            layout.layout(from, to, actual);

            String at = what + ", row " + r;
            assertEquals(visible.size(), layout.size(), at + ": entries");
            for (int q = 0; q < visible.size(); q++) {
                assertEquals(visible.get(q), layout.pos(q), at + ": entry " + q);
            }
            assertStartingBeforeCounts(layout, from, to, at);
            assertEquals(expected.groupCount(), actual.groupCount(), at + ": groups");
            int total = 0;
            for (int g = 0; g < expected.groupCount(); g++) {
                String ag = at + ", group " + g;
                assertEquals(expected.first(g), actual.first(g), ag + ": first");
                assertEquals(expected.end(g), actual.end(g), ag + ": end");
                assertEquals(expected.x0(g), actual.x0(g), ag + ": x0");
                assertEquals(expected.x1(g), actual.x1(g), ag + ": x1");
                assertEquals(expected.labelX(g), actual.labelX(g), ag + ": label x");
                assertEquals(expected.labelWidth(g), actual.labelWidth(g), ag + ": label width");
                assertEquals(expected.labelInside(g), actual.labelInside(g), ag + ": label inside");
                assertEquals(expected.labelTruncated(g), actual.labelTruncated(g), ag + ": label cut");
                double maxEnd = Double.NEGATIVE_INFINITY;
                for (int q = actual.first(g); q < actual.end(g); q++) {
                    maxEnd = Math.max(maxEnd, rows.index().end(visible.get(q)));
                }
                assertEquals(maxEnd, layout.maxEnd(actual.first(g), actual.end(g)), ag + ": latest end");
                assertEquals(rows.index().start(visible.get(actual.first(g))), layout.start(actual.first(g)), ag + ": start");
                total += actual.count(g);
            }
            assertEquals(visible.size(), total, at + ": every visible item is counted once");
        }
    }

    private static TimelineItem randomItem(Random r, int i, int spreadDays, int clumps) {
        int day = clumps > 0 && r.nextInt(3) > 0
                ? (r.nextInt(clumps) * spreadDays / clumps + r.nextInt(3))
                : r.nextInt(spreadDays);
        LocalDate d = BASE.plusDays(day);
        String id = "i" + i;
        switch (r.nextInt(10)) {
            case 0:
                return TimelineItem.range(id, "", d, d.plusDays(2 + r.nextInt(r.nextBoolean() ? 5 : 2000)), null);
            case 1:
                return new TimelineItem(id, "", d, null, Granularity.MONTH, null, null, null);
            case 2:
                return new TimelineItem(id, "", d, null, Granularity.YEAR, null, null, null);
            default:
                return TimelineItem.day(id, "", d, null);
        }
    }

    /** Rows as the painter makes them: points and bars never share a row, bars may overlap within one. */
    private static Rows randomRows(Random r, int n, int spreadDays, int clumps) {
        List<TimelineItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(randomItem(r, i, spreadDays, clumps));
        }
        int[] salt = {r.nextInt()};
        ItemIndex probe = ItemIndex.of(items);
        return Rows.of(items, p -> {
            int h = (probe.get(p).id().hashCode() ^ salt[0]) & 3;
            return probe.get(p).isPoint() ? h : 4 + h;
        }, 8);
    }

    private static TimeScale randomScale(Random r, ItemIndex index, double width) {
        if (index.size() == 0 || r.nextInt(5) == 0) {
            double lo = index.size() == 0 ? 0 : index.minStart();
            double hi = index.size() == 0 ? 100 : index.maxEnd();
            return new TimeScale(lo, hi, 0, width); // fit all: the widest zoom
        }
        double centre = index.start(r.nextInt(index.size())) + r.nextDouble() * 3;
        double[] spans = {width / TimeScale.MAX_PX_PER_DAY, 10, 60, 365, 3650, 40_000};
        double span = spans[r.nextInt(spans.length)] * (0.5 + r.nextDouble());
        return new TimeScale(centre - span / 2, centre + span / 2, 0, width);
    }

    @Test
    void smallRandomRowsGroupExactlyAsOneByOne() {
        Random r = new Random(17);
        for (int round = 0; round < 400; round++) {
            Rows rows = randomRows(r, r.nextInt(60), 30 + r.nextInt(3000), r.nextInt(4));
            double width = new double[] {1600, 640, 333.5}[r.nextInt(3)];
            for (int z = 0; z < 4; z++) {
                assertSameAsOneByOne(rows, randomScale(r, rows.index(), width), width, "round " + round + " zoom " + z);
            }
        }
    }

    @Test
    void denseRandomRowsGroupExactlyAsOneByOne() {
        Random r = new Random(23);
        for (int round = 0; round < 12; round++) {
            Rows rows = randomRows(r, 4000 + r.nextInt(8000), 200 + r.nextInt(20_000), 1 + r.nextInt(40));
            for (int z = 0; z < 8; z++) {
                assertSameAsOneByOne(rows, randomScale(r, rows.index(), 1600), 1600, "round " + round + " zoom " + z);
            }
        }
    }

    @Test
    void rowsThatMixPointsAndBarsGroupExactlyAsOneByOne() {
        Random r = new Random(29);
        for (int round = 0; round < 40; round++) {
            List<TimelineItem> items = new ArrayList<>();
            int n = 50 + r.nextInt(2000);
            for (int i = 0; i < n; i++) {
                items.add(randomItem(r, i, 100 + r.nextInt(3000), r.nextInt(5)));
            }
            Rows rows = Rows.of(items, p -> p % 3, 3);
            for (int z = 0; z < 4; z++) {
                assertSameAsOneByOne(rows, randomScale(r, rows.index(), 1600), 1600, "round " + round + " zoom " + z);
            }
        }
    }

    @Test
    void itemsOnTheEdgesOfTheDrawnRange() {
        // 1 px per day over [0, 1600): the drawn range is [-360, 1610) days.
        TimeScale scale = new TimeScale(0, 1600, 0, 1600);
        long from = -360;
        long to = 1610;
        List<TimelineItem> items = new ArrayList<>();
        items.add(TimelineItem.day("ends-at-from", "", LocalDate.ofEpochDay(from - 1), null)); // end == from: out
        items.add(TimelineItem.day("starts-at-from", "", LocalDate.ofEpochDay(from), null)); // in, before the run
        items.add(TimelineItem.day("starts-at-to", "", LocalDate.ofEpochDay(to), null)); // start == to: out
        items.add(TimelineItem.day("last-in", "", LocalDate.ofEpochDay(to - 1), null));
        items.add(TimelineItem.range("spans-all", "", LocalDate.ofEpochDay(-5000), LocalDate.ofEpochDay(9000), null));
        items.add(TimelineItem.range("ends-at-from-bar", "", LocalDate.ofEpochDay(-900), LocalDate.ofEpochDay(from), null));
        items.add(TimelineItem.range("crosses-from", "", LocalDate.ofEpochDay(-900), LocalDate.ofEpochDay(from + 1), null));
        Rows rows = Rows.of(items, p -> 0, 1);
        assertSameAsOneByOne(rows, scale, 1600, "edges, one mixed row");
        RowLayout layout = new RowLayout(rows.rows()[0], geometryFor(scale));
        Clusterer c = new Clusterer();
        layout.layout(from, to, c);
        List<String> ids = new ArrayList<>();
        for (int q = 0; q < layout.size(); q++) {
            ids.add(rows.index().get(layout.pos(q)).id());
        }
        assertEquals(List.of("spans-all", "crosses-from", "starts-at-from", "last-in"), ids);
    }

    @Test
    void emptyRowsAndASingleItem() {
        TimeScale scale = new TimeScale(0, 100, 0, 1600);
        Rows none = Rows.of(List.of(), p -> 0, 2);
        assertSameAsOneByOne(none, scale, 1600, "no items");
        RowLayout layout = new RowLayout(none.rows()[1], geometryFor(scale));
        Clusterer c = new Clusterer();
        layout.layout(-10, 110, c);
        assertEquals(0, c.groupCount());
        assertEquals(0, layout.size());
        Rows one = Rows.of(List.of(TimelineItem.day("a", "A", LocalDate.ofEpochDay(50), null)), p -> 0, 1);
        assertSameAsOneByOne(one, scale, 1600, "one item");
    }

    @Test
    void barsClusteredLeftOfThePlotBesideALongBarReachingIn() {
        // 1 px per day. Short bars packed in the label margin left of the plot cluster with a
        // join limit left of the plot's clip, where only bars that do not reach in may be taken
        // at once; a long bar from the margin into the plot must still split from them.
        TimeScale scale = new TimeScale(0, 1600, 0, 1600);
        List<TimelineItem> items = new ArrayList<>();
        for (int d = -350; d < -30; d += 1) {
            items.add(TimelineItem.range("short" + d, "", LocalDate.ofEpochDay(d), LocalDate.ofEpochDay(d + 2), null));
        }
        items.add(TimelineItem.range("long", "Long", LocalDate.ofEpochDay(-200), LocalDate.ofEpochDay(900), null));
        for (int d = -29; d < 1500; d += 3) {
            items.add(TimelineItem.range("late" + d, "", LocalDate.ofEpochDay(d), LocalDate.ofEpochDay(d + 2), null));
        }
        Rows rows = Rows.of(items, p -> 0, 1);
        assertSameAsOneByOne(rows, scale, 1600, "margin");
        RowLayout layout = new RowLayout(rows.rows()[0], geometryFor(scale));
        Clusterer c = new Clusterer();
        layout.layout(scale.toDay(-MARGIN), scale.toDay(1610), c);
        assertTrue(layout.steps() < layout.size() / 4, "took " + layout.steps() + " steps for " + layout.size() + " items");
    }

    @Test
    void thousandsOfItemsOnOneDay() {
        List<TimelineItem> items = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            items.add(TimelineItem.day("d" + i, "Same day " + i, BASE, null));
        }
        items.add(TimelineItem.day("next", "Next", BASE.plusDays(1), null));
        items.add(TimelineItem.day("far", "Far", BASE.plusDays(400), null));
        Rows rows = Rows.of(items, p -> 0, 1);
        double day = BASE.toEpochDay();
        for (double span : new double[] {8, 30, 365, 5000}) {
            assertSameAsOneByOne(rows, new TimeScale(day - span / 3, day + span * 2 / 3, 0, 1600), 1600, "span " + span);
        }
    }

    @Test
    void aDenseRowTakesStepsPerGroupNotPerItem() {
        // 200,000 points over thirty years in one row: at the widest zoom every pixel holds
        // about 120 of them, and they form a few dozen clusters.
        Random r = new Random(31);
        List<TimelineItem> items = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            items.add(TimelineItem.day("p" + i, "", BASE.plusDays(r.nextInt(11_000)), null));
        }
        Rows rows = Rows.of(items, p -> 0, 1);
        TimeScale widest = new TimeScale(rows.index().minStart(), rows.index().maxEnd(), 0, 1600);
        assertSameAsOneByOne(rows, widest, 1600, "widest");
        RowLayout layout = new RowLayout(rows.rows()[0], geometryFor(widest));
        Clusterer c = new Clusterer();
        layout.layout(widest.toDay(-MARGIN), widest.toDay(1610), c);
        assertEquals(200_000, layout.size());
        assertTrue(layout.steps() <= 1610 / 8, "took " + layout.steps() + " steps for " + c.groupCount() + " groups");
    }

    @Test
    void markedEntriesOfARange() {
        Random r = new Random(37);
        Rows rows = randomRows(r, 3000, 2000, 5);
        TimeScale scale = new TimeScale(rows.index().minStart() + 300, rows.index().minStart() + 900, 0, 1600);
        for (int rr = 0; rr < rows.rows().length; rr++) {
            RowItems row = rows.rows()[rr];
            RowLayout layout = new RowLayout(row, geometryFor(scale));
            layout.layout(scale.toDay(-MARGIN), scale.toDay(1610), new Clusterer());
            List<Integer> marked = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                if (r.nextInt(40) == 0) {
                    marked.add(i);
                }
            }
            int[] m = marked.stream().mapToInt(Integer::intValue).toArray();
            for (int round = 0; round < 200 && layout.size() > 0; round++) {
                int a = r.nextInt(layout.size());
                int b = a + 1 + r.nextInt(Math.min(50, layout.size() - a));
                boolean expected = false;
                for (int q = a; q < b; q++) {
                    expected |= marked.contains(layout.rowIndex(q));
                }
                assertEquals(expected, layout.anyMarked(m, a, b), "row " + rr + " [" + a + ", " + b + ")");
            }
        }
    }

    private static MarkerGeometry geometryFor(TimeScale scale) {
        MarkerGeometry g = new MarkerGeometry();
        g.set(scale, scale.width());
        return g;
    }
}
