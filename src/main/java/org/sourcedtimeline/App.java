package org.sourcedtimeline;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop window. */
public class App extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle(AppInfo.name());
        stage.setScene(new Scene(new Label(AppInfo.name()), 800, 600));
        stage.show();
    }
}
