package org.sourcedtimeline.io.imports;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The sentences of an article, by ICU's French sentence rules with its abbreviations (« M. Lavrov »
 * does not end a sentence at « M. »). A line break always ends one: the articles are one paragraph a line.
 * Indices are UTF-16 indices into the text.
 */
final class Sentences {
    private final int[] starts;
    private final String text;

    Sentences(String text) {
        this.text = text;
        BreakIterator bi = FilteredBreakIteratorBuilder.getInstance(ULocale.FRENCH)
                .wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.FRENCH));
        bi.setText(text);
        List<Integer> s = new ArrayList<>();
        for (int b = bi.first(); b != BreakIterator.DONE && b < text.length(); b = bi.next()) s.add(b);
        for (int i = text.indexOf('\n'); i >= 0 && i + 1 < text.length(); i = text.indexOf('\n', i + 1)) s.add(i + 1);
        starts = s.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }

    /** The start of the sentence that holds {@code index}. */
    int start(int index) {
        int i = Arrays.binarySearch(starts, index);
        return i >= 0 ? starts[i] : starts[Math.max(0, -i - 2)];
    }

    /** The end (exclusive) of the sentence that holds {@code index}. */
    int end(int index) {
        int i = Arrays.binarySearch(starts, index);
        int k = i >= 0 ? i + 1 : -i - 1;
        return k < starts.length ? starts[k] : text.length();
    }

    /** The start of the sentence before the one that holds {@code index}, or its own start if it is the first. */
    int previousStart(int index) {
        int s = start(index);
        return s == 0 ? 0 : start(s - 1);
    }

    /** The end of the paragraph (line) that holds {@code index}. */
    int paragraphEnd(int index) {
        int nl = text.indexOf('\n', index);
        return nl < 0 ? text.length() : nl;
    }
}
