package org.sourcedtimeline.ui.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.sourcedtimeline.model.Boilerplate;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.Source;
import org.sourcedtimeline.model.SourceNote;

/**
 * Cuts an article (code points) into runs where nothing changes: inside or outside boilerplate, under
 * which source notes, inside which quotes. The Source panel draws one text node per run. Pure logic,
 * tested without a toolkit.
 */
public final class ArticleSegments {
    /** Code points {@code [start, end)} of the article and what covers them. */
    public record Segment(int start, int end, boolean boilerplate, List<SourceNote> notes, List<String> quoteIds) {
        public Segment {
            notes = List.copyOf(notes);
            quoteIds = List.copyOf(quoteIds);
        }
    }

    private ArticleSegments() {}

    public static List<Segment> of(int length, Source source, List<Quote> quotes) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(length);
        for (Boilerplate b : source.boilerplate()) { cuts.add(clamp(b.range().start(), length)); cuts.add(clamp(b.range().end(), length)); }
        for (SourceNote n : source.notes()) { cuts.add(clamp(n.range().start(), length)); cuts.add(clamp(n.range().end(), length)); }
        for (Quote q : quotes) { cuts.add(clamp(q.selector().start(), length)); cuts.add(clamp(q.selector().end(), length)); }
        List<Segment> out = new ArrayList<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                int s = prev, e = cut;
                boolean bp = source.boilerplate().stream().anyMatch(b -> b.range().start() <= s && e <= b.range().end());
                List<SourceNote> notes = source.notes().stream().filter(n -> n.range().start() <= s && e <= n.range().end()).toList();
                List<String> qs = quotes.stream().filter(q -> q.selector().start() <= s && e <= q.selector().end()).map(Quote::id).toList();
                out.add(new Segment(s, e, bp, notes, qs));
            }
            prev = cut;
        }
        return out;
    }

    private static int clamp(int v, int length) { return Math.max(0, Math.min(length, v)); }
}
