package org.sourcedtimeline.ui.window;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.shape.Rectangle;

/**
 * For the startup benchmark: with {@code -Dsourcedtimeline.exitAfterFirstFrame=true} the app prints
 * {@code first-frame} once the model is on screen (the frame after it was loaded has been painted)
 * and exits. Does nothing otherwise.
 */
public final class StartupProbe {
    public static final String PROPERTY = "sourcedtimeline.exitAfterFirstFrame";
    public static final String SIGNAL = "first-frame";

    private StartupProbe() {}

    public static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * Signals after the frame that shows the loaded model has been painted. Listens to the property
     * itself: a derived binding would be held only weakly and could be collected before it fires.
     */
    public static void arm(ObservableValue<?> loaded) {
        if (!requested()) return;
        if (loaded.getValue() != null) {
            signalAfterNextFrame();
            return;
        }
        // An invalidation listener: a change listener would compare the models with equals, work the app itself never asks for.
        loaded.addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (loaded.getValue() == null) return;
                loaded.removeListener(this);
                signalAfterNextFrame();
            }
        });
    }

    /**
     * Signals once the next frame is in the window. The timer's second tick comes after the pulse that
     * handed that frame to the renderer, not after the renderer painted it: the renderer paints on a
     * thread of its own while the next pulse begins. Rendering a snapshot waits for every frame handed
     * to the renderer before it (one thread, in order), and the software pipeline then gives the
     * window its pixels through the event queue, where the signal goes after them.
     */
    public static void signalAfterNextFrame() {
        new AnimationTimer() {
            private int ticks;

            @Override
            public void handle(long now) {
                if (++ticks < 2) return;
                stop();
                new Rectangle(1, 1).snapshot(null, null);
                Platform.runLater(() -> {
                    System.out.println(SIGNAL);
                    System.out.flush();
                    Platform.exit();
                });
            }
        }.start();
    }
}
