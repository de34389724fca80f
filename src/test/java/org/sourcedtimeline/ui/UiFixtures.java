package org.sourcedtimeline.ui;

import org.sourcedtimeline.ui.state.MainViewModel;
import org.sourcedtimeline.ui.window.MainWindow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sourcedtimeline.TestFiles;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.io.ModelLoader;
import org.sourcedtimeline.io.ModelWriter;
import org.sourcedtimeline.io.build.ModelBuilder;

/**
 * The UI's test model: fixtures/encounters (a small curation over the real seed articles) built by
 * the real builder, written by the real writer and loaded by the real loader. No offset is written by hand.
 */
public final class UiFixtures {
    private static Path dir;
    private static LoadedModel model;

    private UiFixtures() {}

    /** The folder holding model.json and its articles (built once per test JVM). */
    public static synchronized Path encountersDir() {
        if (dir == null) {
            try {
                Path tmp = Files.createTempDirectory("encounters");
                TestFiles.copyOf(TestFiles.fixture("encounters"), tmp);
                ModelBuilder.Result r = ModelBuilder.build(tmp);
                if (!r.ok()) throw new IllegalStateException("fixture does not build: " + r.problems());
                Files.write(tmp.resolve("model.json"), ModelWriter.toBytes(r.model()));
                dir = tmp;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    public static Path encountersFile() { return encountersDir().resolve("model.json"); }

    public static synchronized LoadedModel encounters() {
        if (model == null) {
            ModelLoader.Result r = ModelLoader.load(encountersFile());
            if (!r.ok()) throw new IllegalStateException("fixture does not load: " + r.problems());
            model = r.loaded();
        }
        return model;
    }

    /** A copy of the fixture model whose Malta quote points at an event that does not exist. */
    public static Path danglingModel() {
        try {
            Path bad = Files.createTempDirectory("dangling");
            TestFiles.copyOf(encountersDir(), bad);
            Path f = bad.resolve("model.json");
            String json = Files.readString(f, StandardCharsets.UTF_8);
            String broken = json.replace("\"eventId\": \"malta-2024\"", "\"eventId\": \"nowhere-2099\"");
            if (broken.equals(json)) throw new IllegalStateException("fixture changed: no malta quote to break");
            Files.writeString(f, broken, StandardCharsets.UTF_8);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The real window on {@code stage}, in English, at the size the window tests use (within Monocle's
     * 1280×800 headless screen); not shown yet.
     */
    public static MainWindow window(javafx.stage.Stage stage, MainViewModel vm) {
        vm.localeProperty().set(java.util.Locale.ENGLISH);
        MainWindow w = new MainWindow(stage, vm, null);
        w.build(1240, 780);
        return w;
    }

    /** A scene drawn to a PNG, for a person to look at (target/…); from any thread. */
    public static void snapshot(javafx.scene.Scene scene, java.nio.file.Path out) throws Exception {
        java.nio.file.Files.createDirectories(out.toAbsolutePath().getParent());
        javafx.scene.image.WritableImage img = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, java.util.concurrent.TimeUnit.SECONDS);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png", out.toFile());
    }
}
