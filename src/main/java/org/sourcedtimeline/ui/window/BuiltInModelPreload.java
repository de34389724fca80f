package org.sourcedtimeline.ui.window;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.sourcedtimeline.io.ModelLoader;

/**
 * The built-in model, read on a thread of its own from the moment the app is asked to open its
 * window: reading, parsing and checking it then overlap JavaFX's own start, and the window shows the
 * model in its first frame instead of an empty one. One window takes the result
 * ({@link MainWindow#showForApp}); every later load goes through {@link MainWindow}'s loader as before.
 */
public final class BuiltInModelPreload {
    private static CompletableFuture<ModelLoader.Result> pending;

    private BuiltInModelPreload() {}

    /** Starts reading the built-in model, unless a read is already waiting to be taken. */
    public static synchronized void start() {
        if (pending != null) return;
        CompletableFuture<ModelLoader.Result> read = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                read.complete(ModelLoader.loadBuiltIn());
            } catch (RuntimeException | Error e) {
                read.completeExceptionally(e); // a bug of the loader: reported by the window like any failed load
            }
        }, "model-preload");
        t.setDaemon(true);
        t.start();
        pending = read;
    }

    /** The read {@link #start} began, handed over once; null when none was started since the last take. */
    static synchronized CompletableFuture<ModelLoader.Result> take() {
        CompletableFuture<ModelLoader.Result> read = pending;
        pending = null;
        return read;
    }

    /** The read waiting to be taken, left in place (for tests). */
    static synchronized CompletableFuture<ModelLoader.Result> peek() { return pending; }

    /** Waits for a read and returns its result, or throws what the loader threw (not wrapped). */
    static ModelLoader.Result await(CompletableFuture<ModelLoader.Result> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }
}
