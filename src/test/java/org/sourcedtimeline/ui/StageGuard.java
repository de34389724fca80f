package org.sourcedtimeline.ui;

import java.util.List;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * TestFX hands every test the same primary stage: what a window test sets on it (MainWindow's minimum
 * size of 900x600, App's position from the settings, a close handler) would otherwise leak into the
 * tests that run after it (the timeline tests draw a 1400x400 scene). Saved in {@code @Start} before
 * the test touches the stage, put back after it.
 */
public final class StageGuard {
    private final Stage stage;
    private final double minWidth, minHeight;
    private final String title;

    private StageGuard(Stage stage) {
        this.stage = stage;
        minWidth = stage.getMinWidth();
        minHeight = stage.getMinHeight();
        title = stage.getTitle();
    }

    /** Call on the JavaFX thread, first thing in {@code @Start}. */
    public static StageGuard save(Stage stage) { return new StageGuard(stage); }

    /**
     * Closes every other window and puts the stage back as it was: minimum size, no close handler, not
     * maximized, centred (which also lets the next scene size the window again). Width and height are
     * never set: an explicit size would stick and stop the next test's scene from sizing the window.
     * Call on the JavaFX thread.
     */
    public void restore() {
        for (Window w : List.copyOf(Window.getWindows())) if (w != stage) w.hide();
        stage.setOnCloseRequest(null);
        stage.setMaximized(false);
        stage.setMinWidth(minWidth);
        stage.setMinHeight(minHeight);
        stage.centerOnScreen();
        stage.setTitle(title);
    }
}
