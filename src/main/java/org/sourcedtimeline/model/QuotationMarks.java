package org.sourcedtimeline.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where quoted words begin in an article: after each opening « or “ (or a straight " that
 * opens). Web text misuses marks (a “ that closes, a « never closed), so a mark counts as opening
 * only when words follow it, and the offset returned is that of the first word, not of the mark.
 */
public final class QuotationMarks {
    private QuotationMarks() {}

    /** Code-point offsets of the first character of each quoted passage. */
    public static List<Integer> quotedWordStarts(ArticleText article) {
        String s = article.text();
        List<Integer> out = new ArrayList<>();
        int cp = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c == '«' || c == '“' || c == '"' || c == '„') {
                int j = next;
                int skipped = 0;
                while (j < s.length() && isSpace(s.charAt(j)) && skipped < 2) {
                    j++;
                    skipped++;
                }
                if (j < s.length() && (Character.isLetterOrDigit(s.codePointAt(j)) || s.charAt(j) == '…')) {
                    boolean opens = c != '"' || i == 0 || !Character.isLetterOrDigit(s.codePointBefore(i));
                    if (opens) out.add(cp + 1 + skipped);
                }
            }
            cp++;
            i = next;
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F';
    }
}
