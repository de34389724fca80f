package org.sourcedtimeline.ui.importer;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sourcedtimeline.io.Problem;
import org.sourcedtimeline.io.imports.QuoteSuggestion;
import org.sourcedtimeline.io.imports.ReviewSession;
import org.sourcedtimeline.model.Actor;
import org.sourcedtimeline.model.ArticleText;
import org.sourcedtimeline.model.Event;
import org.sourcedtimeline.model.TimelineModel;
import org.sourcedtimeline.ui.text.DisplayText;
import org.sourcedtimeline.ui.fx.Views;

/**
 * File › Import article…: the imported article beside its suggestions. Selecting a suggestion selects
 * its words in the article; the person curates it as a quotation (with the speaker and event they
 * choose) or says it is not one, or selects other characters and takes them instead. Each decision is
 * written at once (see {@link ImportReviewViewModel}); Ctrl+Z undoes the last.
 */
public final class ImportReviewView {
    /** A choice of speaker: an actor, a speaker the article leaves unnamed, or a new actor. */
    record SpeakerChoice(String actorId, String text, boolean unnamed, boolean newActor) {
        @Override public String toString() { return text; }
    }

    /** A choice of event, shown by its title and date. */
    record EventChoice(String id, String text, boolean newEvent) {
        @Override public String toString() { return text; }
    }

    @FXML private Parent root;
    @FXML private Label titleLabel;
    @FXML private Label eventLabel;
    @FXML private ListView<ReviewItem> list;
    @FXML private TextArea articleArea;
    @FXML private Label whyLabel;
    @FXML private Label speakerWhyLabel;
    @FXML private Label speakerCaption;
    @FXML private Label eventCaption;
    @FXML private ComboBox<SpeakerChoice> speakerBox;
    @FXML private TextField labelField;
    @FXML private HBox newActorBox;
    @FXML private TextField actorNameField;
    @FXML private TextField actorRoleField;
    @FXML private TextField actorAffiliationField;
    @FXML private ComboBox<EventChoice> eventBox;
    @FXML private HBox newEventBox;
    @FXML private TextField eventTitleField;
    @FXML private TextField eventDateField;
    @FXML private ComboBox<org.sourcedtimeline.model.EventKind> eventKindBox;
    @FXML private TextField eventPlaceField;
    @FXML private TextField eventSummaryField;
    @FXML private Button acceptButton;
    @FXML private Button rejectButton;
    @FXML private Button undoButton;
    @FXML private Label statusLabel;
    @FXML private ResourceBundle resources;

    private ImportReviewViewModel vm;
    private Stage stage;
    private ArticleText article;
    private String language;
    /** While the controls are filled from the selected item, their listeners must not write back. */
    private boolean filling;

