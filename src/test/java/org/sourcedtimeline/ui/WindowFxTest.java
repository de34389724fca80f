package org.sourcedtimeline.ui;

import org.sourcedtimeline.ui.state.MainViewModel;
import org.sourcedtimeline.ui.window.MainWindow;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.sourcedtimeline.io.LoadedModel;

/**
 * The set-up the window tests share: the real window in English on TestFX's stage, showing the UI
 * fixture ({@link UiFixtures#encounters()}) as if opened from its file; the stage and the locale are
 * put back after each test ({@link StageFxTest}). A test shows another model with
 * {@link #startWindow(Stage, LoadedModel)} and says more by overriding {@link #modelFile()}, {@link #problems()} or {@link #beforeShow()}. Each test class has the one line
 * {@code @Start void start(Stage stage) { startWindow(stage); }}.
 */
public abstract class WindowFxTest extends StageFxTest {
    protected final LoadedModel fixture = UiFixtures.encounters();
    protected MainViewModel vm;
    protected MainWindow window;

    /** The window on {@code stage} showing the fixture: call from the test class's {@code @Start}. */
    protected final void startWindow(Stage stage) { startWindow(stage, fixture); }

    /** The window on {@code stage} showing {@code model}, or no model when null. */
    protected final void startWindow(Stage stage, LoadedModel model) {
        keep(stage);
        vm = new MainViewModel();
        window = UiFixtures.window(stage, vm);
        if (model != null) vm.setModel(model, modelFile(), problems());
        beforeShow();
        stage.show();
    }

    /** The file it came from; null for the built-in model. */
    protected Path modelFile() { return UiFixtures.encountersFile(); }

    /** The problems the model was loaded with. */
    protected List<org.sourcedtimeline.io.Problem> problems() { return List.of(); }

    /** Runs on the JavaFX thread after the model is set, before the stage shows. */
    protected void beforeShow() {}
}
