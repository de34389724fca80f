package org.sourcedtimeline.ui.control.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sourcedtimeline.ui.control.timeline.skin.TimelineViewSkin;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    private TimelineView view;
    private Button before;
    private final List<TimelineEvent> activated = new ArrayList<>();

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.setAnimated(false);
        view.setLocale(Locale.ENGLISH);
        view.getLanes().setAll(TimelineSamples.lanes());
        view.getItems().setAll(TimelineSamples.items());
        view.setOnItemActivated(activated::add);
        before = new Button("before");
        BorderPane root = new BorderPane(view);
        root.setTop(before);
        stage.setScene(new Scene(root, 1400, 430));
        stage.show();
    }

    static <T> T fx(Callable<T> c) {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(c));
    }

    static void fx(Runnable r) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(r));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TimelineViewSkin skin() {
        return (TimelineViewSkin) view.getSkin();
    }

    /** Centre of an item's marker on screen. */
    private Point2D screenPointOf(TimelineItem item) {
        Bounds b = fx(() -> view.localToScreen(skin().itemBounds(item)));
        assertNotNull(b, "item " + item.id() + " is laid out");
        double x = item.isPoint() ? b.getCenterX() : b.getMinX() + Math.min(12, b.getWidth() / 2);
        return new Point2D(x, b.getCenterY());
    }

    @Test
    void fitsAllItemsInitially() {
        TimeWindow w = fx(view::getVisibleWindow);
        assertTrue(w.start() <= TimelineSamples.PARIS.startEpochDay());
        assertTrue(w.end() >= TimelineSamples.DELHI.endEpochDay());
        assertTrue(w.span() < 12 * 365.25, "not much wider than the items: " + w.span());
    }

    /** Items prepared off the FX thread show, fit, select and navigate as the same items set directly. */
    @Test
    void preparedItemsBehaveAsTheSameItemsSetDirectly(FxRobot robot) {
        List<TimelineItem> kept = TimelineSamples.items().stream().filter(i -> i != TimelineSamples.PARIS).toList();
        PreparedItems prepared = PreparedItems.of(kept);
        TimeWindow direct = fx(() -> {
            view.getItems().setAll(kept);
            return view.getItemsSpan();
        });
        fx(() -> {
            view.getItems().setAll(TimelineSamples.items());
            view.setSelectedItem(TimelineSamples.PARIS);
            view.setItems(prepared);
            return null;
        });
        assertEquals(kept, fx(() -> List.copyOf(view.getItems())));
        assertEquals(direct, fx(view::getItemsSpan));
        assertNull(fx(view::getSelectedItem), "an item that is gone is no longer selected");
        fx(() -> view.requestFocus());
        robot.type(KeyCode.HOME);
        assertEquals(kept.stream().min(java.util.Comparator.comparingLong(TimelineItem::startEpochDay)).orElseThrow(),
                fx(view::getSelectedItem), "Home goes to the earliest of the prepared items");
        // The next change of the items sorts them itself again.
        fx(() -> view.getItems().setAll(TimelineSamples.items()));
        robot.type(KeyCode.HOME);
        assertEquals(TimelineSamples.byStart().get(0), fx(view::getSelectedItem));
    }

    /** Items laid out ahead in the view's lanes are drawn from that layout, as long as the lanes are the same. */
    @Test
    void aLayoutMadeAheadIsUsedWhileTheLanesAreTheSame() {
        PreparedItems prepared = PreparedItems.of(TimelineSamples.items(), fx(() -> List.copyOf(view.getLanes())));
        fx(() -> {
            view.setItems(prepared);
            return null;
        });
        assertSame(prepared.rows(), fx(view::rowModel), "the layout made ahead is the one drawn");
        org.sourcedtimeline.ui.control.timeline.skin.RowModel own = fx(() -> {
            view.getLanes().add(new TimelineLane("other", "Other"));
            return view.rowModel();
        });
        assertNotSame(prepared.rows(), own, "other lanes, another layout");
        fx(() -> view.getLanes().remove(view.getLanes().size() - 1));
    }

    @Test
    void clickSelectsTheItemUnderTheMouse(FxRobot robot) {
        robot.clickOn(screenPointOf(TimelineSamples.REYKJAVIK), MouseButton.PRIMARY);
        assertEquals(TimelineSamples.REYKJAVIK, fx(view::getSelectedItem));
        robot.clickOn(screenPointOf(TimelineSamples.VISIT_MONTH), MouseButton.PRIMARY);
        assertEquals(TimelineSamples.VISIT_MONTH, fx(view::getSelectedItem));
        assertTrue(fx(view::isFocused), "clicking focuses the control");
    }

    @Test
    void clickingAClusterZoomsIntoIt(FxRobot robot) {
        double span = fx(() -> view.getVisibleWindow().span());
        // Geneva talks and the written answers, five days apart, are in one cluster at this zoom.
        Point2D p = screenPointOf(TimelineSamples.GENEVA_2022);
        robot.clickOn(p.add(3, 0), MouseButton.PRIMARY);
        assertNull(fx(view::getSelectedItem), "a cluster is not an item");
        double after = fx(() -> view.getVisibleWindow().span());
        assertTrue(after < span / 10, "zoomed from " + span + " to " + after);
        assertTrue(fx(() -> view.getVisibleWindow().contains(TimelineSamples.GENEVA_2022.startEpochDay(),
                TimelineSamples.LETTERS.endEpochDay())));
        // Each click on what is still a cluster zooms further; soon the two separate.
        for (int i = 0; i < 3 && fx(view::getSelectedItem) == null; i++) {
            robot.clickOn(screenPointOf(TimelineSamples.GENEVA_2022), MouseButton.PRIMARY);
        }
        assertEquals(TimelineSamples.GENEVA_2022, fx(view::getSelectedItem));
        assertTrue(fx(() -> view.getVisibleWindow().span()) < 60);
    }

    @Test
    void arrowsHomeAndEndMoveTheSelectionInDateOrder(FxRobot robot) {
        fx(() -> view.requestFocus());
        List<TimelineItem> order = TimelineSamples.byStart();
        robot.type(KeyCode.HOME);
        assertEquals(order.get(0), fx(view::getSelectedItem));
        robot.type(KeyCode.RIGHT);
        assertEquals(order.get(1), fx(view::getSelectedItem));
        robot.type(KeyCode.RIGHT, 3);
        assertEquals(order.get(4), fx(view::getSelectedItem));
        robot.type(KeyCode.LEFT);
        assertEquals(order.get(3), fx(view::getSelectedItem));
        robot.type(KeyCode.END);
        assertEquals(order.get(order.size() - 1), fx(view::getSelectedItem));
        robot.type(KeyCode.RIGHT);
        assertEquals(order.get(order.size() - 1), fx(view::getSelectedItem), "stays on the last item");
        robot.type(KeyCode.ESCAPE);
        assertNull(fx(view::getSelectedItem));
    }

    @Test
    void keyboardSelectionScrollsTheItemIntoView(FxRobot robot) {
        fx(() -> {
            view.setSelectedItem(TimelineSamples.PARIS);
            view.zoomToSelection();
            view.requestFocus();
        });
        TimeWindow w = fx(view::getVisibleWindow);
        assertTrue(w.span() < 400);
        assertTrue(!w.intersects(TimelineSamples.GENEVA_2014.startEpochDay(), TimelineSamples.GENEVA_2014.endEpochDay())
                || w.contains(TimelineSamples.GENEVA_2014.startEpochDay(), TimelineSamples.GENEVA_2014.endEpochDay()));
        robot.type(KeyCode.RIGHT, 2);
        TimelineItem sel = fx(view::getSelectedItem);
        assertEquals(TimelineSamples.SYRIA_YEAR, sel);
        TimeWindow after = fx(view::getVisibleWindow);
        assertEquals(w.span(), after.span(), 1e-6, "scrolling does not zoom");
        assertTrue(after.start() < sel.startEpochDay() && sel.startEpochDay() < after.end(),
                "the start of the year band is in view: " + after);
    }

    @Test
    void plusZoomsInMinusZoomsOutAndFitAllRestores(FxRobot robot) {
        fx(() -> view.requestFocus());
        TimeWindow fit = fx(view::getVisibleWindow);
        robot.type(KeyCode.EQUALS);
        TimeWindow in = fx(view::getVisibleWindow);
        assertEquals(fit.span() / TimelineView.ZOOM_STEP, in.span(), 1e-6);
        robot.type(KeyCode.ADD);
        assertTrue(fx(view::getVisibleWindow).span() < in.span());
        robot.type(KeyCode.MINUS);
        assertEquals(in.span(), fx(view::getVisibleWindow).span(), 1e-6);
        fx(view::fitAll);
        assertEquals(fit, fx(view::getVisibleWindow));
        robot.type(KeyCode.EQUALS);
        robot.type(KeyCode.DIGIT0);
        assertEquals(fit, fx(view::getVisibleWindow), "0 fits all");
    }

    @Test
    void keyboardZoomKeepsTheSelectionInPlace(FxRobot robot) {
        fx(() -> {
            view.setSelectedItem(TimelineSamples.CEASEFIRE);
            view.requestFocus();
        });
        Point2D before = screenPointOf(TimelineSamples.CEASEFIRE);
        robot.type(KeyCode.EQUALS);
        Point2D after = screenPointOf(TimelineSamples.CEASEFIRE);
        assertEquals(before.getX(), after.getX(), 1.0);
    }

    @Test
    void wheelZoomsAroundTheMouse(FxRobot robot) {
        Point2D p = screenPointOf(TimelineSamples.STOCKHOLM);
        double span = fx(() -> view.getVisibleWindow().span());
        robot.moveTo(p);
        // (Monocle's wheel steps are small and its direction is not the desktop's; the sign is checked below.)
        robot.scroll(10, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        double after = fx(() -> view.getVisibleWindow().span());
        assertTrue(Math.abs(after - span) > span * 0.01, "the wheel zooms: " + span + " -> " + after);
        assertEquals(p.getX(), screenPointOf(TimelineSamples.STOCKHOLM).getX(), 1.0, "the time under the mouse stays put");
        robot.scroll(10, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(span, fx(() -> view.getVisibleWindow().span()), span * 1e-6, "and back");

        // A desktop wheel notch away from the user (deltaY +40) zooms in, around the pointer.
        Node canvas = fx(() -> view.getChildrenUnmodifiable().get(0));
        Point2D local = fx(() -> canvas.screenToLocal(p));
        fx(() -> canvas.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, local.getX(), local.getY(), p.getX(), p.getY(),
                false, false, false, false, false, false, 0, 40, 0, 40,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        double in = fx(() -> view.getVisibleWindow().span());
        assertEquals(span / 1.2, in, span * 1e-6, "one notch zooms in by 1.2");
        assertEquals(p.getX(), screenPointOf(TimelineSamples.STOCKHOLM).getX(), 1.0);

        // Horizontal scrolling (trackpad, tilt wheel) pans.
        fx(() -> canvas.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, local.getX(), local.getY(), p.getX(), p.getY(),
                false, false, false, false, false, false, -60, 5, -60, 5,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        assertEquals(in, fx(() -> view.getVisibleWindow().span()), 1e-6, "horizontal scrolling pans");
        assertTrue(Math.abs(screenPointOf(TimelineSamples.STOCKHOLM).getX() - p.getX()) >= 1, "and moves the content");
    }

    @Test
    void dragPans(FxRobot robot) {
        TimeWindow w = fx(view::getVisibleWindow);
        Bounds b = fx(() -> view.localToScreen(view.getLayoutBounds()));
        double y = b.getMinY() + 60;
        robot.drag(new Point2D(b.getMinX() + 700, y), MouseButton.PRIMARY).dropTo(new Point2D(b.getMinX() + 500, y));
        TimeWindow after = fx(view::getVisibleWindow);
        assertEquals(w.span(), after.span(), 1e-6);
        assertEquals(200 * w.span() / 1400, after.start() - w.start(), w.span() / 1400 * 3, "dragging left shows later dates");
    }

    @Test
    void enterAndDoubleClickActivate(FxRobot robot) {
        fx(() -> {
            view.setSelectedItem(TimelineSamples.DELHI);
            view.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        assertEquals(1, activated.size());
        assertEquals(TimelineSamples.DELHI, activated.get(0).getItem());
        assertEquals(TimelineEvent.ITEM_ACTIVATED, activated.get(0).getEventType());
        robot.doubleClickOn(screenPointOf(TimelineSamples.CEASEFIRE), MouseButton.PRIMARY);
        assertEquals(2, activated.size());
        assertEquals(TimelineSamples.CEASEFIRE, activated.get(1).getItem());
    }

    @Test
    void hoveringShowsATooltipWithLabelAndDates(FxRobot robot) {
        robot.moveTo(screenPointOf(TimelineSamples.CEASEFIRE));
        WaitForAsyncUtils.sleep(900, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        String text = fx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.Tooltip && w.isShowing())
                .map(w -> ((javafx.scene.control.Tooltip) w).getText())
                .findFirst().orElse(null));
        assertEquals("Ceasefire arrangement\nSep 9, 2016", text);
        robot.moveTo(screenPointOf(TimelineSamples.CEASEFIRE).add(0, 60));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> javafx.stage.Window.getWindows().stream()
                .noneMatch(w -> w instanceof javafx.scene.control.Tooltip && w.isShowing())), "hidden off the item");
    }

    @Test
    void tabReachesTheControl(FxRobot robot) {
        fx(() -> before.requestFocus());
        robot.type(KeyCode.TAB);
        assertTrue(fx(view::isFocused));
    }

    @Test
    void accessibleTextFollowsTheSelection() {
        fx(() -> view.setSelectedItem(TimelineSamples.REYKJAVIK));
        assertEquals("Reykjavik meeting, 2021-05-19", fx(view::getAccessibleText));
        TimelineItem custom = TimelineSamples.STOCKHOLM.withAccessibleText("OSCE ministerial in Stockholm");
        fx(() -> view.getItems().add(custom));
        fx(() -> view.setSelectedItem(custom));
        assertEquals("OSCE ministerial in Stockholm", fx(view::getAccessibleText));
        fx(() -> view.setSelectedItem(null));
        assertNull(fx(view::getAccessibleText));
    }

    @Test
    void removingTheSelectedItemClearsTheSelection() {
        fx(() -> view.setSelectedItem(TimelineSamples.PARIS));
        fx(() -> view.getItems().remove(TimelineSamples.PARIS));
        assertNull(fx(view::getSelectedItem));
    }

    @Test
    void zoomIsClampedAndKeepsTheAnchor() {
        double anchor = TimelineSamples.STOCKHOLM.startEpochDay() + 0.5;
        fx(() -> view.zoom(1e9, anchor));
        TimeWindow w = fx(view::getVisibleWindow);
        assertEquals(view.getWidth() / 200, w.span(), 1e-6, "at most 200 px per day");
        assertTrue(w.start() < anchor && anchor < w.end());
        fx(() -> view.zoom(1e-9, anchor));
        assertTrue(fx(view::getVisibleWindow).span() <= 400 * 365.2425 + 1e-6);
    }

    @Test
    void animatedTransitionsEndOnTheTarget() {
        TimeWindow fit = fx(view::getVisibleWindow);
        fx(() -> {
            view.setAnimated(true);
            view.zoom(4, fit.center());
        });
        TimeWindow target = new TimeWindow(fit.center() - fit.span() / 8, fit.center() + fit.span() / 8);
        WaitForAsyncUtils.sleep(TimelineView.ANIMATION_MS + 250, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow w = fx(view::getVisibleWindow);
        assertEquals(target.start(), w.start(), 1e-6);
        assertEquals(target.end(), w.end(), 1e-6);
        fx(() -> {
            view.fitAll();
            view.setAnimated(false); // finishes the running animation at once
        });
        assertEquals(fit, fx(view::getVisibleWindow));
    }
}
