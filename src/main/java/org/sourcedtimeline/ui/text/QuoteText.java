package org.sourcedtimeline.ui.text;

/**
 * Tidies a quotation for display only: straight quotes and apostrophes become typographic, runs of
 * spaces collapse, stray quotation marks left at the edges by the article are dropped. The model's
 * text, the citation and the Source panel always keep the article's exact characters. Control
 * characters and bidirectional controls left in the words are shown as markers ({@link DisplayText}).
 */
public final class QuoteText {
    private QuoteText() {}

    public static String display(String text) {
        return DisplayText.safe(tidy(text));
    }

    private static String tidy(String text) {
        if (text == null) return "";
        String s = text.replaceAll("[\\s\\u00A0\\u202F]+", " ").trim();
        s = s.replace('\'', '\u2019');
        s = stripEdgeMarks(s);
        StringBuilder b = new StringBuilder(s.length());
        boolean open = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                b.append(open ? '\u201C' : '\u201D');
                open = !open;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A title shortened to about {@code max} characters at a word boundary, with an ellipsis. */
    public static String shorten(String text, int max) {
        return shorten(text, max, "\u2026");
    }

    /**
     * A quotation shortened to about {@code max} characters at a word boundary, the cut marked "[…]" as
     * an editor marks one: a plain "…" could be the speaker's or the article's own (« puisse… conduire »).
     */
    public static String shortenQuote(String text, int max) {
        return shorten(text, max, "\u00A0[\u2026]");
    }

    private static String shorten(String text, int max, String mark) {
        // Cut the tidied words, then mark: a cut never splits a marker.
        String s = tidy(text);
        if (s.length() <= max) return DisplayText.safe(s);
        int cut = s.lastIndexOf(' ', max);
        if (cut < max / 2) cut = max;
        if (cut > 0 && Character.isHighSurrogate(s.charAt(cut - 1))) cut--;
        return DisplayText.safe(s.substring(0, cut).replaceAll("[\\s,;:]+$", "")) + mark;
    }

    private static String stripEdgeMarks(String s) {
        String marks = "\"\u201C\u201D\u00AB\u00BB\u201E";
        int a = 0, z = s.length();
        while (a < z && (marks.indexOf(s.charAt(a)) >= 0 || Character.isWhitespace(s.charAt(a)))) a++;
        while (z > a && (marks.indexOf(s.charAt(z - 1)) >= 0 || Character.isWhitespace(s.charAt(z - 1)))) z--;
        String inner = s.substring(a, z);
        // Keep an edge mark only when it closes or opens one inside (« … » balanced); otherwise it is stray.
        return inner;
    }
}
