package org.sourcedtimeline.ui.window;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.sourcedtimeline.io.ModelLoader;
import org.sourcedtimeline.model.SearchIndex;

/**
 * The built-in model, read on a thread of its own from the moment the app is asked to open its
 * window: reading, parsing and checking it then overlap JavaFX's own start, and the window shows the
 * model in its first frame instead of an empty one. Its search index is built there too, off the
 * JavaFX thread. One window takes the result ({@link MainWindow#showForApp}); every later load goes
 * through {@link MainWindow}'s loader as before.
 */
public final class BuiltInModelPreload {
    /** What the read gives: the load, and the model's search index when it loaded. */
    record Read(ModelLoader.Result result, SearchIndex index) {}

    private static CompletableFuture<Read> pending;

    private BuiltInModelPreload() {}

    /** Starts reading the built-in model, unless a read is already waiting to be taken. */
    public static synchronized void start() {
        if (pending != null) return;
        CompletableFuture<Read> read = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                ModelLoader.Result r = ModelLoader.loadBuiltIn();
                read.complete(new Read(r, r.ok() ? new SearchIndex(r.loaded().model()) : null));
            } catch (RuntimeException | Error e) {
                read.completeExceptionally(e); // a bug of the loader: reported by the window like any failed load
            }
        }, "model-preload");
        t.setDaemon(true);
        t.start();
        pending = read;
    }

    /** The read {@link #start} began, handed over once; null when none was started since the last take. */
    static synchronized CompletableFuture<Read> take() {
        CompletableFuture<Read> read = pending;
        pending = null;
        return read;
    }

    /** The read waiting to be taken, left in place (for tests). */
    static synchronized CompletableFuture<Read> peek() { return pending; }

    /** Waits for a read and returns its result, or throws what the loader threw (not wrapped). */
    static <T> T await(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }
}
