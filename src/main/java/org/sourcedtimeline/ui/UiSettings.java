package org.sourcedtimeline.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers between runs, in a {@link Preferences} node: size and position, divider
 * positions, theme, language, the last selection and the recent files. The app uses
 * {@link #APP_NODE}; tests pass a node of their own and remove it.
 */
public final class UiSettings {
    public static final String APP_NODE = "org/sourcedtimeline";
    private static final String SEP = "\n";

    private final Preferences node;

    public UiSettings(Preferences node) { this.node = node; }

    public static UiSettings forApp() { return new UiSettings(Preferences.userRoot().node(APP_NODE)); }

    /** Window bounds {x, y, w, h}, or null when never saved. */
    public double[] windowBounds() {
        double[] b = doubles(node.get("window.bounds", null));
        return b != null && b.length == 4 && b[2] >= 200 && b[3] >= 150 ? b : null;
    }

    public void setWindowBounds(double x, double y, double w, double h) {
        node.put("window.bounds", x + "," + y + "," + w + "," + h);
    }

    public boolean maximized() { return node.getBoolean("window.maximized", false); }

    public void setMaximized(boolean m) { node.putBoolean("window.maximized", m); }

    public double[] dividers(String name) { return doubles(node.get("dividers." + name, null)); }

    public void setDividers(String name, double[] positions) {
        StringBuilder b = new StringBuilder();
        for (double d : positions) b.append(b.length() > 0 ? "," : "").append(d);
        node.put("dividers." + name, b.toString());
    }

    public Theme theme() { return Theme.parse(node.get("theme", null), Theme.LIGHT); }

    public void setTheme(Theme t) { node.put("theme", t.name()); }

    /** The saved UI language, or the system's (French if it is French, else English) at first start. */
    public Locale locale() {
        String tag = node.get("language", null);
        if (tag == null) tag = Locale.getDefault().getLanguage();
        return "fr".equals(tag) ? Locale.FRENCH : Locale.ENGLISH;
    }

    public void setLocale(Locale l) { node.put("language", l.getLanguage()); }

    public String lastEventId() { return node.get("selection.event", null); }

    public String lastQuoteId() { return node.get("selection.quote", null); }

    public void setLastSelection(String eventId, String quoteId) {
        if (eventId == null) node.remove("selection.event"); else node.put("selection.event", eventId);
        if (quoteId == null) node.remove("selection.quote"); else node.put("selection.quote", quoteId);
    }

    /** The model file last open (null for the built-in model). */
    public Path lastModelFile() {
        String s = node.get("model.file", null);
        return s == null ? null : Path.of(s);
    }

    public void setLastModelFile(Path p) {
        if (p == null) node.remove("model.file"); else node.put("model.file", p.toString());
    }

    public List<Path> recentFiles() {
        String s = node.get("recent", "");
        List<Path> out = new ArrayList<>();
        for (String line : s.split(SEP)) if (!line.isBlank() && out.size() < MainViewModel.MAX_RECENT) out.add(Path.of(line));
        return out;
    }

    public void setRecentFiles(List<Path> files) {
        StringBuilder b = new StringBuilder();
        files.stream().limit(MainViewModel.MAX_RECENT).forEach(p -> b.append(p).append(SEP));
        node.put("recent", b.toString());
    }

    /** Ids of the side panels the user closed. */
    public List<String> hiddenPanels() {
        String s = node.get("panels.hidden", "");
        return s.isBlank() ? List.of() : Arrays.asList(s.split(","));
    }

    public void setHiddenPanels(List<String> ids) { node.put("panels.hidden", String.join(",", ids)); }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences are a comfort: a read-only home must not stop the app.
        }
    }

    private static double[] doubles(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return Arrays.stream(s.split(",")).mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
