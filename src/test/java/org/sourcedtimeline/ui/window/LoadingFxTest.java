package org.sourcedtimeline.ui.window;

import org.sourcedtimeline.ui.UiFixtures;
import org.sourcedtimeline.ui.WindowFxTest;
import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.ProgressBar;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.io.ModelLoader;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening a model shows how far it has got and can be cancelled; cancelling keeps the model that was
 * open, with its selection, and the loader really stops (it sees the cancel and loads nothing).
 */
class LoadingFxTest extends WindowFxTest {
    @Start
    void start(Stage stage) { startWindow(stage); }

    private static final String EVENT = "geneva-2022";
    private final LoadedModel model = fixture;

    @Override
    protected void beforeShow() { vm.selectedEventIdProperty().set(EVENT); }

    /** Seen in the installed app opened on a file from the file manager: its title said "Built-in model". */
    @Test
    void theTitleNamesTheFileThatIsOpen() throws Exception {
        String title = fx(() -> window.stage().getTitle());
        assertTrue(title.endsWith(" \u2014 " + UiFixtures.encountersFile().getFileName()), title);
    }

    @Test
    void progressIsShownAndCancelKeepsTheModelThatWasOpen(FxRobot robot) throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<ModelLoader.Result> outcome = new AtomicReference<>();
        CountDownLatch finished = new CountDownLatch(1);
        Path file = UiFixtures.encountersFile();
        fx(() -> {
            window.load(monitor -> {
                monitor.progress(0.5);
                reported.countDown();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                ModelLoader.Result r = ModelLoader.load(file, monitor);
                outcome.set(r);
                finished.countDown();
                return r;
            }, file, null);
            return null;
        });
        assertTrue(reported.await(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> robot.from(window.scene().getRoot()).lookup("#loadProgress").queryAs(ProgressBar.class).getProgress() > 0.4));
        assertTrue(fx(() -> robot.from(window.scene().getRoot()).lookup(".loading-box").query().isVisible()), "the progress bar and Cancel are shown");
        assertTrue(fx(() -> vm.busyProperty().get()));
        snapshot("target/screenshots/loading-progress.png");

        robot.clickOn(robot.from(window.scene().getRoot()).lookup("#cancelLoadButton").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> robot.from(window.scene().getRoot()).lookup(".loading-box").query().isVisible()), "gone as soon as Cancel is pressed");
        assertFalse(fx(() -> vm.busyProperty().get()));
        String status = fx(() -> robot.from(window.scene().getRoot()).lookup("#status-bar").queryAs(StatusBar.class).getText());
        assertTrue(status.contains("cancelled"), status);

        release.countDown();
        assertTrue(finished.await(20, TimeUnit.SECONDS));
        assertTrue(outcome.get().cancelled(), "the loader saw the cancel and stopped");
        assertFalse(outcome.get().ok());
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(model, fx(() -> vm.getLoaded()), "the model that was open stays");
        assertEquals(EVENT, fx(() -> vm.getSelectedEventId()));
        assertEquals(-1, fx(() -> vm.loadProgressProperty().get()));
    }

    @Test
    void aLoadThatEndsHidesTheProgressAndShowsTheModel(FxRobot robot) throws Exception {
        Path file = UiFixtures.encountersFile();
        fx(() -> {
            window.load(monitor -> ModelLoader.load(file, monitor), file, null);
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> !vm.busyProperty().get() && vm.getLoaded() != model));
        Node box = robot.from(window.scene().getRoot()).lookup(".loading-box").query();
        assertFalse(fx(box::isVisible));
        assertEquals(model.model().quotes().size(), fx(() -> vm.getLoaded().model().quotes().size()));
        assertEquals(EVENT, fx(() -> vm.getSelectedEventId()), "the selection is kept across the reload");
    }

    /** A model taken from the cache of checked models says so in the status line; the same file loaded whole does not. */
    @Test
    void theStatusLineSaysWhenTheModelCameFromTheCheckedCache(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path cacheDir) throws Exception {
        Path file = UiFixtures.encountersFile();
        org.sourcedtimeline.io.cache.ModelCache cache = new org.sourcedtimeline.io.cache.ModelCache(cacheDir, 0, Runnable::run);
        List<String> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            LoadedModel before = fx(() -> vm.getLoaded());
            fx(() -> {
                window.loadOutcome(monitor -> cache.load(file, monitor), file, null);
                return null;
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> !vm.busyProperty().get() && vm.getLoaded() != before));
            statuses.add(fx(() -> robot.from(window.scene().getRoot()).lookup("#status-bar").queryAs(StatusBar.class).getText()));
        }
        assertFalse(statuses.get(0).contains("cache"), statuses.get(0));
        assertTrue(statuses.get(1).contains("from the checked cache"), statuses.get(1));
        assertEquals(model.model(), fx(() -> vm.getLoaded().model()), "the same model either way");
    }

    /** Items made on the loading thread are shown as they are while no filter hides an event. */
    @Test
    void itemsMadeWhileLoadingAreTheOnesShown() throws Exception {
        // Another model than the one shown (whose items would be equal, and kept).
        org.sourcedtimeline.model.TimelineModel m = org.sourcedtimeline.io.generate.SyntheticModel.generate(60, 120, 5).model();
        org.sourcedtimeline.ui.control.timeline.PreparedItems prepared = TimelineBridge.prepared(m, Locale.ENGLISH, fx(() -> window.view().timeline().lanes()));
        List<org.sourcedtimeline.ui.control.timeline.TimelineItem> made = prepared.items();
        TimelineBridge bridge = fx(() -> window.view().timeline());
        List<org.sourcedtimeline.ui.control.timeline.TimelineItem> shown = fx(() -> {
            bridge.prime(m, Locale.ENGLISH, prepared);
            vm.setModel(new LoadedModel(m, java.util.Map.of(), "primed"), null, List.of());
            return List.copyOf(bridge.view().getItems());
        });
        assertEquals(made, shown);
        for (int i = 0; i < made.size(); i++) assertSame(made.get(i), shown.get(i), "not made again on the FX thread");
        // A filter that hides events makes its own list; lifting it brings the made ones back.
        org.sourcedtimeline.model.EventKind kind = m.events().get(0).kind();
        fx(() -> { vm.kindFilter().setAll(List.of(kind)); return null; });
        assertTrue(fx(() -> bridge.view().getItems().size()) < made.size());
        fx(() -> { vm.kindFilter().clear(); return null; });
        assertSame(made.get(0), fx(() -> bridge.view().getItems().get(0)));
    }

    /** What a person sees while a model opens, kept for review (target/screenshots). */
    private void snapshot(String file) throws Exception {
        UiFixtures.snapshot(window.scene(), java.nio.file.Path.of(file));
    }

}
