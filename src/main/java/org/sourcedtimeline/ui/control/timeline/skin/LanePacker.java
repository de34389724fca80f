package org.sourcedtimeline.ui.control.timeline.skin;

/**
 * Assigns items to rows within their lane so that items of a lane never overlap in time within a
 * row. Greedy first-fit in start order (optimal for intervals: uses as many rows as the deepest
 * overlap), with a cap on rows per tier; items beyond the cap share the row that frees first.
 *
 * <p>Items come in tiers: all rows of tier 0 of a lane come before the rows of tier 1, so point
 * events (tier 0) stay on a steady baseline while ranges and imprecise bands (tier 1) stack below.
 * Zoom-independent: computed once per change of the items, not per frame.
 */
public final class LanePacker {

    /**
     * Row assignment.
     *
     * @param rowOf     row of each item within its lane
     * @param rowCount  rows used by each lane (at least 1)
     * @param tierRows  rows used by each lane and tier: {@code tierRows[lane][tier]}
     */
    public record Result(int[] rowOf, int[] rowCount, int[][] tierRows) { }

    private final int maxRowsPerTier;
    private final double minGapDays;

    /**
     * @param maxRowsPerTier cap on rows per lane and tier (&gt;= 1)
     * @param minGapDays     items closer than this share no row
     */
    public LanePacker(int maxRowsPerTier, double minGapDays) {
        if (maxRowsPerTier < 1) {
            throw new IllegalArgumentException("maxRowsPerTier " + maxRowsPerTier);
        }
        this.maxRowsPerTier = maxRowsPerTier;
        this.minGapDays = minGapDays;
    }

    /**
     * Packs {@code n} items given in start order.
     *
     * @param starts    start of each item
     * @param ends      end (exclusive) of each item
     * @param laneOf    lane of each item, {@code 0..laneCount-1}
     * @param tierOf    tier of each item, {@code 0..tierCount-1}
     * @param laneCount number of lanes
     * @param tierCount number of tiers
     */
    public Result pack(double[] starts, double[] ends, int[] laneOf, int[] tierOf, int laneCount, int tierCount) {
        int n = starts.length;
        int[] rowOf = new int[n];
        int[][] used = new int[laneCount][tierCount];
        double[][][] rowEnd = new double[laneCount][tierCount][maxRowsPerTier];
        for (double[][] l : rowEnd) {
            for (double[] t : l) {
                java.util.Arrays.fill(t, Double.NEGATIVE_INFINITY);
            }
        }
        double prevStart = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (starts[i] < prevStart) {
                throw new IllegalArgumentException("items must be sorted by start (item " + i + ")");
            }
            prevStart = starts[i];
            int lane = laneOf[i];
            int tier = tierOf[i];
            double[] ends0 = rowEnd[lane][tier];
            int row = -1;
            int earliest = 0;
            for (int r = 0; r < maxRowsPerTier; r++) {
                if (ends0[r] + minGapDays <= starts[i]) {
                    row = r;
                    break;
                }
                if (ends0[r] < ends0[earliest]) {
                    earliest = r;
                }
            }
            if (row < 0) {
                row = earliest;
            }
            ends0[row] = Math.max(ends0[row], ends[i]);
            used[lane][tier] = Math.max(used[lane][tier], row + 1);
            rowOf[i] = row; // within tier; offset below
        }
        int[][] tierOffset = new int[laneCount][tierCount];
        int[] rowCount = new int[laneCount];
        for (int l = 0; l < laneCount; l++) {
            int off = 0;
            for (int t = 0; t < tierCount; t++) {
                tierOffset[l][t] = off;
                off += used[l][t];
            }
            rowCount[l] = Math.max(1, off);
        }
        for (int i = 0; i < n; i++) {
            rowOf[i] += tierOffset[laneOf[i]][tierOf[i]];
        }
        return new Result(rowOf, rowCount, used);
    }
}
