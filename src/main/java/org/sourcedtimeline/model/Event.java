package org.sourcedtimeline.model;

import java.util.List;

/** An encounter or a dated context event. {@code end} is null for a single date. */
public record Event(String id, String title, PartialDate start, PartialDate end, Place place, EventKind kind,
                    List<String> participants, String summary, String duration, List<String> sourceIds,
                    List<Account> accounts) {
    public Event {
        participants = List.copyOf(participants);
        sourceIds = List.copyOf(sourceIds);
        accounts = List.copyOf(accounts);
    }

    public Precision precision() { return start.precision(); }

    /** The days covered, end exclusive, honouring precision. */
    public java.time.LocalDate endExclusive() { return (end == null ? start : end).endExclusive(); }
}
