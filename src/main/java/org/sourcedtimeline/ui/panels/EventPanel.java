package org.sourcedtimeline.ui.panels;

import java.text.MessageFormat;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sourcedtimeline.model.Actor;
import org.sourcedtimeline.model.Attribution;
import org.sourcedtimeline.model.Event;
import org.sourcedtimeline.model.Source;
import org.sourcedtimeline.model.TimelineModel;
import org.sourcedtimeline.model.text.Formats;
import org.sourcedtimeline.ui.fx.WrappingLabel;
import org.sourcedtimeline.ui.icons.AppIcon;
import org.sourcedtimeline.ui.state.MainViewModel;
import org.sourcedtimeline.ui.text.DisplayText;

/** The selected event: what, when (at its precision), where, who, how long, and the articles that say so. */
public final class EventPanel extends PanelView {
    public static final String ID = "event";

    /** Set on the title while the panel's content is narrower than {@link #NARROW_BELOW} px. */
    static final javafx.css.PseudoClass NARROW = javafx.css.PseudoClass.getPseudoClass("narrow");
    static final double NARROW_BELOW = 230;


    @Override
    public String panelId() { return ID; }

    @Override
    protected void bind() {
        subs.onInvalidate(vm.selectedEventIdProperty(), this::refresh);
        subs.onInvalidate(vm.loadedProperty(), this::refresh);
        content.widthProperty().addListener((o, a, w) -> {
            for (javafx.scene.Node n : content.getChildren())
                if (n.getStyleClass().contains("event-title")) n.pseudoClassStateChanged(NARROW, w.doubleValue() < NARROW_BELOW);
        });
        refresh();
    }

