package org.sourcedtimeline.io.imports;

import java.util.List;

/**
 * One passage between quotation marks, proposed either as a quotation (with a speaker and an event)
 * or as a quoted term nobody is said to say (to go among the source's {@code notQuotes}). Offsets are
 * code points into the article, as the model's. Nothing is curated until a person accepts it.
 *
 * @param full      a sentence (or more) rather than a few quoted words
 * @param notes     what is wrong with its quotation marks, in words (an unclosed «, a ” that closes a «)
 */
public record QuoteSuggestion(String id, int start, int end, String words, Kind kind, boolean full, double confidence, String reason,
                              List<String> notes, SpeakerGuess speaker, EventGuess event) {
    public enum Kind { QUOTATION, TERM }

    public QuoteSuggestion {
        notes = List.copyOf(notes);
    }
}
