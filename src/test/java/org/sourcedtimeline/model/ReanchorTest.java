package org.sourcedtimeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ReanchorTest {
    private static final String ORIGINAL = "Il a dit : « Nous sommes prêts », puis il est parti. Plus tard : « Nous sommes prêts », encore.";

    private static Selector selectorOf(String text, int occurrence) {
        ArticleText t = new ArticleText(text);
        int at = -1;
        for (int i = 0; i < occurrence; i++) at = t.indexOf("Nous sommes prêts", at + 1);
        int end = at + "Nous sommes prêts".length();
        return new Selector(at, end, "Nous sommes prêts", t.before(at, 32), t.after(end, 32));
    }

    @Test
    void movedWordsAreFoundExactly() {
        Selector old = selectorOf(ORIGINAL, 1);
        ArticleText changed = new ArticleText("Ajout en tête. " + ORIGINAL);
        Reanchor.Outcome o = Reanchor.find(changed, old);
        assertEquals(Reanchor.Status.EXACT, o.status());
        assertEquals(old.start() + 15, o.range().start());
    }

    @Test
    void amongRepeatsTheContextChoosesTheRightOne() {
        Selector second = selectorOf(ORIGINAL, 2);
        Reanchor.Outcome o = Reanchor.find(new ArticleText("X" + ORIGINAL), second);
        assertEquals(second.start() + 1, o.range().start());
    }

    @Test
    void editedWordsAreFoundApproximatelyByTheirContext() {
        Selector old = selectorOf(ORIGINAL, 1);
        Reanchor.Outcome o = Reanchor.find(new ArticleText(ORIGINAL.replaceFirst("Nous sommes prêts", "Nous sommes prets")), old);
        assertEquals(Reanchor.Status.APPROXIMATE, o.status());
        assertEquals("Nous sommes prets", new ArticleText(ORIGINAL.replaceFirst("Nous sommes prêts", "Nous sommes prets"))
                .slice(o.range().start(), o.range().end()));
    }

    @Test
    void goneWordsAreLost() {
        Reanchor.Outcome o = Reanchor.find(new ArticleText("Un tout autre texte."), selectorOf(ORIGINAL, 1));
        assertEquals(Reanchor.Status.LOST, o.status());
        assertNull(o.range());
    }
}
