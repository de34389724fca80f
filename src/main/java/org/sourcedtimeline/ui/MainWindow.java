package org.sourcedtimeline.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.sourcedtimeline.AppInfo;
import org.sourcedtimeline.io.ModelLoader;

/**
 * The window around {@link MainView}: the stage and scene, theme and language switches, model
 * loading off the FX thread, dialogs, and what is remembered between runs. A model that fails to load
 * changes nothing: the current model and the selection stay exactly as they were.
 */
public final class MainWindow implements MainView.Host {
    public static final double DEFAULT_WIDTH = 1440;
    public static final double DEFAULT_HEIGHT = 900;

    private static final ExecutorService LOADER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "model-loader");
        t.setDaemon(true);
        return t;
    });

    private final Stage stage;
    private final MainViewModel vm;
    private final UiSettings settings;
    private Scene scene;
    private MainView view;
    private int loadGeneration;
    /** The last failed load's dialog, for tests. */
    private ProblemsDialog lastProblems;

    /** @param settings null for a window that remembers nothing (the render command) */
    public MainWindow(Stage stage, MainViewModel vm, UiSettings settings) {
        this.stage = stage;
        this.vm = vm;
        this.settings = settings;
    }

    /** Builds the scene at the given size and puts it on the stage (not shown yet). */
    public Scene build(double width, double height) {
        Application.setUserAgentStylesheet(vm.themeProperty().get().userAgentStylesheet());
        Locale.setDefault(vm.getLocale());
        view = MainView.load(vm, this);
        scene = new Scene(view.root(), width, height);
        stage.setScene(scene);
        stage.setTitle(AppInfo.name());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        vm.loadedProperty().addListener((o, a, b) -> updateTitle());
        updateTitle();
        focusTimeline();
        return scene;
    }

    /** Shows the window where it was last time, on the built-in model, with the last selection. */
    public void showForApp() {
        double[] b = settings == null ? null : settings.windowBounds();
        boolean onScreen = b != null && !Screen.getScreensForRectangle(new Rectangle2D(b[0], b[1], b[2], b[3])).isEmpty();
        build(onScreen ? b[2] : DEFAULT_WIDTH, onScreen ? b[3] : DEFAULT_HEIGHT);
        if (onScreen) {
            stage.setX(b[0]);
            stage.setY(b[1]);
        }
        if (settings != null) {
            stage.setMaximized(settings.maximized());
            view.restoreDividers(settings.dividers("main"));
        }
        stage.setOnCloseRequest(e -> saveState());
        stage.show();
        String event = settings == null ? null : settings.lastEventId();
        String quote = settings == null ? null : settings.lastQuoteId();
        load(ModelLoader::loadBuiltIn, null, () -> {
            if (quote != null && vm.select(quote)) return;
            if (event != null) vm.select(event);
        });
    }

    public MainView view() { return view; }

    /** The timeline takes the keyboard first: arrows move through the events straight away. */
    private void focusTimeline() {
        Platform.runLater(() -> view.timeline().view().requestFocus());
    }

    public Scene scene() { return scene; }

    public Stage stage() { return stage; }

    ProblemsDialog lastProblems() { return lastProblems; }

    private void updateTitle() {
        Path f = vm.getModelFile();
        stage.setTitle(AppInfo.name() + (vm.getLoaded() == null ? "" : " \u2014 "
                + (f == null ? view.bundle().getString("status.builtIn") : f.getFileName().toString())));
    }

    // ---- loading ------------------------------------------------------------------------------------------

    @Override
    public void openFileChooser() {
        FileChooser fc = new FileChooser();
        fc.setTitle(view.bundle().getString("dialog.open.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(view.bundle().getString("dialog.open.filter"), "*.json"));
        Path current = vm.getModelFile();
        if (current != null && current.getParent() != null && Files.isDirectory(current.getParent()))
            fc.setInitialDirectory(current.getParent().toFile());
        var f = fc.showOpenDialog(stage);
        if (f != null) openFile(f.toPath());
    }

    @Override
    public void openFile(Path file) {
        Path p = file.toAbsolutePath().normalize();
        load(() -> ModelLoader.load(p), p, null);
    }

    @Override
    public void openBuiltIn() { load(ModelLoader::loadBuiltIn, null, null); }

    @Override
    public void reload() {
        if (vm.getModelFile() != null) openFile(vm.getModelFile());
        else openBuiltIn();
    }

    /** Loads off the FX thread; the view model changes only when the whole model passed every check. */
    private void load(Supplier<ModelLoader.Result> loader, Path file, Runnable after) {
        int generation = ++loadGeneration;
        Task<ModelLoader.Result> task = new Task<>() {
            @Override
            protected ModelLoader.Result call() { return loader.get(); }
        };
        vm.busyProperty().set(true);
        task.setOnSucceeded(e -> {
            if (generation != loadGeneration) return;
            vm.busyProperty().set(false);
            ModelLoader.Result r = task.getValue();
            if (r.ok()) {
                vm.setModel(r.loaded(), file, r.problems());
                if (file != null) vm.addRecent(file);
                if (after != null) after.run();
                view.showMessage(java.text.MessageFormat.format(view.bundle().getString("status.loaded"),
                        file == null ? view.bundle().getString("status.builtIn") : file.getFileName()));
            } else {
                if (file != null) vm.addRecent(file);
                showProblems(file == null ? "model.json" : file.getFileName().toString(), r.problems());
            }
        });
        task.setOnFailed(e -> {
            if (generation != loadGeneration) return;
            vm.busyProperty().set(false);
            Throwable t = task.getException();
            showProblems(file == null ? "model.json" : file.getFileName().toString(),
                    List.of(org.sourcedtimeline.io.Problem.error(String.valueOf(file), org.sourcedtimeline.io.Location.NONE,
                            "cannot be read: " + t)));
        });
        LOADER.submit(task);
    }

    private void showProblems(String name, List<org.sourcedtimeline.io.Problem> problems) {
        lastProblems = new ProblemsDialog(stage, view.bundle(), name, problems);
        lastProblems.show();
    }

    // ---- theme and language -------------------------------------------------------------------------------

    @Override
    public void applyTheme(Theme theme) {
        vm.themeProperty().set(theme);
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        view.themeChanged(theme);
        if (settings != null) settings.setTheme(theme);
    }

    /** Reloads every view in the new language over the same view model: model, selection, search and filters stay. */
    @Override
    public void switchLanguage(Locale locale) {
        if (locale.getLanguage().equals(vm.getLocale().getLanguage())) return;
        double[] dividers = view.dividerPositions();
        view.dispose();
        vm.localeProperty().set(locale);
        Locale.setDefault(locale);
        view = MainView.load(vm, this);
        scene.setRoot(view.root());
        view.restoreDividers(dividers);
        updateTitle();
        focusTimeline();
        if (settings != null) settings.setLocale(locale);
    }

    // ---- dialogs and clipboard ----------------------------------------------------------------------------

    @Override
    public void showAbout() { Dialogs.about(stage, view.bundle()).show(); }

    @Override
    public void showShortcuts() { Dialogs.shortcuts(stage, view.bundle()).show(); }

    @Override
    public void copyToClipboard(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }

    @Override
    public void quit() {
        saveState();
        Platform.exit();
    }

    // ---- preferences --------------------------------------------------------------------------------------

    public void saveState() {
        if (settings == null || view == null) return;
        if (!stage.isMaximized() && stage.getWidth() > 0) settings.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        settings.setMaximized(stage.isMaximized());
        settings.setDividers("main", view.dividerPositions());
        settings.setTheme(vm.themeProperty().get());
        settings.setLocale(vm.getLocale());
        settings.setLastSelection(vm.getSelectedEventId(), vm.getSelectedQuoteId());
        settings.setRecentFiles(vm.recentFiles());
        settings.setHiddenPanels(vm.hiddenPanels());
        settings.flush();
    }
}
