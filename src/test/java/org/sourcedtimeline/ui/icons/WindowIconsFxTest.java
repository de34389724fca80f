package org.sourcedtimeline.ui.icons;

import org.sourcedtimeline.ui.StageFxTest;
import org.sourcedtimeline.ui.state.MainViewModel;
import org.sourcedtimeline.ui.window.MainWindow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's icon at the five sizes desktops ask for, decoded ahead on a thread of its own or on the spot. */
class WindowIconsFxTest extends StageFxTest {
    private static final List<Double> SIZES = List.of(16.0, 32.0, 48.0, 128.0, 256.0);


    @Start
    void start(Stage stage) { keep(stage); }

    @AfterEach
    void restore() throws Exception {
        fx(() -> {
            stage.getIcons().clear();
            return null;
        });
    }

    private static List<Double> sizes(List<Image> images) {
        return images.stream().map(i -> i.getWidth()).toList();
    }

    @Test
    void decodedAheadTheyAreTheSameImagesForEveryWindow() {
        WindowIcons.start();
        List<Image> first = WindowIcons.images();
        assertEquals(SIZES, sizes(first));
        List<Image> again = WindowIcons.images();
        for (int i = 0; i < first.size(); i++) assertSame(first.get(i), again.get(i), "decoded once");
    }

    @Test
    void theWindowCarriesThem() throws Exception {
        List<Double> shown = WaitForAsyncUtils.asyncFx(() -> {
            stage.getIcons().clear();
            new MainWindow(stage, new MainViewModel(), null).build(1000, 700);
            return sizes(stage.getIcons());
        }).get(30, TimeUnit.SECONDS);
        assertEquals(SIZES, shown);
    }
}
