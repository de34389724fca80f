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
    /** A list field ("notes") translates item by item, as "notes.0", "notes.1"…, one per item of the list. */
    public static final Set<String> QUOTE_FIELDS = Set.of("notes", "saidAtNote");
    public static final Set<String> SOURCE_FIELDS = Set.of("notes", "inferredFrom", "outletNote");

    public Translations {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        // Insertion order kept (Map.copyOf's order changes from one run to the next): the model is written as read.
        byLanguage.forEach((lang, fields) -> copy.put(lang, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields))));
        byLanguage = java.util.Collections.unmodifiableMap(copy);
    }

    public boolean isEmpty() { return byLanguage.isEmpty(); }

    /**
     * The same, with the list {@code field} reordered: its item {@code i} is the old item {@code from[i]}
     * (the builder sorts an article's notes by position, after reading them in the curator's order).
     */
    public Translations withList(String field, int[] from) {
        if (isEmpty()) return this;
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        byLanguage.forEach((lang, fields) -> {
            Map<String, String> f = new LinkedHashMap<>();
            fields.forEach((k, v) -> { if (!k.startsWith(field + ".")) f.put(k, v); });
            for (int i = 0; i < from.length; i++) {
                String v = fields.get(field + "." + from[i]);
                if (v != null) f.put(field + "." + i, v);
            }
            if (!f.isEmpty()) out.put(lang, f);
        });
        return out.isEmpty() ? NONE : new Translations(out);
    }

    /** {@code field} in {@code language}, or {@code asWritten} when that language has no version of it. */
    public String get(String language, String field, String asWritten) {
        if (asWritten == null || language == null) return asWritten;
        Map<String, String> fields = byLanguage.get(language);
        String t = fields == null ? null : fields.get(field);
        return t == null ? asWritten : t;
    }
}
