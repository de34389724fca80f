package org.sourcedtimeline.ui.importer;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sourcedtimeline.io.Problem;
import org.sourcedtimeline.io.imports.ArticleAnalysis;
import org.sourcedtimeline.io.imports.BoilerplateSuggestion;
import org.sourcedtimeline.io.imports.QuoteSuggestion;
import org.sourcedtimeline.io.imports.ReviewSession;
import org.sourcedtimeline.model.Attribution;
import org.sourcedtimeline.model.TimelineModel;

/**
 * The review of one imported article, without a toolkit: the suggestions in reading order, the one
 * selected, and the decisions. Accepting curates the item as the person left it (span, speaker,
 * event); rejecting lists a quoted passage among {@code notQuotes} (boilerplate: nothing is written).
 * Each decision goes through the {@link ReviewSession}; a refused one changes nothing here either.
 */
public final class ImportReviewViewModel {
    /** What the last decision did, for the view to say: {@code item} null for an undo. */
    public record Outcome(ReviewItem item, ReviewItem.Status status, boolean ok, List<Problem> problems, int pending) {}

    private final ReviewSession session;
    private final ObservableList<ReviewItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<ReviewItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final Deque<ReviewItem> decided = new ArrayDeque<>();
    private final Consumer<TimelineModel> rebuilt;
    private final ObjectProperty<TimelineModel> model = new SimpleObjectProperty<>(this, "model");

    /** @param rebuilt told of each model the decisions build (the window shows it) */
    public ImportReviewViewModel(ReviewSession session, Consumer<TimelineModel> rebuilt) {
        this.session = session;
        this.rebuilt = rebuilt;
        ArticleAnalysis a = session.analysis();
        List<ReviewItem> all = new java.util.ArrayList<>();
        for (QuoteSuggestion q : a.quotes()) all.add(new ReviewItem(q));
        for (BoilerplateSuggestion b : a.boilerplate()) all.add(new ReviewItem(b));
        all.sort(java.util.Comparator.comparingInt(i -> i.startProperty().get()));
        items.setAll(all);
        if (!items.isEmpty()) selected.set(items.get(0));
    }

    public ArticleAnalysis analysis() { return session.analysis(); }

    /** The model the last decision built (null before the first): its events and actors are the ones to choose from. */
    public ObjectProperty<TimelineModel> modelProperty() { return model; }

    public ObservableList<ReviewItem> items() { return items; }

    public ObjectProperty<ReviewItem> selectedProperty() { return selected; }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() { return outcome.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo; }

    /** How many quoted passages are still to decide (boilerplate lines are optional). */
    public int pending() {
        return (int) items.stream().filter(i -> i.isQuote() && i.getStatus() == ReviewItem.Status.PENDING).count();
    }

    /** Curates the item: a quotation as it stands (span, speaker, event), or a line of boilerplate. */
    public Outcome accept(ReviewItem item) {
        if (item.isQuote() && item.eventIdProperty().get() == null && item.newEventProperty().get() == null)
            return report(new Outcome(item, ReviewItem.Status.ACCEPTED, false,
                    List.of(Problem.error(item.quote().id(), org.sourcedtimeline.io.Location.NONE, "choose the event it belongs to first")), pending()));
        return decide(item, ReviewItem.Status.ACCEPTED, (c, source) -> {
            var article = session.analysis().article();
            int s = item.startProperty().get();
            int e = item.endProperty().get();
            if (item.isQuote()) {
                QuoteSuggestion q = item.quote();
                boolean sameSpeaker = java.util.Objects.equals(item.speakerIdProperty().get(), q.speaker().actorId())
                        && java.util.Objects.equals(item.speakerLabelProperty().get(), q.speaker().label());
                // A speaker the person chose is their judgement from the context, not the article's naming at the quote.
                String attribution = sameSpeaker ? q.speaker().attribution().json() : Attribution.INFERRED.json();
                String[] added = item.newActorProperty().get();
                String speaker = added != null ? c.actor(added[0], added[1], added[2]) : item.speakerIdProperty().get();
                String[] ev = item.newEventProperty().get();
                String eventId = ev != null ? c.event(ev[0], ev[1], ev[2], ev[3], ev[4], source) : item.eventIdProperty().get();
                c.quote(q.id(), source, article, s, e, eventId, speaker,
                        speaker == null ? item.speakerLabelProperty().get() : null, added != null ? Attribution.INFERRED.json() : attribution, q.notes());
            } else {
                c.boilerplate(source, article, s, e, item.boilerplate().kind());
            }
        });
    }

