package org.sourcedtimeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
    static Quote quote(String id, String event, String text) {
        return new Quote(id, event, "lavrov", null, text, "s", new Selector(0, text.length(), text, "", ""),
                Attribution.EXPLICIT, null, List.of());
    }

    static Event event(String id, String title, String summary) {
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

    /** The matching events' ids, walked in model order. */
    static List<String> eventIds(SearchIndex.Hits h, TimelineModel m) {
        List<String> ids = new ArrayList<>();
        for (int i = h.nextEvent(0); i >= 0; i = h.nextEvent(i + 1)) ids.add(m.events().get(i).id());
        return ids;
    }

    /** The matching quotes' ids, walked in model order. */
    static List<String> quoteIds(SearchIndex.Hits h, TimelineModel m) {
        List<String> ids = new ArrayList<>();
        for (int i = h.nextQuote(0); i >= 0; i = h.nextQuote(i + 1)) ids.add(m.quotes().get(i).id());
        return ids;
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertEquals(List.of("geneva"), eventIds(index.search("NEGOCIATIONS"), MODEL));
        assertEquals(List.of("geneva"), eventIds(index.search("geneve"), MODEL));
        assertEquals(List.of("q2"), quoteIds(index.search("tres concretes"), MODEL));
    }

    @Test
    void apostrophesAndLigaturesFold() {
        assertEquals(List.of("q1"), quoteIds(index.search("l'OTAN"), MODEL));
        assertEquals(List.of("q3"), quoteIds(index.search("oeuvre"), MODEL));
    }

    @Test
    void aQuoteHitAlsoHitsItsEvent() {
        SearchIndex.Hits h = index.search("otan");
        assertEquals(List.of("q1"), quoteIds(h, MODEL));
        assertEquals(List.of("stockholm"), eventIds(h, MODEL));
        assertTrue(h.containsEvent("stockholm"));
        assertFalse(h.containsEvent("geneva"));
    }

    @Test
    void everyWordMustOccurInTheSameField() {
        assertTrue(index.search("otan propositions").isEmpty());
        assertEquals(List.of("q2"), quoteIds(index.search("propositions  concretes"), MODEL));
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

    /** A reader of the English UI searches in English: the curated versions are indexed with the event. */
    @Test
    void anEventIsFoundByItsTitleOrSummaryInAnyCuratedLanguage() {
        Event geneva = new Event("geneva", "Rencontre de Genève", PartialDate.parse("2022-01-21"), null, null,
                EventKind.BILATERAL_MEETING, List.of(), "Les négociations se poursuivent.", null, List.of("s"), List.of(),
                new Translations(java.util.Map.of("en", java.util.Map.of("title", "Geneva talks", "summary", "Negotiations go on."))));
        TimelineModel m = new TimelineModel(1, "t", List.of(), List.of(), List.of(geneva, event("stockholm", "Stockholm", "OSCE")), List.of());
        SearchIndex i = new SearchIndex(m);
        assertEquals(List.of("geneva"), eventIds(i.search("geneva talks"), m));
        assertEquals(List.of("geneva"), eventIds(i.search("negotiations"), m));
        assertEquals(List.of("geneva"), eventIds(i.search("rencontre"), m), "and as written");
    }

    @Test
    void hitsCountContainAndWalkInModelOrder() {
        SearchIndex.Hits h = index.search("s");
        assertEquals(List.of("geneva", "stockholm"), eventIds(h, MODEL), "« se » in a summary, « Stockholm » in a title");
        assertEquals(List.of("q2"), quoteIds(h, MODEL), "« sont » starts with s; « est » does not");
        assertEquals(2, h.eventCount());
        assertEquals(1, h.quoteCount());
        assertTrue(h.containsQuote("q2"));
        assertFalse(h.containsQuote("q1"));
        assertFalse(h.containsQuote("no-such-quote"));
        assertFalse(h.containsEvent((String) null));
        assertTrue(h.containsEvent(1));
        assertFalse(h.containsEvent(-1));
        assertEquals(1, h.nextEvent(1));
        assertEquals(-1, h.nextEvent(2));
        assertEquals(1, h.nextQuote(0));
        assertEquals(-1, h.nextQuote(2));
    }

    @Test
    void anEmptyQueryAndAQueryWithoutHitsHoldNothing() {
        for (String q : List.of("", "  ", "«»", "xylophone", "otan propositions")) {
            SearchIndex.Hits h = index.search(q);
            assertTrue(h.isEmpty(), q);
            assertEquals(0, h.eventCount(), q);
            assertEquals(0, h.quoteCount(), q);
            assertEquals(-1, h.nextEvent(0), q);
            assertEquals(-1, h.nextQuote(0), q);
            assertFalse(h.containsEvent("geneva"), q);
            assertFalse(h.containsQuote("q1"), q);
        }
        assertEquals(SearchIndex.Hits.NONE, index.search(" "), "a blank query needs no index");
    }

    @Test
    void theWordIndexAgreesWithAPlainScanOnAGeneratedModel() {
        TimelineModel big = org.sourcedtimeline.io.generate.SyntheticModel.generate(400, 2000, 5).model();
        SearchIndex idx = new SearchIndex(big);
        for (String q : List.of("negoc", "sécurité dialogue", "GENEVE", "trait", "armes nucl", "zzz", "à", "n", "1",
                "rencontre 12", "d", "cessez-le-feu")) {
            List<String> terms = SearchIndex.tokens(SearchIndex.fold(q));
            List<String> quotes = new ArrayList<>();
            Set<String> quoteEvents = new java.util.HashSet<>();
            for (Quote quote : big.quotes()) {
                if (matchesAll(terms, quote.text())) {
                    quotes.add(quote.id());
                    quoteEvents.add(quote.eventId());
                }
            }
            List<String> events = new ArrayList<>();
            for (Event e : big.events())
                if (matchesAll(terms, e.title()) || matchesAll(terms, e.summary()) || quoteEvents.contains(e.id())) events.add(e.id());
            SearchIndex.Hits h = idx.search(q);
            assertEquals(quotes, quoteIds(h, big), q);
            assertEquals(events, eventIds(h, big), q);
            assertEquals(quotes.size(), h.quoteCount(), q);
            assertEquals(events.size(), h.eventCount(), q);
            for (Event e : big.events()) assertEquals(events.contains(e.id()), h.containsEvent(e.id()), q + " " + e.id());
            for (Quote quote : big.quotes()) assertEquals(quotes.contains(quote.id()), h.containsQuote(quote.id()), q + " " + quote.id());
        }
        assertFalse(quoteIds(idx.search("negoc"), big).isEmpty(), "the generated text has négociations");
        assertTrue(idx.search("1").eventCount() > 100, "« Rencontre n° 1… » titles: a prefix of many number words");
    }

    private static boolean matchesAll(List<String> terms, String text) {
        List<String> words = SearchIndex.tokens(SearchIndex.fold(text));
        return terms.stream().allMatch(t -> words.stream().anyMatch(w -> w.startsWith(t)));
    }

    @Test
    void theIndexReadsTheWordsOfTheFoldedText() {
        FoldedWords reader = new FoldedWords();
        // Every character alone, after a letter, before one, and between an accented letter and a space.
        for (int c = 0; c <= 0xFFFF; c++) {
            String ch = String.valueOf((char) c);
            for (String text : List.of(ch, "a" + ch, ch + "a", "a" + ch + "b", "É" + ch + " x" + ch)) {
                assertEquals(SearchIndex.tokens(SearchIndex.fold(text)), words(reader, text), () -> "U+" + Integer.toHexString(ch.charAt(0)) + " in " + text);
            }
        }
        for (String text : List.of("Œuvre d’Ægir : « l’OTAN » — e\u0301te\u0301, İstanbul", "ΟΔΟΣ οδος", "\uD835\uDC00b",
                "  ", "", "x".repeat(100) + " Négociations")) {
            assertEquals(SearchIndex.tokens(SearchIndex.fold(text)), words(reader, text), text);
        }
        assertEquals(List.of(), words(reader, null));
    }

    /** The words the reader gives, checking the hash it gives with each. */
    private static List<String> words(FoldedWords reader, String text) {
        List<String> out = new ArrayList<>();
        reader.reset(text);
        while (reader.next()) {
            String w = reader.word();
            assertEquals(w.hashCode(), reader.hash, w);
            assertTrue(reader.is(w));
            assertFalse(reader.is(w + "s"));
            out.add(w);
        }
        return out;
    }
}
