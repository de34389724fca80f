package org.sourcedtimeline.ui;

import java.util.List;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * TestFX hands every test the same primary stage: what a window test sets on it (MainWindow's minimum
 * size of 900x600, App's position from the settings, a close handler, the theme's user-agent style
 * sheet) would otherwise leak into the tests that run after it, in whatever order the file system
 * lists them (the timeline tests draw a 1400x400 scene in the default theme). Saved in {@code @Start}
 * before the test touches the stage, put back after it.
 */
public final class StageGuard {
    private final Stage stage;
    private final double minWidth, minHeight;
    private final String title;
    private final String userAgentStylesheet;

    private StageGuard(Stage stage) {
        this.stage = stage;
        minWidth = stage.getMinWidth();
        minHeight = stage.getMinHeight();
        title = stage.getTitle();
        userAgentStylesheet = javafx.application.Application.getUserAgentStylesheet();
    }

    /** Call on the JavaFX thread, first thing in {@code @Start}. */
    public static StageGuard save(Stage stage) { return new StageGuard(stage); }

    /**
     * Closes every other window and puts the stage back as it was: minimum size, no close handler, not
     * maximized, sized to its scene and centred. Width and height are never set by hand: an explicit
     * size sticks, and the next test's scene would no longer size the window.
     * Call on the JavaFX thread.
     */
    public void restore() {
        for (Window w : List.copyOf(Window.getWindows())) if (w != stage) w.hide();
        stage.setOnCloseRequest(null);
        stage.setMaximized(false);
        stage.setMinWidth(minWidth);
        stage.setMinHeight(minHeight);
        // The minimum size, applied while the window was still smaller, set its width and height as if
        // by hand; sizing to the scene clears that, so the next test's scene sizes the window again.
        stage.sizeToScene();
        stage.centerOnScreen();
        stage.setTitle(title);
        javafx.application.Application.setUserAgentStylesheet(userAgentStylesheet);
    }
}
