package org.sourcedtimeline.ui.panels;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sourcedtimeline.model.Actor;
import org.sourcedtimeline.model.Event;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.Source;
import org.sourcedtimeline.model.TimelineModel;
import org.sourcedtimeline.model.text.Formats;
import org.sourcedtimeline.ui.fx.HoverTips;
import org.sourcedtimeline.ui.fx.WrappingLabel;
import org.sourcedtimeline.ui.icons.AppIcon;
import org.sourcedtimeline.ui.text.DisplayText;
import org.sourcedtimeline.ui.text.QuoteText;

/**
 * Quote cards: the words (typographic marks tidied for display only), who said them and in which
 * office, how sure the attribution is, where and when when that differs, the article, the notes, and
 * a button that copies the exact words with their citation.
 */
public final class QuotesPanel extends PanelView {
    public static final String ID = "quotes";
    private static final javafx.css.PseudoClass SELECTED = javafx.css.PseudoClass.getPseudoClass("selected");

    /**
     * No card is shorter than this (its padding, one line of words, the speaker, the badge, the
     * footer): it sets how many cards are built before the first frame, see {@link StagedChildren}.
     */
    static final double CARD_MIN_HEIGHT = 100;

    private final List<VBox> cards = new ArrayList<>();
    private StagedChildren<Quote> staged;
    /** Every card says the same few things on hover: one tooltip per text, shared by all the cards. */
    private final Map<String, Tooltip> tips = new HashMap<>();

    @Override
    public String panelId() { return ID; }

    @Override
    protected void bind() {
        staged = new StagedChildren<>(content, CARD_MIN_HEIGHT);
        subs.add(staged::stop);
        subs.onList(vm.visibleQuotes(), this::refresh);
        subs.onInvalidate(vm.selectedQuoteIdProperty(), () -> {
            markSelection();
            revealSelection();
        });
        subs.onInvalidate(vm.loadedProperty(), this::refresh);
        refresh();
    }

    private void refresh() {
        staged.stop();
        content.getChildren().clear();
        cards.clear();
        TimelineModel m = vm.model();
        if (m == null) return;
        List<Quote> quotes = vm.visibleQuotes();
        int total = vm.getQuoteTotal();
        String context;
        if (vm.isSearching()) {
            context = MessageFormat.format(t("context.search"), total, vm.searchTextProperty().get().strip());
        } else if (vm.selectedEvent() != null) {
            context = MessageFormat.format(t("context.event"), total);
        } else {
            context = MessageFormat.format(t("context.all"), total);
        }
        if (!vm.speakerFilter().isEmpty()) context += " \u00B7 " + t("context.filtered");
        if (total > quotes.size()) context += " \u00B7 " + MessageFormat.format(t("context.limited"), quotes.size());
        context(context);
        if (quotes.isEmpty()) {
            showEmpty(vm.isSearching() ? t("empty.search") : t("empty"));
            return;
        }
        showContent();
        staged.show(quotes, q -> {
            VBox card = card(q, m);
            cards.add(card);
            markSelection(card, vm.getSelectedQuoteId());
            return card;
        });
        revealSelection();
    }

    /**
     * Brings the selected quote's card into view when it is not (chosen in the Source panel, say, or
     * further down than the cards built so far); a card already in view stays where the user put it.
     */
    private void revealSelection() {
        String sel = vm.getSelectedQuoteId();
        if (sel == null) return;
        List<Quote> quotes = vm.visibleQuotes();
        int i = 0;
        while (i < quotes.size() && !quotes.get(i).id().equals(sel)) i++;
        if (i == quotes.size()) return;
        staged.buildThrough(i);
        VBox card = cards.stream().filter(c -> sel.equals(c.getUserData())).findFirst().orElse(null);
        if (card == null) return;
        // After the pulse that lays the new cards out.
        javafx.application.Platform.runLater(() -> {
            if (card.getParent() != content || !sel.equals(vm.getSelectedQuoteId())) return;
            scroll.applyCss();
            scroll.layout();
            double contentH = content.getBoundsInLocal().getHeight();
            double viewH = scroll.getViewportBounds().getHeight();
            if (contentH <= viewH || viewH <= 0) return;
            double top = (contentH - viewH) * scroll.getVvalue();
            javafx.geometry.Bounds b = card.getBoundsInParent();
            if (b.getMinY() >= top && b.getMaxY() <= top + viewH) return;
            double target = Math.max(0, b.getMinY() - 12);
            scroll.setVvalue(Math.min(1, target / (contentH - viewH)));
        });
    }

    private void markSelection() {
        String sel = vm.getSelectedQuoteId();
        for (VBox card : cards) markSelection(card, sel);
    }

    private static void markSelection(VBox card, String selectedId) {
        card.pseudoClassStateChanged(SELECTED, card.getUserData().equals(selectedId));
    }

    /** Gives {@code node} the tip {@code shownText}, one tooltip for every card that has the same text (made on the first hover). */
    private void sharedTip(javafx.scene.Node node, String shownText, java.util.function.Function<String, Tooltip> make) {
        HoverTips.install(node, shownText, s -> tips.computeIfAbsent(s, make));
    }

