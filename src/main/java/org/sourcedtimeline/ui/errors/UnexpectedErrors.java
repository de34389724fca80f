package org.sourcedtimeline.ui.errors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import org.sourcedtimeline.ErrorLog;

/**
 * What happens to an exception nobody caught, on the JavaFX thread (a bug in an event handler, a
 * listener, a layout pass) or on any other thread: it is written with its stack trace to the
 * {@link ErrorLog}, printed on standard error, and handed to a {@link Sink} on the JavaFX thread, which
 * shows it and saves the user's place. Nothing else happens: the window, the model and the selection
 * stay as they were and the user carries on.
 *
 * <p>Installed as the JVM's default handler and as the JavaFX thread's own handler (which JavaFX asks
 * first); {@link #uninstall()} puts back what was there. JavaFX {@code Task}s keep their exceptions to
 * themselves: their owners pass them to {@link #log} or {@link #report}. Code that can undo what it did
 * runs under {@link #capture}, which collects the errors instead of showing them (the window puts the
 * previous model back when a new one fails to show).
 */
public final class UnexpectedErrors implements Thread.UncaughtExceptionHandler {

    /** Shows an error to the user; called on the JavaFX thread. */
    @FunctionalInterface
    public interface Sink {
        /** @param logged true when the error is in {@code logFile} */
        void show(Throwable error, Path logFile, boolean logged);
    }

    private final ErrorLog log;
    private final Sink sink;
    private final AtomicLong reports = new AtomicLong();
    private Thread.UncaughtExceptionHandler previousDefault;
    private Thread.UncaughtExceptionHandler previousFx;
    private Thread fxThread;
    /** Set while the sink runs: an error while showing an error is logged, not shown again (no loop). */
    private boolean showing;
    /** Set while {@link #capture} runs: errors of the JavaFX thread are collected (and logged), not shown. */
    private List<Throwable> captured;
    private String capturing;

    public UnexpectedErrors(ErrorLog log, Sink sink) {
        this.log = log;
        this.sink = sink;
    }

    /** Creates the handler and installs it for every thread. Call on the JavaFX thread. */
    public static UnexpectedErrors install(ErrorLog log, Sink sink) {
        UnexpectedErrors h = new UnexpectedErrors(log, sink);
        h.previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(h);
        if (Platform.isFxApplicationThread()) {
            h.fxThread = Thread.currentThread();
            // JavaFX asks the thread's own handler; another part of the app (or a test) may have set one.
            h.previousFx = h.fxThread.getUncaughtExceptionHandler() == h.fxThread.getThreadGroup() ? null
                    : h.fxThread.getUncaughtExceptionHandler();
            h.fxThread.setUncaughtExceptionHandler(h);
        }
        return h;
    }

    /** Puts back the handlers that were there before {@link #install}. */
    public void uninstall() {
        if (Thread.getDefaultUncaughtExceptionHandler() == this) Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        if (fxThread != null && fxThread.getUncaughtExceptionHandler() == this) fxThread.setUncaughtExceptionHandler(previousFx);
    }

    public Path logFile() { return log.file(); }

    /** How many errors reached this handler (for tests and for the status of a session). */
    public long count() { return reports.get(); }

    @Override
    public void uncaughtException(Thread t, Throwable e) {
        report("uncaught exception", t, e);
    }

    /**
     * Runs {@code action} on the JavaFX thread and returns every error it caused there, thrown or caught
     * by JavaFX on the way (a listener that failed): logged, not shown, for the caller to undo what it
     * did and say so. Empty when all went well.
     */
    public List<Throwable> capture(String what, Runnable action) {
        List<Throwable> outer = captured;
        String outerWhat = capturing;
        List<Throwable> mine = new ArrayList<>();
        captured = mine;
        capturing = what;
        try {
            action.run();
        } catch (RuntimeException | StackOverflowError e) {
            log(what, Thread.currentThread(), e);
            mine.add(e);
        } finally {
            captured = outer;
            capturing = outerWhat;
        }
        return mine;
    }

    /** Logs an error and shows it. Safe on any thread; never throws. */
    public void report(String what, Thread t, Throwable e) {
        if (captured != null && Platform.isFxApplicationThread()) {
            log(capturing + " (" + what + ")", t, e);
            captured.add(e);
            return;
        }
        boolean logged = log(what, t, e);
        Runnable show = () -> {
            if (showing) return;
            showing = true;
            try {
                sink.show(e, log.file(), logged);
            } catch (Throwable failed) {
                // Showing failed (a broken scene?): it is in the log and on standard error; never loop.
                log("showing an unexpected error", Thread.currentThread(), failed);
            } finally {
                showing = false;
            }
        };
        try {
            Platform.runLater(show);
        } catch (IllegalStateException toolkitGone) {
            // The toolkit has exited (the app is closing): the log is all there is.
        }
    }

    /** Logs an error without showing it (the caller shows its own message). Never throws. */
    public boolean log(String what, Thread t, Throwable e) {
        reports.incrementAndGet();
        boolean logged = false;
        try {
            logged = log.error(what, t == null ? "?" : t.getName(), e);
        } catch (Throwable failed) {
            // An ErrorLog never throws; an OutOfMemoryError while formatting might.
        }
        try {
            System.err.println("sourced-timeline: unexpected error (" + what + ")" + (logged ? ", written to " + log.file() : "") + ":");
            e.printStackTrace();
        } catch (Throwable ignored) {
            // Standard error closed: nothing more to do.
        }
        return logged;
    }
}
