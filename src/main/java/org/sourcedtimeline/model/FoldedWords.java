package org.sourcedtimeline.model;

import java.util.List;

/**
 * Reads the words of a text as {@code SearchIndex.tokens(SearchIndex.fold(text))} lists them, one at
 * a time into a reused buffer with its hash, without building the folded text or a string per word.
 *
 * <p>Folding one character at a time gives the same words as folding the whole text for Latin
 * letters, combining marks and general punctuation, which are tabulated here; a text with any other
 * character (Greek, where a capital sigma folds by its place in the word; surrogate pairs; …) is
 * folded whole.
 */
final class FoldedWords {
    private static final char LATIN_END = '\u0370';
    private static final char PUNCTUATION_START = '\u2000';
    private static final char PUNCTUATION_END = '\u2070';
    /** The folded character, when a character folds to exactly one; else one of these two. */
    private static final char SEPARATOR = 0;
    private static final char SEVERAL = '\uffff';
    private static final char[] SINGLE = new char[PUNCTUATION_END];
    /** What each tabulated character folds to, for the {@link #SEVERAL} ones: none (a mark), or several. */
    private static final String[] FOLDED = new String[PUNCTUATION_END];

    static {
        for (char c = 0; c < PUNCTUATION_END; c++) {
            if (c == LATIN_END) c = PUNCTUATION_START;
            String f = SearchIndex.foldChar(c);
            FOLDED[c] = f;
            SINGLE[c] = f.length() != 1 ? SEVERAL : Character.isLetterOrDigit(f.charAt(0)) ? f.charAt(0) : SEPARATOR;
        }
    }

    /** The current word: {@code buffer[0, length)}, hashed as {@link String#hashCode()} would. */
    char[] buffer = new char[32];
    int length;
    int hash;

    private String text;
    private int next;
    private String pending = ""; // what a character folded to, still to read
    private int pendingNext;
    private List<String> whole; // the words of a text folded whole
    private int wholeNext;

    /** Starts on a text; null reads as empty. */
    void reset(String text) {
        this.text = text == null ? "" : text;
        next = 0;
        pending = "";
        pendingNext = 0;
        whole = tabulated(this.text) ? null : SearchIndex.tokens(SearchIndex.fold(this.text));
        wholeNext = 0;
    }

    /** Reads the next word; false when the text has no more. */
    boolean next() {
        length = 0;
        hash = 0;
        if (whole != null) {
            if (wholeNext == whole.size()) return false;
            String w = whole.get(wholeNext++);
            for (int i = 0; i < w.length(); i++) append(w.charAt(i));
            return true;
        }
        while (true) {
            if (pendingNext < pending.length()) {
                char c = pending.charAt(pendingNext++);
                if (Character.isLetterOrDigit(c)) append(c);
                else if (length > 0) return true;
                continue;
            }
            if (next == text.length()) return length > 0;
            char c = text.charAt(next++);
            char f = SINGLE[c];
            if (f == SEVERAL) {
                pending = FOLDED[c];
                pendingNext = 0;
            } else if (f != SEPARATOR) {
                append(f);
            } else if (length > 0) {
                return true;
            }
        }
    }

    /** The current word as a string. */
    String word() {
        return new String(buffer, 0, length);
    }

    /** Whether the current word equals {@code s}. */
    boolean is(String s) {
        if (s.length() != length) return false;
        for (int i = 0; i < length; i++) if (s.charAt(i) != buffer[i]) return false;
        return true;
    }

    private void append(char c) {
        if (length == buffer.length) buffer = java.util.Arrays.copyOf(buffer, length * 2);
        buffer[length++] = c;
        hash = 31 * hash + c;
    }

    private static boolean tabulated(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= PUNCTUATION_END || (c >= LATIN_END && c < PUNCTUATION_START)) return false;
        }
        return true;
    }
}
