package org.sourcedtimeline.ui.window;

import org.sourcedtimeline.ui.StageFxTest;
import org.sourcedtimeline.ui.UiFixtures;
import org.sourcedtimeline.ui.settings.UiSettings;
import org.sourcedtimeline.ui.state.MainViewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcedtimeline.ErrorLog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code timeline [FILE] --select ID}: the window opens on the event or quote an export names, the
 * quote shown in its article; an id the model lacks is said in the status line and nothing else changes.
 */
class DeepLinkFxTest extends StageFxTest {
    @TempDir Path config;

    @Start
    void start(Stage stage) { keep(stage); }

    /** A read of the built-in model left by the test would be taken by the next window. */
    @AfterEach
    void drainPreload() { BuiltInModelPreload.take(); }

    private MainWindow open(Path file, String select) throws Exception {
        UiSettings settings = new UiSettings(config.resolve(UiSettings.FILE_NAME), new ErrorLog(config.resolve(ErrorLog.FILE_NAME)));
        // A last selection that the link must win over.
        settings.setLastSelection("stockholm-2021", null);
        settings.flush();
        MainViewModel vm = new MainViewModel();
        MainWindow w = fx(() -> {
            MainWindow window = new MainWindow(stage, vm, settings);
            window.showForApp(file, select);
            return window;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.getLoaded() != null
                && (file == null || file.toAbsolutePath().normalize().equals(vm.getModelFile())));
        WaitForAsyncUtils.waitForFxEvents();
        return w;
    }

    private static String status(MainWindow w, FxRobot robot) throws Exception {
        return fx(() -> robot.from(w.scene().getRoot()).lookup("#status-bar").queryAs(StatusBar.class).getText());
    }

    @Test
    void aQuoteIdOpensOnTheQuoteAndItsEvent(FxRobot robot) throws Exception {
        String quote = "new-delhi-2023-blinken-mettez-fin";
        MainWindow w = open(null, quote);
        assertEquals(quote, fx(() -> w.viewModel().getSelectedQuoteId()));
        assertEquals("new-delhi-2023", fx(() -> w.viewModel().getSelectedEventId()));
        // The quote's words are shown selected in its article (the Source panel), with the highlight on them.
        String selected = fx(() -> {
            StringBuilder b = new StringBuilder();
            for (javafx.scene.Node n : robot.from(w.scene().getRoot()).lookup(".quote-selected").queryAll())
                if (n instanceof javafx.scene.text.Text t) b.append(t.getText());
            return b.toString();
        });
        String words = w.viewModel().getLoaded().model().quote(quote).orElseThrow().text();
        assertEquals(words.replaceAll("\\s+", " ").strip(), selected.replaceAll("\\s+", " ").strip());
        assertTrue(fx(() -> robot.from(w.scene().getRoot()).lookup(".quote-highlight").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.shape.Path p && !p.getElements().isEmpty())), "highlighted");
    }

    @Test
    void anEventIdInAModelFile(FxRobot robot) throws Exception {
        MainWindow w = open(UiFixtures.encountersFile(), "geneva-2022");
        assertEquals("geneva-2022", fx(() -> w.viewModel().getSelectedEventId()));
        assertNull(fx(() -> w.viewModel().getSelectedQuoteId()));
    }

    @Test
    void anUnknownIdIsSaidAndTheLastSelectionIsNotTaken(FxRobot robot) throws Exception {
        MainWindow w = open(null, "no-such-thing");
        String s = status(w, robot);
        assertTrue(s.contains("no-such-thing") && s.contains("nothing selected"), s);
        assertNull(fx(() -> w.viewModel().getSelectedEventId()), "the link asked for something else than the last selection");
    }
}
