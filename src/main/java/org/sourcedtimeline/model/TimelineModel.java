package org.sourcedtimeline.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The whole immutable model: what was built from the articles, ready to be shown. Look-ups by id
 * and the quotes of an event are answered from indexes built once, so that a model of a million
 * events stays instant to navigate.
 */
public final class TimelineModel {
    public static final int SCHEMA_VERSION = 1;

    private final int schemaVersion;
    private final String title;
    private final List<Source> sources;
    private final List<Actor> actors;
    private final List<Event> events;
    private final List<Quote> quotes;
    private volatile Indexes indexes;

    private record Indexes(Map<String, Source> sources, Map<String, Actor> actors, Map<String, Event> events,
                           Map<String, Quote> quotes, Map<String, List<Quote>> quotesByEvent) {}

    public TimelineModel(int schemaVersion, String title, List<Source> sources, List<Actor> actors,
                         List<Event> events, List<Quote> quotes) {
        this.schemaVersion = schemaVersion;
        this.title = title;
        this.sources = List.copyOf(sources);
        this.actors = List.copyOf(actors);
        this.events = List.copyOf(events);
        this.quotes = List.copyOf(quotes);
    }

    public int schemaVersion() { return schemaVersion; }

    public String title() { return title; }

    public List<Source> sources() { return sources; }

    public List<Actor> actors() { return actors; }

    public List<Event> events() { return events; }

    public List<Quote> quotes() { return quotes; }

    public Optional<Source> source(String id) { return get(indexes().sources(), id); }

    public Optional<Actor> actor(String id) { return get(indexes().actors(), id); }

    public Optional<Event> event(String id) { return get(indexes().events(), id); }

    public Optional<Quote> quote(String id) { return get(indexes().quotes(), id); }

    /**
     * Builds the look-up indexes now rather than on first use, so that the thread that loads a model
     * pays for them and not the one that shows it (a second on the UI thread for 100,000 events).
     */
    public TimelineModel indexed() {
        indexes();
        return this;
    }

    /**
     * As {@link #indexed()}, taking the events and quotes by id from a loader that has made these maps
     * already (the first of each id; a valid model has no duplicates). Maps that cannot be those are
     * not taken: the indexes are then built as usual.
     */
    public TimelineModel indexed(Map<String, Event> eventsById, Map<String, Quote> quotesById) {
        if (indexes == null && eventsById.size() == events.size() && quotesById.size() == quotes.size())
            indexes = build(Collections.unmodifiableMap(eventsById), Collections.unmodifiableMap(quotesById));
        return indexed();
    }

    /** Quotes filed under an event, in model order. */
    public List<Quote> quotesOf(String eventId) {
        return indexes().quotesByEvent().getOrDefault(eventId, List.of());
    }

    /** First item for each id, in list order (a valid model has no duplicates). */
    public static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> m = new HashMap<>(Math.max(16, items.size() * 2));
        for (T t : items) m.putIfAbsent(id.apply(t), t);
        return Collections.unmodifiableMap(m);
    }

    private Indexes indexes() {
        Indexes i = indexes;
        if (i == null) {
            i = build(index(events, Event::id), index(quotes, Quote::id));
            indexes = i;
        }
        return i;
    }

    private Indexes build(Map<String, Event> eventsById, Map<String, Quote> quotesById) {
        Map<String, List<Quote>> byEvent = new HashMap<>(Math.max(16, events.size() * 2));
        // An event's quotes usually follow each other: one look-up a run of them, not one a quote.
        String runId = null;
        List<Quote> run = null;
        for (Quote q : quotes) {
            String e = q.eventId();
            if (e == null) continue;
            if (!e.equals(runId)) {
                run = byEvent.computeIfAbsent(e, k -> new ArrayList<>(4));
                runId = e;
            }
            run.add(q);
        }
        byEvent.replaceAll((k, v) -> List.copyOf(v));
        return new Indexes(index(sources, Source::id), index(actors, Actor::id), eventsById, quotesById, byEvent);
    }

    private static <T> Optional<T> get(Map<String, T> map, String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(map.get(key));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimelineModel m && schemaVersion == m.schemaVersion && Objects.equals(title, m.title)
                && sources.equals(m.sources) && actors.equals(m.actors) && events.equals(m.events) && quotes.equals(m.quotes);
    }

    @Override
    public int hashCode() { return Objects.hash(schemaVersion, title, sources, actors, events, quotes); }

    @Override
    public String toString() {
        return "TimelineModel[" + title + ": " + events.size() + " events, " + quotes.size() + " quotes]";
    }
}
