package org.sourcedtimeline.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.model.Actor;
import org.sourcedtimeline.model.ArticleText;
import org.sourcedtimeline.model.Attribution;
import org.sourcedtimeline.model.PartialDate;

/** The analyser on short texts of its own, one trap each: marks, speakers, dates. */
class ArticleAnalyserTest {
    private static final List<Actor> ACTORS = List.of(
            new Actor("blinken", "Antony Blinken", "Secrétaire d’État des États-Unis", "United States"),
            new Actor("lavrov", "Sergueï Lavrov", "Ministre des Affaires étrangères de la Fédération de Russie", "Russia"),
            new Actor("wang", "Wang Yi", "Ministre des Affaires étrangères de la Chine", "China"));

    private static ArticleAnalysis read(String text, PartialDate published) {
        return new ArticleAnalyser(ACTORS, List.of()).analyse("t.txt", new ArticleText(text), published);
    }

    private static QuoteSuggestion only(String text) {
        List<QuoteSuggestion> qs = read(text, null).quotes();
        assertEquals(1, qs.size(), qs.toString());
        return qs.get(0);
    }

    @Test
    void everyKindOfMark() {
        assertEquals("Nous partons", only("Il dit « Nous partons » hier.").words());
        assertEquals("Nous partons", only("Il dit “Nous partons” hier.").words());
        assertEquals("Nous partons", only("Il dit \"Nous partons\" hier.").words());
        assertEquals("Nous partons", only("Il dit ‘Nous partons’ hier.").words());
        assertEquals("Nous partons", only("Il dit „Nous partons“ hier.").words());
    }

    @Test
    void damageIsSaidNotHidden() {
        QuoteSuggestion misclosed = only("Il dit « Nous partons ” hier.");
        assertEquals("Nous partons", misclosed.words());
        assertTrue(misclosed.notes().get(0).contains("closed with ”"), misclosed.notes().toString());
        QuoteSuggestion open = only("Il dit « Nous partons demain.\nLe reste suit.");
        assertEquals("Nous partons demain.", open.words());
        assertTrue(open.notes().get(0).contains("never closed"), open.notes().toString());
        QuoteSuggestion runOn = only("Il dit « Nous partons.\n« Et nous revenons », ajoute-t-il.");
        assertTrue(runOn.words().startsWith("Nous partons.") && runOn.words().endsWith("revenons"), runOn.words());
    }

    @Test
    void theFrenchApostropheIsNotAClosingMark() {
        assertEquals("l’Europe n’attend pas", only("Selon Lavrov, « l’Europe n’attend pas ».").words());
    }

    @Test
    void speakersByVerbNameOfficeAndPronoun() {
        List<QuoteSuggestion> qs = read("« Nous restons fermes », a déclaré Blinken. « Et unis », a-t-il ajouté.\n"
                + "Le chef de la diplomatie russe a répondu : « Nous verrons bien ce que vous ferez. »\n"
                + "Selon un responsable américain, « la discussion a duré deux heures ».", null).quotes();
        assertEquals(List.of("blinken", "blinken", "lavrov"), qs.subList(0, 3).stream().map(q -> q.speaker().actorId()).toList());
        assertEquals(Attribution.EXPLICIT, qs.get(0).speaker().attribution());
        assertEquals(Attribution.INFERRED, qs.get(1).speaker().attribution(), "through the pronoun");
        assertTrue(qs.get(2).speaker().reason().contains("chef de la diplomatie"), qs.get(2).speaker().reason());
        assertNull(qs.get(3).speaker().actorId(), "an unnamed speaker is not given a name");
        assertEquals("un responsable américain", qs.get(3).speaker().label());
    }

    @Test
    void theCountryTellsWhichMinister() {
        QuoteSuggestion q = only("Le ministre chinois des Affaires étrangères a affirmé : « La paix d’abord, toujours. »");
        assertEquals("wang", q.speaker().actorId(), q.speaker().reason());
    }

    @Test
    void anInciseInsideTheMarksIsLeftOut() {
        List<QuoteSuggestion> qs = read("Lavrov a parlé. « On ne nous dicte rien, a-t-il lancé. Nous répondrons. »", null).quotes();
        assertEquals(List.of("On ne nous dicte rien", "Nous répondrons."), qs.stream().map(QuoteSuggestion::words).toList());
        assertEquals(qs.get(0).speaker().actorId(), qs.get(1).speaker().actorId());
    }

    @Test
    void aLineOfDialogueIsAQuotationUpToItsIncise() {
        QuoteSuggestion q = only("Il sort.\n— Nous ne courons après personne, a lancé Sergueï Lavrov aux journalistes.\nFin.");
        assertEquals("Nous ne courons après personne", q.words());
        assertEquals("lavrov", q.speaker().actorId(), q.speaker().reason());
        assertTrue(q.notes().contains("a dialogue dash, no quotation marks"), q.notes().toString());
        assertEquals(List.of(), read("Un écran de 85\" et un câble de 3\".", null).quotes(), "inches are not quotation marks");
    }

    @Test
    void aNameWithTheDefiniteArticleIsProposedAsATerm() {
        QuoteSuggestion q = only("Les négociations du « format normand » sont gelées.");
        assertEquals(QuoteSuggestion.Kind.TERM, q.kind(), q.reason());
        assertEquals(QuoteSuggestion.Kind.QUOTATION, only("Blinken a qualifié la réunion de « sérieuse ».").kind());
    }

    @Test
    void boilerplateLinesAreNotQuotations() {
        ArticleAnalysis a = read("Texte.\nLire aussi « Un autre article » sur le site\nLaisser un commentaire\n12 commentaires\n", null);
        assertEquals(List.of(), a.quotes());
        assertEquals(List.of("read-also", "comment-form", "counter"), a.boilerplate().stream().map(BoilerplateSuggestion::kind).toList());
    }

    @Test
    void datesResolvedAgainstThePublicationOrSaidUnresolved() {
        List<DateMention> known = read("Ils se sont vus jeudi, puis le 3 mars, et en 2014 déjà.", PartialDate.parse("2023-03-04")).dates();
        assertEquals(List.of("2023-03-02", "2023-03-03", "2014"), known.stream().map(d -> d.date().toString()).toList());
        DateMention unknown = read("Ils se sont vus jeudi.", PartialDate.parse("2023-03")).dates().get(0);
        assertNull(unknown.date());
        assertTrue(unknown.reason().contains("publication's day"), unknown.reason());
    }
}
