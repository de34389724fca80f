package org.sourcedtimeline.model;

import java.util.List;

/** One article. {@code file} is relative to the model's folder and never leaves it. */
public record Source(String id, String file, String sha256, String title, String outlet, String language,
                     Published published, List<Boilerplate> boilerplate, List<SourceNote> notes) {
    public Source {
        boilerplate = List.copyOf(boilerplate);
        notes = List.copyOf(notes);
    }
}
