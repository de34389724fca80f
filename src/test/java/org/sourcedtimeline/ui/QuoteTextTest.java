package org.sourcedtimeline.ui;

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
}
