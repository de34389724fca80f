package org.sourcedtimeline.ui.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.sourcedtimeline.ConfigDir;
import org.sourcedtimeline.ErrorLog;
import org.sourcedtimeline.io.AtomicFiles;

/**
 * What the window remembers between runs: size and position, divider positions, theme, language, the
 * last selection, the recent files and the hidden panels. They live in {@value #FILE_NAME} in the
 * user's {@link ConfigDir}, a small properties file written whole through {@link AtomicFiles} (a
 * crash while saving leaves the previous file).
 *
 * <p>Reading is tolerant: a settings file that is not UTF-8, not a properties file, larger than
 * {@value #MAX_BYTES} bytes or cut short (its last line is {@value #END}) is ignored with a warning in
 * the {@link ErrorLog}, and the app starts with defaults; a single bad value falls back to its default.
 * Settings are a comfort: nothing here ever stops the app.
 *
 * <p>Earlier versions kept these in {@code java.util.prefs} (node {@value #APP_NODE}), whose backing
 * store the JDK writes non-atomically. {@link #forApp} copies that node once, when no settings file
 * exists yet; the old node is read, never written.
 */
public final class UiSettings {
    /** Recent files kept, in the File menu and in the settings. */
    public static final int MAX_RECENT = 8;

    public static final String FILE_NAME = "settings.properties";
    /** The java.util.prefs node of earlier versions, migrated once. */
    public static final String APP_NODE = "org/sourcedtimeline";
    static final long MAX_BYTES = 1 << 20;
    /** Last line of a complete file: without it the file was cut short. */
    static final String END = "# end";
    private static final String SEP = "\n";

    private final Path file;
    private final ErrorLog log;
    private final Properties values = new Properties();
    private boolean dirty;
    private boolean warnedWrite;

    /**
     * Settings kept in {@code file} (read now, tolerantly).
     *
     * @param log where warnings go; null for standard error only
     */
    public UiSettings(Path file, ErrorLog log) {
        this.file = file.toAbsolutePath().normalize();
        this.log = log;
        read();
    }

    /** The app's settings in the user's configuration folder, migrated from java.util.prefs the first time. */
    public static UiSettings forApp(ErrorLog log) {
        Path f = ConfigDir.resolve().resolve(FILE_NAME);
        boolean existed = Files.exists(f);
        UiSettings s = new UiSettings(f, log);
        // A folder chosen by -Dsourcedtimeline.configDir (tests, a portable install) starts clean.
        if (!existed && !ConfigDir.overridden()) s.migrateFrom(legacyNode());
        return s;
    }

    public Path file() { return file; }

