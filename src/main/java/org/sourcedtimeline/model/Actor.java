package org.sourcedtimeline.model;

/**
 * A person or body that speaks or takes part; {@code role} is the office at the time of the events.
 * The text accessors taking a language give the curated version in it (see {@link Translations}).
 */
public record Actor(String id, String name, String role, String affiliation, Translations translations) {
    public Actor {
        translations = translations == null ? Translations.NONE : translations;
    }

    public Actor(String id, String name, String role, String affiliation) {
        this(id, name, role, affiliation, Translations.NONE);
    }

    public String name(String language) { return translations.get(language, "name", name); }

    public String role(String language) { return translations.get(language, "role", role); }

    public String affiliation(String language) { return translations.get(language, "affiliation", affiliation); }
}
