package org.sourcedtimeline.io.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcedtimeline.model.Actor;
import org.sourcedtimeline.model.ArticleText;
import org.sourcedtimeline.model.Event;
import org.sourcedtimeline.model.EventKind;
import org.sourcedtimeline.model.PartialDate;
import org.sourcedtimeline.model.TimelineModel;

/**
 * Reads a French article against a model's actors and events and proposes its quotations, each with
 * a speaker, an event, a confidence and a reason (see docs/import.md for how well, measured). It uses
 * the model's actors and events only: never its quotes, boilerplate or notes, so that running it on an
 * article already curated measures it honestly.
 */
public final class ArticleAnalyser {
    /** The article's words inside a quotation: « …, a-t-il lancé. … », « …, dit-elle, … ». */
    /** A paragraph that opens with a dialogue dash. */
    private static final Pattern DIALOGUE = Pattern.compile("(?m)^([—–])[ \u00A0\u202F]+(?=\\p{L})");
    /** Where a line of dialogue hands over to the article: « , a lancé Lavrov », « , répond-il ». */
    private static final Pattern DIALOGUE_INCISE = Pattern.compile(",\\s+(?:(?:a|ont|avait)(?:-t-(?:il|elle))?\\s+\\p{L}+|\\p{L}+-t?-?(?:il|elle|ils|elles))\\b");
    private static final Pattern INCISE = Pattern.compile(",\\s+(?:(?:a|ont|avait)-t-(?:il|elle|ils|elles)\\s+\\p{L}+|\\p{L}+-t?-?(?:il|elle|ils|elles))\\s*[.,]");
    private final List<Actor> actors;
    private final List<Event> events;
    private final Map<String, String> names = new HashMap<>();

    public ArticleAnalyser(TimelineModel model) {
        this(model.actors(), model.events());
    }

    public ArticleAnalyser(List<Actor> actors, List<Event> events) {
        this.actors = List.copyOf(actors);
        this.events = List.copyOf(events);
        for (Actor a : actors) names.put(a.id(), a.name());
    }

    /** @param published the date to resolve the article's dates against, or null when it is not known */
    public ArticleAnalysis analyse(String file, ArticleText article, PartialDate published) {
        String text = article.text();
        String folded = TextFold.fold(text);
        Sentences sentences = new Sentences(text);
        List<BoilerplateLines.Line> furniture = BoilerplateLines.find(text, folded);
        List<PlaceMention> places = places(text, folded);
        String publishedFrom = null;
        if (published == null) {
            // « Publié le 9 juin 2022 », « Mis à jour le … »: the article's own date line, when it has one.
            for (DateMention d : DateMentions.find(text, folded, null)) {
                int line = text.lastIndexOf('\n', Math.max(0, d.start() - 1)) + 1;
                String head = folded.substring(line, d.start()).strip();
                if (d.date() != null && (head.startsWith("publie") || head.startsWith("mis a jour") || head.startsWith("published")
                        || head.startsWith("date") || head.startsWith("le ") && head.length() <= 3)) {
                    published = d.date();
                    publishedFrom = "its date line « " + text.substring(line, d.end()).strip() + " »";
                    break;
                }
            }
        }
        List<DateMention> dates = DateMentions.find(text, folded, published);
        String[] mainReason = new String[1];
        String main = mainEvent(places, dates, published, mainReason);

        ActorMentions mentions = new ActorMentions(actors);
        Attributor attributor = new Attributor(text, folded, sentences, mentions, names);
        List<QuoteSuggestion> quotes = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        List<QuotedSpan> spans = new ArrayList<>();
        Map<QuotedSpan, String> incises = new HashMap<>();
        for (QuotedSpan q : QuotedSpans.find(text)) {
            if (inside(furniture, q.open())) continue;
            Matcher inc = INCISE.matcher(folded).region(q.start(), q.end());
            if (inc.find() && inc.start() > q.start() && inc.end() < q.end()) {
                // « On ne nous dicte rien, a-t-il lancé. Nous répondrons » is two quotations around the article's own words.
                String incise = text.substring(inc.start(), inc.end()).strip();
                List<String> note = new ArrayList<>(q.damage());
                note.add("the article's incise « " + incise + " » inside the marks is left out");
                QuotedSpan first = new QuotedSpan(q.open(), q.start(), inc.start(), inc.start(), q.mark(), note);
                int second = inc.end();
                while (second < q.end() && QuotedSpans.isSpace(text.charAt(second))) second++;
                QuotedSpan rest = new QuotedSpan(inc.end() - 1, second, q.end(), q.close(), q.mark(), note);
                spans.add(first);
                spans.add(rest);
                incises.put(rest, incise);
            } else {
                spans.add(q);
            }
        }
        spans.addAll(dialogueLines(text, folded, furniture));
        spans.sort(java.util.Comparator.comparingInt(QuotedSpan::open));
        SpeakerGuess before = null;
        for (QuotedSpan q : spans) {
            String words = text.substring(q.start(), q.end());
            boolean full = isFull(words);
            SpeakerGuess speaker = incises.containsKey(q) && before != null
                    ? new SpeakerGuess(before.actorId(), before.label(), before.attribution(), before.confidence(),
                            "the same quotation as the words before the incise « " + incises.get(q) + " »: " + before.reason())
                    : attributor.guess(q);
            before = speaker;
            EventGuess event = event(q, sentences, places, dates, main, mainReason[0]);
            // A few words named with the definite article (« du format normand ») are a term's name, as a rule, not words said.
            boolean term = !full && wordCount(words) <= 4 && definiteArticleBefore(folded, q.open()) && speaker.confidence() < 0.85;
            QuoteSuggestion.Kind kind = term ? QuoteSuggestion.Kind.TERM : QuoteSuggestion.Kind.QUOTATION;
            double confidence = term ? 0.6 : q.damage().isEmpty() ? 0.95 : 0.8;
            String reason = term
                    ? "a few words between " + q.mark() + " marks after a definite article, as a name or a term is written, and nobody is clearly said to say them (" + speaker.reason() + "): not a quotation?"
                    : "the words between " + q.mark() + (q.closed() ? " and " + text.charAt(q.close()) : " (never closed)")
                    + (full ? ", a whole sentence" : ", a fragment") + (q.damage().isEmpty() ? "" : "; " + String.join("; ", q.damage()));
            String id = uniqueId(ids, event.eventId(), speaker, words);
            quotes.add(new QuoteSuggestion(id, article.codePointIndex(q.start()), article.codePointIndex(q.end()), words, kind, full,
                    confidence, reason, q.damage(), speaker, event));
        }
        List<BoilerplateSuggestion> boilerplate = furniture.stream()
                .map(l -> new BoilerplateSuggestion(article.codePointIndex(l.start()), article.codePointIndex(l.end()), l.kind(), l.reason())).toList();
        return new ArticleAnalysis(file, article, published, publishedFrom, main, mainReason[0], quotes, boilerplate, dates, places);
    }

