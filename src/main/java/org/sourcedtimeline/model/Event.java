package org.sourcedtimeline.model;

import java.util.List;

/**
 * An encounter or a dated context event. {@code end} is null for a single date. The text accessors
 * taking a language give the curated version in it (see {@link Translations}); the place's name and
 * country translate as the event's "place" and "country".
 */
public record Event(String id, String title, PartialDate start, PartialDate end, Place place, EventKind kind,
                    List<String> participants, String summary, String duration, List<String> sourceIds,
                    List<Account> accounts, Translations translations) {
    public Event {
        participants = List.copyOf(participants);
        sourceIds = List.copyOf(sourceIds);
        accounts = List.copyOf(accounts);
        translations = translations == null ? Translations.NONE : translations;
    }

    public Event(String id, String title, PartialDate start, PartialDate end, Place place, EventKind kind,
                 List<String> participants, String summary, String duration, List<String> sourceIds, List<Account> accounts) {
        this(id, title, start, end, place, kind, participants, summary, duration, sourceIds, accounts, Translations.NONE);
    }

    public Precision precision() { return start.precision(); }

    /** The days covered, end exclusive, honouring precision. */
    public java.time.LocalDate endExclusive() { return (end == null ? start : end).endExclusive(); }

    public String title(String language) { return translations.get(language, "title", title); }

    public String summary(String language) { return translations.get(language, "summary", summary); }

    public String duration(String language) { return translations.get(language, "duration", duration); }

    public String placeName(String language) { return place == null ? null : translations.get(language, "place", place.name()); }

    public String country(String language) { return place == null ? null : translations.get(language, "country", place.country()); }
}
