package org.sourcedtimeline.io.imports;

import java.util.List;

/**
 * Words between quotation marks, as UTF-16 indices into the article: {@code open} is the opening mark,
 * {@code start}/{@code end} the words (marks and the spaces inside them left out), {@code close} the
 * closing mark or -1 when there is none. {@code damage} says in words what is wrong with the marks.
 */
record QuotedSpan(int open, int start, int end, int close, char mark, List<String> damage) {
    QuotedSpan {
        damage = List.copyOf(damage);
    }

    boolean closed() { return close >= 0; }
}
