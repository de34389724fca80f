package org.sourcedtimeline.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.sourcedtimeline.io.json.NodeReader;
import org.sourcedtimeline.model.Account;
import org.sourcedtimeline.model.ArticleText;
import org.sourcedtimeline.model.Boilerplate;
import org.sourcedtimeline.model.Event;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.Reanchor;
import org.sourcedtimeline.model.Selector;
import org.sourcedtimeline.model.Source;
import org.sourcedtimeline.model.SourceNote;
import org.sourcedtimeline.model.SourceSpan;
import org.sourcedtimeline.model.TextRange;
import org.sourcedtimeline.model.TimelineModel;

/**
 * Checks a decoded model whole: unique ids, every reference resolves, every article is there with
 * the recorded hash, and every quote, note and span is exactly the article's characters at its
 * offsets. Reports all problems, located, rather than stopping at the first.
 */
public final class ModelValidator {
    private final NodeReader in;
    private final Locations where;
    /** Below this many quotes a second thread costs more than it saves. */
    private static final int TWO_THREADS_FROM = 20_000;
    private final ArticleReads articles;
    private LoadMonitor monitor = LoadMonitor.NONE;
    // The share of the load done before the checks start: they report from there to the end.
    private double progressFrom;
    private Set<String> brokenIds = Set.of();
    // Sources whose article no longer has the recorded hash: their quotes are looked for again.
    private final Set<String> changed = new java.util.HashSet<>();
    // Changed sources whose every quote is still word for word at its offsets: told once, not per quote.
    private final Set<String> intact = new java.util.HashSet<>();
    private List<Quote> allQuotes = List.of();

    private ModelValidator(NodeReader in, Locations where, ArticleReads articles) {
        this.in = in;
        this.where = where;
        this.articles = articles;
    }

    /**
     * What the checks leave behind: the article texts that could be read, by source id, and the events
     * and quotes by id (the first of each), which the model's indexes take rather than build again.
     */
    record Checked(Map<String, ArticleText> texts, Map<String, Event> eventsById, Map<String, Quote> quotesById) {}

    /**
     * Takes the articles from reads that may have started while the model was being decoded, and
     * reports to {@code monitor} from {@code progressFrom} to 1 as the quotes are checked.
     */
    static Checked validate(ModelDecoder.Decoded d, NodeReader in, ArticleReads articles,
                                             LoadMonitor monitor, double progressFrom) {
        ModelValidator v = new ModelValidator(in, d.where(), articles);
        v.monitor = monitor;
        v.progressFrom = progressFrom;
        v.brokenIds = d.brokenIds();
        return v.run(d.model());
    }

