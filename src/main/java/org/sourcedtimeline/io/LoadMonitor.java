package org.sourcedtimeline.io;

/**
 * Watches a load from another thread: the loader tells it how far it has got and asks it, now and
 * then, whether to stop. Both must be cheap and safe to call from any thread: a large model is read
 * on a thread of the loader's own while the loading thread decodes it. Progress still rises: the
 * reading reports up to {@link ModelLoader#READING_SHARE} and ends before the checks report the rest.
 */
public interface LoadMonitor {
    /** A load that nobody watches. */
    LoadMonitor NONE = new LoadMonitor() {
        @Override public void progress(double fraction) { }

        @Override public boolean cancelled() { return false; }
    };

    /** The share of the work done, from 0 to 1, rising. */
    void progress(double fraction);

    /** True asks the loader to stop; it then returns a cancelled result and loads nothing. */
    boolean cancelled();

    /** Thrown inside the loader to unwind a cancelled load; never leaves {@link ModelLoader}. */
    final class Cancelled extends RuntimeException {
        Cancelled() { super("cancelled", null, false, false); }
    }
}
