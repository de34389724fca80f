package org.sourcedtimeline.ui;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What every test on TestFX's stage shares: the stage is kept ({@link StageGuard}) in the test's
 * {@code @Start} and put back after each test, with the default locale; {@link #fx} runs code on the
 * JavaFX thread. TestFX looks for {@code @Start} on the test class alone (its own declared methods),
 * so a test that opens its own window has the one line {@code @Start void start(Stage stage) { keep(stage); }};
 * a test of the window on the fixture model extends {@link WindowFxTest}.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class StageFxTest {
    protected Stage stage;
    private StageGuard guard;

    /** Call first thing in the test class's {@code @Start}. */
    protected final void keep(Stage stage) {
        this.stage = stage;
        guard = StageGuard.save(stage);
    }

    /** Runs after the test class's own {@code @AfterEach} methods (JUnit runs a superclass's last). */
    @AfterEach
    protected final void restoreStage() throws Exception {
        putStageBack();
        Locale.setDefault(Locale.US);
    }

    /** The stage as it was before the test: its size limits, title and the user-agent style sheet. */
    protected final void putStageBack() throws Exception {
        if (guard != null) fx(() -> {
            guard.restore();
            return null;
        });
    }

    /** {@code c} on the JavaFX thread, its result here. */
    protected static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }
}
