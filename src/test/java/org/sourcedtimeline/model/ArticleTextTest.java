package org.sourcedtimeline.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArticleTextTest {
    @Test
    void offsetsAreCodePointsNotUtf16Units() {
        ArticleText t = new ArticleText("a😀b « c »");
        assertEquals(9, t.length());
        assertEquals("b", t.slice(2, 3));
        assertEquals(2, t.indexOf("b", 0));
        assertEquals(6, t.indexOf("c", 0));
        assertEquals("😀", t.slice(1, 2));
    }

    @Test
    void contextIsClippedAtTheEdges() {
        ArticleText t = new ArticleText("abcdef");
        assertEquals("ab", t.before(2, 32));
        assertEquals("ef", t.after(4, 32));
    }

    @Test
    void lineAndColumnForMessages() {
        ArticleText t = new ArticleText("one\ntwo\nthree");
        assertArrayEquals(new int[] {3, 2}, t.lineColumn(9));
        assertArrayEquals(new int[] {1, 1}, t.lineColumn(0));
    }
}
