package org.sourcedtimeline.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.sourcedtimeline.ui.window.StartupProbe;

/** The baseline of the startup benchmark: a bare JavaFX window, timed exactly as the app is. */
public class BareWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Hello")), 1280, 800));
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