    private void refresh() {
        Event e = selectedEventOrEmpty(t("empty"));
        if (e == null) return;
        TimelineModel m = vm.model();
        context(Formats.range(e.start(), e.end(), vm.getLocale()));
        String lang = vm.getLocale().getLanguage();
        Label heading = label(e.title(lang), "event-title");
        // A narrow panel takes the title a size down, so that a name such as "Blinken–Lavrov" fits on a line whole.
        heading.pseudoClassStateChanged(NARROW, content.getWidth() > 0 && content.getWidth() < NARROW_BELOW);
        content.getChildren().add(heading);

        // One fact per line, each wrapping: a long place name never widens the panel.
        VBox meta = new VBox(4);
        meta.getStyleClass().add("event-meta");
        meta.getChildren().add(iconText(new FontIcon(AppIcon.CALENDAR_OUTLINE),
                Formats.range(e.start(), e.end(), vm.getLocale()), "event-date"));
        if (e.place() != null) {
            String name = e.placeName(lang);
            String country = e.country(lang);
            String place = name + (country != null && !country.equals(name) ? ", " + country : "");
            meta.getChildren().add(iconText(new FontIcon(AppIcon.MAP_MARKER_OUTLINE), place, "event-place"));
        }
        if (e.duration() != null && !e.duration().isBlank())
            meta.getChildren().add(iconText(new FontIcon(AppIcon.CLOCK_OUTLINE), e.duration(lang), "event-duration"));
        content.getChildren().add(meta);

        FlowPane badges = new FlowPane(6, 6);
        // Never wider than the panel: its badges wrap instead (a FlowPane's own minimum is its widest badge).
        badges.setMinWidth(0);
        badges.getChildren().add(badge(c("kind." + e.kind().json()), "badge", "badge-kind"));
        badges.getChildren().add(badge(c("precision." + e.precision().json()), "badge", "badge-precision"));
        if (MainViewModel.isSingleSource(e)) {
            Label w = badge(c("evidence.singleSource"), "badge", "badge-warning");
            w.setGraphic(new FontIcon(AppIcon.ALERT_OUTLINE));
            tip(w, c("evidence.singleSource.tip"));
            badges.getChildren().add(w);
        }
        long ambiguous = m.quotesOf(e.id()).stream().filter(q -> q.attribution() == Attribution.AMBIGUOUS).count();
        if (ambiguous > 0) {
            Label w = badge(MessageFormat.format(c("evidence.ambiguousQuotes"), ambiguous), "badge", "badge-danger");
            w.setGraphic(new FontIcon(AppIcon.ALERT_CIRCLE_OUTLINE));
            tip(w, c("attribution.ambiguous.tip"));
            badges.getChildren().add(w);
        }
        for (javafx.scene.Node b : badges.getChildren()) {
            // A badge longer than a narrow panel wraps inside it rather than running past its edge.
            Label l = (Label) b;
            l.setWrapText(true);
            l.setMinWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
            l.maxWidthProperty().bind(badges.widthProperty());
        }
        content.getChildren().add(badges);

        javafx.scene.control.Button cite = new javafx.scene.control.Button(t("copyCitation"));
        cite.getStyleClass().addAll("small", "flat", "event-copy-citation");
        tip(cite, t("copyCitation.tip"));
        cite.setOnAction(x -> host.copyToClipboard(vm.eventCitation(e.id()), t("citationCopied")));
        javafx.scene.control.Button link = new javafx.scene.control.Button(t("copyLink"));
        link.getStyleClass().addAll("small", "flat", "event-copy-link");
        tip(link, t("copyLink.tip"));
        link.setOnAction(x -> host.copyToClipboard(vm.link(e.id()), t("linkCopied")));
        javafx.scene.layout.HBox actions = new javafx.scene.layout.HBox(4, cite, link);
        actions.getStyleClass().add("event-actions");
        content.getChildren().add(actions);

        if (e.summary() != null && !e.summary().isBlank()) content.getChildren().add(label(e.summary(lang), "event-summary"));

        if (!e.participants().isEmpty()) {
            content.getChildren().add(label(t("participants"), "section-title"));
            VBox list = new VBox(6);
            for (String id : e.participants()) {
                Actor a = m.actor(id).orElse(null);
                if (a == null) continue;
                VBox row = new VBox(1, label(a.name(lang), "participant-name"),
                        label(a.role(lang) + (a.affiliation() == null ? "" : " \u00B7 " + a.affiliation(lang)), "participant-role"));
                list.getChildren().add(row);
            }
            content.getChildren().add(list);
        }

        content.getChildren().add(label(MessageFormat.format(t("sources"), e.sourceIds().size()), "section-title"));
        VBox sources = new VBox(8);
        for (String sid : e.sourceIds()) {
            Source s = m.source(sid).orElse(null);
            if (s == null) continue;
            Hyperlink title = wrappingLink("\u201C" + s.title() + "\u201D");
            title.getStyleClass().add("source-title");
            title.setOnAction(x -> vm.openSource(sid));
            tip(title, t("source.open"));
            String outlet = s.outlet() == null ? t("source.noOutlet") : s.outlet();
            String published = s.published() == null || s.published().date() == null ? t("source.undated")
                    : MessageFormat.format(t("source.published"), Formats.date(s.published().date(), vm.getLocale()));
            Label info = label(outlet + " \u00B7 " + published, "source-meta");
            String why = s.outletNote() == null ? null : MessageFormat.format(t("source.outletNote"), s.outletNote(lang));
            String when = s.published() == null || s.published().inferredFrom() == null ? null
                    : MessageFormat.format(t("source.inferredFrom"), s.inferredFrom(lang));
            if (why != null || when != null)
                tip(info, why == null ? when : when == null ? why : why + "\n\n" + when);
            VBox box = new VBox(0, title, info);
            box.getStyleClass().add("source-entry");
            sources.getChildren().add(box);
        }
        content.getChildren().add(sources);
        if (MainViewModel.isSingleSource(e)) {
            Label warn = label(c("evidence.singleSource.tip"), "single-source-note");
            warn.setGraphic(new FontIcon(AppIcon.ALERT_OUTLINE));
            content.getChildren().add(warn);
        }
        scroll.setVvalue(0);
    }

    static Label badge(String text, String... classes) {
        Label l = new Label(DisplayText.safeLine(text));
        l.getStyleClass().addAll(classes);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static Node iconText(FontIcon icon, String text, String styleClass) {
        Label l = new WrappingLabel(DisplayText.safe(text), icon);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
