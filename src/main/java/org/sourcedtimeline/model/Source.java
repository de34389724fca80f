package org.sourcedtimeline.model;

import java.util.List;

/**
 * One article. {@code file} is relative to the model's folder and never leaves it. {@code outletNote}
 * says how the outlet is known, or why none is named (the text names no publisher, only the agencies
 * it cites); null when the curation says nothing. The curator's texts about the article (its notes,
 * how its date was inferred, its outlet note) may come in other languages (see {@link Translations});
 * its title is the article's own and never translated.
 */
public record Source(String id, String file, String sha256, String title, String outlet, String outletNote, String language,
                     Published published, List<Boilerplate> boilerplate, List<SourceNote> notes, Translations translations) {
    public Source {
        boilerplate = List.copyOf(boilerplate);
        notes = List.copyOf(notes);
        translations = translations == null ? Translations.NONE : translations;
    }

    public Source(String id, String file, String sha256, String title, String outlet, String outletNote, String language,
                  Published published, List<Boilerplate> boilerplate, List<SourceNote> notes) {
        this(id, file, sha256, title, outlet, outletNote, language, published, boilerplate, notes, Translations.NONE);
    }

    /**
     * The same article at another path (the build writes the model elsewhere than the seeds): one place
     * that copies every field, so that a field added later is not dropped by a copy written out by hand.
     */
    public Source withFile(String file) {
        return new Source(id, file, sha256, title, outlet, outletNote, language, published, boilerplate, notes, translations);
    }

    public String outletNote(String language) { return translations.get(language, "outletNote", outletNote); }

    public String inferredFrom(String language) {
        return published == null ? null : translations.get(language, "inferredFrom", published.inferredFrom());
    }

    /** The text of note {@code index} in {@code language} where the curation gives it. */
    public String note(int index, String language) { return translations.get(language, "notes." + index, notes.get(index).note()); }
}
