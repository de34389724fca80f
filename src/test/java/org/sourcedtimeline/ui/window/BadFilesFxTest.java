package org.sourcedtimeline.ui.window;

import org.sourcedtimeline.ui.WindowFxTest;
import org.sourcedtimeline.ui.UiFixtures;
import org.sourcedtimeline.ui.dialogs.ProblemsDialog;
import org.sourcedtimeline.ui.errors.UnexpectedErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sourcedtimeline.ErrorLog;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.ui.panels.StagedChildren;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window survives every bad file: each file of {@code bad-models/catalogue.tsv}, and a few inputs
 * made at test time (a link out of the model's folder, 1 GB of zeros, 100,000 nested arrays, a folder,
 * a missing file), is opened through the path File › Open and drag-and-drop take ({@link MainWindow#openFile})
 * while the fixture model is shown with an event, a quote and a search. A file with errors brings up
 * the problems dialog with the catalogue's message and changes nothing; a file with only warnings
 * (51, 52) loads and its warnings are in the status bar. No exception ever reaches the app's handler.
 * One stage for all files; each file is its own dynamic test.
 */
class BadFilesFxTest extends WindowFxTest {
    static final Path DIR = Path.of("src/test/resources/bad-models").toAbsolutePath();
    private static final String EVENT = "geneva-2022";
    private static final String QUOTE = "geneva-lavrov-propositions";
    private static final String SEARCH = "propositions";

    private final LoadedModel model = fixture;
    private UnexpectedErrors errors;
    private Path config;
    private Path scratch;

    @Start
    void start(Stage stage) throws IOException {
        config = Files.createTempDirectory("st-config");
        scratch = Files.createTempDirectory("st-bad-inputs");
        startWindow(stage);
    }

    /** The app's own handler, logging into a temporary config folder: nothing may reach it. */
    @Override
    protected void beforeShow() {
        errors = UnexpectedErrors.install(new ErrorLog(config.resolve(ErrorLog.FILE_NAME)), window::showUnexpectedError);
        window.setErrorReporter(errors);
    }

    @AfterEach
    void cleanUp() throws Exception {
        fx(() -> {
            errors.uninstall();
            return null;
        });
        for (Path dir : List.of(scratch, config)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    /** One bad input and what the window must say about it. */
    private record Case(String name, Path file, String message, boolean warningOnly) {}

    private static List<Case> catalogue() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("catalogue.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t");
            cases.add(new Case(f[0], DIR.resolve(f[0]), f[1], false));
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> everyBadFileLeavesTheWindowAsItWas(FxRobot robot) throws Exception {
        List<Case> cases = new ArrayList<>();
        for (Case c : catalogue()) {
            // What the loader says is a warning only: the model loads and the status bar says so.
            boolean warningOnly = org.sourcedtimeline.io.ModelLoader.load(c.file()).ok();
            cases.add(new Case(c.name(), c.file(), c.message(), warningOnly));
        }
        assertEquals(List.of("51-rtl-override-in-title.json", "52-control-character.json", "56-translation-field.json"),
                cases.stream().filter(Case::warningOnly).map(Case::name).toList(), "the catalogue's warning-only entries");
        assertTrue(cases.size() >= 54, "the whole catalogue: " + cases.size());
        cases.addAll(specialInputs());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> open(robot, c)));
    }

    private List<Case> specialInputs() throws IOException {
        List<Case> cases = new ArrayList<>();

        Path modelDir = Files.createDirectories(scratch.resolve("model"));
        Files.copy(DIR.resolve("article.txt"), scratch.resolve("article.txt"));
        Files.createSymbolicLink(modelDir.resolve("article.txt"), scratch.resolve("article.txt"));
        Path linked = modelDir.resolve("linked.json");
        Files.writeString(linked, Files.readString(DIR.resolve("12-schema-version-2.json")).replace("\"schemaVersion\": 2", "\"schemaVersion\": 1"));
        cases.add(new Case("symlink leaving the model's folder", linked, "is a link that leads outside the model's folder", false));

        Path huge = scratch.resolve("zeros.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(1L << 30); // sparse: 1 GB that costs no disk
        }
        cases.add(new Case("1 GB sparse file of zeros", huge, "zeros.json:1:", false));

        Path deep = Files.writeString(scratch.resolve("deep.json"), "[".repeat(100_000) + "]".repeat(100_000));
        cases.add(new Case("100,000 nested arrays", deep, "nesting deeper than 64 levels", false));

        Path folder = Files.createDirectories(scratch.resolve("folder.json"));
        cases.add(new Case("a folder named .json", folder, "cannot be read", false));
        cases.add(new Case("a file that is not there", scratch.resolve("gone.json"), "no such file", false));
        return cases;
    }

    /** Runs on the JavaFX thread and waits for it (no extra pulses: the checks that need layout wait for one). */
    /** Ids of the quote cards on screen, in their order in the panel. */
    private List<String> quoteCards(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> robot.lookup("." + StagedChildren.PENDING).tryQuery().isEmpty()));
        return fx(() -> robot.lookup(".quote-card").queryAll().stream().map(n -> (String) n.getUserData()).toList());
    }

    /** The fixture model with an event, a quote and a search, as a user would have it. */
    private void prepare() throws Exception {
        fx(() -> {
            if (vm.getLoaded() != model) vm.setModel(model, UiFixtures.encountersFile(), List.of());
            vm.searchTextProperty().set(SEARCH);
            vm.select(QUOTE);
            return null;
        });
        assertEquals(EVENT, vm.getSelectedEventId());
        assertEquals(QUOTE, vm.getSelectedQuoteId());
    }

    private void open(FxRobot robot, Case c) throws Exception {
        prepare();
        List<String> cards = quoteCards(robot);
        assertTrue(cards.contains(QUOTE), "the search shows the selected quote: " + cards);
        String source = vm.getOpenSourceId();
        ProblemsDialog previous = window.lastProblems();
        long reported = errors.count();

        // As File › Open (after the chooser) and a drop on the window do.
        fx(() -> { window.openFile(c.file()); return null; });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> fx(() -> !vm.busyProperty().get() && (window.lastProblems() != previous || vm.getLoaded() != model)));
        WaitForAsyncUtils.waitForFxEvents(2); // a pulse or two: CSS and layout of what changed

        if (c.warningOnly()) {
            assertSame(previous, window.lastProblems(), "no problems dialog for warnings alone");
            assertNotSame(model, vm.getLoaded(), "a file with warnings only is loaded");
            assertEquals(c.file(), vm.getModelFile());
            assertTrue(vm.warnings().stream().anyMatch(p -> p.message().contains(c.message())), vm.warnings().toString());
            Label warnings = robot.lookup(".status-warnings").queryAs(Label.class);
            assertTrue(warnings.isVisible(), "the status bar shows the warnings");
            assertEquals("1 warning", warnings.getText());
            String tip = org.sourcedtimeline.ui.fx.HoverTips.textOf(warnings);
            assertNotNull(tip);
            assertTrue(tip.contains(c.message()), tip);
            checkMarkers(robot, c);
        } else {
            ProblemsDialog d = window.lastProblems();
            assertNotSame(previous, d, "a new problems dialog");
            assertTrue(d.isShowing(), "the dialog is on screen");
            String shown = fx(() -> robot.lookup("#problems-text").queryAs(TextArea.class).getText());
            assertTrue(shown.contains(c.message()), () -> c.name() + ": expected \"" + c.message() + "\" in\n" + shown);
            assertSame(model, vm.getLoaded(), "the previous model object stays");
            assertEquals(UiFixtures.encountersFile(), vm.getModelFile());
            assertEquals(EVENT, vm.getSelectedEventId(), "the event stays selected");
            assertEquals(QUOTE, vm.getSelectedQuoteId(), "the quote stays selected");
            assertEquals(SEARCH, vm.searchTextProperty().get(), "the search stays");
            assertEquals(source, vm.getOpenSourceId(), "the article stays open");
            assertEquals(cards, quoteCards(robot), "the quote cards are the same");
            fx(() -> { d.alert().close(); return null; });
            assertFalse(d.isShowing(), "closed before the next file");
            assertTrue(fx(() -> robot.lookup("#problems-text").tryQuery().isEmpty()), "no dialog left open");
        }
        WaitForAsyncUtils.waitForFxEvents(1);
        assertEquals(reported, errors.count(), "no exception reached the uncaught handler");
        assertFalse(Files.exists(config.resolve(ErrorLog.FILE_NAME)), "nothing was logged as unexpected");
        assertTrue(window.errorDialog() == null, "no unexpected-error dialog");
    }

    @Test
    void aLoaderThatThrowsIsLoggedAndShownAsTheFilesProblemAndChangesNothing(FxRobot robot) throws Exception {
        prepare();
        Path file = scratch.resolve("model.json");
        ProblemsDialog previous = window.lastProblems();
        // A bug: the loader reports problems, it never throws. The Task keeps the exception; the window must not lose it.
        fx(() -> {
            window.load(monitor -> { throw new IllegalStateException("a bug in the loader"); }, file, null);
            return null;
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() -> window.lastProblems() != previous));
        String shown = fx(() -> robot.lookup("#problems-text").queryAs(TextArea.class).getText());
        assertTrue(shown.contains("cannot be read: unexpected error java.lang.IllegalStateException: a bug in the loader"), shown);
        assertTrue(shown.contains("the details are in " + config.resolve(ErrorLog.FILE_NAME)), shown);
        String logged = Files.readString(config.resolve(ErrorLog.FILE_NAME));
        assertTrue(logged.contains("loading " + file + " on thread \"model-loader\""), logged);
        assertTrue(logged.contains("java.lang.IllegalStateException: a bug in the loader\n\tat "), logged);
        assertSame(model, vm.getLoaded());
        assertEquals(EVENT, vm.getSelectedEventId());
        assertEquals(QUOTE, vm.getSelectedQuoteId());
        assertEquals(SEARCH, vm.searchTextProperty().get());
        assertEquals(1, errors.count(), "logged once");
        assertTrue(window.errorDialog() == null, "one dialog: the file's problems, not a second one");
        fx(() -> { window.lastProblems().alert().close(); return null; });
    }

    @Test
    void aModelThatCannotBeShownPutsThePreviousOneBack(FxRobot robot) throws Exception {
        prepare();
        // It passed the loader, yet showing it fails (a bug): here an event without a start date, which the
        // timeline's listener cannot place. JavaFX catches a listener's exception and hands it to the handler.
        org.sourcedtimeline.model.TimelineModel m = model.model();
        List<org.sourcedtimeline.model.Event> events = new ArrayList<>(m.events());
        int last = events.size() - 1;
        org.sourcedtimeline.model.Event e = events.get(last);
        assertFalse(e.id().equals(EVENT));
        events.set(last, new org.sourcedtimeline.model.Event(e.id(), e.title(), null, e.end(), e.place(), e.kind(), e.participants(),
                e.summary(), e.duration(), e.sourceIds(), e.accounts()));
        LoadedModel broken = new LoadedModel(new org.sourcedtimeline.model.TimelineModel(m.schemaVersion(), m.title(), m.sources(),
                m.actors(), events, m.quotes()), model.articles(), "broken");
        Path file = scratch.resolve("broken.json");
        ProblemsDialog previous = window.lastProblems();
        fx(() -> {
            window.load(monitor -> new org.sourcedtimeline.io.ModelLoader.Result(broken, List.of()), file, null);
            return null;
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() -> window.lastProblems() != previous));
        String shown = fx(() -> robot.lookup("#problems-text").queryAs(TextArea.class).getText());
        assertTrue(shown.contains("cannot be shown: unexpected error java.lang.NullPointerException"), shown);
        String logged = Files.readString(config.resolve(ErrorLog.FILE_NAME));
        assertTrue(logged.contains("showing broken.json (uncaught exception) on thread \"JavaFX Application Thread\""), logged);
        assertTrue(window.errorDialog() == null, "one dialog: the file's problem");
        assertSame(model, vm.getLoaded(), "the previous model is back");
        assertEquals(UiFixtures.encountersFile(), vm.getModelFile());
        assertEquals(EVENT, vm.getSelectedEventId());
        assertEquals(QUOTE, vm.getSelectedQuoteId());
        assertEquals(SEARCH, vm.searchTextProperty().get());
        assertTrue(quoteCards(robot).contains(QUOTE));
        fx(() -> { window.lastProblems().alert().close(); return null; });
    }

    /** 51 and 52 carry a bidi override and a bell: they are shown as visible markers. */
    private void checkMarkers(FxRobot robot, Case c) throws Exception {
        if (c.name().startsWith("51-")) {
            String title = window.stage().getTitle();
            assertTrue(title.contains("Mini \u27E8U+202E\u27E9evil"), "the model's title with its marker: " + title);
            assertFalse(title.contains("\u202E"), "never the override itself");
            Label counts = robot.lookup(".status-counts").queryAs(Label.class);
            String tip = org.sourcedtimeline.ui.fx.HoverTips.textOf(counts);
            assertTrue(tip.contains("Mini \u27E8U+202E\u27E9evil"), tip);
        }
        if (c.name().startsWith("52-")) {
            String first = vm.model().events().get(0).id();
            String summary = fx(() -> {
                vm.select(first);
                return robot.lookup("#event-panel .event-summary").queryAs(Label.class).getText();
            });
            assertTrue(summary.contains("\u27E8U+0007\u27E9"), "the bell is shown as a marker: " + summary);
            assertFalse(summary.contains("\u0007"), summary);
        }
    }
}
