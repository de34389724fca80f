package org.sourcedtimeline.bench;

import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.sourcedtimeline.ui.window.MainWindow;
import org.sourcedtimeline.ui.window.StartupProbe;

/**
 * The baseline of the startup benchmark: a bare JavaFX window, timed exactly as the app is, and as big
 * as the app's window on its first start (the same rule as {@code MainWindow.showForApp}): a frame's
 * buffers and painting grow with the window, which is JavaFX's cost, not the app's.
 */
public class BareWindow extends Application {
    @Override
    public void start(Stage stage) {
        // The constants are inlined by the compiler: the bare window loads no class of the app's.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(new StackPane(new Label("Hello")),
                Math.min(MainWindow.DEFAULT_WIDTH, screen.getWidth() * 0.9), Math.min(MainWindow.DEFAULT_HEIGHT, screen.getHeight() * 0.9)));
        stage.show();
        StartupProbe.signalAfterNextFrame();
    }

    /** Entry point: a main class that is not an Application, as on the app's class path. */
    public static final class Main {
        private Main() {}

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
