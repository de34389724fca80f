package org.sourcedtimeline.ui;

import org.sourcedtimeline.ui.state.MainViewModel;
import org.sourcedtimeline.ui.window.MainWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sourcedtimeline.io.LoadedModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The set-up the window tests share: the real window in English on TestFX's stage, showing the UI
 * fixture ({@link UiFixtures#encounters()}) as if opened from its file; after each test the stage is put
 * back ({@link StageGuard}) and the default locale too. A test says otherwise by overriding
 * {@link #model()}, {@link #modelFile()} or {@link #beforeShow()}. TestFX looks for {@code @Start} on
 * the test class alone (its own declared methods), so each test class has the one line
 * {@code @Start void start(Stage stage) { startWindow(stage); }}.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowFxTest {
    protected final LoadedModel fixture = UiFixtures.encounters();
    protected MainViewModel vm;
    protected MainWindow window;
    private StageGuard guard;

    /** The window on {@code stage}: call from the test class's {@code @Start}. */
    protected final void startWindow(Stage stage) {
        guard = StageGuard.save(stage);
        vm = new MainViewModel();
        window = UiFixtures.window(stage, vm);
        LoadedModel m = model();
        if (m != null) vm.setModel(m, modelFile(), List.of());
        beforeShow();
        stage.show();
    }

    /** The model shown when the window opens; null for none. */
    protected LoadedModel model() { return fixture; }

    /** The file it came from; null for the built-in model. */
    protected Path modelFile() { return UiFixtures.encountersFile(); }

    /** Runs on the JavaFX thread after the model is set, before the stage shows. */
    protected void beforeShow() {}

    @AfterEach
    protected void restoreStage() throws Exception {
        fx(() -> {
            guard.restore();
            return null;
        });
        Locale.setDefault(Locale.US);
    }

    /** {@code c} on the JavaFX thread, its result here. */
    protected static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }
}