    /** "said in Tashkent, March 1, 2023", "said on …", "said in February 2023", or "said elsewhere or earlier". */
    String saidAt(org.sourcedtimeline.model.SaidAt at) {
        String place = at.place() == null || at.place().isBlank() ? null : at.place();
        String when = at.date() == null ? null : Formats.date(at.date(), vm.getLocale());
        if (place != null && when != null) return MessageFormat.format(t("saidAt.placeDate"), place, when);
        if (place != null) return MessageFormat.format(t("saidAt.place"), place);
        if (when != null && at.date().precision() == org.sourcedtimeline.model.Precision.DAY)
            return MessageFormat.format(t("saidAt.day"), when);
        if (when != null) return MessageFormat.format(t("saidAt.period"), when);
        return t("saidAt.unknown");
    }

    private VBox card(Quote q, TimelineModel m) {
        VBox card = new VBox(6);
        card.getStyleClass().addAll("quote-card", "attribution-" + q.attribution().json());
        card.setUserData(q.id());
        card.setId("quote-" + q.id());
        Source s = m.source(q.sourceId()).orElse(null);
        boolean french = s != null && "fr".equals(s.language());
        String words = QuoteText.display(q.text());
        Label text = label(french ? "\u00AB\u202F" + words + "\u202F\u00BB" : "\u201C" + words + "\u201D", "quote-text");
        card.getChildren().add(text);

        Actor a = m.actor(q.speakerId()).orElse(null);
        String lang = vm.getLocale().getLanguage();
        String who = a != null ? a.name(lang) : (q.speakerLabel() != null ? q.speakerLabel() : c("quote.unnamedSpeaker"));
        Label speaker = label("\u2014 " + who, "quote-speaker");
        VBox whoBox = new VBox(1, speaker);
        if (a != null && a.role() != null) whoBox.getChildren().add(label(a.role(lang), "quote-role"));
        card.getChildren().add(whoBox);

        // Badge first, then each fact on its own wrapping line: nothing here can widen the panel.
        VBox meta = new VBox(4);
        Label attribution = EventPanel.badge(c("attribution." + q.attribution().json()), "badge", "badge-attribution",
                "badge-" + q.attribution().json());
        sharedTip(attribution, DisplayText.safe(c("attribution." + q.attribution().json() + ".tip")), PanelView::wrappedTip);
        if (q.attribution() == org.sourcedtimeline.model.Attribution.AMBIGUOUS)
            attribution.setGraphic(new FontIcon(AppIcon.ALERT_CIRCLE_OUTLINE));
        meta.getChildren().add(attribution);
        if (q.saidAt() != null) {
            Label l = new WrappingLabel(org.sourcedtimeline.ui.text.DisplayText.safe(saidAt(q.saidAt())),
                    new FontIcon(AppIcon.MAP_MARKER_OUTLINE));
            l.getStyleClass().add("quote-said-at");
            meta.getChildren().add(l);
            if (q.saidAt().note() != null && !q.saidAt().note().isBlank())
                meta.getChildren().add(label(q.saidAtNote(lang), "quote-note"));
        }
        if (vm.isSearching() || vm.selectedEvent() == null) {
            Event ev = m.event(q.eventId()).orElse(null);
            if (ev != null) {
                Hyperlink evLink = wrappingLink(ev.title(lang) + " \u00B7 " + Formats.date(ev.start(), vm.getLocale()));
                evLink.getStyleClass().add("quote-event");
                evLink.setMinHeight(Label.USE_PREF_SIZE);
                evLink.setOnAction(x -> vm.selectedQuoteIdProperty().set(q.id()));
                meta.getChildren().add(evLink);
            }
        }
        card.getChildren().add(meta);

        for (String note : q.notes(lang)) card.getChildren().add(label(note, "quote-note"));

        HBox footer = new HBox(8);
        footer.setAlignment(Pos.CENTER_LEFT);
        if (s != null) {
            String outlet = s.outlet() == null ? t("source.noOutlet") : s.outlet();
            Hyperlink src = link(outlet + " \u2014 \u201C" + s.title() + "\u201D");
            src.getStyleClass().add("quote-source");
            sharedTip(src, DisplayText.safe(t("source.open")), PanelView::wrappedTip);
            src.setOnAction(x -> vm.selectedQuoteIdProperty().set(q.id()));
            src.setMaxWidth(Double.MAX_VALUE);
            src.setMinWidth(40);
            HBox.setHgrow(src, Priority.ALWAYS);
            footer.getChildren().add(src);
        } else {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            footer.getChildren().add(spacer);
        }
        Button copy = new Button(t("copy"), new FontIcon(AppIcon.CONTENT_COPY));
        copy.getStyleClass().addAll("small", "flat", "quote-copy");
        copy.setMinWidth(Button.USE_PREF_SIZE);
        sharedTip(copy, t("copy.tip"), Tooltip::new);
        copy.setOnAction(x -> host.copyToClipboard(vm.citation(q.id()), t("copied")));
        Button link = new Button(t("copyLink"));
        link.getStyleClass().addAll("small", "flat", "quote-copy-link");
        link.setMinWidth(Button.USE_PREF_SIZE);
        sharedTip(link, t("copyLink.tip"), Tooltip::new);
        link.setOnAction(x -> host.copyToClipboard(vm.link(q.id()), t("linkCopied")));
        footer.getChildren().addAll(copy, link);
        card.getChildren().add(footer);

        card.setOnMouseClicked(ev -> {
            if (ev.getButton() == MouseButton.PRIMARY) vm.selectedQuoteIdProperty().set(q.id());
        });
        return card;
    }
}
