package org.sourcedtimeline.io.build;

import org.sourcedtimeline.model.ArticleText;
import org.sourcedtimeline.model.TextRange;

/**
 * How a curator points at words of an article: the exact characters, or the words a long passage
 * starts and ends with; {@code occurrence} (1-based, 0 = must be unique) picks among repeats.
 */
public record Passage(String exact, String from, String to, int occurrence) {

    /** The result of looking for a passage: a range, or a message saying why there is none. */
    public record Found(TextRange range, String problem) {
        static Found at(int start, int end) { return new Found(new TextRange(start, end), null); }

        static Found not(String why) { return new Found(null, why); }

        public boolean ok() { return range != null; }
    }

    public String describe() {
        return exact != null ? "\"" + shorten(exact) + "\"" : "from \"" + shorten(from) + "\" to \"" + shorten(to) + "\"";
    }

    public Found findIn(ArticleText t, String fileName) {
        String first = exact != null ? exact : from;
        if (first == null || first.isEmpty()) return Found.not("the passage is empty");
        int count = 0;
        int chosen = -1;
        StringBuilder where = new StringBuilder();
        for (int at = t.indexOf(first, 0); at >= 0; at = t.indexOf(first, at + 1)) {
            count++;
            if (count <= 5) {
                int[] lc = t.lineColumn(at);
                where.append(count > 1 ? ", " : "").append(lc[0]).append(':').append(lc[1]);
            }
            if (count == occurrence || (occurrence == 0 && count == 1)) chosen = at;
        }
        if (count == 0) return Found.not(describe() + " is not in " + fileName + nearMiss(t, first));
        if (occurrence == 0 && count > 1)
            return Found.not(describe() + " occurs " + count + " times in " + fileName + " (at " + where
                    + "); give more words or add \"occurrence\": 1.." + count);
        if (occurrence > count)
            return Found.not("\"occurrence\" is " + occurrence + " but " + describe() + " occurs only " + count + " times in " + fileName);
        int start = chosen;
        int end;
        if (exact != null) {
            end = start + ArticleText.codePoints(exact);
        } else {
            if (to == null || to.isEmpty()) return Found.not("\"to\" is empty");
            int toAt = t.indexOf(to, start + ArticleText.codePoints(from));
            if (toAt < 0) {
                toAt = t.indexOf(to, start);
                if (toAt < 0 || toAt + ArticleText.codePoints(to) < start + ArticleText.codePoints(from))
                    return Found.not("\"to\" \"" + shorten(to) + "\" is not found after \"" + shorten(from) + "\" in " + fileName
                            + nearMiss(t, to));
            }
            end = toAt + ArticleText.codePoints(to);
        }
        return Found.at(start, end);
    }

    /** Names the longest start of the words that the article does have, and what follows it there. */
    private static String nearMiss(ArticleText t, String words) {
        int lo = 0, hi = words.length();
        int bestAt = -1;
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            int at = t.indexOf(words.substring(0, mid), 0);
            if (at >= 0) {
                lo = mid;
                bestAt = at;
            } else {
                hi = mid - 1;
            }
        }
        if (lo < 8 || bestAt < 0) return "";
        int[] lc = t.lineColumn(bestAt);
        int diverge = bestAt + ArticleText.codePoints(words.substring(0, lo));
        String article = t.after(diverge, 12);
        String curation = words.substring(lo, Math.min(words.length(), lo + 12));
        return "; the article matches up to \"" + shorten(words.substring(0, lo)) + "\" (line " + lc[0] + ") and then has \""
                + visible(article) + "\" where the curation has \"" + visible(curation) + "\"";
    }

    private static String visible(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp == '\n') b.append("\\n");
            else if (cp == '\u00A0') b.append("[nbsp]");
            else if (cp == '\u202F') b.append("[narrow nbsp]");
            else if (cp == '\u2019') b.append("’");
            else b.appendCodePoint(cp);
        });
        return b.toString();
    }

    private static String shorten(String s) {
        if (s == null) return "";
        return s.length() <= 48 ? s : s.substring(0, 22) + "…" + s.substring(s.length() - 22);
    }
}
