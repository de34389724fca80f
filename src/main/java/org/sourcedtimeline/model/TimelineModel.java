package org.sourcedtimeline.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The whole immutable model: what was built from the articles, ready to be shown. */
public record TimelineModel(int schemaVersion, String title, List<Source> sources, List<Actor> actors,
                            List<Event> events, List<Quote> quotes) {
    public static final int SCHEMA_VERSION = 1;

    public TimelineModel {
        sources = List.copyOf(sources);
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
    }

    public Optional<Source> source(String id) { return find(sources, Source::id, id); }

    public Optional<Actor> actor(String id) { return find(actors, Actor::id, id); }

    public Optional<Event> event(String id) { return find(events, Event::id, id); }

    public Optional<Quote> quote(String id) { return find(quotes, Quote::id, id); }

    /** Quotes filed under an event, in model order. */
    public List<Quote> quotesOf(String eventId) {
        return quotes.stream().filter(q -> q.eventId().equals(eventId)).toList();
    }

    public static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T t : items) m.putIfAbsent(id.apply(t), t);
        return m;
    }

    private static <T> Optional<T> find(List<T> items, Function<T, String> id, String key) {
        if (key == null) return Optional.empty();
        for (T t : items) if (key.equals(id.apply(t))) return Optional.of(t);
        return Optional.empty();
    }
}
