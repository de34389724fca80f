package org.sourcedtimeline.ui.window;

import org.sourcedtimeline.ui.StageFxTest;
import org.sourcedtimeline.ui.state.MainViewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.io.ModelLoader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window opened by the app: the built-in model read while JavaFX started is on screen in the
 * window's first frame (nothing else has run on the JavaFX thread between showing the window and
 * the test's checks); without that read, the window shows first and the model follows, as before.
 */
class BuiltInModelPreloadFxTest extends StageFxTest {

    @Start
    void start(Stage stage) { keep(stage); }

    /** A read of the built-in model left by the test would be taken by the next window. */
    @AfterEach
    void drainPreload() { BuiltInModelPreload.take(); }

    private record FirstFrame(boolean loaded, boolean busy, int cards, String title) {}

    /**
     * Opens the window as the app does and reads what its first pulse lays out and draws: the model and
     * the title as the window is shown, the quote cards as that pulse has laid them out (they are built
     * just before its layout, when the viewport's size is known).
     */
    private FirstFrame open(FxRobot robot, MainViewModel vm) throws Exception {
        CompletableFuture<Integer> cards = new CompletableFuture<>();
        FirstFrame shown = fx(() -> {
            MainWindow w = new MainWindow(stage, vm, null);
            w.showForApp(null);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                w.scene().removePostLayoutPulseListener(once[0]);
                cards.complete(robot.from(w.scene().getRoot()).lookup(".quote-card").queryAll().size());
            };
            w.scene().addPostLayoutPulseListener(once[0]);
            return new FirstFrame(vm.getLoaded() != null, vm.busyProperty().get(), 0, stage.getTitle());
        });
        return new FirstFrame(shown.loaded(), shown.busy(), cards.get(30, TimeUnit.SECONDS), shown.title());
    }

    @Test
    void aModelReadWhileJavaFxStartedIsInTheFirstFrame(FxRobot robot) throws Exception {
        BuiltInModelPreload.start();
        CompletableFuture<BuiltInModelPreload.Read> read = BuiltInModelPreload.peek();
        assertNotNull(read);
        assertTrue(read.get(30, TimeUnit.SECONDS).result().ok(), "the built-in model loads");
        assertNotNull(read.join().index(), "its search index built on the same thread");
        MainViewModel vm = new MainViewModel();
        FirstFrame first = open(robot, vm);
        assertTrue(first.loaded(), "the model is shown before the first pulse");
        assertFalse(first.busy(), "no busy spinner");
        assertTrue(first.cards() > 0, "the Quotes panel has its cards");
        assertTrue(first.title().contains("Blinken"), "the title names the model: " + first.title());
        assertSame(read.join().result().loaded(), vm.getLoaded(), "the read that was started, not a second one");
        int all = fx(() -> vm.visibleQuotes().size());
        int found = fx(() -> {
            vm.searchTextProperty().set("ECLAIRCISSEMENTS");
            return vm.visibleQuotes().size();
        });
        assertTrue(found > 0 && found < all, "the index handed over with the model answers a search: " + found + " of " + all);
        assertNull(BuiltInModelPreload.peek(), "the window took it");
    }

    @Test
    void withoutAReadTheWindowShowsFirstAndTheModelFollows(FxRobot robot) throws Exception {
        assertNull(BuiltInModelPreload.peek());
        MainViewModel vm = new MainViewModel();
        FirstFrame first = open(robot, vm);
        assertFalse(first.loaded(), "loaded off the JavaFX thread, after showing");
        assertTrue(first.busy());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> vm.getLoaded() != null && !vm.busyProperty().get()));
        assertEquals(ModelLoader.loadBuiltIn().loaded().model().quotes(), fx(() -> vm.model().quotes()), "the built-in model");
    }

    @Test
    void aReadThatFailedRethrowsWhatTheLoaderThrew() {
        IllegalStateException bug = new IllegalStateException("a bug in the loader");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> BuiltInModelPreload.await(CompletableFuture.failedFuture(bug))),
                "reported as the loader's own exception, as a load on the window's own thread would be");
    }
}
