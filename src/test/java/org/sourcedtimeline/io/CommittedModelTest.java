package org.sourcedtimeline.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.TestFiles;
import org.sourcedtimeline.io.build.ModelBuilder;
import org.sourcedtimeline.model.Event;
import org.sourcedtimeline.model.EventKind;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.TimelineModel;

/** The model the app loads is exactly what the builder makes from the articles and the curation. */
class CommittedModelTest {
    private static final Path COMMITTED = TestFiles.seeds().resolve("model.json");

    @Test
    void committedModelEqualsAFreshBuildByteForByte() throws Exception {
        ModelBuilder.Result r = ModelBuilder.build(TestFiles.seeds());
        assertTrue(r.ok(), () -> "the curation must build: " + r.problems());
        assertTrue(r.problems().isEmpty(), () -> "the curation builds without warnings: " + r.problems());
        byte[] fresh = ModelWriter.toBytes(r.model());
        assertArrayEquals(fresh, Files.readAllBytes(COMMITTED),
                "seeds/model.json is stale: run `java -jar target/timeline.jar build --out seeds/model.json`");
    }

    @Test
    void theCommittedModelValidatesAndTheBuiltInOneToo() {
        ModelLoader.Result fromDisk = ModelLoader.load(COMMITTED);
        assertTrue(fromDisk.ok(), () -> fromDisk.problems().toString());
        assertTrue(fromDisk.problems().isEmpty(), () -> fromDisk.problems().toString());
        ModelLoader.Result builtIn = ModelLoader.loadBuiltIn();
        assertTrue(builtIn.ok(), () -> builtIn.problems().toString());
        assertEquals(fromDisk.loaded().model(), builtIn.loaded().model());
    }

    /**
     * What docs/curation.md promises of the seed curation: every curated text the UI shows has its
     * other language (titles and summaries in English, notes in French), so neither UI mixes them.
     */
    @Test
    void theSeedCurationSpeaksBothLanguages() {
        TimelineModel m = ModelLoader.load(COMMITTED).loaded().model();
        for (var e : m.events()) {
            assertTrue(has(e.translations(), "en", "title", "summary"), e.id() + ": English title and summary");
            for (var a : e.accounts()) assertTrue(has(a.translations(), "en", "summary"), e.id() + ": English account");
        }
        for (var a : m.actors()) assertTrue(has(a.translations(), "en", "role"), a.id() + ": English role");
        for (var q : m.quotes()) {
            for (int i = 0; i < q.notes().size(); i++) assertTrue(has(q.translations(), "fr", "notes." + i), q.id() + ": French note " + i);
            if (q.saidAt() != null && q.saidAt().note() != null) assertTrue(has(q.translations(), "fr", "saidAtNote"), q.id());
        }
        for (var s : m.sources()) {
            for (int i = 0; i < s.notes().size(); i++) assertTrue(has(s.translations(), "fr", "notes." + i), s.id() + ": French note " + i);
            assertTrue(has(s.translations(), "fr", "outletNote", "inferredFrom"), s.id() + ": French outlet and date notes");
        }
    }

    private static boolean has(org.sourcedtimeline.model.Translations t, String language, String... fields) {
        Map<String, String> f = t.byLanguage().get(language);
        return f != null && f.keySet().containsAll(List.of(fields));
    }

    @Test
    void theFourEncountersAreThereWithTheirDatesAndKinds() {
        TimelineModel m = ModelLoader.load(COMMITTED).loaded().model();
        Map<String, Event> byId = m.events().stream().collect(Collectors.toMap(Event::id, e -> e));
        assertEquals("2021-12-02", byId.get("stockholm-2021").start().toString());
        assertEquals("2022-01-21", byId.get("geneva-2022").start().toString());
        assertEquals("2023-03-02", byId.get("new-delhi-2023").start().toString());
        assertEquals("2024-12-05", byId.get("malta-2024").start().toString());
        assertEquals(EventKind.BRIEF_ENCOUNTER, byId.get("new-delhi-2023").kind());
        assertEquals(EventKind.MULTILATERAL_NO_BILATERAL, byId.get("malta-2024").kind());
        assertEquals("2014", byId.get("crimea-2014").start().toString(), "the article only gives the year");
        Set<String> sides = byId.get("new-delhi-2023").accounts().stream().map(a -> a.side()).collect(Collectors.toSet());
        assertEquals(Set.of("us", "russia"), sides, "New Delhi is told two ways");
    }

    @Test
    void everyQuoteHasAnEventAndASpeakerOrAnHonestLabel() {
        TimelineModel m = ModelLoader.load(COMMITTED).loaded().model();
        assertTrue(m.quotes().size() >= 50, "every quotation of the five articles: " + m.quotes().size());
        for (Quote q : m.quotes()) {
            assertTrue(q.speakerId() != null || q.speakerLabel() != null, q.id());
            assertTrue(m.event(q.eventId()).isPresent(), q.id());
        }
        List<String> sources = m.quotes().stream().map(Quote::sourceId).distinct().toList();
        assertEquals(5, sources.size(), "every article contributes quotes");
    }
}