    /** The node of earlier versions, or null when there is none (or the preferences cannot be read). */
    static Preferences legacyNode() {
        try {
            return Preferences.userRoot().nodeExists(APP_NODE) ? Preferences.userRoot().node(APP_NODE) : null;
        } catch (BackingStoreException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Copies every key of an old preferences node that this file does not have, and saves. Reads the
     * node only; it stays as it was (an older version still finds its settings).
     *
     * @return true when something was copied
     */
    public boolean migrateFrom(Preferences node) {
        if (node == null) return false;
        int copied = 0;
        try {
            for (String key : node.keys()) {
                String v = node.get(key, null);
                if (v != null && !values.containsKey(key)) {
                    values.setProperty(key, v);
                    copied++;
                }
            }
        } catch (BackingStoreException | RuntimeException e) {
            warn("the settings of an earlier version (java.util.prefs " + node.absolutePath() + ") could not be read: " + e);
            return false;
        }
        if (copied == 0) return false;
        dirty = true;
        flush();
        warn("settings of an earlier version (java.util.prefs " + node.absolutePath() + ") copied to " + file);
        return true;
    }

    // ---- values ---------------------------------------------------------------------------------

    /** Window bounds {x, y, w, h}, or null when never saved (or nonsense). */
    public double[] windowBounds() {
        double[] b = doubles(get("window.bounds"));
        return b != null && b.length == 4 && b[2] >= 200 && b[3] >= 150 && b[2] <= 100_000 && b[3] <= 100_000
                && Math.abs(b[0]) <= 100_000 && Math.abs(b[1]) <= 100_000 ? b : null;
    }

    public void setWindowBounds(double x, double y, double w, double h) {
        put("window.bounds", x + "," + y + "," + w + "," + h);
    }

    public boolean maximized() { return Boolean.parseBoolean(get("window.maximized")); }

    public void setMaximized(boolean m) { put("window.maximized", Boolean.toString(m)); }

    /** Divider positions, each within 0..1, or null. */
    public double[] dividers(String name) {
        double[] d = doubles(get("dividers." + name));
        if (d == null) return null;
        for (double x : d) if (x < 0 || x > 1) return null;
        return d;
    }

    public void setDividers(String name, double[] positions) {
        StringBuilder b = new StringBuilder();
        for (double d : positions) b.append(b.length() > 0 ? "," : "").append(d);
        put("dividers." + name, b.toString());
    }

    public Theme theme() { return Theme.parse(get("theme"), Theme.LIGHT); }

    public void setTheme(Theme t) { put("theme", t.name()); }

    /** The saved UI language, or the system's (French if it is French, else English) at first start. */
    public Locale locale() {
        String tag = get("language");
        if (tag == null) tag = Locale.getDefault().getLanguage();
        return "fr".equals(tag) ? Locale.FRENCH : Locale.ENGLISH;
    }

    public void setLocale(Locale l) { put("language", l.getLanguage()); }

    /**
     * The timeline's last visible window {start, end} (epoch days) over the model named {@code model}
     * (a file's path, or the built-in model's name), or null when it was saved over another model, or
     * never, or is nonsense: a view of one model says nothing about another.
     */
    public double[] timelineWindow(String model) {
        double[] w = doubles(get("timeline.window"));
        if (w == null || w.length != 2 || !(w[1] - w[0] >= 1) || Math.abs(w[0]) > 4_000_000 || Math.abs(w[1]) > 4_000_000) return null;
        return model != null && model.equals(get("timeline.window.model")) ? w : null;
    }

    public void setTimelineWindow(String model, double start, double end) {
        put("timeline.window", start + "," + end);
        put("timeline.window.model", model);
    }

    public String lastEventId() { return get("selection.event"); }

    public String lastQuoteId() { return get("selection.quote"); }

    public void setLastSelection(String eventId, String quoteId) {
        put("selection.event", eventId);
        put("selection.quote", quoteId);
    }

    /** The model file last open (null for the built-in model). */
    public Path lastModelFile() { return path(get("model.file")); }

    public void setLastModelFile(Path p) { put("model.file", p == null ? null : p.toString()); }

    public List<Path> recentFiles() {
        String s = get("recent");
        List<Path> out = new ArrayList<>();
        if (s == null) return out;
        for (String line : s.split(SEP)) {
            Path p = line.isBlank() ? null : path(line);
            if (p != null && out.size() < MAX_RECENT) out.add(p);
        }
        return out;
    }

    public void setRecentFiles(List<Path> files) {
        StringBuilder b = new StringBuilder();
        files.stream().limit(MAX_RECENT).forEach(p -> b.append(p).append(SEP));
        put("recent", b.toString());
    }

    /** Ids of the side panels the user closed. */
    public List<String> hiddenPanels() {
        String s = get("panels.hidden");
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(","));
    }

    public void setHiddenPanels(List<String> ids) { put("panels.hidden", String.join(",", ids)); }

    // ---- storage --------------------------------------------------------------------------------

    private String get(String key) { return values.getProperty(key); }

    private void put(String key, String value) {
        if (value == null) {
            if (values.remove(key) != null) dirty = true;
        } else if (!value.equals(values.getProperty(key))) {
            values.setProperty(key, value);
            dirty = true;
        }
    }

    /** Writes the file if anything changed. A failure is logged once and otherwise ignored. */
    public void flush() {
        if (!dirty) return;
        try {
            AtomicFiles.write(file, out -> {
                Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                w.write(text());
                w.flush();
            });
            dirty = false;
        } catch (IOException | RuntimeException e) {
            if (!warnedWrite) warn("the settings could not be saved to " + file + ": " + e);
            warnedWrite = true;
        }
    }

    /** The file's content: sorted keys, escaped as properties, and the end line. */
    String text() {
        StringBuilder b = new StringBuilder("# Sourced Timeline settings. Written by the app; the last line marks a complete file.\n");
        for (String key : new TreeSet<>(values.stringPropertyNames()))
            b.append(escape(key, true)).append('=').append(escape(values.getProperty(key), false)).append('\n');
        return b.append(END).append('\n').toString();
    }

    private void read() {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException | RuntimeException e) {
            warn("the settings file " + file + " cannot be read (" + e + "); starting with defaults");
            return;
        }
        if (bytes.length > MAX_BYTES) {
            ignore("is larger than " + MAX_BYTES + " bytes");
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            ignore("is not UTF-8 text");
            return;
        }
        String trimmed = text.stripTrailing();
        if (!trimmed.substring(trimmed.lastIndexOf('\n') + 1).equals(END)) {
            ignore(text.isBlank() ? "is empty" : "is cut short (its last line is not \"" + END + "\")");
            return;
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            ignore("is not a settings file (" + e.getMessage() + ")");
            return;
        }
        values.putAll(p);
    }

    private void ignore(String why) {
        warn("the settings file " + file + " " + why + "; it is ignored and the app starts with default settings");
    }

    private void warn(String message) {
        System.err.println("sourced-timeline: " + message);
        if (log != null) log.warning(message);
    }

    private static String escape(String s, boolean key) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\f' -> b.append("\\f");
                case '=', ':', '#', '!' -> b.append('\\').append(c);
                case ' ' -> b.append(key || i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c == 0x7F) b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }

    private static Path path(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static double[] doubles(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            double[] d = Arrays.stream(s.split(",")).mapToDouble(x -> Double.parseDouble(x.strip())).toArray();
            for (double x : d) if (!Double.isFinite(x)) return null;
            return d;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
