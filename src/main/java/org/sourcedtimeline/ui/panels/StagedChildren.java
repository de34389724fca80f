package org.sourcedtimeline.ui.panels;

import java.util.List;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;

/**
 * Fills a {@link VBox} with one node per item, in order: at once as many as can fill the tallest
 * screen, the rest a few per frame from the frame after, so that a long list does not hold up the
 * frame that shows its top. Until the last one is built, a spacer as tall as the missing nodes would
 * be (the average of those built so far) stands in for them, so the scroll bar is the length it will be.
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
            // The first tick comes in the pulse that lays out and draws the first screenful.
            if (++ticks < 2) return;
            buildUpTo(next + PER_FRAME);
        }
    };
    private List<T> items = List.of();
    private Function<T, Node> build;
    private int next;
    private int ticks;

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
        buildUpTo(screenful());
    }

    /** Builds no more nodes; those built stay. */
    void stop() {
        later.stop();
        pane.getChildren().remove(spacer);
    }

    /** Builds the nodes up to item {@code index} now (a node the user wants to see), the rest as before. */
    void buildThrough(int index) {
        if (index >= next) buildUpTo(index + 1);
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

        void stillToCome(int n) {
            count = n;
            requestLayout();
        }

        /** Given the width, like the wrapping nodes it stands for, so that it is sized for the pane's width. */
        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        @Override
        protected double computePrefHeight(double width) {
            double sum = 0;
            int built = 0;
            for (Node n : pane.getChildren()) {
                if (n == this || !n.isManaged()) continue;
                sum += n.prefHeight(width);
                built++;
            }
            return built == 0 ? 0 : count * (sum / built + pane.getSpacing()) - pane.getSpacing();
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }
    }
}
