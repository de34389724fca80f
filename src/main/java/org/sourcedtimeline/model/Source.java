package org.sourcedtimeline.model;

import java.util.List;

/**
 * One article. {@code file} is relative to the model's folder and never leaves it. {@code outletNote}
 * says how the outlet is known, or why none is named (the text names no publisher, only the agencies
 * it cites); null when the curation says nothing.
 */
public record Source(String id, String file, String sha256, String title, String outlet, String outletNote, String language,
                     Published published, List<Boilerplate> boilerplate, List<SourceNote> notes) {
    public Source {
        boilerplate = List.copyOf(boilerplate);
        notes = List.copyOf(notes);
    }
}
