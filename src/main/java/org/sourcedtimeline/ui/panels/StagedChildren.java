package org.sourcedtimeline.ui.panels;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;

/**
 * Fills a {@link VBox} with one node per item, in order: at once as many as fill what the user sees of
 * the pane, the rest a few per frame from the frame after, so that a long list does not hold up the
 * frame that shows its top. Until the last one is built, a spacer as tall as the missing nodes would
 * be (the average of those built so far) stands in for them, so the scroll bar is the length it will be.
 *
 * <p>What the user sees is the viewport of the scroll pane around the pane, once it has been laid out;
 * before, the tallest screen at the nodes' smallest height. A pane not yet in a scene (a window being
 * built, a hidden panel) builds nothing until it is in one: then just before the first layout of a
 * frame, when the viewport's size is known. At startup that is two or three quote cards where the
 * screen's height would take ten, and a hidden panel builds no card at all.
 *
 * @param <T> the items
 */
public final class StagedChildren<T> {
    /** Style class of the spacer: while a pane holds one, some of its nodes are still to come (tests wait for it to go). */
    public static final String PENDING = "children-pending";
    /** Nodes built per frame once the first screenful is shown. */
    static final int PER_FRAME = 6;

    private final VBox pane;
    private final double minNodeHeight;
    private final Spacer spacer = new Spacer();
    private final AnimationTimer later = new AnimationTimer() {
        @Override
        public void handle(long now) {
            spacer.forget(); // a frame's sizes are for that frame: the nodes may be laid out anew in this one
            // The first tick comes in the pulse that lays out and draws the first screenful.
            if (++ticks < 2) return;
            buildUpTo(next + PER_FRAME);
        }
    };
    private List<T> items = List.of();
    private Function<T, Node> build;
    private int next;
    private int ticks;
    /** Set while the first nodes wait for the pane to be in a scene and for that scene's next layout. */
    private Runnable waiting;

    /** @param minNodeHeight no node is shorter than this: it sets how many nodes fill a screen */
    StagedChildren(VBox pane, double minNodeHeight) {
        this.pane = pane;
        this.minNodeHeight = minNodeHeight;
        spacer.getStyleClass().add(PENDING);
    }

    /**
     * Appends one node per item to the pane, a screenful now and the rest in the frames that follow;
     * an earlier call's nodes still to come are dropped (those it built stay where they are).
     */
    void show(List<T> items, Function<T, Node> build) {
        stop();
        this.items = List.copyOf(items);
        this.build = build;
        next = 0;
        ticks = 0;
        if (this.items.isEmpty()) return;
        if (pane.getScene() != null) {
            buildFirst();
            return;
        }
        spacer.stillToCome(this.items.size());
        pane.getChildren().add(spacer);
        waitForLayout();
    }

    /** Builds no more nodes; those built stay. */
    void stop() {
        later.stop();
        if (waiting != null) waiting.run();
        pane.getChildren().remove(spacer);
    }

    /** Builds the nodes up to item {@code index} now (a node the user wants to see), the rest as before. */
    void buildThrough(int index) {
        if (index < next) return;
        if (waiting != null) waiting.run();
        buildUpTo(index + 1);
    }

    /** Until the pane is in a scene; then just before that scene's next layout, the nodes that fill the viewport. */
    private void waitForLayout() {
        BeforeFirstLayout wait = new BeforeFirstLayout();
        waiting = wait::cancel;
        pane.sceneProperty().addListener(wait);
        wait.changed(pane.sceneProperty(), null, pane.getScene());
    }

    /** Builds the first nodes in the pulse after the pane joins a scene, before that pulse's CSS and layout. */
    private final class BeforeFirstLayout implements ChangeListener<Scene> {
        private Scene scene;
        private final Runnable beforeLayout = () -> {
            cancel();
            buildFirst();
        };

        @Override
        public void changed(ObservableValue<? extends Scene> o, Scene was, Scene is) {
            if (scene != null) scene.removePreLayoutPulseListener(beforeLayout);
            scene = is;
            if (is == null) return;
            is.addPreLayoutPulseListener(beforeLayout);
            Platform.requestNextPulse();
        }

