package org.sourcedtimeline.ui.control.timeline.skin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HitTesterTest {

    @Test
    void insideBeatsNearAndTopmostWins() {
        HitTester h = new HitTester();
        h.add(0, 0, 10, 10, 1);
        h.add(5, 5, 20, 20, 2);
        assertEquals(2, h.hit(7, 7, 4), "overlap: the later (drawn on top) wins");
        assertEquals(1, h.hit(2, 2, 4));
        assertEquals(2, h.hit(19, 19, 4));
    }

    @Test
    void toleranceReachesTheNearest() {
        HitTester h = new HitTester();
        h.add(0, 0, 10, 10, 1);
        h.add(30, 0, 40, 10, 2);
        assertEquals(1, h.hit(13, 5, 4));
        assertEquals(2, h.hit(27, 5, 4));
        assertEquals(HitTester.NONE, h.hit(20, 5, 4));
        assertEquals(HitTester.NONE, h.hit(5, 30, 4));
    }

    @Test
    void clearForgetsAndGrowthKeepsEverything() {
        HitTester h = new HitTester();
        for (int i = 0; i < 1000; i++) {
            h.add(i * 10, 0, i * 10 + 5, 5, i);
        }
        assertEquals(1000, h.size());
        assertEquals(777, h.hit(7772, 2, 0));
        h.clear();
        assertEquals(HitTester.NONE, h.hit(7772, 2, 10));
    }

    /** What a callout placed over a rectangle would cover: the overlapping boxes but one, touching edges not counted. */
    @Test
    void countsTheBoxesARectangleWouldCover() {
        HitTester h = new HitTester();
        h.add(0, 0, 10, 10, 2);
        h.add(20, 0, 30, 10, 4);
        h.add(5, 20, 15, 30, 6);
        assertEquals(2, h.countOverlapping(5, 5, 25, 8, -1));
        assertEquals(1, h.countOverlapping(5, 5, 25, 8, 2), "the selected item's own box is left out");
        assertEquals(0, h.countOverlapping(10, 10, 20, 20, -1), "edges that only touch");
        assertEquals(3, h.countOverlapping(-100, -100, 100, 100, -1));
    }
}
