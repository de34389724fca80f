package org.sourcedtimeline.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcedtimeline.io.ModelLoader;
import org.sourcedtimeline.io.Problem;
import org.sourcedtimeline.io.build.ModelBuilder;
import org.sourcedtimeline.model.ArticleText;
import org.sourcedtimeline.model.PartialDate;
import org.sourcedtimeline.model.Quote;

/** A review of an imported article against a copy of the seeds: decisions, refusals, undo. */
class ReviewSessionTest {
    @TempDir Path dir;
    private Path seeds;
    private byte[] original;
    private ReviewSession review;

    @BeforeEach
    void importAnArticle() throws Exception {
        seeds = SeedsCopy.in(dir);
        original = Files.readAllBytes(seeds.resolve("curation.json"));
        Path article = SeedsCopy.fixture("appel.txt");
        ArticleCopy.Imported copy = ArticleCopy.into(seeds, article);
        ArticleAnalysis a = new ArticleAnalyser(ModelBuilder.build(seeds).model())
                .analyse(copy.file().getFileName().toString(), new ArticleText(copy.text()), PartialDate.parse("2022-06-09"));
        review = new ReviewSession(seeds, a);
    }

    private ReviewSession.Outcome accept(QuoteSuggestion q, String event) throws Exception {
        return review.decide((c, source) -> c.quote(q.id(), source, review.analysis().article(), q.start(), q.end(), event,
                q.speaker().actorId(), q.speaker().label(), q.speaker().attribution().json(), q.notes()), false);
    }

    @Test
    void theCommittedCurationIsWrittenBackByteForByte() throws Exception {
        String text = new String(original, StandardCharsets.UTF_8);
        assertEquals(text, CurationEdits.parse(text).text(), "an edit adds its lines and changes no other");
    }

    @Test
    void anAcceptedQuoteIsInTheModelAndTheRestIsSaidUndecided() throws Exception {
        QuoteSuggestion first = review.analysis().quotes().get(0);
        ReviewSession.Outcome o = accept(first, "geneva-2022");
        assertTrue(o.ok(), o.problems().toString());
        Quote q = o.model().quotes().stream().filter(x -> x.id().equals(first.id())).findFirst().orElseThrow();
        assertEquals(first.words(), q.text());
        assertTrue(o.problems().stream().anyMatch(p -> !p.isError() && p.message().contains("not decided yet")), o.problems().toString());
        ModelLoader.Result loaded = ModelLoader.load(review.modelFile());
        assertTrue(loaded.ok(), "model.json written and valid: " + loaded.problems());
        assertTrue(loaded.loaded().model().quotes().stream().anyMatch(x -> x.id().equals(first.id())));
    }

    @Test
    void aDecisionTheBuildRefusesIsTakenBackWithItsProblem() throws Exception {
        ReviewSession.Outcome o = accept(review.analysis().quotes().get(0), "no-such-event");
        assertFalse(o.ok());
        assertTrue(o.problems().stream().filter(Problem::isError).anyMatch(p -> p.message().contains("no-such-event")), o.problems().toString());
        assertEquals(new String(original, StandardCharsets.UTF_8), Files.readString(seeds.resolve("curation.json")), "as it was");
        assertFalse(review.canUndo());
    }

    @Test
    void everyDecisionUndoesInReverseOrderBackToTheOriginalBytes() throws Exception {
        List<QuoteSuggestion> qs = review.analysis().quotes();
        assertTrue(accept(qs.get(0), "geneva-2022").ok());
        QuoteSuggestion second = qs.get(1);
        assertTrue(review.decide((c, s) -> c.notQuote(s, review.analysis().article(), second.start(), second.end(), "rejected in review"), false).ok());
        String afterTwo = Files.readString(seeds.resolve("curation.json"));
        assertTrue(afterTwo.contains("\"reason\": \"rejected in review\""), afterTwo);
        assertTrue(review.undo().ok());
        assertFalse(Files.readString(seeds.resolve("curation.json")).contains("rejected in review"));
        assertTrue(review.undo().ok());
        assertEquals(new String(original, StandardCharsets.UTF_8), Files.readString(seeds.resolve("curation.json")));
        assertFalse(review.canUndo());
    }

    @Test
    void whenEveryPassageIsDecidedTheSourceLeavesReview() throws Exception {
        List<QuoteSuggestion> qs = review.analysis().quotes();
        ReviewSession.Outcome o = null;
        for (int i = 0; i < qs.size(); i++) {
            QuoteSuggestion q = qs.get(i);
            boolean last = i == qs.size() - 1;
            o = review.decide((c, s) -> c.notQuote(s, review.analysis().article(), q.start(), q.end(), "rejected in review"), last);
            assertTrue(o.ok(), i + ": " + o.problems());
        }
        assertTrue(o.problems().stream().noneMatch(p -> p.message().contains("under review")), o.problems().toString());
        assertFalse(Files.readString(seeds.resolve("curation.json")).contains("\"review\""));
    }

    @Test
    void someoneElsesEditIsNeverOverwritten() throws Exception {
        Files.writeString(seeds.resolve("curation.json"), Files.readString(seeds.resolve("curation.json")) + " ");
        ReviewSession.Outcome o = accept(review.analysis().quotes().get(0), "geneva-2022");
        assertFalse(o.ok());
        assertTrue(o.problems().get(0).message().contains("changed on disk"), o.problems().toString());
    }
}
