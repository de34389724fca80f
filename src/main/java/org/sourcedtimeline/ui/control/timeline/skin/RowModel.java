package org.sourcedtimeline.ui.control.timeline.skin;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sourcedtimeline.ui.control.timeline.TimelineItem;
import org.sourcedtimeline.ui.control.timeline.TimelineLane;

/**
 * Where a set of items goes whatever the zoom: each item's lane and row, and each row's summaries
 * ({@link RowItems}). Pure and immutable, so that a loading thread can make it for a million items
 * (a few hundred milliseconds) instead of the JavaFX thread.
 */
public final class RowModel {
    static final int MAX_ROWS_PER_TIER = 4;

    final ItemIndex index;
    final List<TimelineLane> lanes;
    final int[] laneOf;
    final int laneCount;
    final String[] laneLabels;
    /** 0 a point, 1 a range, 2 a band, by sorted position. */
    final byte[] kind;
    final int[] rowOf;
    final int[] laneRows;
    final int[] laneRowOffset;
    final int totalRows;
    final RowItems[] rowItems;

    private RowModel(ItemIndex index, List<TimelineLane> lanes) {
        this.index = index;
        this.lanes = List.copyOf(lanes);
        int n = index.size();
        Map<String, Integer> laneNumber = new HashMap<>();
        for (TimelineLane lane : lanes) {
            laneNumber.putIfAbsent(lane.id(), laneNumber.size());
        }
        int declared = laneNumber.size();
        laneOf = new int[n];
        boolean extra = false;
        for (int i = 0; i < n; i++) {
            String id = index.get(i).laneId();
            Integer l = id == null ? null : laneNumber.get(id);
            if (l == null) {
                laneOf[i] = declared;
                extra = true;
            } else {
                laneOf[i] = l;
            }
        }
        laneCount = Math.max(1, declared + (extra ? 1 : 0));
        laneLabels = new String[laneCount];
        Arrays.fill(laneLabels, "");
        for (TimelineLane lane : lanes) {
            Integer l = laneNumber.get(lane.id());
            if (laneLabels[l].isEmpty()) {
                laneLabels[l] = lane.label();
            }
        }
        double[] starts = new double[n];
        double[] ends = new double[n];
        int[] tiers = new int[n];
        kind = new byte[n];
        for (int i = 0; i < n; i++) {
            TimelineItem it = index.get(i);
            starts[i] = index.start(i);
            ends[i] = index.end(i);
            kind[i] = (byte) (it.isPoint() ? 0 : it.isRange() ? 1 : 2);
            tiers[i] = kind[i] == 0 ? 0 : 1;
        }
        LanePacker.Result packed = new LanePacker(MAX_ROWS_PER_TIER, 0).pack(starts, ends, laneOf, tiers, laneCount, 2);
        rowOf = packed.rowOf();
        laneRows = packed.rowCount();
        laneRowOffset = new int[laneCount];
        int total = 0;
        for (int l = 0; l < laneCount; l++) {
            laneRowOffset[l] = total;
            total += laneRows[l];
        }
        totalRows = total;
        int[] rowKey = new int[n];
        for (int i = 0; i < n; i++) {
            rowKey[i] = laneRowOffset[laneOf[i]] + rowOf[i];
        }
        rowItems = RowItems.split(index, rowKey, totalRows, p -> kind[p] == 0);
    }

    /** The layout of {@code index}'s items in {@code lanes} (items of an unlisted lane go to an extra one at the bottom). */
    public static RowModel of(ItemIndex index, List<TimelineLane> lanes) {
        return new RowModel(index, lanes);
    }

    /** True when this is the layout of exactly this index in these lanes. */
    public boolean isFor(ItemIndex index, List<TimelineLane> lanes) {
        return this.index == index && this.lanes.equals(lanes);
    }
}
