package org.sourcedtimeline.io.imports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sourcedtimeline.io.build.ModelBuilder;
import org.sourcedtimeline.model.ArticleText;
import org.sourcedtimeline.model.Boilerplate;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.Source;
import org.sourcedtimeline.model.TimelineModel;

/**
 * How well the analyser reads a curated seeds folder: the curation's quotes are set aside, each
 * article is analysed with the model's actors and events and its curated publication date only, and
 * the suggestions are compared with the curated quotes, span by span.
 *
 * <p>A suggestion matches a curated quote of the same article when they share at least 80 % of the
 * shorter and half of the longer (so « sérieuse » and « sérieuse » match, a sentence and the
 * paragraph around it do not). Full sentences and fragments are told apart by
 * {@link ArticleAnalyser#isFull}, on the curated words for recall and on the suggested words for precision.
 */
public final class ImportEvaluation {
    /** One curated quote the analyser did not propose as a quotation, or one suggestion that is none. */
    public record Miss(String sourceFile, int line, String words, String what) {}

    /** Counts and the misses behind them. */
    public record Score(int curatedFull, int foundFull, int curatedFragments, int foundFragments,
                        int suggestedFull, int rightFull, int suggestedFragments, int rightFragments,
                        int matched, int rightSpeaker, int rightEvent, int boilerplateAsQuotes, int terms, int termsRight,
                        List<Miss> missed, List<Miss> wrong, List<Miss> wrongSpeaker) {
        public double recallFull() { return ratio(foundFull, curatedFull); }
        public double recallFragments() { return ratio(foundFragments, curatedFragments); }
        public double precisionFull() { return ratio(rightFull, suggestedFull); }
        public double precisionFragments() { return ratio(rightFragments, suggestedFragments); }
        public double speakerAccuracy() { return ratio(rightSpeaker, matched); }
        public double eventAccuracy() { return ratio(rightEvent, matched); }

        private static double ratio(int a, int b) { return b == 0 ? 1 : (double) a / b; }

        /** The table of docs/import.md. */
        public String table() {
            return String.join("\n",
                    "| measure | count | ratio |",
                    "|---|---:|---:|",
                    row("recall, full sentences", foundFull, curatedFull),
                    row("recall, fragments", foundFragments, curatedFragments),
                    row("precision, full sentences", rightFull, suggestedFull),
                    row("precision, fragments", rightFragments, suggestedFragments),
                    row("right speaker (of the quotes found)", rightSpeaker, matched),
                    row("right event (of the quotes found)", rightEvent, matched),
                    "| boilerplate proposed as quotations | " + boilerplateAsQuotes + " | |",
                    row("quoted terms proposed as not quotations, rightly", termsRight, terms)) + "\n";
        }

        private static String row(String what, int a, int b) {
            return String.format(Locale.ROOT, "| %s | %d / %d | %.1f %% |", what, a, b, 100.0 * ratio(a, b));
        }
    }

    private ImportEvaluation() {}

    /** Builds {@code seeds} with its curation, then analyses every article as if it were new. */
    public static Score of(Path seeds) throws java.io.IOException {
        ModelBuilder.Result built = ModelBuilder.build(seeds);
        if (!built.ok()) throw new IllegalArgumentException("the seeds do not build: " + built.problems());
        TimelineModel m = built.model();
        ArticleAnalyser analyser = new ArticleAnalyser(m);
        int[] c = new int[14];
        List<Miss> missed = new ArrayList<>();
        List<Miss> wrong = new ArrayList<>();
        List<Miss> wrongSpeaker = new ArrayList<>();
        for (Source s : m.sources()) {
            ArticleText article = new ArticleText(new String(Files.readAllBytes(seeds.resolve(s.file())), StandardCharsets.UTF_8));
            ArticleAnalysis a = analyser.analyse(s.file(), article, s.published() == null ? null : s.published().date());
            List<Quote> curated = m.quotes().stream().filter(q -> q.sourceId().equals(s.id())).toList();
            List<QuoteSuggestion> quotations = a.quotes().stream().filter(q -> q.kind() == QuoteSuggestion.Kind.QUOTATION).toList();
            for (Quote q : curated) {
                boolean full = ArticleAnalyser.isFull(q.text());
                c[full ? 0 : 2]++;
                QuoteSuggestion hit = quotations.stream().filter(x -> matches(x, q)).findFirst().orElse(null);
                if (hit == null) {
                    boolean asTerm = a.quotes().stream().anyMatch(x -> x.kind() == QuoteSuggestion.Kind.TERM && matches(x, q));
                    missed.add(miss(s, article, q.selector().start(), q.text(), asTerm ? "proposed as a term, not a quotation" : "not proposed"));
                    continue;
                }
                c[full ? 1 : 3]++;
                c[8]++;
                boolean speakerRight = q.speakerId() == null ? hit.speaker().actorId() == null : q.speakerId().equals(hit.speaker().actorId());
                if (speakerRight) c[9]++;
                else wrongSpeaker.add(miss(s, article, q.selector().start(), q.text(), "curated " + (q.speakerId() != null ? q.speakerId() : "unnamed: " + q.speakerLabel())
                        + ", proposed " + (hit.speaker().actorId() != null ? hit.speaker().actorId() : "unnamed: " + hit.speaker().label()) + " (" + hit.speaker().reason() + ")"));
                if (q.eventId().equals(hit.event().eventId())) c[10]++;
            }
            for (QuoteSuggestion x : a.quotes()) {
                boolean right = curated.stream().anyMatch(q -> matches(x, q));
                if (x.kind() == QuoteSuggestion.Kind.TERM) {
                    c[12]++;
                    if (!right) c[13]++;
                    continue;
                }
                c[x.full() ? 4 : 6]++;
                if (right) c[x.full() ? 5 : 7]++;
                else wrong.add(miss(s, article, x.start(), x.words(), "proposed as a quotation, not curated as one"));
                for (Boilerplate b : s.boilerplate()) if (x.start() >= b.range().start() && x.start() < b.range().end()) c[11]++;
            }
        }
        return new Score(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13], missed, wrong, wrongSpeaker);
    }

    static boolean matches(QuoteSuggestion x, Quote q) {
        int s = Math.max(x.start(), q.selector().start());
        int e = Math.min(x.end(), q.selector().end());
        int shared = e - s;
        if (shared <= 0) return false;
        int a = x.end() - x.start();
        int b = q.selector().end() - q.selector().start();
        return shared >= 0.8 * Math.min(a, b) && shared >= 0.5 * Math.max(a, b);
    }

    private static Miss miss(Source s, ArticleText article, int at, String words, String what) {
        String w = words.replaceAll("\\s+", " ").strip();
        return new Miss(s.file(), article.lineColumn(at)[0], w.length() > 70 ? w.substring(0, 69) + "…" : w, what);
    }
}
