package org.sourcedtimeline.ui.window;

import org.sourcedtimeline.ui.StageFxTest;
import org.sourcedtimeline.ui.settings.UiSettings;
import org.sourcedtimeline.ui.state.MainViewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcedtimeline.ErrorLog;
import org.sourcedtimeline.ui.control.timeline.TimeWindow;
import org.sourcedtimeline.ui.control.timeline.TimelineItem;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a reader sees when the app opens: the four encounters (the context reaches back to 2014 and
 * would crowd them into a third of the width), and on later starts the view they left.
 */
class FirstStartFxTest extends StageFxTest {
    private static final List<String> ENCOUNTERS = List.of("stockholm-2021", "geneva-2022", "new-delhi-2023", "malta-2024");
    @TempDir Path config;

    @Start
    void start(Stage stage) { keep(stage); }

    /** A read of the built-in model left by the test would be taken by the next window. */
    @AfterEach
    void drainPreload() { BuiltInModelPreload.take(); }

    private UiSettings settings() { return new UiSettings(config.resolve(UiSettings.FILE_NAME), new ErrorLog(config.resolve(ErrorLog.FILE_NAME))); }

    /** Opens the window as the app does, on the built-in model, and waits until it shows it. */
    private MainWindow open(UiSettings settings) throws Exception {
        MainViewModel vm = new MainViewModel();
        MainWindow w = fx(() -> {
            MainWindow window = new MainWindow(stage, vm, settings);
            window.showForApp(null);
            return window;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.getLoaded() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return w;
    }

    private static TimelineItem item(MainWindow w, String id) {
        return w.view().timeline().view().getItems().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theFirstStartIsFramedOnTheEncounters() throws Exception {
        MainWindow w = open(settings());
        TimeWindow shown = fx(() -> w.view().timeline().view().getVisibleWindow());
        assertNotNull(shown);
        for (String id : ENCOUNTERS) {
            TimelineItem i = item(w, id);
            assertTrue(shown.contains(i.startEpochDay(), i.endEpochDay()), id + " in " + shown);
        }
        TimelineItem crimea = w.view().timeline().view().getItems().stream()
                .min(java.util.Comparator.comparingDouble(TimelineItem::startEpochDay)).orElseThrow();
        assertFalse(shown.intersects(crimea.startEpochDay(), crimea.endEpochDay()),
                "the earliest context (" + crimea.id() + ") is out of the frame until one zooms out");
        assertTrue(shown.span() < 4.5 * 365, "about the three years of the encounters: " + shown.span() + " days");
    }

    @Test
    void theViewTheReaderLeftReturnsOnTheNextStart() throws Exception {
        UiSettings s = settings();
        MainWindow first = open(s);
        TimeWindow left = new TimeWindow(19_000, 19_200);
        fx(() -> {
            first.view().timeline().view().setVisibleWindow(left);
            first.saveState();
            return null;
        });
        putStageBack();
        MainWindow second = open(settings());
        assertEquals(left, fx(() -> second.view().timeline().view().getVisibleWindow()));
    }

    @Test
    void switchingTheLanguageKeepsTheView() throws Exception {
        MainWindow w = open(settings());
        TimeWindow mine = new TimeWindow(18_500, 18_900);
        fx(() -> {
            w.view().timeline().view().setVisibleWindow(mine);
            w.switchLanguage(w.viewModel().getLocale().getLanguage().equals("fr") ? java.util.Locale.ENGLISH : java.util.Locale.FRENCH);
            return null;
        });
        assertEquals(mine, fx(() -> w.view().timeline().view().getVisibleWindow()), "a new timeline, the same view");
    }

    @Test
    void aViewSavedOverAnotherModelIsNotForcedOnThisOne() throws Exception {
        UiSettings s = settings();
        s.setTimelineWindow("/elsewhere/other.timeline.json", 1000, 1200);
        s.flush();
        MainWindow w = open(settings());
        TimeWindow shown = fx(() -> w.view().timeline().view().getVisibleWindow());
        TimelineItem delhi = item(w, "new-delhi-2023");
        assertTrue(shown.contains(delhi.startEpochDay(), delhi.endEpochDay()), "framed on the encounters: " + shown);
    }
}
