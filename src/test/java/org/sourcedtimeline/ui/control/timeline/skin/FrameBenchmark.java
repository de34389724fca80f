package org.sourcedtimeline.ui.control.timeline.skin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import org.sourcedtimeline.ui.control.timeline.TimelineSurface;
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
import org.sourcedtimeline.ui.control.timeline.Granularity;
import org.sourcedtimeline.ui.control.timeline.TimeWindow;
import org.sourcedtimeline.ui.control.timeline.TimelineItem;
import org.sourcedtimeline.ui.control.timeline.TimelineLane;

/**
 * One frame of the timeline: cull the visible items, pack and cluster their labels, and emit the
 * drawing commands, at the widest zoom (everything), a middle zoom (one year) and the closest
 * (ten days inside the densest cluster). Hit-testing is measured on the frame just laid out.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx8g", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Djava.awt.headless=true"})
public class FrameBenchmark {
    @Param({"1000", "10000", "100000", "1000000"})
    public int events;

    @Param({"widest", "middle", "closest"})
    public String zoom;

    private TimelinePainter painter;
    private TimelineSurface gc;
    private TimelinePainter.Frame frame;
    private final SplittableRandom rnd = new SplittableRandom(1);

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        startToolkit();
        List<TimelineItem> items = new ArrayList<>(events);
        for (Event e : SyntheticModel.generate(events, 0, 20261127L).model().events()) items.add(item(e));
        painter = new TimelinePainter(new TimelinePalette(null));
        ItemIndex index = ItemIndex.of(items);
        painter.setModel(RowModel.of(index, List.of(new TimelineLane("encounters", "Rencontres"), new TimelineLane("context", "Contexte"))));
        gc = new CanvasSurface(new Canvas(1600, 420).getGraphicsContext2D());
        double centre = index.start(index.size() / 2);
        TimeWindow window = switch (zoom) {
            case "widest" -> new TimeWindow(index.minStart(), index.maxEnd());
            case "middle" -> new TimeWindow(centre - 182, centre + 183);
            default -> new TimeWindow(centre - 5, centre + 5);
        };
        frame = new TimelinePainter.Frame(window, Locale.FRENCH, items.get(items.size() / 2), null, null, true);
        painter.paint(gc, 1600, 420, frame);
    }

    @Benchmark
    public int cullAndLayoutFrame() {
        painter.paint(gc, 1600, 420, frame);
        return painter.hit(800, 150);
    }

    @Benchmark
    public int hitTest() {
        return painter.hit(rnd.nextDouble(1600), rnd.nextDouble(340));
    }

    static TimelineItem item(Event e) {
        Granularity g = switch (e.precision()) {
            case DAY -> Granularity.DAY;
            case MONTH -> Granularity.MONTH;
            case YEAR -> Granularity.YEAR;
        };
        return new TimelineItem(e.id(), e.title(), e.start().first(), e.endExclusive(), g,
                e.kind().isEncounter() ? "encounters" : "context", Set.of(), e.title());
    }

    static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
    }
}
