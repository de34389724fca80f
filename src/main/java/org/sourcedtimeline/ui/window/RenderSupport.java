package org.sourcedtimeline.ui.window;

import org.sourcedtimeline.ui.settings.Theme;
import org.sourcedtimeline.ui.state.MainViewModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.sourcedtimeline.io.AtomicFiles;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.io.Problem;

/**
 * Draws the real main window (same FXML, CSS and view model as the app) into a PNG with no display.
 * The caller sets the Monocle system properties before the toolkit starts ({@link #HEADLESS_PROPERTIES}).
 */
public final class RenderSupport {
    /** Set before the toolkit starts: Monocle's headless screen and the software pipeline. */
    public static final String[][] HEADLESS_PROPERTIES = {
        {"glass.platform", "Monocle"}, {"monocle.platform", "Headless"}, {"prism.order", "sw"},
        {"java.awt.headless", "true"}, {"prism.text", "t2k"},
    };

    private RenderSupport() {}

    /**
     * @param image null for the whole window as a PNG; else an image of the timeline alone, with its legend and caption
     * @param range the span the timeline shows; null for the encounters, as the window opens
     */
    public record Request(LoadedModel model, Path modelFile, List<Problem> warnings, int width, int height,
                          String selectId, Locale locale, Theme theme, Path out,
                          org.sourcedtimeline.ui.export.TimelineImage.Kind image,
                          org.sourcedtimeline.ui.control.timeline.TimeWindow range) {
        public Request(LoadedModel model, Path modelFile, List<Problem> warnings, int width, int height,
                       String selectId, Locale locale, Theme theme, Path out) {
            this(model, modelFile, warnings, width, height, selectId, locale, theme, out, null, null);
        }
    }

    /** Starts the toolkit if needed, renders, and writes the PNG atomically. */
    public static void render(Request r) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        CompletableFuture<byte[]> timelineImage = new CompletableFuture<>();
        java.util.concurrent.atomic.AtomicReference<Throwable> uncaught = new java.util.concurrent.atomic.AtomicReference<>();
        // What the render changes for the whole toolkit, put back afterwards: a render inside a running app
        // (or a test JVM) must not leave its theme, language or error handler behind.
        String[] userAgentStylesheet = new String[1];
        Locale locale = Locale.getDefault();
        Thread.UncaughtExceptionHandler[] handler = new Thread.UncaughtExceptionHandler[1];
        Platform.runLater(() -> {
            userAgentStylesheet[0] = javafx.application.Application.getUserAgentStylesheet();
            Thread fx = Thread.currentThread();
            handler[0] = fx.getUncaughtExceptionHandler() == fx.getThreadGroup() ? null : fx.getUncaughtExceptionHandler();
            // A failure anywhere while the window builds or lays out fails the render: no half-drawn PNG.
            fx.setUncaughtExceptionHandler((th, e) -> uncaught.compareAndSet(null, e));
            try {
                Stage stage = new Stage();
                MainViewModel vm = new MainViewModel();
                vm.localeProperty().set(r.locale());
                vm.themeProperty().set(r.theme());
                MainWindow window = new MainWindow(stage, vm, null);
                window.build(r.width(), r.height());
                stage.setWidth(r.width());
                stage.setHeight(r.height());
                vm.setModel(r.model(), r.modelFile(), r.warnings());
                // As the window opens a model: on its encounters.
                window.view().timeline().frameEncounters();
                if (r.selectId() != null) vm.select(r.selectId());
                stage.show();
                if (r.range() != null) window.view().timeline().view().setVisibleWindow(r.range());
                waitFrames(8, () -> {
                    try {
                        window.scene().getRoot().applyCss();
                        window.scene().getRoot().layout();
                        if (r.image() != null) {
                            org.sourcedtimeline.ui.control.timeline.TimelineView tv = window.view().timeline().view();
                            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                            org.sourcedtimeline.ui.export.TimelineImage.write(r.image(), tv, (int) Math.round(tv.getWidth()),
                                    (int) Math.round(tv.getHeight()), org.sourcedtimeline.ui.export.TimelineCaption.of(r.model(),
                                            tv.getVisibleWindow(), r.locale(), r.theme() == Theme.DARK), bytes);
                            timelineImage.complete(bytes.toByteArray());
                            shot.complete(null);
                        } else {
                            shot.complete(window.scene().snapshot(null));
                        }
                        stage.hide();
                    } catch (Throwable t) {
                        shot.completeExceptionally(t);
                    }
                });
            } catch (Throwable t) {
                shot.completeExceptionally(t);
            }
        });
        WritableImage image;
        try {
            image = shot.get(60, TimeUnit.SECONDS);
        } finally {
            Platform.runLater(() -> {
                Thread.currentThread().setUncaughtExceptionHandler(handler[0]);
                javafx.application.Application.setUserAgentStylesheet(userAgentStylesheet[0]);
                Locale.setDefault(locale);
            });
        }
        if (uncaught.get() != null) throw new IllegalStateException("the window failed while drawing: " + uncaught.get(), uncaught.get());
        if (r.image() != null) {
            byte[] bytes = timelineImage.get(1, TimeUnit.SECONDS);
            AtomicFiles.write(r.out().toAbsolutePath().normalize(), bytes);
            return;
        }
        BufferedImage img = SwingFXUtils.fromFXImage(image, null);
        write(img, r.out());
    }

    private static void waitFrames(int frames, Runnable then) {
        new AnimationTimer() {
            int n;

            @Override
            public void handle(long now) {
                if (++n >= frames) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    /** Through {@link AtomicFiles}: a temporary file beside the target, then one rename; never half a PNG. */
    private static void write(BufferedImage img, Path out) throws IOException {
        ImageIO.setUseCache(false); // ImageIO's stream cache would be a file of its own in java.io.tmpdir
        AtomicFiles.write(out.toAbsolutePath().normalize(), o -> {
            if (!ImageIO.write(img, "png", o)) throw new IOException("no PNG writer");
        });
    }
}
