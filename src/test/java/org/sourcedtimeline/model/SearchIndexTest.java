package org.sourcedtimeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
    private static Quote quote(String id, String event, String text) {
        return new Quote(id, event, "lavrov", null, text, "s", new Selector(0, text.length(), text, "", ""),
                Attribution.EXPLICIT, null, List.of());
    }

    private static Event event(String id, String title, String summary) {
        return new Event(id, title, PartialDate.parse("2022-01-21"), null, null, EventKind.BILATERAL_MEETING,
                List.of(), summary, null, List.of("s"), List.of());
    }

    private static final TimelineModel MODEL = new TimelineModel(1, "t", List.of(), List.of(),
            List.of(event("geneva", "Rencontre de Genève", "Les négociations se poursuivent."),
                    event("stockholm", "Stockholm", "OSCE")),
            List.of(quote("q1", "stockholm", "La poursuite de l’avancée de l’OTAN vers l’est"),
                    quote("q2", "geneva", "Nos propositions sont très concrètes"),
                    quote("q3", "stockholm", "Œuvre commune")));

    private final SearchIndex index = new SearchIndex(MODEL);

    @Test
    void accentsAndCaseDoNotMatter() {
        assertEquals(Set.of("geneva"), index.search("NEGOCIATIONS").eventIds());
        assertEquals(Set.of("geneva"), index.search("geneve").eventIds());
        assertEquals(Set.of("q2"), index.search("tres concretes").quoteIds());
    }

    @Test
    void apostrophesAndLigaturesFold() {
        assertEquals(Set.of("q1"), index.search("l'OTAN").quoteIds());
        assertEquals(Set.of("q3"), index.search("oeuvre").quoteIds());
    }

    @Test
    void aQuoteHitAlsoHitsItsEvent() {
        SearchIndex.Hits h = index.search("otan");
        assertEquals(Set.of("q1"), h.quoteIds());
        assertEquals(Set.of("stockholm"), h.eventIds());
    }

    @Test
    void everyWordMustOccurInTheSameField() {
        assertTrue(index.search("otan propositions").isEmpty());
        assertEquals(Set.of("q2"), index.search("propositions  concretes").quoteIds());
    }

    @Test
    void blankQueryFindsNothingAndMatchesEverything() {
        assertTrue(index.search("   ").isEmpty());
        assertTrue(SearchIndex.matches("anything", " "));
        assertFalse(SearchIndex.matches("négociations", "negociation x"));
    }

    @Test
    void foldStripsCombiningMarks() {
        assertEquals("sergue\u0069 lavrov", SearchIndex.fold("Sergueï  Lavrov"));
        assertEquals("\"a\" - b", SearchIndex.fold("«a» – b"));
    }

    @Test
    void theWordIndexAgreesWithAPlainScanOnAGeneratedModel() {
        TimelineModel big = org.sourcedtimeline.io.generate.SyntheticModel.generate(400, 2000, 5).model();
        SearchIndex idx = new SearchIndex(big);
        for (String q : List.of("negoc", "sécurité dialogue", "GENEVE", "trait", "armes nucl", "zzz", "à")) {
            List<String> terms = SearchIndex.tokens(SearchIndex.fold(q));
            Set<String> expected = new java.util.HashSet<>();
            for (Quote quote : big.quotes()) {
                List<String> words = SearchIndex.tokens(SearchIndex.fold(quote.text()));
                if (terms.stream().allMatch(t -> words.stream().anyMatch(w -> w.startsWith(t)))) expected.add(quote.id());
            }
            assertEquals(expected, idx.search(q).quoteIds(), q);
        }
        assertFalse(idx.search("negoc").quoteIds().isEmpty(), "the generated text has négociations");
    }
}
