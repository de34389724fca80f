package org.sourcedtimeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import org.sourcedtimeline.io.AtomicFiles;

/**
 * The app's log of unexpected errors and warnings, {@value #FILE_NAME} in the {@link ConfigDir}: each
 * entry has a timestamp, the app and Java versions, the thread, and the whole stack trace, so that a
 * user can attach it to a report. The file is capped at about {@value #MAX_BYTES} bytes: when an entry
 * would take it over, it becomes {@value #FILE_NAME}.1 (replacing the one before) and a new file starts.
 *
 * <p>Every write goes through {@link AtomicFiles} (the file is small, errors are rare): a crash while
 * logging leaves the previous log whole. A storm of errors (one per frame) is not written entry by
 * entry: beyond {@value #BURST} entries a minute, entries are counted and the count is written with
 * the next entry that gets through. Logging never throws: a log that cannot be written is reported
 * on standard error and the app carries on.
 */
public final class ErrorLog {
    public static final String FILE_NAME = "errors.log";
    public static final long MAX_BYTES = 1_000_000;
    /** Entries written per minute at most. */
    static final int BURST = 30;
    /** One entry's text at most (a deep StackOverflowError's trace is cut). */
    static final int MAX_ENTRY_CHARS = 64 * 1024;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Path file;
    private final Clock clock;
    private final ArrayDeque<Long> recent = new ArrayDeque<>();
    private int suppressed;

    public ErrorLog(Path file) { this(file, Clock.systemDefaultZone()); }

    public ErrorLog(Path file, Clock clock) {
        this.file = file.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** The app's log in the user's configuration folder. */
    public static ErrorLog forApp() { return new ErrorLog(ConfigDir.resolve().resolve(FILE_NAME)); }

    public Path file() { return file; }

    /** The file the log rotated into last time it was full. */
    public Path previousFile() { return file.resolveSibling(file.getFileName() + ".1"); }

    /**
     * Writes an unexpected error with its stack trace.
     *
     * @param what what was happening ("uncaught exception", "loading a model")
     * @return true when the entry is in the file (false when it could not be written, or was counted as part of a storm)
     */
    public synchronized boolean error(String what, String threadName, Throwable e) {
        StringWriter trace = new StringWriter();
        try (PrintWriter w = new PrintWriter(trace)) {
            e.printStackTrace(w);
        } catch (RuntimeException | StackOverflowError traceFailed) {
            trace.write(String.valueOf(e) + " (its stack trace could not be printed: " + traceFailed + ")\n");
        }
        return append("ERROR", what + " on thread \"" + threadName + "\"", trace.toString());
    }

    /** Writes a warning (a settings file that was ignored, a setting that could not be saved). */
    public synchronized boolean warning(String message) {
        return append("WARNING", message, "");
    }

    private boolean append(String level, String headline, String body) {
        long now = clock.millis();
        while (!recent.isEmpty() && now - recent.peekFirst() > 60_000) recent.removeFirst();
        if (recent.size() >= BURST) {
            suppressed++;
            return false;
        }
        recent.addLast(now);
        StringBuilder b = new StringBuilder();
        b.append(OffsetDateTime.now(clock).format(STAMP)).append(' ').append(level).append(' ')
                .append(AppInfo.name()).append(' ').append(AppInfo.version())
                .append(" (Java ").append(System.getProperty("java.version")).append(", ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch")).append("): ")
                .append(headline).append('\n');
        if (suppressed > 0) {
            b.append("  (").append(suppressed).append(" earlier report(s) in a burst were not written)\n");
            suppressed = 0;
        }
        String text = body.length() > MAX_ENTRY_CHARS
                ? body.substring(0, MAX_ENTRY_CHARS) + "\n\t... (" + (body.length() - MAX_ENTRY_CHARS) + " more characters)\n"
                : body;
        b.append(text);
        if (b.charAt(b.length() - 1) != '\n') b.append('\n');
        b.append('\n');
        byte[] entry = b.toString().getBytes(StandardCharsets.UTF_8);
        try {
            long size = Files.isRegularFile(file) ? Files.size(file) : 0;
            boolean rotate = size > 0 && size + entry.length > MAX_BYTES;
            if (rotate) rotate();
            boolean keep = !rotate && size > 0;
            AtomicFiles.write(file, out -> {
                if (keep) Files.copy(file, out);
                out.write(entry);
            });
            return true;
        } catch (IOException | RuntimeException failed) {
            System.err.println("sourced-timeline: cannot write " + file + ": " + failed);
            System.err.print(b);
            return false;
        }
    }

    private void rotate() throws IOException {
        Path previous = previousFile();
        try {
            Files.move(file, previous, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(file, previous, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