    private Checked run(TimelineModel m) {
        // Sources in the model's order: their articles are reported in it.
        Map<String, Source> sources = unique(new LinkedHashMap<>(), m.sources(), Source::id, "source", i -> where.of(m.sources().get(i)));
        Set<String> actors = unique(new HashMap<>(capacity(m.actors())), m.actors(), a -> a.id(), "actor", i -> where.of(m.actors().get(i))).keySet();
        Map<String, Event> events = unique(new HashMap<>(capacity(m.events())), m.events(), Event::id, "event", where::eventAt);
        Map<String, Quote> quotesById = unique(new HashMap<>(capacity(m.quotes())), m.quotes(), Quote::id, "quote", where::quoteAt);
        Set<String> quotes = quotesById.keySet();

        allQuotes = m.quotes();
        Map<String, ArticleText> texts = new LinkedHashMap<>();
        for (Source s : sources.values()) {
            ArticleText t = article(s);
            if (t != null) texts.put(s.id(), t);
        }
        for (int i = 0; i < m.events().size(); i++) {
            Event e = m.events().get(i);
            Location at = where.eventAt(i);
            refs(at, "participants", e.participants(), actors, "actor");
            refs(at, "sourceIds", e.sourceIds(), sources.keySet(), "source");
            for (Account a : e.accounts()) {
                Location aAt = where.of(a);
                if (a.teller() != null) refs(aAt, "teller", List.of(a.teller()), actors, "actor");
                refs(aAt, "quoteIds", a.quoteIds(), quotes, "quote");
                for (SourceSpan s : a.spans()) {
                    Location sAt = where.of(s);
                    if (refs(sAt, "sourceId", List.of(s.sourceId()), sources.keySet(), "source") && !changed.contains(s.sourceId()))
                        passage(sAt, texts.get(s.sourceId()), s.range(), s.exact(), "exact");
                }
            }
        }
        List<Quote> all = m.quotes();
        if (all.size() < TWO_THREADS_FROM) {
            quotes(all, 0, all.size(), sources, actors, events, texts);
        } else {
            // The quotes are checked independently: half of them on a second core, problems kept in order.
            ModelValidator other = new ModelValidator(new NodeReader(in.file(), new ArrayList<>()), where, articles);
            other.brokenIds = brokenIds;
            other.changed.addAll(changed);
            other.intact.addAll(intact);
            other.monitor = new LoadMonitor() {
                @Override public void progress(double fraction) { }

                @Override public boolean cancelled() { return monitor.cancelled(); }
            };
            int half = all.size() / 2;
            CompletableFuture<Void> second = CompletableFuture.runAsync(
                    () -> other.quotes(all, half, all.size(), sources, actors, events, texts));
            quotes(all, 0, half, sources, actors, events, texts);
            try {
                second.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof Error err) throw err;
                if (e.getCause() instanceof RuntimeException re) throw re;
                throw e;
            }
            in.problems().addAll(other.in.problems());
        }
        return new Checked(texts, events, quotesById);
    }

    /** Checks quotes {@code [from, to)} of {@code quotes}. */
    private void quotes(List<Quote> quotes, int from, int to, Map<String, Source> sources, Set<String> actors,
                        Map<String, Event> events, Map<String, ArticleText> texts) {
        for (int i = from; i < to; i++) {
            if (((i - from) & 4095) == 0) {
                if (monitor.cancelled()) throw new LoadMonitor.Cancelled();
                monitor.progress(progressFrom + (1 - progressFrom) * (i - from) / (to - from));
            }
            Quote q = quotes.get(i);
            Location at = where.quoteAt(i);
            refs(at, "eventId", List.of(q.eventId()), events.keySet(), "event");
            if (q.speakerId() != null) refs(at, "speakerId", List.of(q.speakerId()), actors, "actor");
            if (refs(at, "sourceId", List.of(q.sourceId()), sources.keySet(), "source")) {
                quote(q, at, texts.get(q.sourceId()), sources.get(q.sourceId()));
                Event e = events.get(q.eventId());
                if (e != null && !e.sourceIds().contains(q.sourceId()))
                    in.warning(in.at(at, "sourceId"), "quote \"" + q.id() + "\" comes from source \"" + q.sourceId()
                            + "\", which event \"" + q.eventId() + "\" does not list in its sourceIds");
            }
        }
    }

    private ArticleText article(Source s) {
        Location o = where.of(s);
        ArticleReads.Read read = articles.get(s.file());
        if (read.refused() != null) {
            in.error(in.at(o, "file"), "source \"" + s.id() + "\": " + read.refused().getMessage());
            return null;
        }
        String actual = read.sha256();
        if (!actual.equals(s.sha256())) changed.add(s.id());
        ArticleText t = read.text();
        if (t == null) {
            in.error(in.at(o, "file"), "source \"" + s.id() + "\": \"" + s.file() + "\" " + ArticleDecoder.explainNotUtf8(read.notUtf8()));
            return null;
        }
        if (!actual.equals(s.sha256())) {
            int quotes = quotesStillInPlace(s.id(), t);
            if (quotes > 0) intact.add(s.id());
            in.error(in.at(o, "sha256"), "source \"" + s.id() + "\": the article \"" + s.file()
                    + "\" has changed since the model was built (sha256 is " + actual + ", the model says " + s.sha256()
                    + ")" + ArticleDecoder.likelyChange(t.text()) + (quotes > 0
                            ? "; yet all " + quotes + " of its quotes are still word for word at their offsets: if this is the "
                                    + "article the model was built from (a wrong \"sha256\"?), rebuild the model, which records the right one"
                            : "; rebuild the model or restore the article"));
        }
        // In a changed article every offset may have moved: the quotes are looked for again instead.
        if (!changed.contains(s.id())) {
            for (Boilerplate b : s.boilerplate()) inRange(where.of(b), t, b.range());
            for (SourceNote n : s.notes()) passage(where.of(n), t, n.range(), n.exact(), "exact");
        }
        return t;
    }

    private void quote(Quote q, Location at, ArticleText t, Source s) {
        if (t == null) return;
        if (changed.contains(q.sourceId())) {
            reanchor(q, at, t);
            return;
        }
        Selector sel = q.selector();
        // Anchored while decoded: its words were found to be exactly this article's, and are read from it.
        if (!sel.isAnchoredIn(t) && !words(q, at, t)) return;
        if (s != null) {
            for (Boilerplate b : s.boilerplate())
                if (b.range().overlaps(sel.range()))
                    in.error(in.at(at, "selector"), "quote \"" + q.id() + "\" lies in boilerplate (" + b.kind()
                            + "), which is never a quotation");
        }
    }

    /**
     * Checks that a quote's text, exact words and context are the article's characters at its
     * selector, reporting each that is not; false when the selector does not even hold the text
     * (then nothing else about it is worth reporting).
     */
    private boolean words(Quote q, Location at, ArticleText t) {
        Selector sel = q.selector();
        if (!inRange(in.at(at, "selector"), t, sel.range())) return false;
        // Compared in place: a large model has millions of quotes, and valid ones need no copies.
        if (!t.matches(sel.start(), sel.end(), q.text())) {
            misplaced(q, at, t);
            return false;
        }
        // The decoder shares one string when exact equals text; only a different one needs its own check.
        if (sel.exact() != q.text() && !t.matches(sel.start(), sel.end(), sel.exact()))
            in.error(in.at(in.at(at, "selector"), "exact"), "quote \"" + q.id()
                    + "\": selector \"exact\" differs from the article's characters at " + sel.start() + ".." + sel.end());
        if (!t.matches(Math.max(0, sel.start() - Selector.CONTEXT), sel.start(), sel.prefix()))
            in.error(in.at(in.at(at, "selector"), "prefix"), "quote \"" + q.id()
                    + "\": selector \"prefix\" is not the " + Selector.CONTEXT + " characters before the quote");
        if (!t.matches(sel.end(), Math.min(t.length(), sel.end() + Selector.CONTEXT), sel.suffix()))
            in.error(in.at(in.at(at, "selector"), "suffix"), "quote \"" + q.id()
                    + "\": selector \"suffix\" is not the " + Selector.CONTEXT + " characters after the quote");
        return true;
    }


    /**
     * A quote whose text is not at its selector's offsets: either the offsets are off (the words are
     * elsewhere in the article: one error, on the selector, saying by how much) or the words are not
     * in the article at all (a misquote: the error is on the text). The selector's other checks would
     * only repeat the same slip, so they are not reported.
     */
    private void misplaced(Quote q, Location at, ArticleText t) {
        Selector sel = q.selector();
        String there = NodeReader.abbreviate(t.slice(sel.start(), sel.end()));
        int found = nearest(t, q.text(), sel.start());
        if (found < 0) {
            in.error(in.at(at, "text"), "quote \"" + q.id() + "\": \"text\" is nowhere in the article (at the selector's "
                    + sel.start() + ".." + sel.end() + " the article has \"" + there + "\")");
            return;
        }
        int end = found + ArticleText.codePoints(q.text());
        int shift = sel.start() - found;
        in.error(in.at(at, "selector"), "quote \"" + q.id() + "\": its text is at " + found + ".." + end
                + " in the article, but the selector says " + sel.start() + ".." + sel.end() + " (which holds \"" + there
                + "\"): the offsets are " + Math.abs(shift) + " character(s) too " + (shift < 0 ? "early" : "late")
                + "; rebuild the model or correct \"start\" and \"end\"");
    }

    /** The occurrence of {@code exact} nearest to {@code near}, or -1. */
    private static int nearest(ArticleText t, String exact, int near) {
        int best = -1;
        for (int i = t.indexOf(exact, 0); i >= 0; i = t.indexOf(exact, i + 1)) {
            if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
            if (i > near) break;
        }
        return best;
    }

    /** How many quotes of {@code sourceId} there are when each is word for word at its offsets in {@code t}, context included; 0 otherwise. */
    private int quotesStillInPlace(String sourceId, ArticleText t) {
        int n = 0;
        for (Quote q : allQuotes) {
            if (!sourceId.equals(q.sourceId())) continue;
            if (q.anchoredIn(t) == null) return 0;
            n++;
        }
        return n;
    }

    /** Tells, for a changed article, whether each quote can still be found, and where. */
    private void reanchor(Quote q, Location at, ArticleText t) {
        if (intact.contains(q.sourceId())) return;
        Reanchor.Outcome o = Reanchor.find(t, q.selector());
        Selector old = q.selector();
        String msg = switch (o.status()) {
            case EXACT -> o.range().start() == old.start() ? "found again exactly, at the same offsets"
                    : "found again exactly at " + o.range().start() + ".." + o.range().end() + " (was " + old.start() + ".." + old.end() + ")";
            case APPROXIMATE -> "found again only approximately, by its context, at " + o.range().start() + ".." + o.range().end()
                    + ": the article now has \"" + NodeReader.abbreviate(t.slice(o.range().start(), o.range().end())) + "\"";
            case LOST -> "lost: neither its words nor its context are in the changed article";
        };
        // A quote found again exactly is not wrong: the article's own error already refuses the model,
        // and a rebuild would keep this quote. Only the quotes a rebuild would lose or move are errors.
        if (o.status() == Reanchor.Status.EXACT)
            in.warning(in.at(at, "selector"), "quote \"" + q.id() + "\" in a changed article: " + msg);
        else
            in.error(in.at(at, "selector"), "quote \"" + q.id() + "\" in a changed article: " + msg);
    }

    private void passage(Location at, ArticleText t, TextRange r, String exact, String field) {
        if (t == null || !inRange(at, t, r)) return;
        String actual = t.slice(r.start(), r.end());
        if (!actual.equals(exact))
            in.error(in.at(at, field), "\"" + field + "\" is not the article's characters " + r.start() + ".." + r.end()
                    + " (the article has \"" + NodeReader.abbreviate(actual) + "\")");
    }

    private boolean inRange(Location at, ArticleText t, TextRange r) {
        if (t == null) return false;
        if (r.end() > t.length()) {
            in.error(at == Location.NONE ? Location.NONE : in.at(at, "end"), "\"end\" is " + r.end() + " but the article has only "
                    + t.length() + " characters");
            return false;
        }
        return true;
    }

    private boolean refs(Location from, String field, Collection<String> ids, Set<String> known, String what) {
        boolean ok = true;
        for (String id : ids) {
            if (!known.contains(id) && !brokenIds.contains(what + "s:" + id)) {
                in.error(in.at(from, field), "\"" + field + "\" names " + what + " \"" + id + "\", which the model does not define");
                ok = false;
            }
        }
        return ok;
    }

    /** A map's capacity for {@code items} without growing. */
    private static int capacity(List<?> items) { return Math.max(16, items.size() * 4 / 3 + 1); }

    /** Items by id, put in {@code ordered}; {@code at} tells where the {@code i}th item was written, for the duplicates. */
    private <T> Map<String, T> unique(Map<String, T> ordered, List<T> items, Function<T, String> id, String what,
                                      IntFunction<Location> at) {
        for (int i = 0; i < items.size(); i++) {
            T t = items.get(i);
            String key = id.apply(t);
            T first = ordered.putIfAbsent(key, t);
            if (first != null) {
                Location o1 = at.apply(items.indexOf(first));
                String firstAt = o1 == Location.NONE ? "" : " (first defined at " + o1.path() + ")";
                in.error(in.at(at.apply(i), "id"), "duplicate " + what + " id \"" + key + "\"" + firstAt);
            } else if (brokenIds.contains(what + "s:" + key)) {
                // The other one has problems of its own and was left out: the two still share an id.
                in.error(in.at(at.apply(i), "id"), "duplicate " + what + " id \"" + key + "\" (also the id of a " + what
                        + " that could not be read, see its problems)");
            }
        }
        return ordered;
    }
}
