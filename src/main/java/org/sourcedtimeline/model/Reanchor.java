package org.sourcedtimeline.model;

/**
 * Finds a quote again in an article that has changed since the model was built: first its exact
 * words (picking, among repeats, the one whose context matches best), then the words between its
 * old prefix and suffix. Says how sure the result is.
 */
public final class Reanchor {
    public enum Status { EXACT, APPROXIMATE, LOST }

    /** Where the quote is now; {@code range} is null when lost. */
    public record Outcome(Status status, TextRange range) {}

    /** Characters of old context (of 64) that must agree before a match of the words counts as exact. */
    static final int TRUSTED_CONTEXT = 12;

    private Reanchor() {}

    public static Outcome find(ArticleText article, Selector old) {
        String exact = old.exact();
        int best = -1, bestScore = -1, matches = 0;
        for (int at = article.indexOf(exact, 0); at >= 0; at = article.indexOf(exact, at + 1)) {
            matches++;
            int end = at + ArticleText.codePoints(exact);
            int score = commonSuffix(article.before(at, Selector.CONTEXT), old.prefix())
                    + commonPrefix(article.after(end, Selector.CONTEXT), old.suffix());
            if (score > bestScore) {
                bestScore = score;
                best = at;
            }
        }
        TextRange exactRange = matches == 0 ? null : new TextRange(best, best + ArticleText.codePoints(exact));
        // The same words elsewhere, with a different context, are not proof that this quote moved there.
        if (exactRange != null && bestScore >= TRUSTED_CONTEXT) return new Outcome(Status.EXACT, exactRange);
        if (old.prefix().length() >= 8 && old.suffix().length() >= 8) {
            int p = article.indexOf(old.prefix(), 0);
            if (p >= 0) {
                int start = p + ArticleText.codePoints(old.prefix());
                int s = article.indexOf(old.suffix(), start);
                int maxLength = ArticleText.codePoints(exact) * 2 + 16;
                if (s > start && s - start <= maxLength) return new Outcome(Status.APPROXIMATE, new TextRange(start, s));
            }
        }
        if (exactRange != null) return new Outcome(Status.APPROXIMATE, exactRange);
        return new Outcome(Status.LOST, null);
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) n++;
        return n;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) n++;
        return n;
    }
}
