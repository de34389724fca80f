package org.sourcedtimeline.model;

/**
 * An article's text, addressed in Unicode code points as the W3C selectors are. The text is kept
 * exactly as decoded from the file: no normalisation, no line-end conversion.
 */
public final class ArticleText {
    private final String text;
    private final int length;
    // Only needed when the text has characters outside the BMP; null means char index == code point.
    private final int[] charIndexOfCodePoint;

    public ArticleText(String text) {
        this.text = text;
        this.length = text.codePointCount(0, text.length());
        if (length == text.length()) {
            charIndexOfCodePoint = null;
        } else {
            charIndexOfCodePoint = new int[length + 1];
            int ci = 0;
            for (int cp = 0; cp < length; cp++) {
                charIndexOfCodePoint[cp] = ci;
                ci += Character.charCount(text.codePointAt(ci));
            }
            charIndexOfCodePoint[length] = text.length();
        }
    }

    public String text() { return text; }

    /** Length in code points. */
    public int length() { return length; }

    public int charIndex(int codePoint) {
        if (codePoint < 0 || codePoint > length) throw new IndexOutOfBoundsException(codePoint + " not in 0.." + length);
        return charIndexOfCodePoint == null ? codePoint : charIndexOfCodePoint[codePoint];
    }

    public int codePointIndex(int charIndex) {
        return charIndexOfCodePoint == null ? charIndex : text.codePointCount(0, charIndex);
    }

    /** Code points {@code [start, end)}. */
    public String slice(int start, int end) {
        return text.substring(charIndex(start), charIndex(end));
    }

    /** True when code points {@code [start, end)} are exactly {@code s}; allocates nothing. */
    public boolean matches(int start, int end, String s) {
        int from = charIndex(start);
        int to = charIndex(end);
        return to - from == s.length() && text.regionMatches(from, s, 0, s.length());
    }

    /** Up to {@code n} code points before {@code start}. */
    public String before(int start, int n) { return slice(Math.max(0, start - n), start); }

    /** Up to {@code n} code points from {@code end}. */
    public String after(int end, int n) { return slice(end, Math.min(length, end + n)); }

    /** Code-point offset of {@code exact} at or after {@code fromCodePoint}, or -1. */
    public int indexOf(String exact, int fromCodePoint) {
        if (exact.isEmpty()) return -1;
        int ci = text.indexOf(exact, charIndex(Math.min(fromCodePoint, length)));
        return ci < 0 ? -1 : codePointIndex(ci);
    }

    /** Number of code points in a string, the unit of every offset here. */
    public static int codePoints(String s) { return s.codePointCount(0, s.length()); }

    /** 1-based line and column of a code-point offset, for messages. */
    public int[] lineColumn(int codePoint) {
        int ci = charIndex(Math.min(codePoint, length));
        int line = 1, lineStart = 0;
        for (int i = 0; i < ci; i++) if (text.charAt(i) == '\n') { line++; lineStart = i + 1; }
        return new int[] {line, text.codePointCount(lineStart, ci) + 1};
    }
}
