package org.sourcedtimeline.ui.window;

import org.sourcedtimeline.ui.dialogs.Dialogs;
import org.sourcedtimeline.ui.dialogs.ProblemsDialog;
import org.sourcedtimeline.ui.errors.UnexpectedErrors;
import org.sourcedtimeline.ui.icons.WindowIcons;
import org.sourcedtimeline.ui.settings.Theme;
import org.sourcedtimeline.ui.settings.UiSettings;
import org.sourcedtimeline.ui.state.MainViewModel;
import org.sourcedtimeline.ui.text.DisplayText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
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
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.io.Location;
import org.sourcedtimeline.io.LoadMonitor;
import org.sourcedtimeline.io.ModelLoader;
import org.sourcedtimeline.io.cache.ModelCache;
import org.sourcedtimeline.ui.control.timeline.TimeWindow;
import org.sourcedtimeline.model.SearchIndex;
import org.sourcedtimeline.ui.control.timeline.PreparedItems;
import org.sourcedtimeline.io.Problem;

/**
 * The window around {@link MainView}: the stage and scene, theme and language switches, model
 * loading off the FX thread, dialogs, and what is remembered between runs. A model that fails to load
 * changes nothing: the current model and the selection stay exactly as they were. An unexpected error
 * (a bug) is shown by {@link #showUnexpectedError} and changes nothing either.
 */
public final class MainWindow implements MainView.Host {
    /** The smallest window: below it the panels cannot show their content (and the render command refuses it). */
    public static final int MIN_WIDTH = 900;
    public static final int MIN_HEIGHT = 600;

