package org.sourcedtimeline.io.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcedtimeline.TestFiles;
import org.sourcedtimeline.io.DirectorySourceFolder;
import org.sourcedtimeline.io.Problem;
import org.sourcedtimeline.model.ArticleText;
import org.sourcedtimeline.model.Attribution;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.TimelineModel;

class ModelBuilderTest {
    private static final Path MINI = TestFiles.fixture("mini");

    @Test
    void anchorsEachQuoteOnTheArticlesExactCharacters() throws Exception {
        ModelBuilder.Result r = ModelBuilder.build(MINI);
        assertTrue(r.ok(), r.problems().toString());
        TimelineModel m = r.model();
        ArticleText t = new ArticleText(Files.readString(MINI.resolve("article.txt")));
        for (Quote q : m.quotes()) {
            assertEquals(q.text(), t.slice(q.selector().start(), q.selector().end()), q.id());
            assertEquals(t.before(q.selector().start(), 32), q.selector().prefix());
            assertEquals(t.after(q.selector().end(), 32), q.selector().suffix());
        }
        Quote second = m.quote("geneva-lavrov-prets").orElseThrow();
        assertTrue(second.selector().start() > m.quote("geneva-lavrov-nous").orElseThrow().selector().start(),
                "occurrence 2 takes the second match");
        assertEquals(Attribution.INFERRED, second.attribution());
        assertEquals("2022-01-21", second.saidAt().date().toString());
    }

    @Test
    void outputOrderIsDeterministic() {
        TimelineModel m = ModelBuilder.build(MINI).model();
        assertEquals(List.of("context", "geneva"), m.events().stream().map(e -> e.id()).toList(), "events in time order");
        assertEquals(List.of("geneva-lavrov-nous", "geneva-lavrov-prets", "geneva-blinken-meilleur"),
                m.quotes().stream().map(Quote::id).toList(), "quotes in reading order");
    }

    @Test
    void wordsNotInTheArticleAreLocatedInTheCurationFile(@TempDir Path tmp) throws Exception {
        List<Problem> problems = build(tmp, "\"exact\": \"Nous sommes prêts\"", "\"exact\": \"Nous sommes prets\"");
        Problem p = only(problems);
        assertTrue(p.message().contains("\"Nous sommes prets\" is not in article.txt"), p.toString());
        assertTrue(p.message().contains("then has \"êts"), "points at the differing characters: " + p);
        assertEquals(lineOf(tmp, "Nous sommes prets"), p.line());
        assertTrue(p.toString().startsWith(tmp.resolve("curation.json") + ":" + p.line() + ":"), p.toString());
    }

    @Test
    void wordsFoundTwiceAskForMoreWordsOrAnOccurrence(@TempDir Path tmp) throws Exception {
        Problem p = only(build(tmp, "\"exact\": \"prêts\", \"occurrence\": 2", "\"exact\": \"prêts\""));
        assertTrue(p.message().contains("occurs 2 times"), p.toString());
        assertTrue(p.message().contains("occurrence"), p.toString());
    }

    @Test
    void aQuotationLeftOutOfTheCurationFailsTheBuild(@TempDir Path tmp) throws Exception {
        Problem p = only(build(tmp, "\"exact\": \"prêts\", \"occurrence\": 2", "\"exact\": \"parler\""));
        assertTrue(p.message().contains("article.txt:2:67: the quoted words \"prêts à parler"), p.toString());
        assertTrue(p.message().contains("notQuotes"), p.toString());
    }

    @Test
    void aQuotedTermListedInNotQuotesIsAccepted(@TempDir Path tmp) throws Exception {
        Path dir = TestFiles.copyOf(MINI, tmp);
        Path curation = dir.resolve("curation.json");
        Files.writeString(curation, Files.readString(curation)
                .replace("\"exact\": \"prêts\", \"occurrence\": 2", "\"exact\": \"parler\"")
                .replace("\"notes\": [ { \"exact\": \"Il a ajouté\"", "\"notQuotes\": [ { \"exact\": \"prêts à\", \"reason\": \"test\" } ],\n"
                        + "      \"notes\": [ { \"exact\": \"Il a ajouté\""));
        ModelBuilder.Result r = ModelBuilder.build(dir);
        assertTrue(r.ok(), r.problems().toString());
    }

    @Test
    void danglingReferencesAreErrors(@TempDir Path tmp) throws Exception {
        Problem p = only(build(tmp, "\"speaker\": \"blinken\"", "\"speaker\": \"blinkn\""));
        assertTrue(p.message().contains("speaker \"blinkn\" is not among the actors"), p.toString());
        Problem q = only(build(tmp.resolve("2"), "\"quoteIds\": [\"geneva-lavrov-nous\"]", "\"quoteIds\": [\"nope\"]"));
        assertTrue(q.message().contains("names quote \"nope\""), q.toString());
    }

    @Test
    void precisionMustAgreeWithTheWrittenDate(@TempDir Path tmp) throws Exception {
        Problem p = only(build(tmp, "\"start\": \"2014\"", "\"start\": \"2014-03\""));
        assertTrue(p.message().contains("month-precise but \"precision\" says year"), p.toString());
    }

    @Test
    void aSourceOutsideTheSeedsFolderIsRefused(@TempDir Path tmp) throws Exception {
        Problem p = only(build(tmp, "\"file\": \"article.txt\"", "\"file\": \"../article.txt\""));
        assertTrue(p.message().contains("goes up with '..'"), p.toString());
    }

    @Test
    void badJsonIsLocated(@TempDir Path tmp) throws Exception {
        List<Problem> problems = new ArrayList<>();
        ModelBuilder.Result r = ModelBuilder.build("c.json", "{\n  \"title\": \"x\",\n  \"actors\": [\n", new DirectorySourceFolder(tmp), problems);
        assertFalse(r.ok());
        assertTrue(problems.get(0).toString().startsWith("c.json:"), problems.toString());
    }

    private static List<Problem> build(Path tmp, String from, String to) throws Exception {
        Path dir = TestFiles.copyOf(MINI, tmp);
        Path curation = dir.resolve("curation.json");
        String text = Files.readString(curation);
        assertTrue(text.contains(from), "fixture has " + from);
        Files.writeString(curation, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        ModelBuilder.Result r = ModelBuilder.build(dir);
        assertNull(r.model(), "no model is produced when anything is wrong");
        return r.problems().stream().filter(Problem::isError).toList();
    }

    private static Problem only(List<Problem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    private static int lineOf(Path dir, String needle) throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve("curation.json"));
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(needle)) return i + 1;
        return -1;
    }
}
