package org.sourcedtimeline.io.generate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sourcedtimeline.io.ArticleDecoder;
import org.sourcedtimeline.model.Account;
import org.sourcedtimeline.model.Actor;
import org.sourcedtimeline.model.ArticleText;
import org.sourcedtimeline.model.Attribution;
import org.sourcedtimeline.model.Event;
import org.sourcedtimeline.model.EventKind;
import org.sourcedtimeline.model.PartialDate;
import org.sourcedtimeline.model.Place;
import org.sourcedtimeline.model.Published;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.Selector;
import org.sourcedtimeline.model.Source;
import org.sourcedtimeline.model.TimelineModel;

/**
 * A deterministic synthetic model for benchmarks and stress tests: events spread over decades with
 * dense clusters, every kind and precision, quotes of realistic and very long lengths in French with
 * accents, and the synthetic articles they are anchored in. Valid under {@code validate}.
 */
public final class SyntheticModel {
    /** The model and its articles' bytes, by file name. */
    public record Generated(TimelineModel model, Map<String, byte[]> articles) {}

    static final int QUOTES_PER_ARTICLE = 100;
    private static final String[] WORDS = ("négociations sécurité dialogue frontière traité ministre délégation "
            + "Genève Moscou Washington désescalade réponse écrite propositions concrètes alliés européens "
            + "souveraineté intégrité territoriale pourparlers réunion ministérielle conférence de presse "
            + "déclaration commune inquiétude profonde conséquences graves économie énergie céréales "
            + "accord cessez-le-feu échange prisonniers armes nucléaires vérification confiance "
            + "à été où déjà très après lorsque nous devons continuer la diplomatie").split(" ");
    private static final String[] PLACES = {"Genève", "Stockholm", "New Delhi", "La Valette", "Vienne", "Helsinki",
            "Bali", "Phnom Penh", "Tachkent", "Reykjavik", "Istanbul", "Paris"};
    private static final EventKind[] KINDS = EventKind.values();

    private SyntheticModel() {}

    public static Generated generate(int events, int quotes, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < 40; i++)
            actors.add(new Actor("actor-" + i, "Personne " + i + " Éloïse-Çédric", "Ministre n° " + i, i % 2 == 0 ? "États-Unis" : "Russie"));

        // Clusters make the level of detail work: many events within a few days.
        LocalDate origin = LocalDate.of(1990, 1, 1);
        int spanDays = (int) (LocalDate.of(2030, 1, 1).toEpochDay() - origin.toEpochDay());
        int[] clusterCentres = new int[Math.max(1, events / 500)];
        for (int i = 0; i < clusterCentres.length; i++) clusterCentres[i] = rnd.nextInt(spanDays);

        int articleCount = Math.max(1, (quotes + QUOTES_PER_ARTICLE - 1) / QUOTES_PER_ARTICLE);
        List<StringBuilder> texts = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        for (int a = 0; a < articleCount; a++) {
            StringBuilder b = new StringBuilder("Article synthétique n° ").append(a).append('\n');
            texts.add(b);
            lengths.add(ArticleText.codePoints(b.toString()));
        }

