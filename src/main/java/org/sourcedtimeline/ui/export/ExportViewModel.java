package org.sourcedtimeline.ui.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.sourcedtimeline.io.AtomicFiles;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.io.export.ExportFormat;

/**
 * What the export dialog shows and does, with no toolkit: the chosen format and options, a preview of
 * the first lines the export will write (computed in the background, stopped as soon as it has
 * enough), and the writing itself (in the background, atomically, never over a file the user has
 * not agreed to replace).
 */
public final class ExportViewModel {
    /** Lines the preview shows. */
    static final int PREVIEW_LINES = 40;
    /** Enough bytes for the preview's lines: the export is stopped once it has written them. */
    static final int PREVIEW_BYTES = 24 * 1024;

    /** How a request to write ended. */
    public enum Write { STARTED, NEEDS_CONFIRMATION, BUSY }

    /** What the last write did: the file written, or why nothing was. */
    public record Done(Path file, String error) {
        public boolean ok() { return error == null; }
    }

    private final LoadedModel loaded;
    private final Locale locale;
    private final String selectedEventId;
    private final Executor background;
    private final Consumer<Runnable> fxThread;

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.QUOTES_CSV);
    private final BooleanProperty selectedEventOnly = new SimpleBooleanProperty(this, "selectedEventOnly");
    private final BooleanProperty byteOrderMark = new SimpleBooleanProperty(this, "byteOrderMark");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<Done> done = new ReadOnlyObjectWrapper<>(this, "done");
    private int previewGeneration;

    /**
     * @param selectedEventId the event selected in the window, or null
     * @param background where the preview and the writing run
     * @param fxThread how their results reach the JavaFX thread ({@code Platform::runLater})
     */
    public ExportViewModel(LoadedModel loaded, Locale locale, String selectedEventId, Executor background, Consumer<Runnable> fxThread) {
        this.loaded = loaded;
        this.locale = locale;
        this.selectedEventId = selectedEventId;
        this.background = background;
        this.fxThread = fxThread;
        selectedEventOnly.set(selectedEventId != null);
        format.addListener(o -> refreshPreview());
        selectedEventOnly.addListener(o -> refreshPreview());
        byteOrderMark.addListener(o -> refreshPreview());
    }

    public ObjectProperty<ExportFormat> formatProperty() { return format; }

    /** Markdown of the selected event alone; taken only by Markdown and when an event is selected. */
    public BooleanProperty selectedEventOnlyProperty() { return selectedEventOnly; }

    /** A UTF-8 byte-order mark first, for spreadsheets; taken only by the CSV formats. */
    public BooleanProperty byteOrderMarkProperty() { return byteOrderMark; }

    public ReadOnlyStringProperty previewProperty() { return preview.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Done> doneProperty() { return done.getReadOnlyProperty(); }

    public String selectedEventId() { return selectedEventId; }

    /** True when the options apply to the chosen format. */
    public boolean eventOnlyApplies() { return format.get() == ExportFormat.MARKDOWN && selectedEventId != null; }

    public boolean byteOrderMarkApplies() { return format.get().isCsv(); }

    ExportFormat.Options options() {
        return new ExportFormat.Options(eventOnlyApplies() && selectedEventOnly.get() ? selectedEventId : null, locale,
                byteOrderMarkApplies() && byteOrderMark.get());
    }

    /** A file name to offer: the model's name, the format, its extension. */
    public String suggestedFileName(Path modelFile) {
        String base = modelFile == null ? "sourced-timeline" : modelFile.getFileName().toString().replaceFirst("\\.[^.]*$", "")
                .replaceFirst("\\.timeline$", "");
        ExportFormat.Options o = options();
        String what = o.eventId() != null ? o.eventId() : format.get().cliName();
        return base + "-" + what + "." + format.get().extension();
    }

    /** Computes the preview again, in the background; a newer request wins over an older one still running. */
    public void refreshPreview() {
        int generation = ++previewGeneration;
        ExportFormat f = format.get();
        ExportFormat.Options o = options();
        background.execute(() -> {
            String text = previewOf(f, o);
            fxThread.accept(() -> {
                if (generation == previewGeneration) preview.set(text);
            });
        });
    }

    private String previewOf(ExportFormat f, ExportFormat.Options o) {
        Head head = new Head();
        try {
            f.write(loaded, new ExportFormat.Options(o.eventId(), o.locale(), false), head);
        } catch (Head.Full enough) {
            // The preview has its lines; the rest is not computed.
        } catch (IOException | RuntimeException e) {
            return "(" + e.getMessage() + ")";
        }
        String s = new String(head.bytes(), StandardCharsets.UTF_8);
        String[] lines = s.split("\r?\n", -1);
        if (lines.length <= PREVIEW_LINES && !head.full) return s;
        // When the export was stopped, its last line is cut (perhaps inside a character): not shown.
        int shown = Math.min(PREVIEW_LINES, head.full ? lines.length - 1 : lines.length);
        return String.join("\n", java.util.Arrays.copyOf(lines, shown)) + "\n…";
    }

    /**
     * Writes the export to {@code target} in the background (the file whole or not at all). A file that
     * exists is replaced only with {@code replaceConfirmed}; otherwise nothing starts and the answer says
     * the user must be asked.
     */
    public Write write(Path target, boolean replaceConfirmed) {
        ExportFormat f = format.get();
        ExportFormat.Options o = options();
        return write(target, replaceConfirmed, out -> f.write(loaded, o, out));
    }

    /**
     * As {@link #write(Path, boolean)}, for content made already: an image of the timeline, which only
     * the JavaFX thread can draw.
     */
    public Write write(Path target, boolean replaceConfirmed, byte[] content) {
        return write(target, replaceConfirmed, out -> out.write(content));
    }

    private Write write(Path target, boolean replaceConfirmed, AtomicFiles.Content content) {
        if (busy.get()) return Write.BUSY;
        if (Files.exists(target) && !replaceConfirmed) return Write.NEEDS_CONFIRMATION;
        busy.set(true);
        background.execute(() -> {
            Done d;
            try {
                AtomicFiles.write(target, content);
                d = new Done(target, null);
            } catch (IOException | RuntimeException e) {
                d = new Done(target, e.getMessage() == null ? e.toString() : e.getMessage());
            }
            Done result = d;
            fxThread.accept(() -> {
                busy.set(false);
                done.set(result);
            });
        });
        return Write.STARTED;
    }

    /** The first bytes an export writes; then it is stopped. */
    private static final class Head extends OutputStream {
        static final class Full extends RuntimeException {
            Full() { super("preview full", null, false, false); }
        }

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean full;

        @Override public void write(int b) { write(new byte[] {(byte) b}, 0, 1); }

        @Override public void write(byte[] b, int off, int len) {
            int room = PREVIEW_BYTES - bytes.size();
            bytes.write(b, off, Math.min(room, len));
            if (len >= room) {
                full = true;
                throw new Full();
            }
        }

        byte[] bytes() { return bytes.toByteArray(); }
    }
}
