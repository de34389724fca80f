package org.sourcedtimeline.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.io.imports.SeedsCopy;
import org.junit.jupiter.api.io.TempDir;
import org.sourcedtimeline.io.build.ModelBuilder;
import org.sourcedtimeline.io.imports.ArticleAnalyser;
import org.sourcedtimeline.io.imports.ArticleCopy;
import org.sourcedtimeline.io.imports.ReviewSession;
import org.sourcedtimeline.model.ArticleText;
import org.sourcedtimeline.model.PartialDate;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.TimelineModel;

/** The review's decisions without a toolkit, against a copy of the seeds. */
class ImportReviewViewModelTest {
    @TempDir Path dir;
    private Path seeds;
    private String original;
    private ImportReviewViewModel vm;
    private final List<TimelineModel> rebuilt = new ArrayList<>();

    @BeforeEach
    void review() throws Exception {
        seeds = SeedsCopy.in(dir);
        original = Files.readString(seeds.resolve("curation.json"));
        Path article = SeedsCopy.fixture("vienne.txt");
        ArticleCopy.Imported copy = ArticleCopy.into(seeds, article);
        var a = new ArticleAnalyser(ModelBuilder.build(seeds).model())
                .analyse(copy.file().getFileName().toString(), new ArticleText(copy.text()), PartialDate.parse("2023-03-14"));
        vm = new ImportReviewViewModel(new ReviewSession(seeds, a), rebuilt::add);
    }

    private ReviewItem first() { return vm.items().get(0); }

    private Quote curated(TimelineModel m, String words) {
        return m.quotes().stream().filter(q -> q.text().equals(words)).findFirst().orElse(null);
    }

    @Test
    void aQuotationWithoutAnEventIsNotAcceptedUntilOneIsChosen() {
        ReviewItem item = first();
        assertEquals(null, item.eventIdProperty().get(), "no event of the model fits this article");
        assertFalse(vm.accept(item).ok());
        assertEquals(ReviewItem.Status.PENDING, item.getStatus());
        item.eventIdProperty().set("new-delhi-2023");
        var o = vm.accept(item);
        assertTrue(o.ok(), o.problems().toString());
        assertEquals(ReviewItem.Status.ACCEPTED, item.getStatus());
        Quote q = curated(rebuilt.get(rebuilt.size() - 1), item.quote().words());
        assertNotNull(q, "in the rebuilt model");
        assertEquals("blinken", q.speakerId());
        assertEquals("new-delhi-2023", q.eventId());
        assertSame(vm.items().get(1), vm.selectedProperty().get(), "on to the next one to decide");
    }

    @Test
    void reattributedAdjustedAndANewActorAreWrittenAsThePersonLeftThem() throws Exception {
        ReviewItem item = first();
        item.eventIdProperty().set("new-delhi-2023");
        String words = item.quote().words();
        int start = item.startProperty().get();
        assertFalse(vm.adjust(item, start, start), "an empty span is refused");
        assertTrue(vm.adjust(item, start, start + 10));
        item.newActorProperty().set(new String[] {"Porte-parole anonyme", "Porte-parole de la délégation", "United States"});
        assertTrue(vm.accept(item).ok());
        String curation = Files.readString(seeds.resolve("curation.json"));
        assertTrue(curation.contains("\"exact\": \"" + words.substring(0, 10) + "\""), "the adjusted span");
        assertTrue(curation.contains("\"id\": \"porte-parole-anonyme\""), "the new actor");
        assertTrue(curation.contains("\"speaker\": \"porte-parole-anonyme\""));
        assertTrue(curation.contains("\"attribution\": \"inferred\""), "a person's choice, not the article's naming");
    }

    @Test
    void anArticleAboutSomethingNewGetsANewEvent() {
        ReviewItem item = first();
        item.newEventProperty().set(new String[] {"Rencontre de Vienne", "2023-03-14", "bilateral-meeting", "Vienne", "Deux heures d’entretien à Vienne."});
        var o = vm.accept(item);
        assertTrue(o.ok(), o.problems().toString());
        TimelineModel m = vm.modelProperty().get();
        var e = m.event("rencontre-de-vienne-2023").orElseThrow();
        assertEquals("Vienne", e.place().name());
        assertEquals("rencontre-de-vienne-2023", curated(m, item.quote().words()).eventId());
        ReviewItem next = vm.selectedProperty().get();
        next.eventIdProperty().set("rencontre-de-vienne-2023");
        assertTrue(vm.accept(next).ok(), "the new event is one to choose for the next quotation");
    }

    @Test
    void rejectAndUndoBackToTheOriginalCuration() throws Exception {
        ReviewItem item = first();
        assertTrue(vm.reject(item, "not a quotation").ok());
        assertEquals(ReviewItem.Status.REJECTED, item.getStatus());
        assertTrue(vm.canUndoProperty().get());
        ReviewItem furniture = vm.items().stream().filter(i -> !i.isQuote()).findFirst().orElseThrow();
        assertTrue(vm.accept(furniture).ok());
        assertTrue(Files.readString(seeds.resolve("curation.json")).contains("\"kind\": \"" + furniture.boilerplate().kind() + "\""));
        assertTrue(vm.undo().ok());
        assertEquals(ReviewItem.Status.PENDING, furniture.getStatus());
        assertTrue(vm.undo().ok());
        assertEquals(ReviewItem.Status.PENDING, item.getStatus());
        assertEquals(original, Files.readString(seeds.resolve("curation.json")), "byte for byte as before the review");
        assertFalse(vm.canUndoProperty().get());
    }
}