    /**
     * Words given as dialogue, the French press's other way of quoting: a paragraph that opens with a
     * dash (« — Nous ne courons après personne, a lancé Lavrov. »), up to its incise when it has one.
     */
    private static List<QuotedSpan> dialogueLines(String text, String folded, List<BoilerplateLines.Line> furniture) {
        List<QuotedSpan> out = new ArrayList<>();
        Matcher m = DIALOGUE.matcher(text);
        while (m.find()) {
            int open = m.start(1);
            if (inside(furniture, open)) continue;
            int start = m.end();
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            Matcher inc = DIALOGUE_INCISE.matcher(folded).region(start, end);
            int stop = inc.find() ? inc.start() : end;
            while (stop > start && (QuotedSpans.isSpace(text.charAt(stop - 1)) || text.charAt(stop - 1) == ',')) stop--;
            if (stop - start < 3) continue;
            out.add(new QuotedSpan(open, start, stop, -1, text.charAt(open), List.of("a dialogue dash, no quotation marks")));
        }
        return out;
    }

    /** A sentence or more: it starts with a capital and has a verb's worth of words, or it ends as a sentence does. */
    static boolean isFull(String words) {
        int n = wordCount(words);
        int first = words.codePoints().filter(Character::isLetter).findFirst().orElse('a');
        String t = words.strip();
        boolean endsAsSentence = t.endsWith(".") || t.endsWith("!") || t.endsWith("?") || t.endsWith("…");
        return (Character.isUpperCase(first) && n >= 5) || (endsAsSentence && n >= 4) || n >= 9;
    }

    /** « le », « la », « les », « l’ », « du », « au », « aux » just before the mark. */
    static boolean definiteArticleBefore(String folded, int open) {
        int i = open - 1;
        while (i >= 0 && folded.charAt(i) == ' ') i--;
        if (i >= 0 && folded.charAt(i) == '\'') return i >= 1 && folded.charAt(i - 1) == 'l' && (i < 2 || !Character.isLetter(folded.charAt(i - 2)));
        int e = i + 1;
        while (i >= 0 && Character.isLetter(folded.charAt(i))) i--;
        String w = folded.substring(i + 1, e);
        return List.of("le", "la", "les", "du", "au", "aux").contains(w);
    }

