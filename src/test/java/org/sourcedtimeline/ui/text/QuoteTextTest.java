package org.sourcedtimeline.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuoteTextTest {
    @Test
    void tidiesForDisplayOnly() {
        assertEquals("l\u2019OTAN", QuoteText.display("l'OTAN"));
        assertEquals("a b", QuoteText.display("  a \n  b "));
        assertEquals("Nous sommes prêts pour cela.", QuoteText.display("\u201CNous sommes prêts pour cela.\u201D"));
        assertEquals("dit \u201Cfarce\u201D ici", QuoteText.display("dit \"farce\" ici"));
    }

    @Test
    void shortensAtAWord() {
        String s = QuoteText.shorten("Le meilleur moyen d’éviter une crise est la diplomatie.", 30);
        assertTrue(s.endsWith("\u2026") && s.length() <= 31, s);
        assertEquals("Le meilleur moyen d’éviter une\u2026", s);
    }

    /** A cut in a quotation is marked as an editor's, never as an ellipsis the speaker might have said. */
    @Test
    void aShortenedQuoteMarksTheCutAsTheEditors() {
        String words = "Nous attendons des réponses tout aussi concrètes. Il n’y a pas eu de négociations ou de réunions";
        String s = QuoteText.shortenQuote(words, 60);
        assertEquals("Nous attendons des réponses tout aussi concrètes. Il n’y a\u00A0[\u2026]", s);
        assertEquals("Il puisse\u2026 conduire", QuoteText.shortenQuote("Il puisse\u2026 conduire", 60), "the article's own ellipsis is kept as is");
    }
}