        void cancel() {
            pane.sceneProperty().removeListener(this);
            if (scene != null) scene.removePreLayoutPulseListener(beforeLayout);
            waiting = null;
        }
    }

    /**
     * The nodes that fill the viewport, measured one by one at the pane's width once it has been laid out
     * (and one more, so that the list never ends on screen while more are to come); otherwise a tallest screenful.
     */
    private void buildFirst() {
        double seen = viewportHeight();
        double width = pane.getWidth() - pane.snappedLeftInset() - pane.snappedRightInset();
        if (seen <= 0 || width <= 0) {
            buildUpTo(screenful());
            return;
        }
        pane.getChildren().remove(spacer);
        double filled = 0;
        int first = next;
        while (next < items.size() && filled <= seen) {
            Node n = build.apply(items.get(next++));
            pane.getChildren().add(n);
            n.applyCss();
            filled += n.prefHeight(width) + pane.getSpacing();
        }
        if (next > first) spacer.measured((filled - (next - first) * pane.getSpacing()) / (next - first));
        buildUpTo(next);
    }

    /** The height of the scroll pane's viewport the pane is the content of; 0 when there is none or it is not laid out yet. */
    private double viewportHeight() {
        for (Parent p = pane.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) return sp.getContent() == pane ? sp.getViewportBounds().getHeight() : 0;
        }
        return 0;
    }

    /** Whether every item has its node. */
    boolean done() { return next >= items.size(); }

    private void buildUpTo(int end) {
        int stop = Math.min(end, items.size());
        pane.getChildren().remove(spacer);
        while (next < stop) pane.getChildren().add(build.apply(items.get(next++)));
        if (done()) {
            later.stop();
        } else {
            spacer.stillToCome(items.size() - next);
            pane.getChildren().add(spacer);
            later.start();
        }
    }

    /** How many nodes fill the tallest screen, at their smallest. */
    private int screenful() {
        double tallest = 0;
        for (Screen s : Screen.getScreens()) tallest = Math.max(tallest, s.getVisualBounds().getHeight());
        return (int) Math.ceil(tallest / minNodeHeight);
    }

    /** As tall as the nodes still to come, going by those above it. */
    private final class Spacer extends Region {
        private int count;
        /** The average height of the first nodes, measured as they were built; 0 before. */
        private double measured;
        /**
         * Its height at each width asked in this frame. The pane asks many times a pass (min and pref, for
         * the scroll pane, the panel and the split pane around it): each answer is worked out once a frame.
         */
        private final Map<Double, Double> heightByWidth = new HashMap<>();

        void stillToCome(int n) {
            count = n;
            forget();
            requestLayout();
        }

        void measured(double averageHeight) {
            measured = averageHeight;
            forget();
        }

        void forget() {
            heightByWidth.clear();
        }

        /** Given the width, like the wrapping nodes it stands for, so that it is sized for the pane's width. */
        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        @Override
        protected double computePrefHeight(double width) {
            return heightByWidth.computeIfAbsent(width, this::heightOfThoseToCome);
        }

        /**
         * The nodes' heights as last laid out, or as measured when the first ones were built: never their
         * preferred heights asked anew. Each such answer lays out a card's wrapped text again at every
         * width asked: 6 % of the JavaFX thread's time to the first frame with 20 quote cards (the
         * installed app, 2026-12-04). One frame late when the width changes; the spacer is gone a few
         * frames later, when every node is there.
         */
        private double heightOfThoseToCome(double width) {
            double sum = 0;
            int laidOut = 0;
            for (Node n : pane.getChildren()) {
                if (n == this || !n.isManaged()) continue;
                double h = n.getLayoutBounds().getHeight();
                if (h <= 0) continue;
                sum += h;
                laidOut++;
            }
            double average = laidOut > 0 ? sum / laidOut : measured > 0 ? measured : minNodeHeight;
            return count * (average + pane.getSpacing()) - pane.getSpacing();
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }
    }
}
