package org.sourcedtimeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.ui.state.MainViewModel;
import org.sourcedtimeline.ui.settings.UiSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app ({@link App#start}, with its handler of unexpected errors and its settings) in a
 * temporary config folder named by {@code -Dsourcedtimeline.configDir}: an exception thrown by an
 * event handler, or on a background thread, is written to errors.log with a timestamp and its stack
 * trace, shown in a dialog one can copy from, and the model, the selection and the search survive.
 */
class AppErrorsFxTest extends org.sourcedtimeline.ui.StageFxTest {
    private static final String EVENT = "geneva-2022";
    private static final String SEARCH = "propositions";

    private Path config;
    private String oldConfig;
    private App app;
    private MainViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        keep(stage);
        config = Files.createTempDirectory("st-config");
        oldConfig = System.getProperty(ConfigDir.PROPERTY);
        System.setProperty(ConfigDir.PROPERTY, config.toString());
        Locale.setDefault(Locale.ENGLISH);
        // Last time's window, within Monocle's 1280x800 headless screen (a larger one overflows its frame buffer).
        Files.writeString(config.resolve(UiSettings.FILE_NAME), "window.bounds=0,0,1240,780\n" + "# end\n");
        app = new App();
        app.start(stage);
        vm = app.window().viewModel();
    }

    @AfterEach
    void tearDown() throws Exception {
        fx(() -> {
            app.stop();
            app.errors().uninstall();
            return null;
        });
        if (oldConfig == null) System.clearProperty(ConfigDir.PROPERTY);
        else System.setProperty(ConfigDir.PROPERTY, oldConfig);
        try (Stream<Path> s = Files.walk(config)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private Path log() { return config.resolve(ErrorLog.FILE_NAME); }

    /** The built-in model with an event, its first quote and a search, as a user would have it. */
    private String[] placeTheUser() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> vm.getLoaded() != null && !vm.busyProperty().get()));
        return fx(() -> {
            vm.select(EVENT);
            String quote = vm.model().quotesOf(EVENT).get(0).id();
            vm.select(quote);
            vm.searchTextProperty().set(SEARCH);
            return new String[] {EVENT, quote};
        });
    }

    private void assertThePlaceSurvived(LoadedModel model, String[] place) throws Exception {
        assertSame(model, vm.getLoaded(), "the same model object");
        assertEquals(place[0], vm.getSelectedEventId());
        assertEquals(place[1], vm.getSelectedQuoteId());
        assertEquals(SEARCH, vm.searchTextProperty().get());
    }

    private String errorText(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() -> robot.lookup("#error-text").tryQuery().isPresent()));
        return fx(() -> robot.lookup("#error-text").queryAs(TextArea.class).getText());
    }

    @Test
    void anExceptionInAnEventHandlerIsLoggedShownAndChangesNothing(FxRobot robot) throws Exception {
        String[] place = placeTheUser();
        LoadedModel model = vm.getLoaded();
        fx(() -> {
            app.window().scene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.F12) throw new IllegalStateException("boom from a key handler");
            });
            app.window().view().timeline().view().requestFocus();
            return null;
        });
        robot.push(KeyCode.F12); // dispatched by the toolkit: the exception reaches the thread's handler

        String shown = errorText(robot);
        assertTrue(shown.startsWith("java.lang.IllegalStateException: boom from a key handler\n\tat "), shown);
        String intro = fx(() -> robot.lookup("#error-dialog .label").queryAll().stream()
                .filter(n -> n instanceof Label l && l.getText().contains("errors.log")).map(n -> ((Label) n).getText()).findFirst().orElse(""));
        assertTrue(intro.contains(log().toString()) && intro.contains("unchanged"), "says where the details are: " + intro);

        String logged = Files.readString(log());
        assertTrue(logged.matches("(?s)\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[.,\\d]*[+\\-Z][\\d:]* ERROR Sourced Timeline .*"), logged);
        assertTrue(logged.contains("uncaught exception on thread \"JavaFX Application Thread\""), logged);
        assertTrue(logged.contains("java.lang.IllegalStateException: boom from a key handler\n\tat "), logged);
        assertTrue(logged.contains("AppErrorsFxTest"), "the stack trace names the handler: " + logged);

        assertThePlaceSurvived(model, place);
        UiSettings saved = new UiSettings(config.resolve(UiSettings.FILE_NAME), null);
        assertEquals(place[1], saved.lastQuoteId(), "the place was saved when the error came");

        // The app carries on: the dialog closes and the window still answers.
        fx(() -> { robot.lookup("#error-dialog").query().getScene().getWindow().hide(); return null; });
        String title = fx(() -> {
            vm.select("stockholm-2021");
            return robot.lookup("#event-panel .event-title").queryAs(Label.class).getText();
        });
        assertFalse(title.isBlank());
        assertEquals("stockholm-2021", vm.getSelectedEventId());
    }

    @Test
    void anExceptionOnABackgroundThreadIsLoggedAndShownToo(FxRobot robot) throws Exception {
        String[] place = placeTheUser();
        LoadedModel model = vm.getLoaded();
        Thread worker = new Thread(() -> { throw new IllegalArgumentException("boom in the background"); }, "test-worker");
        worker.start();
        worker.join();

        String shown = errorText(robot);
        assertTrue(shown.startsWith("java.lang.IllegalArgumentException: boom in the background"), shown);
        String logged = Files.readString(log());
        assertTrue(logged.contains("uncaught exception on thread \"test-worker\""), logged);
        assertThePlaceSurvived(model, place);
    }

    @Test
    void errorsThatFollowGoIntoTheOpenDialogNotNewOnes(FxRobot robot) throws Exception {
        placeTheUser();
        for (int i = 1; i <= 3; i++) {
            int n = i;
            Thread t = new Thread(() -> { throw new IllegalStateException("error " + n); }, "test-worker-" + i);
            t.start();
            t.join();
        }
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() -> robot.lookup("#error-text").queryAs(TextArea.class) != null
                && robot.lookup("#error-text").queryAs(TextArea.class).getText().contains("error 3")));
        assertEquals(1, (long) fx(() -> robot.lookup("#error-text").queryAll().size()), "one dialog");
        String header = fx(() -> ((javafx.scene.control.DialogPane) robot.lookup("#error-dialog").query()).getHeaderText());
        assertEquals("3 unexpected errors inside Sourced Timeline", header);
        assertEquals(3, Files.readString(log()).split("uncaught exception on thread").length - 1);
    }
}
