package org.sourcedtimeline.ui.control.timeline.skin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sourcedtimeline.io.generate.SyntheticModel;
import org.sourcedtimeline.model.Event;
import org.sourcedtimeline.ui.control.timeline.TimelineItem;
import org.sourcedtimeline.ui.control.timeline.TimelineLane;

/**
 * What the timeline builds once per item set, so that its frames need not visit the items: the
 * row summaries ({@link RowItems}: starts and pyramids of ends per row) alone, and the painter's
 * whole zoom-independent layout (lanes, row packing, overview histogram and the row summaries).
 * Paid when a model is loaded, on the same items as {@link FrameBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx8g", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Djava.awt.headless=true"})
public class FrameModelBenchmark {
    @Param({"1000", "10000", "100000", "1000000"})
    public int events;

    private static final List<TimelineLane> LANES =
            List.of(new TimelineLane("encounters", "Rencontres"), new TimelineLane("context", "Contexte"));

    private ItemIndex index;
    private TimelinePainter painter;
    private int[] rowKey;
    private int rowCount;
    private boolean[] point;

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        FrameBenchmark.startToolkit();
        List<TimelineItem> items = new ArrayList<>(events);
        for (Event e : SyntheticModel.generate(events, 0, 20261127L).model().events()) items.add(FrameBenchmark.item(e));
        index = ItemIndex.of(items);
        painter = new TimelinePainter(new TimelinePalette(null));
        // The rows the painter would give the items: lane by lane, points in tier 0, bars in tier 1.
        int n = index.size();
        int[] lane = new int[n];
        int[] tier = new int[n];
        double[] starts = new double[n];
        double[] ends = new double[n];
        point = new boolean[n];
        for (int p = 0; p < n; p++) {
            lane[p] = "encounters".equals(index.get(p).laneId()) ? 0 : 1;
            point[p] = index.get(p).isPoint();
            tier[p] = point[p] ? 0 : 1;
            starts[p] = index.start(p);
            ends[p] = index.end(p);
        }
        LanePacker.Result packed = new LanePacker(RowModel.MAX_ROWS_PER_TIER, 0).pack(starts, ends, lane, tier, 2, 2);
        int[] offset = {0, packed.rowCount()[0]};
        rowCount = packed.rowCount()[0] + packed.rowCount()[1];
        rowKey = new int[n];
        for (int p = 0; p < n; p++) rowKey[p] = offset[lane[p]] + packed.rowOf()[p];
    }

    @Benchmark
    public RowItems[] rowSummaries() {
        return RowItems.split(index, rowKey, rowCount, p -> point[p]);
    }

    @Benchmark
    public TimelinePainter zoomIndependentLayout() {
        painter.setModel(RowModel.of(index, LANES));
        return painter;
    }
}
