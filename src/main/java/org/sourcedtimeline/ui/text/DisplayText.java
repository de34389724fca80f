package org.sourcedtimeline.ui.text;

/**
 * Makes text from a model (or from a file name, or a problem message that quotes a model) safe to
 * show: every control character and every bidirectional control is replaced by a visible marker such
 * as {@code ⟨U+202E⟩}, so that a right-to-left override cannot turn {@code evil⟨U+202E⟩txt.exe} into
 * something that reads differently from what it is, and a bell or an escape is seen rather than acted
 * on. Display text only: the model, the citations on the clipboard and the files are never changed.
 *
 * <p>The characters are those the loader warns about ({@code NodeReader.unsafeCharacter}): C0 controls
 * except tab and line feed, DEL, C1 controls, U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069;
 * and lone surrogates, which a JSON {@code \uD800} escape can produce.
 */
public final class DisplayText {
    private DisplayText() {}

    /** The marker shown instead of an unsafe character: {@code ⟨U+202E⟩}. */
    public static String marker(int c) {
        return String.format(java.util.Locale.ROOT, "\u27E8U+%04X\u27E9", c);
    }

    /** True for a character that must never reach the screen as itself. */
    public static boolean isUnsafe(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || (c >= 0x80 && c < 0xA0)
                || c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** The text to show for {@code text}: the same string when nothing needs a marker; "" for null. */
    public static String safe(String text) {
        if (text == null) return "";
        int first = firstUnsafe(text);
        if (first < 0) return text;
        StringBuilder b = new StringBuilder(text.length() + 16);
        b.append(text, 0, first);
        for (int i = first; i < text.length(); i++) appendSafe(b, text, i);
        return b.toString();
    }

    /** {@link #safe} for a single line (a window title, a menu item, a tooltip heading): line breaks and tabs marked too. */
    public static String safeLine(String text) {
        String s = safe(text);
        if (s.indexOf('\n') < 0 && s.indexOf('\t') < 0) return s;
        return s.replace("\n", marker('\n')).replace("\t", marker('\t'));
    }

    /**
     * An article (or any long text) shown with markers, with the position of every original char in
     * the shown text, so that ranges computed on the stored text (a quote's highlight) land on the same
     * characters on screen.
     */
    public static Mapped mapped(String text) {
        int first = firstUnsafe(text);
        if (first < 0) return new Mapped(text, null);
        int[] at = new int[text.length() + 1];
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            at[i] = b.length();
            appendSafe(b, text, i);
        }
        at[text.length()] = b.length();
        return new Mapped(b.toString(), at);
    }

    /** A text as shown, and where each char of the original went. */
    public static final class Mapped {
        private final String shown;
        private final int[] shownIndex;

        private Mapped(String shown, int[] shownIndex) {
            this.shown = shown;
            this.shownIndex = shownIndex;
        }

        public String shown() { return shown; }

        /** Index in {@link #shown()} of the original char index {@code i} (0..length inclusive). */
        public int shownIndex(int i) { return shownIndex == null ? i : shownIndex[i]; }

        /** The shown text of the original chars {@code [from, to)}. */
        public String shown(int from, int to) { return shown.substring(shownIndex(from), shownIndex(to)); }

        /** True when nothing needed a marker. */
        public boolean identity() { return shownIndex == null; }
    }

    private static int firstUnsafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isUnsafe(c) || isLoneSurrogate(s, i)) return i;
        }
        return -1;
    }

    private static void appendSafe(StringBuilder b, String s, int i) {
        char c = s.charAt(i);
        if (isUnsafe(c) || isLoneSurrogate(s, i)) b.append(marker(c));
        else b.append(c);
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        return false;
    }
}
