package org.sourcedtimeline.ui.importer;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sourcedtimeline.io.imports.BoilerplateSuggestion;
import org.sourcedtimeline.io.imports.QuoteSuggestion;

/**
 * One suggestion under review, with what the person made of it so far: its span (adjustable), its
 * speaker and event (re-attributable), and whether it is decided. Exactly one of {@code quote} and
 * {@code boilerplate} is set.
 */
public final class ReviewItem {
    public enum Status { PENDING, ACCEPTED, REJECTED }

    private final QuoteSuggestion quote;
    private final BoilerplateSuggestion boilerplate;
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>(this, "status", Status.PENDING);
    private final IntegerProperty start = new SimpleIntegerProperty(this, "start");
    private final IntegerProperty end = new SimpleIntegerProperty(this, "end");
    private final StringProperty speakerId = new SimpleStringProperty(this, "speakerId");
    private final StringProperty speakerLabel = new SimpleStringProperty(this, "speakerLabel");
    private final StringProperty eventId = new SimpleStringProperty(this, "eventId");
    /** A new actor the person names for this quotation: name, role, affiliation; null when the speaker is a known actor or unnamed. */
    private final ObjectProperty<String[]> newActor = new SimpleObjectProperty<>(this, "newActor");
    /** A new event the person creates for this quotation: title, date, kind, place (or null), summary; null when it is one of the model's. */
    private final ObjectProperty<String[]> newEvent = new SimpleObjectProperty<>(this, "newEvent");

    ReviewItem(QuoteSuggestion q) {
        this.quote = q;
        this.boilerplate = null;
        start.set(q.start());
        end.set(q.end());
        speakerId.set(q.speaker().actorId());
        speakerLabel.set(q.speaker().label());
        eventId.set(q.event().eventId());
    }

    ReviewItem(BoilerplateSuggestion b) {
        this.quote = null;
        this.boilerplate = b;
        start.set(b.start());
        end.set(b.end());
    }

    public QuoteSuggestion quote() { return quote; }

    public BoilerplateSuggestion boilerplate() { return boilerplate; }

    public boolean isQuote() { return quote != null; }

    public ObjectProperty<Status> statusProperty() { return status; }

    public Status getStatus() { return status.get(); }

    public IntegerProperty startProperty() { return start; }

    public IntegerProperty endProperty() { return end; }

    public StringProperty speakerIdProperty() { return speakerId; }

    public StringProperty speakerLabelProperty() { return speakerLabel; }

    public StringProperty eventIdProperty() { return eventId; }

    public ObjectProperty<String[]> newActorProperty() { return newActor; }

    public ObjectProperty<String[]> newEventProperty() { return newEvent; }
}