    static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("[\\s\u00A0\u202F]+").length;
    }

    private static boolean inside(List<BoilerplateLines.Line> lines, int at) {
        for (BoilerplateLines.Line l : lines) if (at >= l.start() && at < l.end()) return true;
        return false;
    }

    /** Where the article names the place of one of the model's events (its own name, or the part after a comma: « …, Genève »). */
    private List<PlaceMention> places(String text, String folded) {
        List<PlaceMention> out = new ArrayList<>();
        for (Event e : events) {
            if (e.place() == null) continue;
            Set<String> words = new LinkedHashSet<>();
            for (String lang : List.of("fr", "en")) {
                String name = e.placeName(lang);
                if (name == null) continue;
                for (String part : name.split(",")) if (part.strip().length() >= 4) words.add(TextFold.foldWords(part.strip()));
            }
            for (String w : words) {
                for (int i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + 1)) {
                    if (ActorMentions.wordBounded(folded, i, i + w.length()) && Character.isUpperCase(text.charAt(i)))
                        out.add(new PlaceMention(i, i + w.length(), text.substring(i, i + w.length()), e.id()));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(PlaceMention::start));
        return out;
    }

    /**
     * The article's own event: the one whose place it names most (an encounter before a context event),
     * then whose dates it gives, then nearest the publication date.
     */
    private String mainEvent(List<PlaceMention> places, List<DateMention> dates, PartialDate published, String[] reason) {
        Map<String, Double> score = new LinkedHashMap<>();
        Map<String, List<String>> why = new HashMap<>();
        for (PlaceMention p : places) {
            score.merge(p.eventId(), 1.0, Double::sum);
            why.computeIfAbsent(p.eventId(), k -> new ArrayList<>()).add("« " + p.words() + " »");
        }
        Set<String> dated = new java.util.HashSet<>();
        for (DateMention d : dates) {
            if (d.date() == null) continue;
            for (Event e : events) if (within(d.date(), e)) {
                dated.add(e.id());
                score.merge(e.id(), 1.0, Double::sum);
                why.computeIfAbsent(e.id(), k -> new ArrayList<>()).add("« " + d.words() + " »");
            }
        }
        String best = null;
        double bestScore = 0;
        for (Event e : events) {
            double s = score.getOrDefault(e.id(), 0.0);
            if (s == 0) continue;
            // An article reports on what happened lately: a place it names may be an old event's (« Moscou »), not its own.
            if (published != null && (e.start().first().isAfter(published.endExclusive().plusDays(31))
                    || e.endExclusive().isBefore(published.first().minusDays(400)))) continue;
            // Without a publication date, a place alone does not make a context event the article's own.
            if (published == null && e.kind() == EventKind.CONTEXT && !dated.contains(e.id())) continue;
            if (e.kind() != EventKind.CONTEXT) s *= 2;
            if (published != null && Math.abs(e.start().first().toEpochDay() - published.first().toEpochDay()) <= 45) s += 2;
            if (s > bestScore) {
                best = e.id();
                bestScore = s;
            }
        }
        if (best == null) {
            reason[0] = "the article names no place or date of an event of the model near its publication: a new event, to be created";
            return null;
        }
        List<String> w = why.getOrDefault(best, List.of());
        reason[0] = "the article names " + String.join(", ", w.subList(0, Math.min(4, w.size()))) + (w.size() > 4 ? " and more" : "")
                + (published != null ? ", near its publication (" + published + ")" : "");
        return best;
    }

    /** Whether a date of the text falls in the event's time, a year alone not being evidence for one day. */
    private static boolean within(PartialDate d, Event e) {
        long day = d.first().toEpochDay();
        long endDay = d.endExclusive().toEpochDay();
        boolean overlaps = day < e.endExclusive().toEpochDay() && endDay > e.start().first().toEpochDay();
        return overlaps && !(d.precision() == org.sourcedtimeline.model.Precision.YEAR && e.precision() == org.sourcedtimeline.model.Precision.DAY);
    }

    /** Another event when its sentence (or the one before) names that event's place or gives its date; the article's event otherwise. */
    private EventGuess event(QuotedSpan q, Sentences sentences, List<PlaceMention> places, List<DateMention> dates, String main, String mainReason) {
        int from = sentences.previousStart(q.open());
        int to = sentences.end(q.open());
        for (PlaceMention p : places) {
            if (p.start() >= sentences.start(q.open()) && p.start() < to && !p.eventId().equals(main))
                return new EventGuess(p.eventId(), 0.6, "its sentence names « " + p.words() + " », the place of " + p.eventId());
        }
        for (DateMention d : dates) {
            if (d.start() < from || d.start() >= to || d.date() == null) continue;
            for (Event e : events) if (!e.id().equals(main) && within(d.date(), e))
                return new EventGuess(e.id(), 0.55, "« " + d.words() + " » near it falls in " + e.id());
        }
        if (main == null) return new EventGuess(null, 0, "no event of the model fits the article");
        return new EventGuess(main, 0.7, "the article's event: " + mainReason);
    }

    private static String uniqueId(Set<String> ids, String event, SpeakerGuess speaker, String words) {
        String who = speaker.actorId() != null ? speaker.actorId() : "unnamed";
        StringBuilder slug = new StringBuilder();
        int n = 0;
        for (String w : TextFold.foldWords(words).split("[^a-z0-9]+")) {
            if (w.length() < 3) continue;
            if (slug.length() > 0) slug.append('-');
            slug.append(w);
            if (++n == 3) break;
        }
        String base = (event == null ? "event" : event) + "-" + who + "-" + (slug.length() == 0 ? "quote" : slug);
        String id = base;
        for (int i = 2; !ids.add(id); i++) id = base + "-" + i;
        return id;
    }
}