    public static final double DEFAULT_WIDTH = 1440;
    public static final double DEFAULT_HEIGHT = 900;
    /** How a load of the built-in model names its file in problems. */
    private static final String BUILT_IN_NAME = "model.json";

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
    /** The load under way, which Cancel stops; null when none is. */
    private Task<?> currentLoad;
    /** The share of a load's progress bar that loading takes; building the search index is the rest. */
    private static final double INDEXED_AT = 0.9;
    /** The last failed load's dialog, for tests. */
    private ProblemsDialog lastProblems;
    /** The unexpected-error dialog while it is open: later errors are added to it, not stacked on top. */
    private ProblemsDialog errorDialog;
    /** Where unexpected errors are logged; null for a window that logs nothing (the render command, most tests). */
    private UnexpectedErrors errors;

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
        if (stage.getIcons().isEmpty()) stage.getIcons().setAll(WindowIcons.images());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        vm.loadedProperty().addListener(o -> updateTitle());
        updateTitle();
        focusTimeline();
        return scene;
    }

    /** Shows the window where it was last time, on the built-in model, with the last selection. */
    public void showForApp() {
        showForApp(null, null);
    }

    /**
     * As {@link #showForApp()}, then opens {@code file} when one is given (a model opened from the file
     * manager): if it has problems, the dialog lists them and the built-in model stays.
     */
    public void showForApp(Path file) { showForApp(file, null); }

    /**
     * As {@link #showForApp(Path)}, then selects {@code select} (an event or quote id, as the exports
     * give them) instead of the last selection; the status line says so when the model has no such id.
     */
    public void showForApp(Path file, String select) {
        double[] b = settings == null ? null : settings.windowBounds();
        boolean onScreen = b != null && !Screen.getScreensForRectangle(new Rectangle2D(b[0], b[1], b[2], b[3])).isEmpty();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        build(onScreen ? b[2] : Math.min(DEFAULT_WIDTH, screen.getWidth() * 0.9),
                onScreen ? b[3] : Math.min(DEFAULT_HEIGHT, screen.getHeight() * 0.9));
        if (onScreen) {
            stage.setX(b[0]);
            stage.setY(b[1]);
        } else {
            stage.centerOnScreen();
        }
        if (settings != null) {
            stage.setMaximized(settings.maximized());
            view.restoreDividers(settings.dividers("main"));
        }
        stage.setOnCloseRequest(e -> saveState());
        String event = settings == null ? null : settings.lastEventId();
        String quote = settings == null ? null : settings.lastQuoteId();
        double[] lastView = settings == null ? null : settings.timelineWindow(BUILT_IN_NAME);
        Runnable restore = () -> {
            if (file != null) {
                openFile(file, select == null ? null : () -> selectAsked(select));
                return;
            }
            if (select != null) {
                selectAsked(select);
                return;
            }
            // Where the reader left the built-in model; the first time, its encounters (framed on load).
            if (lastView != null) view.timeline().view().setVisibleWindow(new TimeWindow(lastView[0], lastView[1]));
            if (quote != null && vm.select(quote)) return;
            if (event != null) vm.select(event);
        };
        // Read while JavaFX started (BuiltInModelPreload): shown before the first frame, so that frame has it.
        CompletableFuture<BuiltInModelPreload.Read> early = BuiltInModelPreload.take();
        boolean ready = early != null && early.isDone() && !early.isCompletedExceptionally() && early.join().result().ok();
        if (ready) {
            loadGeneration++;
            finishLoad(early.join().result(), false, early.join().index(), null, BUILT_IN_NAME, restore);
        }
        stage.show();
        if (!ready) load(monitor -> early == null ? ModelLoader.loadBuiltIn() : BuiltInModelPreload.await(early).result(), null, restore);
    }

    public MainView view() { return view; }

    public MainViewModel viewModel() { return vm; }

    /** The timeline takes the keyboard first: arrows move through the events straight away. */
    private void focusTimeline() {
        Platform.runLater(() -> view.timeline().view().requestFocus());
    }

    public Scene scene() { return scene; }

    public Stage stage() { return stage; }

    ProblemsDialog lastProblems() { return lastProblems; }

    /** The open unexpected-error dialog, or null (for tests). */
    ProblemsDialog errorDialog() { return errorDialog; }

    /** Unexpected errors of model loading are logged there (the app's handler). */
    public void setErrorReporter(UnexpectedErrors errors) { this.errors = errors; }

    /** "Sourced Timeline — model title — file": the model's title shown safely, markers for controls. */
    private void updateTitle() {
        Path f = vm.getModelFile();
        LoadedModel lm = vm.getLoaded();
        StringBuilder t = new StringBuilder(AppInfo.name());
        if (lm != null) {
            String title = lm.model().title();
            if (title != null && !title.isBlank()) t.append(" \u2014 ").append(DisplayText.safeLine(title.strip()));
            t.append(" \u2014 ").append(f == null ? view.bundle().getString("status.builtIn")
                    : DisplayText.safeLine(String.valueOf(f.getFileName())));
        }
        stage.setTitle(t.toString());
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
    public void openFile(Path file) { openFile(file, null); }

    /** Opens {@code file}; {@code after} runs once it is shown (not when it has problems). */
    void openFile(Path file, Runnable after) {
        Path p = file.toAbsolutePath().normalize();
        loadOutcome(monitor -> ModelCache.forUser().load(p, monitor), p, after);
    }

    /** Selects the event or quote the command line asked for, or says that the model has none of that id. */
    private void selectAsked(String id) {
        if (vm.select(id)) return;
        view.showMessage(java.text.MessageFormat.format(view.bundle().getString("status.selectUnknown"), DisplayText.safeLine(id)));
    }

    @Override
    public void openBuiltIn() { load(monitor -> ModelLoader.loadBuiltIn(), null, null); }

    @Override
    public void cancelLoad() {
        if (currentLoad != null) currentLoad.cancel(false);
    }

    /** A load's outcome with the search index built on the loading thread, so the FX thread only shows it. */
    private record Opened(ModelLoader.Result result, boolean fromCache, SearchIndex index, PreparedItems items, Locale locale) {}

    @Override
    public void reload() {
        if (vm.getModelFile() != null) openFile(vm.getModelFile());
        else openBuiltIn();
    }

    /**
     * Loads off the FX thread; the view model changes only when the whole model passed every check.
     * An exception from the loader (a bug: the loader reports problems, it does not throw) is logged
     * and shown as a problem of the file; the current model and selection stay.
     */
    void load(Function<LoadMonitor, ModelLoader.Result> loader, Path file, Runnable after) {
        loadOutcome(monitor -> new ModelCache.Outcome(loader.apply(monitor), ModelCache.Use.NOT_USED, "not a file"), file, after);
    }

    /** As {@link #load}, from a loader that may take the model from the cache of checked models (the status line says so). */
    void loadOutcome(Function<LoadMonitor, ModelCache.Outcome> loader, Path file, Runnable after) {
        int generation = ++loadGeneration;
        if (currentLoad != null) currentLoad.cancel(false);
        Thread[] worker = new Thread[1];
        Locale locale = vm.getLocale();
        List<org.sourcedtimeline.ui.control.timeline.TimelineLane> lanes = view.timeline().lanes();
        Task<Opened> task = new Task<>() {
            @Override
            protected Opened call() {
                worker[0] = Thread.currentThread();
                ModelCache.Outcome outcome = loader.apply(new LoadMonitor() {
                    @Override public void progress(double fraction) { updateProgress(fraction * INDEXED_AT, 1); }

                    @Override public boolean cancelled() { return isCancelled(); }
                });
                ModelLoader.Result r = outcome.result();
                boolean fromCache = outcome.use() == ModelCache.Use.HIT;
                if (!r.ok()) return new Opened(r, fromCache, null, null, null);
                SearchIndex index = new SearchIndex(r.loaded().model());
                PreparedItems items;
                try {
                    items = TimelineBridge.prepared(r.loaded().model(), locale, lanes);
                } catch (RuntimeException bug) {
                    // Made ahead only to save the FX thread the work: showing the model makes them again and,
                    // should it fail there too, puts the previous model back and reports the bug (apply).
                    items = null;
                }
                updateProgress(1, 1);
                return new Opened(r, fromCache, index, items, locale);
            }
        };
        currentLoad = task;
        String name = file == null ? BUILT_IN_NAME : String.valueOf(file.getFileName());
        vm.busyProperty().set(true);
        vm.loadProgressProperty().bind(task.progressProperty());
        task.setOnCancelled(e -> {
            if (generation != loadGeneration) return;
            loadEnded();
            view.showMessage(view.bundle().getString("status.loadCancelled"));
        });
        task.setOnSucceeded(e -> {
            if (generation != loadGeneration) return;
            loadEnded();
            Opened opened = task.getValue();
            if (opened.items() != null && opened.result().ok()) view.timeline().prime(opened.result().loaded().model(), opened.locale(), opened.items());
            finishLoad(opened.result(), opened.fromCache(), opened.index(), file, name, after);
        });
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            // Logged even when a newer load superseded this one: it is a bug either way.
            boolean logged = errors != null && errors.log("loading " + (file == null ? "the built-in model" : file), worker[0], t);
            if (generation != loadGeneration) return;
            loadEnded();
            showProblems(name, List.of(Problem.error(file == null ? "built-in model.json" : String.valueOf(file), Location.NONE,
                    "cannot be read: unexpected error " + t + (logged ? "; the details are in " + errors.logFile() : ""))));
        });
        LOADER.execute(task);
    }

    /**
     * What a finished load brings: the model when it passed every check (then {@code after} runs), else
     * its problems; nothing when it was cancelled. {@code index}: its search index, or null to build it here.
     */
    private void finishLoad(ModelLoader.Result r, boolean fromCache, SearchIndex index, Path file, String name, Runnable after) {
        if (r.cancelled()) {
            view.showMessage(view.bundle().getString("status.loadCancelled"));
        } else if (r.ok()) {
            boolean reload = vm.getLoaded() != null && java.util.Objects.equals(vm.getModelFile(), file);
            if (!apply(r, index != null ? index : new SearchIndex(r.loaded().model()), file, name)) return;
            // A model opened anew shows its encounters; reloading the same file keeps the reader's view.
            if (!reload) view.timeline().frameEncounters();
            if (file != null) vm.addRecent(file);
            view.showMessage(java.text.MessageFormat.format(view.bundle().getString(fromCache ? "status.loadedFromCache" : "status.loaded"),
                    file == null ? view.bundle().getString("status.builtIn") : file.getFileName()));
            // After the message: what runs next (a selection asked for on the command line) may have its own to say.
            if (after != null) after.run();
        } else {
            if (file != null) vm.addRecent(file);
            showProblems(name, r.problems());
        }
    }

    private void loadEnded() {
        currentLoad = null;
        vm.loadProgressProperty().unbind();
        vm.loadProgressProperty().set(-1);
        vm.busyProperty().set(false);
    }

    /**
     * Shows a model that passed every check. Should showing it fail (a bug: the view model throws, or a
     * panel's listener does), the previous model, file, warnings, selection and search come back, and
     * the error is logged and shown as the file's problem.
     */
    private boolean apply(ModelLoader.Result r, SearchIndex index, Path file, String name) {
        LoadedModel oldModel = vm.getLoaded();
        Path oldFile = vm.getModelFile();
        List<Problem> oldWarnings = new ArrayList<>(vm.warnings());
        String oldEvent = vm.getSelectedEventId();
        String oldQuote = vm.getSelectedQuoteId();
        String oldSearch = vm.searchTextProperty().get();
        Runnable show = () -> vm.setModel(r.loaded(), index, file, r.problems());
        List<Throwable> failures;
        if (errors != null) {
            failures = errors.capture("showing " + name, show);
        } else {
            failures = new ArrayList<>();
            try {
                show.run();
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(e);
            }
        }
        if (failures.isEmpty()) return true;
        List<Throwable> restoring = errors == null ? List.of() : errors.capture("restoring the previous model", () -> {
            vm.setModel(oldModel, oldFile, oldWarnings);
            vm.searchTextProperty().set(oldSearch);
            if (oldEvent != null) vm.selectedEventIdProperty().set(oldEvent);
            if (oldQuote != null) vm.selectedQuoteIdProperty().set(oldQuote);
        });
        if (errors == null) {
            vm.setModel(oldModel, oldFile, oldWarnings);
            vm.searchTextProperty().set(oldSearch);
            if (oldEvent != null) vm.selectedEventIdProperty().set(oldEvent);
            if (oldQuote != null) vm.selectedQuoteIdProperty().set(oldQuote);
        }
        String details = errors == null ? "" : "; the details are in " + errors.logFile();
        showProblems(name, List.of(Problem.error(file == null ? "built-in model.json" : String.valueOf(file), Location.NONE,
                "cannot be shown: unexpected error " + failures.get(0) + details
                        + (restoring.isEmpty() ? "" : "; the previous model could not be fully restored either"))));
        return false;
    }

    private void showProblems(String name, List<Problem> problems) {
        lastProblems = new ProblemsDialog(stage.isShowing() ? stage : null, bundle(), MainView.stylesheet(), name, problems);
        lastProblems.show();
    }

    /**
     * An unexpected error (a bug) reached the app's handler: one dialog with what happened and where it
     * is logged, its stack trace to copy. Errors that follow while it is open are added to it. Nothing
     * else changes: model, selection, search and filters stay.
     */
    public void showUnexpectedError(Throwable error, Path logFile, boolean logged) {
        if (errorDialog != null && errorDialog.isShowing()) {
            errorDialog.addError(error);
            return;
        }
        ProblemsDialog d = ProblemsDialog.unexpected(stage.isShowing() ? stage : null, bundle(), MainView.stylesheet(), error, logFile, logged);
        errorDialog = d;
        d.alert().setOnHidden(e -> { if (errorDialog == d) errorDialog = null; });
        d.show();
    }

    /** The window's bundle; the view model's when the view could not be built. */
    private java.util.ResourceBundle bundle() {
        return view != null ? view.bundle() : MainViewModel.bundle(vm.getLocale());
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
        TimeWindow shown = view.timeline().view().getVisibleWindow();
        view.dispose();
        vm.localeProperty().set(locale);
        Locale.setDefault(locale);
        view = MainView.load(vm, this);
        scene.setRoot(view.root());
        view.restoreDividers(dividers);
        if (shown != null) view.timeline().view().setVisibleWindow(shown);
        if (timelineWindowListener != null) view.timeline().view().visibleWindowProperty().addListener(timelineWindowListener);
        updateTitle();
        focusTimeline();
        if (settings != null) settings.setLocale(locale);
    }

    // ---- dialogs and clipboard ----------------------------------------------------------------------------

    @Override
    public void showAbout() { Dialogs.about(stage, view.bundle(), MainView.stylesheet()).show(); }

    @Override
    public void showShortcuts() { Dialogs.shortcuts(stage, view.bundle(), MainView.stylesheet()).show(); }

    /** The export dialog while it is open (for tests); one at a time, brought to the front when asked again. */
    private org.sourcedtimeline.ui.export.ExportDialog exportDialog;

    @Override
    public void showExport() {
        if (vm.getLoaded() == null) return;
        if (exportDialog != null && exportDialog.stage().isShowing()) {
            exportDialog.stage().toFront();
            return;
        }
        exportDialog = org.sourcedtimeline.ui.export.ExportDialog.create(stage, vm.getLoaded(), vm.getModelFile(), vm.getSelectedEventId(),
                vm.getLocale(), scene.getStylesheets(), view.timeline().view(), vm.themeProperty().get() == Theme.DARK);
        exportDialog.show();
    }

    /** The review of the article imported last, or null (for tests). */
    private org.sourcedtimeline.ui.importer.ImportReviewView importReview;

    @Override
    public void showImport() {
        FileChooser fc = new FileChooser();
        fc.setTitle(view.bundle().getString("dialog.import.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(view.bundle().getString("dialog.import.filter"), "*.txt"));
        var f = fc.showOpenDialog(stage);
        if (f == null) return;
        Path seeds = seedsFolder();
        if (seeds == null) return;
        importArticle(f.toPath(), seeds);
    }

    /**
     * The seeds folder the open model was built from (its own folder, when it holds curation.json);
     * otherwise the one the person chooses. Null when they choose none.
     */
    private Path seedsFolder() {
        Path current = vm.getModelFile();
        if (current != null && current.getParent() != null
                && Files.isRegularFile(current.getParent().resolve(org.sourcedtimeline.io.build.ModelBuilder.CURATION_FILE)))
            return current.getParent();
        javafx.stage.DirectoryChooser dc = new javafx.stage.DirectoryChooser();
        dc.setTitle(view.bundle().getString("dialog.import.seeds"));
        var d = dc.showDialog(stage);
        if (d == null) return null;
        Path seeds = d.toPath();
        if (!Files.isRegularFile(seeds.resolve(org.sourcedtimeline.io.build.ModelBuilder.CURATION_FILE))) {
            view.showMessage(java.text.MessageFormat.format(view.bundle().getString("status.import.noSeeds"), DisplayText.safeLine(seeds.toString())));
            return null;
        }
        return seeds;
    }

    /**
     * Copies {@code article} into {@code seeds} and reads it, off the JavaFX thread; then opens the
     * review, which opens each rebuilt model in this window. A failure is said in the status line and
     * changes nothing.
     */
    public void importArticle(Path article, Path seeds) {
        view.showMessage(java.text.MessageFormat.format(view.bundle().getString("status.import.analysing"), DisplayText.safeLine(article.getFileName().toString())));
        Task<org.sourcedtimeline.io.imports.ReviewSession> t = new Task<>() {
            private org.sourcedtimeline.model.TimelineModel model;

            @Override
            protected org.sourcedtimeline.io.imports.ReviewSession call() throws Exception {
                var built = org.sourcedtimeline.io.build.ModelBuilder.build(seeds);
                if (!built.ok()) throw new java.io.IOException(built.problems().stream().filter(Problem::isError).findFirst().map(Problem::toString).orElse("the seeds do not build"));
                model = built.model();
                var copy = org.sourcedtimeline.io.imports.ArticleCopy.into(seeds, article);
                var analysis = new org.sourcedtimeline.io.imports.ArticleAnalyser(model)
                        .analyse(copy.file().getFileName().toString(), new org.sourcedtimeline.model.ArticleText(copy.text()), null);
                return new org.sourcedtimeline.io.imports.ReviewSession(seeds, analysis);
            }

            @Override
            protected void succeeded() {
                org.sourcedtimeline.io.imports.ReviewSession session = getValue();
                importReview = org.sourcedtimeline.ui.importer.ImportReviewView.create(stage, session, model, vm.getLocale(), scene.getStylesheets(),
                        m -> openFile(session.modelFile()));
                importReview.show();
            }

            @Override
            protected void failed() {
                Throwable e = getException();
                view.showMessage(java.text.MessageFormat.format(view.bundle().getString("status.import.failed"),
                        DisplayText.safeLine(article.getFileName().toString()), DisplayText.safeLine(String.valueOf(e.getMessage()))));
            }
        };
        LOADER.submit(t);
    }

    /** The review opened last, or null (for tests). */
    public org.sourcedtimeline.ui.importer.ImportReviewView importReviewForTests() { return importReview; }

    /** The export dialog last opened, or null (for tests). */
    public org.sourcedtimeline.ui.export.ExportDialog exportDialogForTests() { return exportDialog; }

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

    private javafx.beans.InvalidationListener timelineWindowListener;

    /** Told of every pan and zoom of the timeline, whichever timeline the window shows (a language switch makes a new one). */
    public void onTimelineWindowChange(javafx.beans.InvalidationListener l) {
        timelineWindowListener = l;
        view.timeline().view().visibleWindowProperty().addListener(l);
    }

    /** The timeline's visible window, with the model it shows, for the next start. */
    public void rememberTimelineWindow() {
        TimeWindow w = view == null ? null : view.timeline().view().getVisibleWindow();
        if (settings == null || w == null || vm.getLoaded() == null) return;
        settings.setTimelineWindow(vm.getModelFile() == null ? BUILT_IN_NAME : vm.getModelFile().toString(), w.start(), w.end());
    }

    public void saveState() {
        if (settings == null || view == null) return;
        if (!stage.isMaximized() && stage.getWidth() > 0) settings.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        settings.setMaximized(stage.isMaximized());
        settings.setDividers("main", view.dividerPositions());
        settings.setTheme(vm.themeProperty().get());
        settings.setLocale(vm.getLocale());
        settings.setLastSelection(vm.getSelectedEventId(), vm.getSelectedQuoteId());
        rememberTimelineWindow();
        settings.setRecentFiles(vm.recentFiles());
        settings.setHiddenPanels(vm.hiddenPanels());
        settings.flush();
    }
}
