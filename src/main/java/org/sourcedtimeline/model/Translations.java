package org.sourcedtimeline.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Curated text in the languages it was not written in: language ("en", "fr") → field → text. A field
 * is written once in whatever language the curator chose (titles in French, beside French articles;
 * notes often in English); its other versions live here. Asking for a language that has no version
 * of a field gives the field as written: nothing is machine-translated, nothing invented.
 */
public record Translations(Map<String, Map<String, String>> byLanguage) {
    public static final Translations NONE = new Translations(Map.of());

    /** The fields each kind of record may translate. */
    public static final Set<String> ACTOR_FIELDS = Set.of("name", "role", "affiliation");
    public static final Set<String> EVENT_FIELDS = Set.of("title", "summary", "duration", "place", "country");
    public static final Set<String> ACCOUNT_FIELDS = Set.of("summary");

    public Translations {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        // Insertion order kept (Map.copyOf's order changes from one run to the next): the model is written as read.
        byLanguage.forEach((lang, fields) -> copy.put(lang, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields))));
        byLanguage = java.util.Collections.unmodifiableMap(copy);
    }

    public boolean isEmpty() { return byLanguage.isEmpty(); }

    /** {@code field} in {@code language}, or {@code asWritten} when that language has no version of it. */
    public String get(String language, String field, String asWritten) {
        if (asWritten == null || language == null) return asWritten;
        Map<String, String> fields = byLanguage.get(language);
        String t = fields == null ? null : fields.get(field);
        return t == null ? asWritten : t;
    }
}
