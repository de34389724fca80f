package org.sourcedtimeline.ui.icons;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;

/**
 * The app's icon at the sizes desktops ask for (16 to 256 px). Decoding the five PNGs takes the
 * JavaFX thread a few tens of milliseconds at start, so the app has them decoded on a thread of its
 * own ({@link #start}, once JavaFX runs) while that thread builds the window; {@link #images} waits
 * for that, or decodes them itself when nothing was started (tests, the render command).
 */
public final class WindowIcons {
    private static final int[] SIZES = {16, 32, 48, 128, 256};
    private static CompletableFuture<List<Image>> decoding;

    private WindowIcons() {}

    /** Starts decoding the icons; JavaFX must be running (an image is made by its toolkit). */
    public static synchronized void start() {
        if (decoding != null) return;
        decoding = CompletableFuture.supplyAsync(WindowIcons::decode, r -> {
            Thread t = new Thread(r, "window-icons");
            t.setDaemon(true);
            t.start();
        });
    }

    /** The icons, in size order; a missing one is left out (the desktop shows its default). */
    public static List<Image> images() {
        CompletableFuture<List<Image>> d;
        synchronized (WindowIcons.class) {
            d = decoding;
        }
        return d == null ? decode() : d.join();
    }

    private static List<Image> decode() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = WindowIcons.class.getResourceAsStream("sourced-timeline-" + size + ".png")) {
                if (in != null) images.add(new Image(in));
            } catch (IOException e) {
                // A missing icon leaves the desktop's default: nothing to tell the user.
            }
        }
        return images;
    }
}
