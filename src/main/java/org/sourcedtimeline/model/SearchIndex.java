package org.sourcedtimeline.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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

        /** Takes the sets as given (a search builds them fresh): copying thousands of ids per keystroke is waste. */
        public Hits {
            eventIds = java.util.Collections.unmodifiableSet(eventIds);
            quoteIds = java.util.Collections.unmodifiableSet(quoteIds);
        }

        public boolean isEmpty() { return eventIds.isEmpty() && quoteIds.isEmpty(); }
    }

    // Entry i is an event's title or summary, or a quote's text; the index maps each word to its entries.
    private final String[] entryEvent;
    private final String[] entryQuote;
    private final String[] words;
    private final int[][] postings;

    public SearchIndex(TimelineModel model) {
        int n = model.events().size() * 2 + model.quotes().size();
        entryEvent = new String[n];
        entryQuote = new String[n];
        Map<String, int[]> lists = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        int i = 0;
        for (Event e : model.events()) {
            i = add(i, e.id(), null, e.title(), lists, sizes);
            if (e.summary() != null) i = add(i, e.id(), null, e.summary(), lists, sizes);
        }
        for (Quote q : model.quotes()) i = add(i, q.eventId(), q.id(), q.text(), lists, sizes);
        words = lists.keySet().toArray(new String[0]);
        Arrays.sort(words);
        postings = new int[words.length][];
        for (int w = 0; w < words.length; w++) postings[w] = Arrays.copyOf(lists.get(words[w]), sizes.get(words[w]));
    }

    private int add(int i, String eventId, String quoteId, String text, Map<String, int[]> lists, Map<String, Integer> sizes) {
        entryEvent[i] = eventId;
        entryQuote[i] = quoteId;
        for (String w : new HashSet<>(tokens(fold(text)))) {
            int size = sizes.getOrDefault(w, 0);
            int[] list = lists.get(w);
            if (list == null) list = new int[4];
            else if (size == list.length) list = Arrays.copyOf(list, size * 2);
            list[size] = i;
            lists.put(w, list);
            sizes.put(w, size + 1);
        }
        return i + 1;
    }

    /** The words of folded text: runs of letters and digits ("l'otan" is "l" and "otan"). */
    static List<String> tokens(String folded) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int k = 0; k <= folded.length(); k++) {
            boolean word = k < folded.length() && Character.isLetterOrDigit(folded.charAt(k));
            if (word && start < 0) start = k;
            else if (!word && start >= 0) {
                out.add(folded.substring(start, k));
                start = -1;
            }
        }
        return out;
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

    /**
     * What matches every word of {@code query}, each word as the start of a word of the same field
     * ("negoci" finds « négociations »); {@link Hits#NONE} for a blank query. Answered from the
     * word index: the cost depends on how many entries the words occur in, not on the model's size.
     */
    public Hits search(String query) {
        List<String> terms = tokens(fold(query));
        if (terms.isEmpty()) return Hits.NONE;
        BitSet result = null;
        for (String t : new LinkedHashSet<>(terms)) {
            BitSet matches = new BitSet(entryEvent.length);
            int w = Arrays.binarySearch(words, t);
            for (w = w < 0 ? -w - 1 : w; w < words.length && words[w].startsWith(t); w++)
                for (int entry : postings[w]) matches.set(entry);
            if (result == null) result = matches;
            else result.and(matches);
            if (result.isEmpty()) return Hits.NONE;
        }
        Set<String> events = new LinkedHashSet<>();
        Set<String> quotes = new LinkedHashSet<>();
        for (int e = result.nextSetBit(0); e >= 0; e = result.nextSetBit(e + 1)) {
            if (entryEvent[e] != null) events.add(entryEvent[e]);
            if (entryQuote[e] != null) quotes.add(entryQuote[e]);
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
