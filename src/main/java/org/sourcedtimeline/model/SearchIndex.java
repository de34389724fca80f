package org.sourcedtimeline.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Full-text search over event titles, event summaries and quote texts, insensitive to case, accents
 * and the shape of apostrophes and quotation marks: "negociations" finds « négociations », "l'OTAN"
 * finds « l’OTAN ». Every word of the query must start a word of the same field.
 *
 * <p>Answers are bit sets over the model's events and quotes ({@link Hits}): at 100,000 events and 500,000
 * quotes, a query matching a third of them costs a few passes over 88 KB of bits, not a set of ids.
 */
public final class SearchIndex {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<Event> events;
    private final List<Quote> quotes;
    private final IdOrdinals<Event> eventOrdinals;
    private final IdOrdinals<Quote> quoteOrdinals;
    /** The event of each quote, by position; -1 when the quote is filed under none the model has. */
    private final int[] quoteEvent;
    // Entries: event e's title is entry e, its summary entry events + e, quote q entry 2 * events + q.
    private final int entries;
    private final String[] words; // sorted, so that the words a prefix starts are one run
    // Each word's entries: a bit set for common words, a sorted array for the others (see WordEntries).
    private final BitSet[] denseEntries;
    private final int[][] sparseEntries;

    public SearchIndex(TimelineModel model) {
        events = model.events();
        quotes = model.quotes();
        eventOrdinals = new IdOrdinals<>(events, Event::id);
        quoteOrdinals = new IdOrdinals<>(quotes, Quote::id);
        int ne = events.size();
        entries = 2 * ne + quotes.size();
        quoteEvent = new int[quotes.size()];
        for (int q = 0; q < quoteEvent.length; q++) quoteEvent[q] = eventOrdinals.of(quotes.get(q).eventId());

        // In the order of the entries, as WordEntries requires.
        FoldedWords reader = new FoldedWords();
        WordEntries collected = new WordEntries(entries);
        // Each entry's curated versions right after it (in entry order): a title finds its event in either language.
        for (int e = 0; e < ne; e++) {
            collect(reader, events.get(e).title(), e, collected);
            for (var t : events.get(e).translations().byLanguage().values()) collect(reader, t.get("title"), e, collected);
        }
        for (int e = 0; e < ne; e++) {
            collect(reader, events.get(e).summary(), ne + e, collected);
            for (var t : events.get(e).translations().byLanguage().values()) collect(reader, t.get("summary"), ne + e, collected);
        }
        for (int q = 0; q < quotes.size(); q++) collect(reader, quotes.get(q).text(), 2 * ne + q, collected);

        words = new String[collected.count()];
        denseEntries = new BitSet[words.length];
        sparseEntries = new int[words.length][];
        collected.forEachSorted((rank, word, dense, sparse) -> {
            words[rank] = word;
            denseEntries[rank] = dense;
            sparseEntries[rank] = sparse;
        });
    }

    private static void collect(FoldedWords reader, String text, int entry, WordEntries into) {
        reader.reset(text);
        while (reader.next()) into.add(reader, entry);
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

    /** {@link #fold} of one character, but the trimming and collapsing of spaces, which only touch separators. */
    static String foldChar(char c) {
        String d = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("");
        StringBuilder b = new StringBuilder(2);
        for (int i = 0; i < d.length(); i++) replace(d.charAt(i), b);
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Lower-case (root locale), decomposed, combining marks removed, apostrophes and quotes made plain, spaces collapsed. */
    public static String fold(String s) {
        if (s == null) return "";
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        d = MARKS.matcher(d).replaceAll("");
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) replace(d.charAt(i), b);
        return SPACES.matcher(b.toString().toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    private static void replace(char c, StringBuilder b) {
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
            BitSet matches = entriesStartingWith(t);
            if (result == null) result = matches;
            else result.and(matches);
            if (result.isEmpty()) return new Hits(this, new BitSet(), new BitSet());
        }
        int ne = events.size();
        BitSet quoteHits = result.get(2 * ne, entries);
        BitSet eventHits = result.get(0, ne);
        eventHits.or(result.get(ne, 2 * ne));
        for (int q = quoteHits.nextSetBit(0); q >= 0; q = quoteHits.nextSetBit(q + 1))
            if (quoteEvent[q] >= 0) eventHits.set(quoteEvent[q]);
        return new Hits(this, eventHits, quoteHits);
    }

    /** The entries holding a word that starts with {@code prefix}: the words that do are one run of the sorted words. */
    private BitSet entriesStartingWith(String prefix) {
        int from = lowerBound(prefix);
        // No word holds U+FFFF (a noncharacter, not a letter), so every word starting with the prefix sorts before this.
        int to = lowerBound(prefix + '\uffff');
        BitSet out = new BitSet(entries);
        for (int w = from; w < to; w++) {
            if (denseEntries[w] != null) out.or(denseEntries[w]);
            else for (int entry : sparseEntries[w]) out.set(entry);
        }
        return out;
    }

    private int lowerBound(String key) {
        int i = Arrays.binarySearch(words, key);
        return i < 0 ? -i - 1 : i;
    }

    /** True when every word of the query occurs in {@code text}; a blank query matches everything. */
    public static boolean matches(String text, String query) {
        return matchesAll(fold(text), terms(query));
    }

    private static boolean matchesAll(String folded, List<String> terms) {
        for (String t : terms) if (!folded.contains(t)) return false;
        return true;
    }

    /**
     * What a search found: events whose title or summary matched or that hold a matching quote, and
     * quotes whose text matched, as bit sets over their positions in the model's
     * {@link TimelineModel#events()} and {@link TimelineModel#quotes()}. Nothing is listed until
     * asked: containment is a look-up, the counts are kept, iteration walks the bits in model order.
     */
    public static final class Hits {
        /** No search: nothing matches. */
        public static final Hits NONE = new Hits(null, new BitSet(), new BitSet());

        private final SearchIndex index;
        private final BitSet events;
        private final BitSet quotes;
        private final int eventCount;
        private final int quoteCount;

        private Hits(SearchIndex index, BitSet events, BitSet quotes) {
            this.index = index;
            this.events = events;
            this.quotes = quotes;
            eventCount = events.cardinality();
            quoteCount = quotes.cardinality();
        }

        public boolean isEmpty() { return eventCount == 0 && quoteCount == 0; }

        public int eventCount() { return eventCount; }

        public int quoteCount() { return quoteCount; }

        public boolean containsEvent(String id) {
            return index != null && containsEvent(index.eventOrdinals.of(id));
        }

        public boolean containsQuote(String id) {
            return index != null && containsQuote(index.quoteOrdinals.of(id));
        }

        /** Whether the event at this position of the model's events matched; false for -1. */
        public boolean containsEvent(int ordinal) { return ordinal >= 0 && events.get(ordinal); }

        /** Whether the quote at this position of the model's quotes matched; false for -1. */
        public boolean containsQuote(int ordinal) { return ordinal >= 0 && quotes.get(ordinal); }

        /** The position of the first matching event at or after {@code from}, in model order; -1 when none is left. */
        public int nextEvent(int from) { return events.nextSetBit(from); }

        /** The position of the first matching quote at or after {@code from}, in model order; -1 when none is left. */
        public int nextQuote(int from) { return quotes.nextSetBit(from); }

        @Override
        public String toString() { return "Hits[" + eventCount + " events, " + quoteCount + " quotes]"; }
    }
}
