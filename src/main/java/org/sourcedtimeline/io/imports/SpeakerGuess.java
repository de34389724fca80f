package org.sourcedtimeline.io.imports;

import org.sourcedtimeline.model.Attribution;

/**
 * Who said a quotation, as the analyser reads it: an actor's id, or no actor and the article's own
 * words for the speaker ({@code label}), or neither; how sure, and why, in words a person can check.
 */
public record SpeakerGuess(String actorId, String label, Attribution attribution, double confidence, String reason) {
    static SpeakerGuess none(String reason) {
        return new SpeakerGuess(null, null, Attribution.AMBIGUOUS, 0.2, reason);
    }
}
