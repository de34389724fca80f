package org.sourcedtimeline.io.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the passages between quotation marks of every kind web text uses: « », “ ”, „ “, straight
 * quotes, and ‘ ’, with their damage. A mark opens only when words follow it; a closer of another
 * kind still closes (« … ” is a damaged quotation, not two); a quotation left open ends at the end of
 * its paragraph, unless the next paragraph opens with « (the French way of running one quotation on
 * over several paragraphs); an opener of the same kind met before any closer ends the one before.
 */
final class QuotedSpans {
    private QuotedSpans() {}

    static List<QuotedSpan> find(String text) {
        List<QuotedSpan> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (opens(text, i)) {
                QuotedSpan q = closeFrom(text, i);
                if (q != null) {
                    out.add(q);
                    i = Math.max(q.closed() ? q.close() + 1 : q.end(), i + 1);
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    /** Whether the mark at {@code i} opens a quotation: an opening mark with words after it. */
    static boolean opens(String text, int i) {
        char c = text.charAt(i);
        boolean candidate = switch (c) {
            case '«', '“', '„' -> true;
            // A straight quote or ‘ opens after a space, a bracket or the line's start, never inside a word.
            case '"', '‘' -> i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            default -> false;
        };
        if (!candidate) return false;
        int j = skipSpaces(text, i + 1);
        return j < text.length() && (Character.isLetterOrDigit(text.codePointAt(j)) || text.charAt(j) == '…'
                || text.charAt(j) == '(' || text.charAt(j) == '[' || text.charAt(j) == '.');
    }

    private static QuotedSpan closeFrom(String text, int open) {
        char mark = text.charAt(open);
        int start = skipSpaces(text, open + 1);
        List<String> damage = new ArrayList<>();
        int depth = 0;
        int i = start;
        while (true) {
            if (i >= text.length() || text.charAt(i) == '\n') {
                int paraEnd = i;
                // « … then a new paragraph that opens with «: the same quotation goes on.
                int next = i + 1;
                if (i < text.length() && next < text.length() && (mark == '«' || mark == '“') && text.charAt(next) == mark) {
                    damage.add("runs on into the next paragraph (reopened with " + mark + ")");
                    i = skipSpaces(text, next + 1);
                    continue;
                }
                damage.add("opened with " + mark + " and never closed: ends with its paragraph");
                return new QuotedSpan(open, start, trimEnd(text, start, paraEnd), -1, mark, damage);
            }
            char c = text.charAt(i);
            if (i > start && c == mark && mark != '"' && mark != '‘' && opens(text, i) && depth == 0) {
                // The same opener again before any closer: the first was left open.
                damage.add("opened with " + mark + " and never closed: ends before the next " + mark);
                return new QuotedSpan(open, start, trimEnd(text, start, i), -1, mark, damage);
            }
            if (isNestedOpener(mark, c) && opens(text, i)) {
                depth++;
            } else if (closes(text, i, mark)) {
                if (depth > 0 && c != '»') {
                    depth--;
                } else {
                    char expected = closerOf(mark);
                    if (c != expected && !(mark == '„' && c == '“')) damage.add("opened with " + mark + " and closed with " + c);
                    int end = trimEnd(text, start, i);
                    if (end <= start) return null;
                    return new QuotedSpan(open, start, end, i, mark, damage);
                }
            }
            i++;
        }
    }

    private static boolean isNestedOpener(char outer, char c) {
        return (outer == '«' && (c == '“' || c == '‘' || c == '„')) || (outer == '“' && c == '‘');
    }

    /** Whether the character at {@code i} closes a quotation opened with {@code mark}. */
    private static boolean closes(String text, int i, char mark) {
        char c = text.charAt(i);
        boolean wordAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        boolean wordBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
        return switch (c) {
            case '»' -> true;
            case '”' -> true;
            case '“' -> mark == '„' || (mark == '“' && !wordAfter); // a “ used as a closer, as some sites do
            case '"' -> !wordAfter || (mark == '"' && wordBefore);
            // ’ is the French apostrophe: it closes only a ‘ and only where no word follows it.
            case '’' -> mark == '‘' && !wordAfter;
            default -> false;
        };
    }

    private static char closerOf(char mark) {
        return switch (mark) {
            case '«' -> '»';
            case '“' -> '”';
            case '„' -> '“';
            case '‘' -> '’';
            default -> '"';
        };
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && isSpace(text.charAt(i))) i++;
        return i;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && (isSpace(text.charAt(end - 1)) || text.charAt(end - 1) == '\n')) end--;
        return end;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\t';
    }
}
