package org.sourcedtimeline.model;

/**
 * W3C TextPositionSelector ({@code start}, {@code end}: code points, end exclusive) together with the
 * TextQuoteSelector ({@code exact}, {@code prefix}, {@code suffix}) that lets a quote be found again.
 */
public record Selector(int start, int end, String exact, String prefix, String suffix) {
    /** Characters of context kept on each side. */
    public static final int CONTEXT = 32;

    public TextRange range() { return new TextRange(start, end); }
}