    /** The review window for {@code session}, owned by {@code owner}; {@code rebuilt} is told of each model built. */
    public static ImportReviewView create(Window owner, ReviewSession session, TimelineModel model, Locale locale, List<String> stylesheets,
                                          Consumer<TimelineModel> rebuilt) {
        Views.Loaded<ImportReviewView> v = Views.load(ImportReviewView.class, locale);
        ImportReviewView d = v.controller();
        d.language = locale.getLanguage();
        d.vm = new ImportReviewViewModel(session, rebuilt);
        d.article = session.analysis().article();
        d.stage = new Stage();
        d.stage.initOwner(owner);
        d.stage.initModality(Modality.NONE);
        d.stage.setTitle(MessageFormat.format(v.bundle().getString("review.title"), session.analysis().file()));
        Scene scene = new Scene(v.root(), 1180, 780);
        scene.getStylesheets().addAll(stylesheets);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), d::onUndo);
        d.stage.setScene(scene);
        d.bind(model);
        return d;
    }

    public Stage stage() { return stage; }

    public void show() { stage.show(); }

    /** The view model (for tests). */
    public ImportReviewViewModel viewModel() { return vm; }

    private void bind(TimelineModel model) {
        var a = vm.analysis();
        titleLabel.setText(DisplayText.safeLine(firstLine(article.text())) + "  ·  " + a.file());
        eventLabel.setText(a.mainEventId() != null ? MessageFormat.format(resources.getString("review.event.article"), a.mainEventId(), a.mainEventReason())
                : MessageFormat.format(resources.getString("review.event.none"), a.mainEventReason()));
        articleArea.setText(article.text());
        list.setItems(vm.items());
        list.setCellFactory(l -> new ItemCell());
        choices(model);
        eventKindBox.getItems().setAll(org.sourcedtimeline.model.EventKind.values());
        // The curation's own word for the kind (docs/curation.md), as the person will read it in curation.json.
        eventKindBox.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(org.sourcedtimeline.model.EventKind k) { return k == null ? "" : k.json(); }
            @Override public org.sourcedtimeline.model.EventKind fromString(String s) { return org.sourcedtimeline.model.EventKind.fromJson(s); }
        });
        eventKindBox.setValue(org.sourcedtimeline.model.EventKind.STATEMENT);
        vm.modelProperty().addListener((o, was, is) -> { if (is != null) choices(is); });
        eventBox.valueProperty().addListener((o, was, is) -> eventChosen(is));
        for (TextField f : List.of(eventTitleField, eventDateField, eventPlaceField, eventSummaryField)) f.textProperty().addListener(o -> newEventTyped());
        eventKindBox.valueProperty().addListener(o -> newEventTyped());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> { if (is != null) vm.selectedProperty().set(is); });
        vm.selectedProperty().addListener((o, was, is) -> show(is));
        speakerBox.valueProperty().addListener((o, was, is) -> speakerChosen(is));
        labelField.textProperty().addListener((o, was, is) -> { if (!filling && current() != null) current().speakerLabelProperty().set(is == null || is.isBlank() ? null : is.strip()); });
        for (TextField f : List.of(actorNameField, actorRoleField, actorAffiliationField)) f.textProperty().addListener(o -> newActorTyped());

        undoButton.disableProperty().bind(vm.canUndoProperty().not());
        vm.outcomeProperty().addListener((o, was, is) -> { if (is != null) say(is); });
        show(vm.selectedProperty().get());
    }

    private ReviewItem current() { return vm.selectedProperty().get(); }

    /** The speakers and events to choose from: the model's as the last decision built it, and a new one of each. */
    private void choices(TimelineModel model) {
        boolean was = filling;
        filling = true;
        try {
            List<SpeakerChoice> speakers = new java.util.ArrayList<>();
            for (Actor x : model.actors()) speakers.add(new SpeakerChoice(x.id(), x.name(language), false, false));
            speakers.add(new SpeakerChoice(null, resources.getString("review.speaker.unnamed"), true, false));
            speakers.add(new SpeakerChoice(null, resources.getString("review.speaker.new"), false, true));
            speakerBox.getItems().setAll(speakers);
            List<EventChoice> events = new java.util.ArrayList<>();
            for (Event e : model.events())
                events.add(new EventChoice(e.id(), e.title(language) + " · " + org.sourcedtimeline.model.text.Formats.date(e.start(), Locale.forLanguageTag(language)), false));
            events.add(new EventChoice(null, resources.getString("review.event.new"), true));
            eventBox.getItems().setAll(events);
        } finally {
            filling = was;
        }
    }

    private void eventChosen(EventChoice c) {
        if (filling || current() == null) return;
        boolean creating = c != null && c.newEvent();
        newEventBox.setVisible(creating);
        newEventBox.setManaged(creating);
        current().eventIdProperty().set(c == null || creating ? null : c.id());
        if (creating) newEventTyped();
        else current().newEventProperty().set(null);
    }

    /** The new event as typed; none until it has a title and a date the model can hold. */
    private void newEventTyped() {
        if (filling || current() == null || eventBox.getValue() == null || !eventBox.getValue().newEvent()) return;
        String title = eventTitleField.getText().strip();
        String date = eventDateField.getText().strip();
        String place = eventPlaceField.getText().strip();
        String summary = eventSummaryField.getText().strip();
        boolean ok = !title.isEmpty() && !summary.isEmpty() && date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
        if (ok) {
            try {
                org.sourcedtimeline.model.PartialDate.parse(date);
            } catch (IllegalArgumentException e) {
                ok = false;
            }
        }
        var kind = eventKindBox.getValue() == null ? org.sourcedtimeline.model.EventKind.STATEMENT : eventKindBox.getValue();
        current().newEventProperty().set(ok ? new String[] {title, date, kind.json(), place.isEmpty() ? null : place, summary} : null);
    }

    private void show(ReviewItem item) {
        filling = true;
        try {
            if (item == null) return;
            if (list.getSelectionModel().getSelectedItem() != item) {
                list.getSelectionModel().select(item);
                list.scrollTo(item);
            }
            selectInArticle(item);
            boolean quote = item.isQuote();
            boolean pending = item.getStatus() == ReviewItem.Status.PENDING;
            acceptButton.setText(quote ? resources.getString("review.accept.quote") : resources.getString("review.accept.boilerplate"));
            rejectButton.setText(quote ? resources.getString("review.reject.quote") : resources.getString("review.reject.boilerplate"));
            acceptButton.setDisable(!pending);
            rejectButton.setDisable(!pending);
            for (var n : List.of(speakerBox, labelField, eventBox, speakerCaption, eventCaption)) n.setVisible(quote);
            newActorBox.setVisible(false);
            newActorBox.setManaged(false);
            newEventBox.setVisible(false);
            newEventBox.setManaged(false);
            whyLabel.setText(MessageFormat.format(resources.getString("review.why"), quote ? item.quote().reason() : item.boilerplate().reason()));
            speakerWhyLabel.setVisible(quote);
            speakerWhyLabel.setManaged(quote);
            if (!quote) return;
            var s = item.quote().speaker();
            speakerWhyLabel.setText(MessageFormat.format(resources.getString("review.speaker.why"), s.attribution().json(),
                    Math.round(100 * s.confidence()), s.reason()));
            String id = item.speakerIdProperty().get();
            SpeakerChoice choice = item.newActorProperty().get() != null ? speakerBox.getItems().get(speakerBox.getItems().size() - 1)
                    : speakerBox.getItems().stream().filter(c -> id != null ? id.equals(c.actorId()) : c.unnamed()).findFirst().orElse(null);
            speakerBox.setValue(choice);
            labelField.setText(item.speakerLabelProperty().get() == null ? "" : item.speakerLabelProperty().get());
            labelField.setVisible(choice != null && choice.unnamed());
            String ev = item.eventIdProperty().get();
            String[] created = item.newEventProperty().get();
            eventBox.setValue(created != null ? eventBox.getItems().get(eventBox.getItems().size() - 1)
                    : eventBox.getItems().stream().filter(c -> c.id() != null && c.id().equals(ev)).findFirst().orElse(null));
            newEventBox.setVisible(created != null);
            newEventBox.setManaged(created != null);
            eventTitleField.setText(created == null ? "" : created[0]);
            eventDateField.setText(created == null ? "" : created[1]);
            eventPlaceField.setText(created == null || created[3] == null ? "" : created[3]);
            eventSummaryField.setText(created == null ? "" : created[4]);
            if (choice != null && choice.newActor()) showNewActor(item);
        } finally {
            filling = false;
        }
    }

    private void selectInArticle(ReviewItem item) {
        int s = article.charIndex(item.startProperty().get());
        int e = article.charIndex(item.endProperty().get());
        articleArea.selectRange(s, e);
    }

    private void speakerChosen(SpeakerChoice c) {
        if (filling || current() == null || c == null) return;
        ReviewItem item = current();
        labelField.setVisible(c.unnamed());
        if (c.newActor()) {
            showNewActor(item);
            newActorTyped();
            return;
        }
        newActorBox.setVisible(false);
        newActorBox.setManaged(false);
        item.newActorProperty().set(null);
        item.speakerIdProperty().set(c.actorId());
        if (c.unnamed() && item.speakerLabelProperty().get() == null) labelField.requestFocus();
    }

    private void showNewActor(ReviewItem item) {
        newActorBox.setVisible(true);
        newActorBox.setManaged(true);
        if (!filling) return; // the person is typing: their words stay
        String[] n = item.newActorProperty().get();
        actorNameField.setText(n == null ? "" : n[0]);
        actorRoleField.setText(n == null ? "" : n[1]);
        actorAffiliationField.setText(n == null ? "" : n[2]);
    }

    private void newActorTyped() {
        if (filling || current() == null || speakerBox.getValue() == null || !speakerBox.getValue().newActor()) return;
        String name = actorNameField.getText().strip();
        String role = actorRoleField.getText().strip();
        String aff = actorAffiliationField.getText().strip();
        current().speakerIdProperty().set(null);
        current().newActorProperty().set(name.isEmpty() || role.isEmpty() || aff.isEmpty() ? null : new String[] {name, role, aff});
    }

    @FXML private void onAccept() {
        ReviewItem item = current();
        if (item == null) return;
        if (item.isQuote() && eventBox.getValue() != null && eventBox.getValue().newEvent() && item.newEventProperty().get() == null) {
            statusLabel.setText(resources.getString("review.newEvent.bad"));
            return;
        }
        if (item.isQuote() && speakerBox.getValue() != null && speakerBox.getValue().newActor() && item.newActorProperty().get() == null) {
            statusLabel.setText(MessageFormat.format(resources.getString("review.refused"), resources.getString("review.actor.name") + ", "
                    + resources.getString("review.actor.role") + ", " + resources.getString("review.actor.affiliation")));
            return;
        }
        vm.accept(item);
    }

    @FXML private void onReject() {
        ReviewItem item = current();
        if (item != null) vm.reject(item, resources.getString("review.rejected.reason"));
    }

    @FXML private void onUseSelection() {
        ReviewItem item = current();
        if (item == null) return;
        if (articleArea.getSelection().getLength() == 0) {
            statusLabel.setText(resources.getString("review.selection.none"));
            return;
        }
        int s = article.codePointIndex(articleArea.getSelection().getStart());
        int e = article.codePointIndex(articleArea.getSelection().getEnd());
        if (!vm.adjust(item, s, e)) {
            statusLabel.setText(resources.getString("review.selection.bad"));
            return;
        }
        list.refresh();
        selectInArticle(item);
    }

    @FXML private void onUndo() { vm.undo(); }

    private void say(ImportReviewViewModel.Outcome o) {
        statusLabel.getStyleClass().remove("refused");
        list.refresh();
        if (!o.ok()) {
            statusLabel.getStyleClass().add("refused");
            String problems = o.problems().stream().filter(Problem::isError).map(Problem::toString).reduce((x, y) -> x + "\n" + y).orElse("");
            statusLabel.setText(MessageFormat.format(resources.getString("review.refused"), problems));
            return;
        }
        if (o.item() == null) {
            statusLabel.setText(MessageFormat.format(resources.getString("review.done.undo"), o.pending()));
        } else if (o.pending() == 0 && o.item().isQuote()) {
            statusLabel.setText(resources.getString("review.done.all"));
        } else if (!o.item().isQuote()) {
            statusLabel.setText(MessageFormat.format(resources.getString("review.done.boilerplate"), o.pending()));
        } else {
            String words = DisplayText.safeLine(article.slice(o.item().startProperty().get(), o.item().endProperty().get()));
            if (words.length() > 60) words = words.substring(0, 59) + "…";
            String done = o.status() == ReviewItem.Status.ACCEPTED ? resources.getString("review.done.accepted") : resources.getString("review.done.rejected");
            statusLabel.setText(MessageFormat.format(done, words, o.pending()));
        }
        show(current());
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).strip();
    }

    /** A suggestion: its status, its words, and what it is, with the speaker and confidence. */
    private final class ItemCell extends ListCell<ReviewItem> {
        @Override
        protected void updateItem(ReviewItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label status = new Label(switch (item.getStatus()) {
                case PENDING -> resources.getString("review.status.pending");
                case ACCEPTED -> resources.getString("review.status.accepted");
                case REJECTED -> resources.getString("review.status.rejected");
            });
            status.getStyleClass().addAll("review-cell-status", item.getStatus().name().toLowerCase(Locale.ROOT));
            String words = DisplayText.safeLine(article.slice(item.startProperty().get(), item.endProperty().get()));
            Label w = new Label("« " + (words.length() > 80 ? words.substring(0, 79) + "…" : words) + " »");
            w.getStyleClass().add("review-cell-words");
            w.setWrapText(true);
            w.setMaxWidth(list.getWidth() - 40);
            String kind;
            String meta;
            if (item.isQuote()) {
                QuoteSuggestion q = item.quote();
                kind = q.kind() == QuoteSuggestion.Kind.TERM ? resources.getString("review.kind.term")
                        : q.full() ? resources.getString("review.kind.quotation") : resources.getString("review.kind.fragment");
                String who = item.newActorProperty().get() != null ? item.newActorProperty().get()[0]
                        : item.speakerIdProperty().get() != null ? item.speakerIdProperty().get()
                        : item.speakerLabelProperty().get() != null ? "« " + item.speakerLabelProperty().get() + " »" : "?";
                meta = kind + " · " + who + " · " + Math.round(100 * q.speaker().confidence()) + " %";
            } else {
                meta = resources.getString("review.kind.boilerplate") + " · " + item.boilerplate().kind();
            }
            Label m = new Label(meta);
            m.getStyleClass().add("review-cell-meta");
            HBox top = new HBox(6, status, m);
            setGraphic(new VBox(2, top, w));
            setText(null);
        }
    }
}
