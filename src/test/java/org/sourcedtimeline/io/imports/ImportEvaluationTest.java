package org.sourcedtimeline.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The analyser against the committed curation (its quotes set aside) and against the two fixture
 * articles written for the tests: the aims of docs/import.md, held.
 */
class ImportEvaluationTest {
    private static Path fixtures() throws URISyntaxException {
        return Path.of(ImportEvaluationTest.class.getResource("fixture-seeds/curation.json").toURI()).getParent();
    }

    private static void meetsTheAims(ImportEvaluation.Score s) {
        String table = "\n" + s.table() + s.missed() + "\n" + s.wrong() + "\n" + s.wrongSpeaker();
        assertTrue(s.recallFull() >= 0.95, "recall of full quotations" + table);
        assertTrue(s.precisionFull() >= 0.90, "precision of full quotations" + table);
        assertTrue(s.speakerAccuracy() >= 0.85, "right speakers" + table);
        assertEquals(0, s.boilerplateAsQuotes(), "boilerplate taken as quotations" + table);
    }

    @Test
    void theSeedsCuratedQuotesAreFoundWithTheirSpeakers() throws Exception {
        ImportEvaluation.Score s = ImportEvaluation.of(Path.of("seeds"));
        meetsTheAims(s);
        assertEquals(56, s.curatedFull() + s.curatedFragments(), "every curated quote counted");
        assertTrue(s.recallFragments() >= 0.85, "fragments too: " + s.table());
    }

    @Test
    void theFixtureArticlesWrittenForTheTestsToo() throws Exception {
        ImportEvaluation.Score s = ImportEvaluation.of(fixtures());
        meetsTheAims(s);
        assertEquals(21, s.curatedFull() + s.curatedFragments(), "three articles' quotes: " + s.table());
        assertEquals(1, s.terms(), "« la ligne rouge » proposed as a term: " + s.table());
        assertEquals(1, s.termsRight(), s.table());
    }
}
