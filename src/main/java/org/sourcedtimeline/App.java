package org.sourcedtimeline;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.sourcedtimeline.ui.window.BuiltInModelPreload;
import org.sourcedtimeline.ui.state.MainViewModel;
import org.sourcedtimeline.ui.window.MainWindow;
import org.sourcedtimeline.ui.settings.UiSettings;
import org.sourcedtimeline.ui.errors.UnexpectedErrors;
import org.sourcedtimeline.ui.icons.WindowIcons;

/**
 * The desktop window: the built-in model, and everything the user had last time. An exception nobody
 * caught, on any thread, is written to {@code errors.log} in the user's configuration folder
 * ({@link ConfigDir}), shown in a dialog one can copy from, and the place is saved; the app carries on
 * with the same model and selection.
 */
public class App extends Application {
    /** After the selection stops changing for this long, it is saved (not on every arrow key). */
    static final Duration SAVE_DELAY = Duration.millis(800);

    private MainWindow window;
    private UiSettings settings;
    private UnexpectedErrors errors;

    /** Opens the window; the built-in model is read while JavaFX starts, so that the first frame shows it. */
    public static void open(String[] args) {
        BuiltInModelPreload.start();
        Application.launch(App.class, args);
    }

    /**
     * JavaFX runs; the window is built next, on its thread. Meanwhile the window's icons are decoded
     * here, and the built-in model is read if {@link #open} did not start that already (an IDE, the
     * JavaFX Maven plugin).
     */
    @Override
    public void init() {
        BuiltInModelPreload.start();
        WindowIcons.start();
    }

    @Override
    public void start(Stage stage) {
        ErrorLog log = ErrorLog.forApp();
        // First, so that a failure while the window is built is logged too.
        errors = UnexpectedErrors.install(log, (e, logFile, logged) -> {
            if (window == null) return;
            try {
                window.saveState(); // the place first: a bug must not cost the user their place
            } finally {
                window.showUnexpectedError(e, logFile, logged);
            }
        });
        try {
            open(stage, log);
        } catch (RuntimeException | Error e) {
            errors.log("opening the window", Thread.currentThread(), e);
            throw e;
        }
    }

    private void open(Stage stage, ErrorLog log) {
        settings = UiSettings.forApp(log);
        MainViewModel vm = new MainViewModel();
        vm.localeProperty().set(settings.locale());
        vm.themeProperty().set(settings.theme());
        vm.recentFiles().setAll(settings.recentFiles());
        vm.hiddenPanels().setAll(settings.hiddenPanels());
        vm.recentFiles().addListener((javafx.collections.ListChangeListener<java.nio.file.Path>) c -> {
            settings.setRecentFiles(vm.recentFiles());
            settings.flush();
        });
        // The place is remembered as it changes, not only on a clean exit; written once it settles.
        PauseTransition save = new PauseTransition(SAVE_DELAY);
        save.setOnFinished(e -> settings.flush());
        javafx.beans.InvalidationListener remember = o -> {
            settings.setLastSelection(vm.getSelectedEventId(), vm.getSelectedQuoteId());
            window.rememberTimelineWindow();
            save.playFromStart();
        };
        window = new MainWindow(stage, vm, settings);
        window.setErrorReporter(errors);
        // Parameters are null when a test starts the app itself rather than through Application.launch.
        java.util.List<String> raw = getParameters() == null ? java.util.List.of() : getParameters().getRaw();
        WindowArgs opened;
        try {
            opened = WindowArgs.parse(raw);
        } catch (IllegalArgumentException e) {
            // The command line checked them already (Cli); a launcher that did not gets the window as usual.
            opened = WindowArgs.NONE;
        }
        window.showForApp(opened.file(), opened.select());
        org.sourcedtimeline.ui.window.StartupProbe.arm(vm.loadedProperty());
        vm.selectedEventIdProperty().addListener(remember);
        vm.selectedQuoteIdProperty().addListener(remember);
        // Pans and zooms too; the language switch makes a new timeline, hence asked through the window.
        window.onTimelineWindowChange(remember);
    }

    @Override
    public void stop() {
        if (window != null) window.saveState();
    }

    /** The window (for tests). */
    MainWindow window() { return window; }

    /** The handler of unexpected errors (for tests, which uninstall it). */
    UnexpectedErrors errors() { return errors; }

    /** The settings (for tests). */
    UiSettings settings() { return settings; }
}
