package org.sourcedtimeline.model;

import java.util.List;

/**
 * A direct quotation. {@code text} is exactly the article's characters at {@code selector};
 * {@code speakerId} is null when the article does not say who, and {@code speakerLabel} keeps
 * how the article describes the speaker ("un responsable américain").
 */
public record Quote(String id, String eventId, String speakerId, String speakerLabel, String text, String sourceId,
                    Selector selector, Attribution attribution, SaidAt saidAt, List<String> notes) {
    public Quote {
        notes = List.copyOf(notes);
    }
}