        List<Event> evs = new ArrayList<>(events);
        List<String> eventSources = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            int day = rnd.nextInt(10) < 4 ? clusterCentres[rnd.nextInt(clusterCentres.length)] + rnd.nextInt(7)
                    : rnd.nextInt(spanDays);
            LocalDate d = origin.plusDays(Math.min(day, spanDays - 1));
            int p = rnd.nextInt(100);
            PartialDate start = p < 80 ? PartialDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth())
                    : p < 95 ? new PartialDate(d.getYear(), d.getMonthValue(), 1, org.sourcedtimeline.model.Precision.MONTH)
                    : new PartialDate(d.getYear(), 1, 1, org.sourcedtimeline.model.Precision.YEAR);
            PartialDate end = null;
            if (start.precision() == org.sourcedtimeline.model.Precision.DAY && rnd.nextInt(10) == 0) {
                LocalDate e = d.plusDays(1 + rnd.nextInt(20));
                end = PartialDate.ofDay(e.getYear(), e.getMonthValue(), e.getDayOfMonth());
            }
            String place = PLACES[rnd.nextInt(PLACES.length)];
            String src = "source-" + rnd.nextInt(articleCount);
            eventSources.add(src);
            evs.add(new Event("event-" + i, "Rencontre n° " + i + " à " + place, start, end,
                    new Place(place, "—", -60 + rnd.nextDouble() * 120, -170 + rnd.nextDouble() * 340),
                    KINDS[rnd.nextInt(KINDS.length)], List.of("actor-" + rnd.nextInt(40), "actor-" + rnd.nextInt(40)),
                    sentence(rnd, 12 + rnd.nextInt(20)), null, List.of(src), List.of()));
        }

        List<Quote> qs = new ArrayList<>(quotes);
        for (int i = 0; i < quotes; i++) {
            int ev = events == 0 ? 0 : (i < events ? i : rnd.nextInt(events));
            int a = i / QUOTES_PER_ARTICLE;
            StringBuilder t = texts.get(a);
            int words = rnd.nextInt(20) == 0 ? 80 + rnd.nextInt(60) : 6 + rnd.nextInt(25);
            String words_ = sentence(rnd, words);
            String intro = "Le ministre a déclaré : « ";
            t.append(intro);
            int start = lengths.get(a) + ArticleText.codePoints(intro);
            t.append(words_).append(" », selon la délégation.\n");
            int end = start + ArticleText.codePoints(words_);
            lengths.set(a, end + ArticleText.codePoints(" », selon la délégation.\n"));
            qs.add(new Quote("quote-" + i, events == 0 ? null : "event-" + ev, "actor-" + rnd.nextInt(40), null, words_,
                    "source-" + a, new Selector(start, end, words_, "", ""),
                    Attribution.values()[rnd.nextInt(3)], null, List.of()));
        }

        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Source> sources = new ArrayList<>();
        Map<String, ArticleText> articleTexts = new LinkedHashMap<>();
        for (int a = 0; a < articleCount; a++) {
            String name = "articles/article-" + a + ".txt";
            byte[] bytes = texts.get(a).toString().getBytes(StandardCharsets.UTF_8);
            files.put(name, bytes);
            articleTexts.put("source-" + a, new ArticleText(texts.get(a).toString()));
            sources.add(new Source("source-" + a, name, ArticleDecoder.sha256(bytes), "Article synthétique " + a, null, null, "fr",
                    new Published(PartialDate.parse("2024"), "synthetic"), List.of(), List.of()));
        }
        texts.clear();
        // Context can only be computed once each article is complete.
        List<Quote> anchored = new ArrayList<>(qs.size());
        for (Quote q : qs) {
            ArticleText t = articleTexts.get(q.sourceId());
            Selector s = q.selector();
            anchored.add(new Quote(q.id(), q.eventId(), q.speakerId(), null, q.text(), q.sourceId(),
                    new Selector(s.start(), s.end(), s.exact(), t.before(s.start(), Selector.CONTEXT), t.after(s.end(), Selector.CONTEXT)),
                    q.attribution(), null, List.of()));
        }
        // Every event lists the sources of its quotes, as the validator expects.
        Map<String, java.util.Set<String>> sourcesOf = new LinkedHashMap<>();
        for (Quote q : anchored) if (q.eventId() != null) sourcesOf.computeIfAbsent(q.eventId(), k -> new java.util.TreeSet<>()).add(q.sourceId());
        List<Event> finalEvents = new ArrayList<>(evs.size());
        for (int i = 0; i < evs.size(); i++) {
            Event e = evs.get(i);
            java.util.Set<String> ids = new java.util.TreeSet<>(sourcesOf.getOrDefault(e.id(), java.util.Set.of()));
            ids.add(eventSources.get(i));
            List<Account> accounts = List.of();
            finalEvents.add(new Event(e.id(), e.title(), e.start(), e.end(), e.place(), e.kind(), e.participants(), e.summary(),
                    e.duration(), List.copyOf(ids), accounts));
        }
        finalEvents.sort(java.util.Comparator.comparing(Event::start).thenComparing(Event::id));
        return new Generated(new TimelineModel(TimelineModel.SCHEMA_VERSION, "Modèle synthétique (" + events + " événements)",
                sources, actors, finalEvents, anchored), files);
    }

    private static String sentence(SplittableRandom rnd, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) b.append(' ');
            String w = WORDS[rnd.nextInt(WORDS.length)];
            b.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        }
        return b.toString();
    }
}
