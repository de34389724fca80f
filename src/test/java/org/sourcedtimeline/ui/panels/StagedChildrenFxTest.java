package org.sourcedtimeline.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.ui.StageFxTest;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long list in a pane: the nodes that can fill a screen at once, the rest in the frames after, with
 * a spacer as tall as the missing ones meanwhile; in the end every node, in order, and no spacer.
 */
class StagedChildrenFxTest extends StageFxTest {
    private static final double NODE_HEIGHT = 120;
    private static final double SPACING = 10;

    private VBox pane;
    private StagedChildren<Integer> staged;
    private ScrollPane scroll;

    @Start
    void start(Stage stage) {
        keep(stage);
        pane = new VBox(SPACING);
        staged = new StagedChildren<>(pane, NODE_HEIGHT);
        scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 400, 600));
        stage.show();
    }

    @AfterEach
    void restore() throws Exception {
        fx(() -> { staged.stop(); return null; });
    }

    private static Node node(int i) {
        Region r = new Region();
        r.setUserData(i);
        r.setPrefHeight(NODE_HEIGHT);
        r.setMinHeight(NODE_HEIGHT);
        return r;
    }

    private List<Object> built() {
        return pane.getChildren().stream().filter(n -> !n.getStyleClass().contains(StagedChildren.PENDING)).map(Node::getUserData).toList();
    }

    private boolean pending() {
        return pane.getChildren().stream().anyMatch(n -> n.getStyleClass().contains(StagedChildren.PENDING));
    }

    private static double tallestScreen() {
        return Screen.getScreens().stream().mapToDouble(s -> s.getVisualBounds().getHeight()).max().orElseThrow();
    }

    @Test
    void whatFillsTheViewportAtOnceTheRestInTheFramesAfterInOrder() throws Exception {
        List<Integer> items = IntStream.range(0, (int) (3 * tallestScreen() / NODE_HEIGHT)).boxed().toList();
        double viewport = fx(() -> scroll.getViewportBounds().getHeight());
        assertTrue(viewport > 2 * NODE_HEIGHT, "the test's viewport: " + viewport);
        List<Object> first = fx(() -> {
            staged.show(items, StagedChildrenFxTest::node);
            return built();
        });
        assertTrue(first.size() * (NODE_HEIGHT + SPACING) > viewport, "enough to fill the viewport of " + viewport + " px: " + first.size());
        assertTrue((first.size() - 2) * (NODE_HEIGHT + SPACING) <= viewport, "one node beyond it at most: " + first.size());
        assertEquals(items.subList(0, first.size()), first, "the top of the list, in order");
        assertTrue(fx(this::pending), "a spacer stands in for the rest");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> staged.done()));
        assertEquals(items, fx(this::built), "every node, in order");
        assertFalse(fx(this::pending), "no spacer once all are there");
    }

    @Test
    void beforeItsFirstLayoutATallestScreenful() throws Exception {
        List<Integer> items = IntStream.range(0, (int) (3 * tallestScreen() / NODE_HEIGHT)).boxed().toList();
        List<Object> first = fx(() -> {
            VBox fresh = new VBox(SPACING);
            staged = new StagedChildren<>(fresh, NODE_HEIGHT);
            scroll.setContent(fresh); // in the scene, not laid out yet: its viewport is unknown
            pane = fresh;
            staged.show(items, StagedChildrenFxTest::node);
            return built();
        });
        assertTrue(first.size() * NODE_HEIGHT >= tallestScreen(), "enough to fill the tallest screen: " + first.size());
        assertTrue(first.size() < items.size(), "not every node: " + first.size());
    }

    @Test
    void aPaneOutOfAnySceneBuildsNothingUntilItIsInOne() throws Exception {
        List<Integer> items = IntStream.range(0, (int) (3 * tallestScreen() / NODE_HEIGHT)).boxed().toList();
        double viewport = fx(() -> scroll.getViewportBounds().getHeight());
        List<Object> before = fx(() -> {
            VBox fresh = new VBox(SPACING);
            staged = new StagedChildren<>(fresh, NODE_HEIGHT);
            pane = fresh;
            staged.show(items, StagedChildrenFxTest::node);
            return built();
        });
        assertEquals(List.of(), before, "no node while the pane is in no scene (a hidden panel, a window being built)");
        assertTrue(fx(this::pending), "but its spacer says nodes are to come");
        List<Object> first = fx(() -> {
            scroll.setContent(pane);
            javafx.scene.control.ScrollPane parent = scroll;
            parent.applyCss();
            parent.layout(); // as the window does when it is shown
            return built();
        });
        assertEquals(List.of(), first, "still none before the frame's own layout");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(this::built).isEmpty());
        List<Object> inFrame = fx(this::built);
        assertTrue(inFrame.size() * (NODE_HEIGHT + SPACING) > viewport, "the viewport's worth: " + inFrame.size());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> staged.done()));
        assertEquals(items, fx(this::built), "every node, in order");
    }

    @Test
    void theSpacerIsAsTallAsTheNodesStillToCome() throws Exception {
        List<Integer> items = IntStream.range(0, (int) (3 * tallestScreen() / NODE_HEIGHT)).boxed().toList();
        double[] heights = fx(() -> {
            staged.show(items, StagedChildrenFxTest::node);
            pane.applyCss();
            pane.layout();
            Node spacer = pane.getChildren().stream().filter(n -> n.getStyleClass().contains(StagedChildren.PENDING)).findFirst().orElseThrow();
            int missing = items.size() - built().size();
            return new double[] {spacer.getLayoutBounds().getHeight(), missing * (NODE_HEIGHT + SPACING) - SPACING};
        });
        assertEquals(heights[1], heights[0], 0.5, "the spacer's height");
    }

    @Test
    void aShortListIsBuiltWholeAtOnce() throws Exception {
        List<Integer> items = List.of(1, 2, 3);
        assertEquals(List.of(1, 2, 3), fx(() -> {
            staged.show(items, StagedChildrenFxTest::node);
            return built();
        }));
        assertTrue(fx(() -> staged.done()));
        assertFalse(fx(this::pending));
    }

    @Test
    void aNewListDropsWhatTheOldOneStillHadToBuild() throws Exception {
        int n = (int) (3 * tallestScreen() / NODE_HEIGHT);
        List<Integer> old = IntStream.range(0, n).boxed().toList();
        List<Integer> now = IntStream.range(1000, 1000 + n).boxed().toList();
        fx(() -> {
            staged.show(old, StagedChildrenFxTest::node);
            pane.getChildren().clear(); // as a panel does before it lists anew
            staged.show(now, StagedChildrenFxTest::node);
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> staged.done()));
        WaitForAsyncUtils.waitForFxEvents(3);
        assertEquals(now, fx(this::built), "only the new list's nodes");
    }
}
