package org.sourcedtimeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.io.ModelLoader;

/** Look-ups answer the same whether the model builds its indexes or takes the loader's maps. */
class TimelineModelTest {
    private static TimelineModel seedModel() {
        TimelineModel m = ModelLoader.loadBuiltIn().loaded().model();
        return new TimelineModel(m.schemaVersion(), m.title(), m.sources(), m.actors(), m.events(), m.quotes());
    }

    private static void assertLookUps(TimelineModel expected, TimelineModel actual) {
        for (Event e : expected.events()) {
            assertSame(actual.events().get(expected.events().indexOf(e)), actual.event(e.id()).orElseThrow());
            assertEquals(expected.quotesOf(e.id()), actual.quotesOf(e.id()));
        }
        for (Quote q : expected.quotes()) assertEquals(q, actual.quote(q.id()).orElseThrow());
        assertEquals(expected.quotes().size(), expected.events().stream().mapToInt(e -> expected.quotesOf(e.id()).size()).sum()
                + (int) expected.quotes().stream().filter(q -> expected.event(q.eventId()).isEmpty()).count());
    }

    @Test
    void takesTheLoadersMapsOfEventsAndQuotes() {
        TimelineModel m = seedModel();
        Map<String, Event> events = new HashMap<>();
        m.events().forEach(e -> events.putIfAbsent(e.id(), e));
        Map<String, Quote> quotes = new HashMap<>();
        m.quotes().forEach(q -> quotes.putIfAbsent(q.id(), q));
        assertLookUps(seedModel().indexed(), m.indexed(events, quotes));
    }

    @Test
    void mapsThatCannotBeTheModelsAreNotTaken() {
        TimelineModel m = seedModel();
        Map<String, Event> onlyOne = new HashMap<>(Map.of(m.events().get(0).id(), m.events().get(1)));
        TimelineModel indexed = m.indexed(onlyOne, Map.of());
        assertLookUps(seedModel().indexed(), indexed);
        assertSame(m.events().get(0), indexed.event(m.events().get(0).id()).orElseThrow());
        assertEquals(List.of(), indexed.quotesOf("no such event"));
    }

    /** Quotes of one event that do not follow each other still all come back, in model order. */
    @Test
    void theQuotesOfAnEventComeInModelOrderWhereverTheyAre() {
        TimelineModel m = seedModel();
        List<Quote> shuffled = new java.util.ArrayList<>(m.quotes());
        java.util.Collections.shuffle(shuffled, new java.util.Random(9));
        TimelineModel t = new TimelineModel(m.schemaVersion(), m.title(), m.sources(), m.actors(), m.events(), shuffled);
        for (Event e : m.events())
            assertEquals(shuffled.stream().filter(q -> e.id().equals(q.eventId())).toList(), t.quotesOf(e.id()), e.id());
    }
}
