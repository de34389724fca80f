package org.sourcedtimeline.ui.state;

import org.sourcedtimeline.ui.UiFixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.io.generate.SyntheticModel;
import org.sourcedtimeline.model.Event;
import org.sourcedtimeline.model.EventKind;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.SearchIndex;
import org.sourcedtimeline.model.TimelineModel;

/** The view model without any toolkit: selection, search, filters, evidence, citations. */
class MainViewModelTest {
    private final LoadedModel loaded = UiFixtures.encounters();
    private final TimelineModel m = loaded.model();
    private MainViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new MainViewModel();
        vm.setModel(loaded, null, List.of());
    }

    private List<String> quoteIds() { return vm.visibleQuotes().stream().map(Quote::id).toList(); }

    /** The events the search accents on the timeline. */
    private Set<String> highlighted() {
        return vm.model().events().stream().map(Event::id).filter(vm.hits()::containsEvent).collect(Collectors.toSet());
    }

    /** The speaker filter offers the actors who speak or take part, in the model's order, and no one else. */
    @Test
    void speakersAreTheActorsWhoSpeakOrTakePart() {
        java.util.Set<String> used = new java.util.HashSet<>();
        m.quotes().forEach(q -> { if (q.speakerId() != null) used.add(q.speakerId()); });
        m.events().forEach(e -> used.addAll(e.participants()));
        List<String> expected = new java.util.ArrayList<>(m.actors().stream().map(org.sourcedtimeline.model.Actor::id).filter(used::contains).toList());
        if (m.quotes().stream().anyMatch(q -> q.speakerId() == null)) expected.add(MainViewModel.UNNAMED_SPEAKER);
        assertEquals(expected, vm.speakers().stream().map(org.sourcedtimeline.model.Actor::id).toList());

        // An actor who neither speaks nor takes part is not offered; the scan cannot stop early then.
        List<org.sourcedtimeline.model.Actor> actors = new java.util.ArrayList<>(m.actors());
        actors.add(new org.sourcedtimeline.model.Actor("silent", "Silent", "observer", "none"));
        TimelineModel withSilent = new TimelineModel(m.schemaVersion(), m.title(), m.sources(), actors, m.events(), m.quotes());
        vm.setModel(new LoadedModel(withSilent, loaded.articles(), "test"), null, List.of());
        assertEquals(expected, vm.speakers().stream().map(org.sourcedtimeline.model.Actor::id).toList());
    }

    /** « un responsable américain »: no actor is credited, but the reader can still pick those quotes out. */
    @Test
    void quotesWhoseSpeakerTheArticleDoesNotNameHaveAnEntryOfTheirOwn() {
        List<String> unnamed = m.quotes().stream().filter(q -> q.speakerId() == null).map(org.sourcedtimeline.model.Quote::id).toList();
        org.junit.jupiter.api.Assumptions.assumeFalse(unnamed.isEmpty(), "the fixture has quotes of unnamed speakers");
        assertTrue(vm.speakers().stream().anyMatch(a -> a.id().equals(MainViewModel.UNNAMED_SPEAKER)));
        vm.speakerFilter().setAll(MainViewModel.UNNAMED_SPEAKER);
        assertEquals(unnamed.size(), vm.quoteTotalProperty().get(), "exactly the quotes without a named speaker");
        assertTrue(vm.visibleQuotes().stream().allMatch(q -> q.speakerId() == null));
        java.util.Set<String> events = m.quotes().stream().filter(q -> q.speakerId() == null).map(org.sourcedtimeline.model.Quote::eventId)
                .collect(Collectors.toSet());
        assertTrue(vm.visibleEvents().stream().allMatch(e -> events.contains(e.id()) || e.participants().contains(MainViewModel.UNNAMED_SPEAKER)),
                "the timeline keeps the events where they speak");
        vm.setModel(loaded, null, List.of());
        assertEquals(List.of(MainViewModel.UNNAMED_SPEAKER), List.copyOf(vm.speakerFilter()), "a new model keeps the choice");
    }

    @Test
    void selectingAnEventShowsItsQuotesAndOpensItsFirstSource() {
        vm.select("geneva-2022");
        assertEquals("geneva-2022", vm.getSelectedEventId());
        assertEquals(m.quotesOf("geneva-2022").stream().map(Quote::id).toList(), quoteIds());
        assertEquals("inquirer-geneva-2022", vm.getOpenSourceId());
        assertNull(vm.getSelectedQuoteId());
    }

    @Test
    void openingAnEventShowsItsFirstQuoteInItsArticle() {
        vm.openEvent("geneva-2022");
        Quote first = m.quotesOf("geneva-2022").get(0);
        assertEquals("geneva-2022", vm.getSelectedEventId());
        assertEquals(first.id(), vm.getSelectedQuoteId());
        assertEquals(first.sourceId(), vm.getOpenSourceId());
        vm.openEvent("no-such-event");
        assertEquals("geneva-2022", vm.getSelectedEventId(), "an unknown id changes nothing");
    }

    @Test
    void selectingAQuoteSelectsItsEventAndOpensItsArticle() {
        vm.select("geneva-2022");
        vm.select("new-delhi-blinken-exhorte");
        assertEquals("new-delhi-2023", vm.getSelectedEventId());
        assertEquals("voa-new-delhi-2023", vm.getOpenSourceId(), "the quote's own article, not the event's first");
        assertTrue(quoteIds().contains("new-delhi-blinken-exhorte"));
    }

    @Test
    void selectingAnotherEventDropsAQuoteOfTheFormerOne() {
        vm.select("stockholm-lavrov-personne");
        vm.select("malta-2024");
        assertNull(vm.getSelectedQuoteId());
        assertEquals("jakarta-malta-2024", vm.getOpenSourceId());
    }

    @Test
    void nextAndPreviousFollowTimeOrderAndStopAtTheEnds() {
        vm.selectAdjacentEvent(+1);
        assertEquals(m.events().get(0).id(), vm.getSelectedEventId());
        vm.select("new-delhi-2023");
        vm.selectAdjacentEvent(+1);
        assertEquals("malta-2024", vm.getSelectedEventId());
        vm.selectAdjacentEvent(+1);
        assertEquals("malta-2024", vm.getSelectedEventId());
        vm.selectAdjacentEvent(-1);
        assertEquals("new-delhi-2023", vm.getSelectedEventId());
    }

    @Test
    void unknownIdsAreRefusedAndChangeNothing() {
        vm.select("geneva-2022");
        assertFalse(vm.select("nope"));
        assertEquals("geneva-2022", vm.getSelectedEventId());
    }

    @Test
    void searchIgnoresAccentsAndCaseAndFiltersQuotes() {
        vm.searchTextProperty().set("ECLAIRCISSEMENTS");
        assertEquals(List.of("stockholm-lavrov-eclaircissements"), quoteIds());
        assertEquals(Set.of("stockholm-2021"), highlighted());
        assertEquals(1, vm.getQuoteTotal());
        vm.searchTextProperty().set("négociations");
        assertTrue(highlighted().contains("new-delhi-2023"), "quote text hit");
        vm.searchTextProperty().set("");
        assertTrue(highlighted().isEmpty());
        assertSame(SearchIndex.Hits.NONE, vm.hits());
        assertEquals(m.quotes().size(), vm.getQuoteTotal(), "no search, no selection: every quote");
    }

    @Test
    void searchHitsOnTitlesHighlightEventsWithoutQuotes() {
        vm.searchTextProperty().set("crimee");
        assertEquals(Set.of("crimea-2014"), highlighted());
        assertTrue(vm.visibleQuotes().isEmpty());
        assertEquals(0, vm.getQuoteTotal());
    }

    @Test
    void aSearchMatchingManyQuotesListsTheFirstInModelOrderAndCountsThemAll() {
        TimelineModel big = SyntheticModel.generate(300, 1500, 7).model();
        vm.setModel(new LoadedModel(big, Map.of(), "synthetic"), null, List.of());
        vm.searchTextProperty().set("n");
        List<Quote> matching = big.quotes().stream().filter(q -> vm.hits().containsQuote(q.id())).toList();
        assertTrue(matching.size() > MainViewModel.QUOTE_LIST_LIMIT, "the synthetic text is full of n-words: " + matching.size());
        assertEquals(matching.subList(0, MainViewModel.QUOTE_LIST_LIMIT), vm.visibleQuotes());
        assertEquals(matching.size(), vm.getQuoteTotal());

        List<String> some = List.of("actor-1", "actor-2", "actor-3", "actor-5", "actor-8", "actor-13", "actor-21", "actor-34");
        vm.speakerFilter().setAll(some);
        List<Quote> theirs = matching.stream().filter(q -> some.contains(q.speakerId())).toList();
        assertTrue(theirs.size() > MainViewModel.QUOTE_LIST_LIMIT, "enough speakers to pass the limit: " + theirs.size());
        assertEquals(theirs.subList(0, MainViewModel.QUOTE_LIST_LIMIT), vm.visibleQuotes());
        assertEquals(theirs.size(), vm.getQuoteTotal(), "the speaker filter is counted past the limit");
        vm.speakerFilter().setAll("actor-3");
        List<Quote> one = matching.stream().filter(q -> q.speakerId().equals("actor-3")).toList();
        assertEquals(one, vm.visibleQuotes(), "under the limit, all of them");
        assertEquals(one.size(), vm.getQuoteTotal());

        vm.speakerFilter().clear();
        vm.searchTextProperty().set("");
        assertEquals(big.quotes().subList(0, MainViewModel.QUOTE_LIST_LIMIT), vm.visibleQuotes());
        assertEquals(big.quotes().size(), vm.getQuoteTotal());
    }

    @Test
    void openingAnEventWhileSearchingShowsItsFirstMatchingQuote() {
        vm.searchTextProperty().set("eclaircissements");
        vm.openEvent("stockholm-2021");
        assertEquals("stockholm-lavrov-eclaircissements", vm.getSelectedQuoteId());
        assertTrue(m.quotesOf("stockholm-2021").indexOf(m.quote("stockholm-lavrov-eclaircissements").orElseThrow()) > 0,
                "not simply the event's first quote");
    }

    @Test
    void kindFilterHidesEventsFromTheTimeline() {
        vm.kindFilter().setAll(EventKind.BILATERAL_MEETING);
        assertEquals(List.of("stockholm-2021", "geneva-2022"), vm.visibleEvents().stream().map(Event::id).toList());
        vm.kindFilter().clear();
        assertEquals(m.events().size(), vm.visibleEvents().size());
    }

    @Test
    void speakerFilterKeepsOnlyTheirQuotesAndTheirEvents() {
        vm.select("new-delhi-2023");
        vm.speakerFilter().setAll("zakharova");
        assertEquals(List.of("new-delhi-zakharova-a-la-volee"), quoteIds());
        assertEquals(List.of("new-delhi-2023"), vm.visibleEvents().stream().map(Event::id).toList());
        assertEquals("new-delhi-2023", vm.getSelectedEventId(), "filtering never loses the selection");
    }

    @Test
    void reloadingKeepsTheSelectionWhenItsIdsSurvive() {
        vm.select("geneva-lavrov-propositions");
        vm.searchTextProperty().set("concretes");
        vm.setModel(loaded, Path.of("/x/model.json"), List.of());
        assertEquals("geneva-lavrov-propositions", vm.getSelectedQuoteId());
        assertEquals("geneva-2022", vm.getSelectedEventId());
        assertEquals(List.of("geneva-lavrov-propositions"), quoteIds());
    }

    @Test
    void evidenceFlags() {
        assertTrue(MainViewModel.isWeakEvidence(m.event("malta-2024").orElseThrow(), m), "single source");
        assertTrue(MainViewModel.isWeakEvidence(m.event("new-delhi-2023").orElseThrow(), m), "two sources but an ambiguous quote");
        assertFalse(MainViewModel.isSingleSource(m.event("new-delhi-2023").orElseThrow()));
    }

    @Test
    void recentFilesAreUniqueNewestFirstAndCapped() {
        for (int i = 0; i < 10; i++) vm.addRecent(Path.of("/tmp/m" + i + ".json"));
        vm.addRecent(Path.of("/tmp/m5.json"));
        assertEquals(org.sourcedtimeline.ui.settings.UiSettings.MAX_RECENT, vm.recentFiles().size());
        assertEquals(Path.of("/tmp/m5.json"), vm.recentFiles().get(0));
        assertEquals(1, vm.recentFiles().stream().filter(p -> p.endsWith("m5.json")).count());
    }

    @Test
    void citationQuotesTheExactCharactersWithSpeakerSourceDateAndOffsets() {
        vm.localeProperty().set(Locale.FRENCH);
        Quote q = m.quote("stockholm-lavrov-personne").orElseThrow();
        String c = vm.citation(q.id());
        assertEquals("\u00AB\u00A0Personne ne devrait renforcer sa sécurité au détriment de la sécurité des autres\u00A0\u00BB \u2014 "
                + "Sergueï Lavrov, Ministre russe des Affaires étrangères, POLITICO, "
                + "\u201CLes opinions se heurtent alors que Blinken et Lavrov discutent de l’Ukraine\u201D, 2 décembre 2021, caractères "
                + q.selector().start() + "\u2013" + q.selector().end(), c);
        assertEquals(q.text(), loaded.article(q.sourceId()).slice(q.selector().start(), q.selector().end()));
        vm.localeProperty().set(Locale.ENGLISH);
        assertTrue(vm.citation(q.id()).endsWith("December 2, 2021, characters " + q.selector().start() + "\u2013" + q.selector().end()));
    }

    @Test
    void citationOfAnUnnamedSpeakerUsesTheArticlesLabelAndSkipsAMissingOutlet() {
        vm.localeProperty().set(Locale.ENGLISH);
        String c = vm.citation("new-delhi-us-official-but");
        assertTrue(c.contains("\u00BB \u2014 un responsable américain, \u201CAntony Blinken"), c);
        assertTrue(c.contains("March 2, 2023"), c);
    }

    /** The link of an event or quote is the command that opens it again, and the window reads it back the same. */
    @Test
    void aLinkIsTheCommandThatOpensTheWindowOnIt() {
        MainViewModel vm = new MainViewModel();
        vm.setModel(loaded, null, List.of());
        assertEquals("timeline --select geneva-2022", vm.link("geneva-2022"));
        vm.setModel(loaded, java.nio.file.Path.of("/home/ana/My models/l'été.timeline.json"), List.of());
        String link = vm.link("geneva-2022");
        assertEquals("timeline '/home/ana/My models/l'\\''été.timeline.json' --select geneva-2022", link);
        assertEquals("plain/path.json", MainViewModel.shellQuoted("plain/path.json"));
        assertEquals("'a b'", MainViewModel.shellQuoted("a b"));
        assertEquals("'$(rm -rf ~)'", MainViewModel.shellQuoted("$(rm -rf ~)"), "nothing in an id or a path runs in a shell");
    }

    @Test
    void anEventsCitationNamesItsArticlesAndId() {
        MainViewModel vm = new MainViewModel();
        vm.setModel(loaded, null, List.of());
        String c = vm.eventCitation("new-delhi-2023");
        org.sourcedtimeline.model.Event e = loaded.model().event("new-delhi-2023").orElseThrow();
        assertTrue(c.startsWith(e.title("en") + " \u2014 "), c);
        assertTrue(c.endsWith("[new-delhi-2023]"), c);
        for (String sid : e.sourceIds()) assertTrue(c.contains(loaded.model().source(sid).orElseThrow().title()), sid + " in " + c);
        assertEquals(null, vm.eventCitation("nowhere"));
    }
}
