package org.sourcedtimeline.ui.control.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcedtimeline.ui.control.timeline.TimelineViewTest.fx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A million items: a frame of a narrow window must cost about as much as with a dozen items
 * (the index finds the visible ones), and even the whole span must stay usable. Generous bounds:
 * this guards against linear scans and per-item measuring, not against a slow machine.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineViewPerformanceTest {

    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.setAnimated(false);
        view.getLanes().setAll(new TimelineLane("a", "A"), new TimelineLane("b", "B"), new TimelineLane("c", "C"));
        stage.setScene(new Scene(new StackPane(view), 1400, 400));
        stage.show();
    }

    private long frameMillis(TimeWindow w) {
        return fx(() -> {
            long t0 = System.nanoTime();
            view.setVisibleWindow(w);
            view.layout();
            return (System.nanoTime() - t0) / 1_000_000;
        });
    }

    @Test
    void aMillionItems() {
        Random r = new Random(1);
        List<TimelineItem> items = new ArrayList<>(1_000_000);
        LocalDate base = LocalDate.of(1900, 1, 1);
        String[] lanes = {"a", "b", "c"};
        for (int i = 0; i < 1_000_000; i++) {
            LocalDate d = base.plusDays(r.nextInt(45_000));
            String lane = lanes[r.nextInt(3)];
            TimelineItem it = switch (r.nextInt(20)) {
                case 0 -> TimelineItem.range("i" + i, "Range " + i, d, d.plusDays(2 + r.nextInt(40)), lane);
                case 1 -> new TimelineItem("i" + i, "Month " + i, d, null, Granularity.MONTH, lane, null, null);
                default -> TimelineItem.day("i" + i, "Event number " + i, d, lane);
            };
            items.add(it);
        }
        long setup = fx(() -> {
            long t0 = System.nanoTime();
            view.getItems().setAll(items);
            view.layout();
            return (System.nanoTime() - t0) / 1_000_000;
        });
        double mid = LocalDate.of(1990, 6, 1).toEpochDay();
        frameMillis(new TimeWindow(mid, mid + 20)); // warm-up
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            best = Math.min(best, frameMillis(new TimeWindow(mid + i, mid + i + 20)));
        }
        long whole = frameMillis(view.getItemsSpan());
        System.out.printf("1M items: setup %d ms, narrow frame %d ms, whole-span frame %d ms%n", setup, best, whole);
        assertTrue(best < 60, "narrow window frame took " + best + " ms");
        assertTrue(whole < 3000, "whole-span frame took " + whole + " ms");
    }
}