    /** A quoted passage is not a quotation (into {@code notQuotes}, with the reason); a boilerplate line is not one. */
    public Outcome reject(ReviewItem item, String reason) {
        if (!item.isQuote()) {
            item.statusProperty().set(ReviewItem.Status.REJECTED);
            decided.push(item);
            canUndo.set(true);
            return report(new Outcome(item, ReviewItem.Status.REJECTED, true, List.of(), pending()));
        }
        return decide(item, ReviewItem.Status.REJECTED, (c, source) -> c.notQuote(source, session.analysis().article(),
                item.startProperty().get(), item.endProperty().get(), reason));
    }

    /** Sets the item's span to other characters of the article (code points); refused when empty or out of the article. */
    public boolean adjust(ReviewItem item, int start, int end) {
        if (item.getStatus() != ReviewItem.Status.PENDING || start < 0 || end <= start || end > session.analysis().article().length()) return false;
        if (session.analysis().article().slice(start, end).isBlank()) return false;
        item.startProperty().set(start);
        item.endProperty().set(end);
        return true;
    }

    /** Takes back the last decision: the curation file as it was before it, and the item pending again. */
    public Outcome undo() {
        if (decided.isEmpty()) return null;
        ReviewItem item = decided.peek();
        boolean wroteFile = item.isQuote() || item.getStatus() == ReviewItem.Status.ACCEPTED;
        if (wroteFile) {
            ReviewSession.Outcome o;
            try {
                o = session.undo();
            } catch (IOException e) {
                return report(new Outcome(null, ReviewItem.Status.PENDING, false, List.of(io(e)), pending()));
            }
            if (!o.ok()) return report(new Outcome(null, ReviewItem.Status.PENDING, false, o.problems(), pending()));
            model.set(o.model());
            rebuilt.accept(o.model());
        }
        decided.pop();
        item.statusProperty().set(ReviewItem.Status.PENDING);
        canUndo.set(!decided.isEmpty());
        selected.set(item);
        return report(new Outcome(null, ReviewItem.Status.PENDING, true, List.of(), pending()));
    }

    private Outcome decide(ReviewItem item, ReviewItem.Status status, ReviewSession.Edit edit) {
        if (item.getStatus() != ReviewItem.Status.PENDING) return null;
        boolean last = item.isQuote() && pending() == 1;
        ReviewSession.Outcome o;
        try {
            o = session.decide(edit, last);
        } catch (IOException e) {
            return report(new Outcome(item, status, false, List.of(io(e)), pending()));
        }
        if (!o.ok()) return report(new Outcome(item, status, false, o.problems(), pending()));
        item.statusProperty().set(status);
        decided.push(item);
        canUndo.set(true);
        model.set(o.model());
        rebuilt.accept(o.model());
        selectNextPending(item);
        return report(new Outcome(item, status, true, o.problems(), pending()));
    }

    private void selectNextPending(ReviewItem after) {
        int i = items.indexOf(after);
        for (int k = 1; k <= items.size(); k++) {
            ReviewItem next = items.get((i + k) % items.size());
            if (next.getStatus() == ReviewItem.Status.PENDING) {
                selected.set(next);
                return;
            }
        }
    }

    private Outcome report(Outcome o) {
        outcome.set(o);
        return o;
    }

    private static Problem io(IOException e) {
        return Problem.error("curation.json", org.sourcedtimeline.io.Location.NONE, "cannot write: " + e.getMessage());
    }
}
