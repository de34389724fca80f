package org.sourcedtimeline;

import javafx.application.Application;
import javafx.stage.Stage;
import org.sourcedtimeline.ui.MainViewModel;
import org.sourcedtimeline.ui.MainWindow;
import org.sourcedtimeline.ui.UiSettings;

/** The desktop window: the built-in model, and everything the user had last time. */
public class App extends Application {
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        UiSettings settings = UiSettings.forApp();
        MainViewModel vm = new MainViewModel();
        vm.localeProperty().set(settings.locale());
        vm.themeProperty().set(settings.theme());
        vm.recentFiles().setAll(settings.recentFiles());
        vm.hiddenPanels().setAll(settings.hiddenPanels());
        vm.recentFiles().addListener((javafx.collections.ListChangeListener<java.nio.file.Path>) c -> {
            settings.setRecentFiles(vm.recentFiles());
            settings.flush();
        });
        // The place is remembered as it changes, not only on a clean exit.
        javafx.beans.InvalidationListener remember = o -> settings.setLastSelection(vm.getSelectedEventId(), vm.getSelectedQuoteId());
        window = new MainWindow(stage, vm, settings);
        window.showForApp();
        org.sourcedtimeline.ui.StartupProbe.arm(vm.loadedProperty());
        vm.selectedEventIdProperty().addListener(remember);
        vm.selectedQuoteIdProperty().addListener(remember);
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
            // A bug in a handler must not cost the user their place: report it, save, carry on.
            System.err.println("Unexpected error on the UI thread: " + e);
            e.printStackTrace();
            window.saveState();
        });
    }

    @Override
    public void stop() {
        if (window != null) window.saveState();
    }
}
