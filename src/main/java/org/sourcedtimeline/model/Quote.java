package org.sourcedtimeline.model;

import java.util.List;
import java.util.Objects;

/**
 * A direct quotation. {@code text} is exactly the article's characters at {@code selector};
 * {@code speakerId} is null when the article does not say who, and {@code speakerLabel} keeps
 * how the article describes the speaker ("un responsable américain").
 *
 * <p>Immutable, with value equality, as a record would be; a class because a quote
 * {@linkplain #anchoredIn(ArticleText) anchored} in its article reads its text from there instead
 * of keeping a copy.
 */
public final class Quote {
    private final String id;
    private final String eventId;
    private final String speakerId;
    private final String speakerLabel;
    // Null when the text is the selector's exact words (an anchored quote).
    private final String text;
    private final String sourceId;
    private final Selector selector;
    private final Attribution attribution;
    private final SaidAt saidAt;
    private final List<String> notes;
    private final Translations translations;

    public Quote(String id, String eventId, String speakerId, String speakerLabel, String text, String sourceId,
                 Selector selector, Attribution attribution, SaidAt saidAt, List<String> notes) {
        this(id, eventId, speakerId, speakerLabel, text, sourceId, selector, attribution, saidAt, notes, Translations.NONE);
    }

    /** With the curator's notes in other languages: "notes.0", "notes.1"… and "saidAtNote" (see {@link Translations}). */
    public Quote(String id, String eventId, String speakerId, String speakerLabel, String text, String sourceId,
                 Selector selector, Attribution attribution, SaidAt saidAt, List<String> notes, Translations translations) {
        this(id, eventId, speakerId, speakerLabel, Objects.requireNonNull(text, "text"), sourceId, selector, attribution, saidAt,
                List.copyOf(notes), translations == null ? Translations.NONE : translations, true);
    }

    // Every field as given: text null for an anchored quote, notes already an immutable list.
    private Quote(String id, String eventId, String speakerId, String speakerLabel, String text, String sourceId,
                  Selector selector, Attribution attribution, SaidAt saidAt, List<String> notes, Translations translations,
                  boolean checked) {
        this.id = id;
        this.eventId = eventId;
        this.speakerId = speakerId;
        this.speakerLabel = speakerLabel;
        this.text = text;
        this.sourceId = sourceId;
        this.selector = selector;
        this.attribution = attribution;
        this.saidAt = saidAt;
        this.notes = notes;
        this.translations = translations;
    }

    /**
     * A quote whose text is its {@linkplain Selector#isAnchored() anchored} selector's words, made in one
     * step: what a cache of checked models gives back, without checking the words again (they were
     * checked when the model was loaded, and the article still has its sha256).
     */
    public static Quote anchored(String id, String eventId, String speakerId, String speakerLabel, String sourceId,
                                 Selector selector, Attribution attribution, SaidAt saidAt, List<String> notes,
                                 Translations translations) {
        if (!selector.isAnchored()) throw new IllegalArgumentException("selector not anchored: " + selector);
        return new Quote(id, eventId, speakerId, speakerLabel, null, sourceId, selector, attribution, saidAt, List.copyOf(notes),
                translations == null ? Translations.NONE : translations, true);
    }

    /**
     * This quote reading its text and selector words from {@code article} when they are exactly the
     * article's characters at its offsets and around them; {@code null} when they are not (the
     * loader's checks then say what differs).
     */
    public Quote anchoredIn(ArticleText article) {
        if (selector == null || !selector.exact().equals(text())) return null;
        Selector a = selector.anchoredIn(article);
        return a == null ? null : a == selector && text == null ? this
                : new Quote(id, eventId, speakerId, speakerLabel, null, sourceId, a, attribution, saidAt, notes, translations, true);
    }

    public String id() { return id; }

    public String eventId() { return eventId; }

    public String speakerId() { return speakerId; }

    public String speakerLabel() { return speakerLabel; }

    public String text() { return text != null ? text : selector.exact(); }

    public String sourceId() { return sourceId; }

    public Selector selector() { return selector; }

    public Attribution attribution() { return attribution; }

    public SaidAt saidAt() { return saidAt; }

    public List<String> notes() { return notes; }

    public Translations translations() { return translations; }

    /** The notes in {@code language} where the curation gives them, as written where not. */
    public List<String> notes(String language) {
        if (translations.isEmpty()) return notes;
        List<String> out = new java.util.ArrayList<>(notes.size());
        for (int i = 0; i < notes.size(); i++) out.add(translations.get(language, "notes." + i, notes.get(i)));
        return out;
    }

    /** Where and when the words were said, in {@code language} where the curation gives it. */
    public String saidAtNote(String language) {
        return saidAt == null ? null : translations.get(language, "saidAtNote", saidAt.note());
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Quote q && Objects.equals(id, q.id) && Objects.equals(eventId, q.eventId)
                && Objects.equals(speakerId, q.speakerId) && Objects.equals(speakerLabel, q.speakerLabel)
                && text().equals(q.text()) && Objects.equals(sourceId, q.sourceId) && Objects.equals(selector, q.selector)
                && attribution == q.attribution && Objects.equals(saidAt, q.saidAt) && notes.equals(q.notes)
                && translations.equals(q.translations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, eventId, speakerId, speakerLabel, text(), sourceId, selector, attribution, saidAt, notes, translations);
    }

    @Override
    public String toString() {
        return "Quote[id=" + id + ", eventId=" + eventId + ", speakerId=" + speakerId + ", speakerLabel=" + speakerLabel
                + ", text=" + text() + ", sourceId=" + sourceId + ", selector=" + selector + ", attribution=" + attribution
                + ", saidAt=" + saidAt + ", notes=" + notes + (translations.isEmpty() ? "" : ", translations=" + translations) + "]";
    }
}
