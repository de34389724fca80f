package org.sourcedtimeline.model;

import java.util.Objects;

/**
 * W3C TextPositionSelector ({@code start}, {@code end}: code points, end exclusive) together with the
 * TextQuoteSelector ({@code exact}, {@code prefix}, {@code suffix}) that lets a quote be found again.
 *
 * <p>A selector is either given (its words kept as written, for a model being built or checked) or
 * {@linkplain #in(ArticleText, int, int) anchored} in the article it was checked against: then its
 * words are read from the article when asked, and a large model does not keep a second copy of every
 * quote and its context (two fifths of the memory of a model of half a million quotes). The two are
 * equal when their offsets and words are.
 */
public final class Selector {
    /** Characters of context kept on each side. */
    public static final int CONTEXT = 32;

    private final int start;
    private final int end;
    private final String exact;
    private final String prefix;
    private final String suffix;
    // Set for an anchored selector, whose words are the article's; null for a given one.
    private final ArticleText article;

    public Selector(int start, int end, String exact, String prefix, String suffix) {
        this(start, end, Objects.requireNonNull(exact, "exact"), Objects.requireNonNull(prefix, "prefix"),
                Objects.requireNonNull(suffix, "suffix"), null);
    }

    private Selector(int start, int end, String exact, String prefix, String suffix, ArticleText article) {
        this.start = start;
        this.end = end;
        this.exact = exact;
        this.prefix = prefix;
        this.suffix = suffix;
        this.article = article;
    }

    /** The selector whose words are {@code article}'s characters {@code [start, end)} and the context around them. */
    public static Selector in(ArticleText article, int start, int end) {
        if (start < 0 || end <= start || end > article.length())
            throw new IllegalArgumentException("bad range " + start + ".." + end + " in an article of " + article.length());
        return new Selector(start, end, null, null, null, article);
    }

    /**
     * This selector anchored in {@code t} when its words are exactly {@code t}'s characters at its
     * offsets and around them (what the loader checks every quote for); {@code null} when they are not.
     */
    public Selector anchoredIn(ArticleText t) {
        if (article == t) return this;
        if (start < 0 || end <= start || end > t.length()) return null;
        if (!t.matches(start, end, exact())
                || !t.matches(Math.max(0, start - CONTEXT), start, prefix())
                || !t.matches(end, Math.min(t.length(), end + CONTEXT), suffix())) return null;
        return in(t, start, end);
    }

    public int start() { return start; }

    public int end() { return end; }

    public String exact() { return article == null ? exact : article.slice(start, end); }

    public String prefix() { return article == null ? prefix : article.before(start, CONTEXT); }

    public String suffix() { return article == null ? suffix : article.after(end, CONTEXT); }

    /** True when the words are read from the article this selector was checked against. */
    public boolean isAnchored() { return article != null; }

    /** True when the words are read from {@code t}, which this selector was checked against. */
    public boolean isAnchoredIn(ArticleText t) { return article != null && article == t; }

    public TextRange range() { return new TextRange(start, end); }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Selector s && start == s.start && end == s.end && exact().equals(s.exact())
                && prefix().equals(s.prefix()) && suffix().equals(s.suffix());
    }

    @Override
    public int hashCode() { return Objects.hash(start, end, exact(), prefix(), suffix()); }

    @Override
    public String toString() {
        return "Selector[start=" + start + ", end=" + end + ", exact=" + exact() + ", prefix=" + prefix() + ", suffix=" + suffix() + "]";
    }
}
