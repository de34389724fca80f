package org.sourcedtimeline.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.model.ArticleText;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.Source;
import org.sourcedtimeline.ui.UiFixtures;

class ArticleSegmentsTest {
    private final LoadedModel lm = UiFixtures.encounters();

    @Test
    void runsCoverTheArticleExactlyAndCarryWhatCoversThem() {
        Source s = lm.model().source("inquirer-geneva-2022").orElseThrow();
        ArticleText a = lm.article(s.id());
        List<Quote> quotes = lm.model().quotes().stream().filter(q -> q.sourceId().equals(s.id())).toList();
        List<ArticleSegments.Segment> segs = ArticleSegments.of(a.length(), s, quotes);
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (ArticleSegments.Segment g : segs) {
            assertEquals(at, g.start());
            b.append(a.slice(g.start(), g.end()));
            at = g.end();
        }
        assertEquals(a.text(), b.toString(), "nothing lost, nothing added");
        for (Quote q : quotes) {
            String joined = segs.stream().filter(g -> g.quoteIds().contains(q.id()))
                    .map(g -> a.slice(g.start(), g.end())).reduce("", String::concat);
            assertEquals(q.text(), joined, q.id());
        }
        assertTrue(segs.stream().anyMatch(g -> !g.notes().isEmpty() && a.slice(g.start(), g.end()).equals("Purtin")));
        assertTrue(segs.stream().anyMatch(g -> g.boilerplate() && a.slice(g.start(), g.end()).startsWith("Digital Nomad")));
    }
}
