package org.sourcedtimeline.ui.control.timeline.skin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sourcedtimeline.ui.control.timeline.TimeWindow;
import org.sourcedtimeline.ui.control.timeline.TimelineItem;
import org.sourcedtimeline.ui.control.timeline.TimelineLane;
import org.sourcedtimeline.ui.control.timeline.TimelineView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Lanes that need more height than the view has scroll: wheel, keys, scroll bar, and the selection brought into sight. */
@ExtendWith(ApplicationExtension.class)
class LanesScrollTest {

    private static final LocalDate DAY = LocalDate.of(2022, 1, 21);
    /** Four lanes of four items on one day, a row each, and a fifth lane: more than 260 px hold even at the smallest row height. */
    private static final int ROWS = 16;

    private TimelineView view;
    private final List<TimelineItem> items = new ArrayList<>();

    @Start
    void start(Stage stage) {
        for (int i = 0; i < ROWS; i++) items.add(TimelineItem.day("m" + i, "Meeting " + i, DAY, "lane" + i / 4));
        items.add(TimelineItem.range("spread", "Spread", DAY.minusYears(1), DAY.plusYears(1), "calls"));
        view = new TimelineView();
        view.setAnimated(false);
        view.setLocale(Locale.ENGLISH);
        for (int l = 0; l < ROWS / 4; l++) view.getLanes().add(new TimelineLane("lane" + l, "Lane " + l));
        view.getLanes().add(new TimelineLane("calls", "Calls"));
        view.getItems().setAll(items);
        stage.setScene(new Scene(new BorderPane(view), 800, 260));
        stage.show();
    }

    private static <T> T fx(Callable<T> c) {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(c));
    }

    private TimelineViewSkin skin() {
        return (TimelineViewSkin) view.getSkin();
    }

    private ScrollBar bar() {
        return fx(() -> skin().getChildren().stream().filter(ScrollBar.class::isInstance).map(ScrollBar.class::cast)
                .findFirst().orElseThrow());
    }

    private Bounds boundsOf(TimelineItem item) {
        Bounds b = fx(() -> skin().itemBounds(item));
        assertNotNull(b, item.id());
        return b;
    }

    /** True when the item's marker lies between the axis and the overview band. */
    private boolean inSight(TimelineItem item) {
        Bounds b = boundsOf(item);
        return b.getMinY() >= TimelinePainter.AXIS_H && b.getMaxY() <= fx(() -> skin().overviewTop());
    }

    private void wheel(double deltaY, boolean ctrl) {
        Node canvas = fx(() -> skin().getChildren().get(0));
        fx(() -> {
            canvas.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, 400, 120, 400, 120, false, ctrl, false, false, false,
                    false, 0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            return null;
        });
    }

    @Test
    void lanesTallerThanTheViewShowAScrollBarAndTheWheelScrollsThem() {
        ScrollBar bar = bar();
        assertTrue(fx(bar::isVisible), "the lanes overflow, so the bar shows");
        assertTrue(fx(() -> skin().lanesOverflow()));
        TimelineItem last = items.get(ROWS - 1);
        TimelineItem spread = items.get(ROWS);
        assertFalse(inSight(spread), "the second lane starts below the view");
        double y0 = boundsOf(last).getMinY();
        TimeWindow window = fx(view::getVisibleWindow);

        // A wheel notch towards the user (deltaY -40) scrolls the lanes down, as in any list.
        wheel(-40, false);
        assertEquals(y0 - 40, boundsOf(last).getMinY(), 0.5, "the rows moved up by the notch");
        assertEquals(window, fx(view::getVisibleWindow), "the wheel did not zoom");
        assertEquals(40, fx(bar::getValue), 0.5, "the bar follows");

        // Ctrl+wheel still zooms, and does not scroll.
        double yBefore = boundsOf(last).getMinY();
        wheel(40, true);
        assertEquals(window.span() / 1.2, fx(view::getVisibleWindow).span(), window.span() * 1e-6, "Ctrl+wheel zooms in");
        assertEquals(yBefore, boundsOf(last).getMinY(), 0.5);

        // Far down: the second lane comes into sight, and the scrolling stops at the end.
        for (int i = 0; i < 40; i++) wheel(-40, false);
        assertTrue(inSight(spread), "the last lane is reached");
        assertEquals(fx(bar::getMax), fx(bar::getValue), 0.5, "no further than the end");
        double bottom = boundsOf(spread).getMinY();
        wheel(-40, false);
        assertEquals(bottom, boundsOf(spread).getMinY(), 0.5);
    }

    @Test
    void theScrollBarDrivesTheLanesAndKeysScrollRowByRow(FxRobot robot) {
        ScrollBar bar = bar();
        TimelineItem first = items.get(0);
        fx(() -> {
            bar.setValue(bar.getMax());
            return null;
        });
        assertTrue(inSight(items.get(ROWS)), "dragging the bar to the end shows the last lane");
        assertFalse(inSight(first));
        fx(() -> {
            bar.setValue(0);
            view.requestFocus();
            return null;
        });
        assertTrue(inSight(first));
        double y = boundsOf(first).getMinY();
        robot.type(KeyCode.DOWN);
        assertEquals(y - TimelinePainter.ROW_H, boundsOf(first).getMinY(), 0.5, "Down scrolls by a row");
        robot.type(KeyCode.UP);
        assertEquals(y, boundsOf(first).getMinY(), 0.5, "Up scrolls back");
        assertEquals(TimelinePainter.ROW_H, fx(bar::getUnitIncrement), 1e-9);
    }

    @Test
    void aSelectionOutOfSightIsScrolledIntoSightUntilTheUserScrollsAway() {
        TimelineItem spread = items.get(ROWS);
        assertFalse(inSight(spread));
        fx(() -> {
            view.setSelectedItem(spread);
            return null;
        });
        assertTrue(inSight(spread), "selecting it brought its row into sight: " + boundsOf(spread));
        Bounds marker = fx(() -> skin().getChildren().get(1).getBoundsInParent());
        assertTrue(fx(() -> skin().getChildren().get(1).isVisible()), "the selection's focus node shows");
        assertEquals(boundsOf(spread).getCenterY(), marker.getCenterY(), 2, "over the selected marker");

        // Scrolled away by hand, it stays away: the view does not snap back on the next frame.
        for (int i = 0; i < 40; i++) wheel(40, false);
        assertFalse(inSight(spread), "scrolled back to the top");
        fx(() -> {
            view.zoomIn();
            return null;
        });
        assertFalse(inSight(spread), "a zoom does not bring it back");
        assertFalse(fx(() -> skin().getChildren().get(1).isVisible()), "nor leaves its focus node over the axis");

        // Selecting it again does.
        fx(() -> {
            view.setSelectedItem(null);
            view.setSelectedItem(spread);
            return null;
        });
        assertTrue(inSight(spread));
    }

    @Test
    void lanesThatFitHaveNoBarAndTheWheelZooms() {
        fx(() -> {
            view.getLanes().setAll(new TimelineLane("lane3", "Lane 3"), new TimelineLane("calls", "Calls"));
            view.getItems().setAll(items.subList(ROWS - 2, ROWS + 1));
            return null;
        });
        assertFalse(fx(() -> bar().isVisible()), "two lanes of three rows fit");
        assertFalse(fx(() -> skin().lanesOverflow()));
        double span = fx(view::getVisibleWindow).span();
        wheel(40, false);
        assertEquals(span / 1.2, fx(view::getVisibleWindow).span(), span * 1e-6, "the wheel zooms as before");
        assertNull(fx(view::getSelectedItem));
    }
}
