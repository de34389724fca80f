package org.sourcedtimeline.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Full-text search over event titles, event summaries and quote texts, insensitive to case, accents
 * and the shape of apostrophes and quotation marks: "negociations" finds « négociations », "l'OTAN"
 * finds « l’OTAN ». Every word of the query must occur (as a substring) in the same field.
 */
public final class SearchIndex {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Events whose title or summary matched, or that hold a matching quote; quotes whose text matched. */
    public record Hits(Set<String> eventIds, Set<String> quoteIds) {
        public static final Hits NONE = new Hits(Set.of(), Set.of());

        public Hits {
            eventIds = Set.copyOf(eventIds);
            quoteIds = Set.copyOf(quoteIds);
        }

        public boolean isEmpty() { return eventIds.isEmpty() && quoteIds.isEmpty(); }
    }

    private record Entry(String eventId, String quoteId, String folded) {}

    private final List<Entry> entries = new ArrayList<>();

    public SearchIndex(TimelineModel model) {
        for (Event e : model.events()) {
            entries.add(new Entry(e.id(), null, fold(e.title())));
            if (e.summary() != null) entries.add(new Entry(e.id(), null, fold(e.summary())));
        }
        for (Quote q : model.quotes()) entries.add(new Entry(q.eventId(), q.id(), fold(q.text())));
    }

    /** Lower-case (root locale), decomposed, combining marks removed, apostrophes and quotes made plain, spaces collapsed. */
    public static String fold(String s) {
        if (s == null) return "";
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        d = MARKS.matcher(d).replaceAll("");
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            switch (c) {
                case '\u2019', '\u2018', '\u02BC', '\u2032', '`', '\u00B4' -> b.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> b.append('"');
                case '\u2013', '\u2014', '\u2010', '\u2011' -> b.append('-');
                case '\u0153' -> b.append("oe");
                case '\u0152' -> b.append("OE");
                case '\u00E6' -> b.append("ae");
                case '\u00C6' -> b.append("AE");
                default -> b.append(c);
            }
        }
        return SPACES.matcher(b.toString().toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The words of a query, folded; empty when the query is blank. */
    public static List<String> terms(String query) {
        String f = fold(query);
        if (f.isEmpty()) return List.of();
        return Arrays.stream(f.split(" ")).filter(t -> !t.isEmpty()).distinct().toList();
    }

    /** What matches every word of {@code query}; {@link Hits#NONE} for a blank query. */
    public Hits search(String query) {
        List<String> terms = terms(query);
        if (terms.isEmpty()) return Hits.NONE;
        Set<String> events = new LinkedHashSet<>();
        Set<String> quotes = new LinkedHashSet<>();
        for (Entry e : entries) {
            if (!matchesAll(e.folded, terms)) continue;
            events.add(e.eventId);
            if (e.quoteId != null) quotes.add(e.quoteId);
        }
        return new Hits(events, quotes);
    }

    /** True when every word of the query occurs in {@code text}; a blank query matches everything. */
    public static boolean matches(String text, String query) {
        return matchesAll(fold(text), terms(query));
    }

    private static boolean matchesAll(String folded, List<String> terms) {
        for (String t : terms) if (!folded.contains(t)) return false;
        return true;
    }
}
