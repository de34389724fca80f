package org.sourcedtimeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A quote anchored in its article reads its words from there, and is the same quote in every other way. */
class AnchoredQuoteTest {
    // An astral character before the quote: offsets are code points, not chars.
    private static final String TEXT = "Le 2 mars \uD83D\uDCF0 2023, un responsable a dit : « menace fondamentale pour la sécurité ». Fin.";
    private static final ArticleText ARTICLE = new ArticleText(TEXT);
    private static final String WORDS = "menace fondamentale pour la sécurité";

    private static Quote given(String text, String exact, String prefix, String suffix) {
        int start = ARTICLE.indexOf(WORDS, 0);
        Selector s = new Selector(start, start + ArticleText.codePoints(WORDS), exact, prefix, suffix);
        return new Quote("q", "e", null, "un responsable", text, "src", s, Attribution.EXPLICIT, null, List.of("note"));
    }

    private static Quote given() {
        int start = ARTICLE.indexOf(WORDS, 0);
        int end = start + ArticleText.codePoints(WORDS);
        return given(WORDS, WORDS, ARTICLE.before(start, Selector.CONTEXT), ARTICLE.after(end, Selector.CONTEXT));
    }

    @Test
    void aQuoteWhoseWordsAreTheArticlesIsAnchoredAndEqual() {
        Quote q = given();
        Quote a = q.anchoredIn(ARTICLE);
        assertNotNull(a);
        assertTrue(a.selector().isAnchored());
        assertTrue(a.selector().isAnchoredIn(ARTICLE));
        assertFalse(a.selector().isAnchoredIn(new ArticleText(TEXT)), "anchored in that very article, not an equal one");
        assertFalse(q.selector().isAnchored());
        assertEquals(WORDS, a.text());
        assertEquals(q.selector().prefix(), a.selector().prefix());
        assertEquals(q.selector().suffix(), a.selector().suffix());
        assertEquals(q, a);
        assertEquals(a, q);
        assertEquals(q.hashCode(), a.hashCode());
        assertEquals(q.toString(), a.toString());
        assertSame(a, a.anchoredIn(ARTICLE), "anchoring twice changes nothing");
    }

    @Test
    void anyWordThatDiffersKeepsTheQuoteAsGiven() {
        Quote q = given();
        Selector s = q.selector();
        assertNull(given(WORDS + " ", WORDS + " ", s.prefix(), s.suffix()).anchoredIn(ARTICLE), "text and exact not the article's");
        assertNull(given("menace existentielle pour la sécurité", WORDS, s.prefix(), s.suffix()).anchoredIn(ARTICLE),
                "a text that differs from its exact words");
        assertNull(given(WORDS, WORDS, "x" + s.prefix().substring(1), s.suffix()).anchoredIn(ARTICLE), "prefix");
        assertNull(given(WORDS, WORDS, s.prefix(), s.suffix() + "!").anchoredIn(ARTICLE), "suffix");
        assertNull(q.anchoredIn(new ArticleText(TEXT.replace("sécurité", "securite"))), "another article");
        assertNull(q.anchoredIn(new ArticleText("court")), "offsets beyond the article's end");
    }

    @Test
    void anAnchoredSelectorNeedsARangeInsideItsArticle() {
        assertThrows(IllegalArgumentException.class, () -> Selector.in(ARTICLE, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> Selector.in(ARTICLE, -1, 5));
        assertThrows(IllegalArgumentException.class, () -> Selector.in(ARTICLE, 0, ARTICLE.length() + 1));
        Selector whole = Selector.in(ARTICLE, 0, ARTICLE.length());
        assertEquals(TEXT, whole.exact());
        assertEquals("", whole.prefix());
        assertEquals("", whole.suffix());
    }
}
