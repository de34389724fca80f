package org.sourcedtimeline.ui.panels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sourcedtimeline.model.Account;
import org.sourcedtimeline.model.Attribution;
import org.sourcedtimeline.model.Event;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.TimelineModel;
import org.sourcedtimeline.ui.icons.AppIcon;
import org.sourcedtimeline.ui.text.QuoteText;

/** Each side's account of the selected event side by side, with its quotes as links. */
public final class AccountsPanel extends PanelView {
    public static final String ID = "accounts";

    /** Narrower than this per side, the accounts stack instead of standing side by side. */
    static final double MIN_COLUMN_WIDTH = 180;

    private boolean stacked;

    @Override
    public String panelId() { return ID; }

    @Override
    protected void bind() {
        subs.onInvalidate(vm.selectedEventIdProperty(), this::refresh);
        subs.onInvalidate(vm.selectedQuoteIdProperty(), this::refresh);
        subs.onInvalidate(vm.loadedProperty(), this::refresh);
        content.widthProperty().addListener((o, a, w) -> {
            if (stackFor(w.doubleValue()) != stacked) refresh();
        });
        refresh();
    }

    private boolean stackFor(double width) {
        Event e = vm.selectedEvent();
        int n = e == null ? 1 : Math.max(1, bySide(e).size());
        return n > 1 && width > 0 && (width - 32 - 12 * (n - 1)) / n < MIN_COLUMN_WIDTH;
    }

    private void refresh() {
        Event e = selectedEventOrEmpty(t("empty"));
        if (e == null) return;
        TimelineModel m = vm.model();
        Map<String, List<Account>> sides = bySide(e, sideOrder(m));
        context(e.accounts().isEmpty() ? "" : java.text.MessageFormat.format(t("count"), sides.size()));
        if (e.accounts().isEmpty()) {
            showEmpty(t("none"));
            return;
        }
        stacked = stackFor(content.getWidth());
        javafx.scene.layout.Pane columns = stacked ? new VBox(12) : new HBox(12);
        columns.getStyleClass().add("account-columns");
        for (Map.Entry<String, List<Account>> side : sides.entrySet())
            columns.getChildren().add(column(side.getKey(), side.getValue(), m));
        content.getChildren().add(columns);
    }

    /** One column per side, however many tellers and articles give that side's version. */
    private static Map<String, List<Account>> bySide(Event e) {
        Map<String, List<Account>> sides = new LinkedHashMap<>();
        for (Account a : e.accounts()) sides.computeIfAbsent(a.side(), k -> new ArrayList<>()).add(a);
        return sides;
    }

    /**
     * The columns of {@link #bySide(Event)} in {@code order}, sides not in it last: each side keeps its
     * column from one event to the next, so that the two stories can be compared at a glance.
     */
    static Map<String, List<Account>> bySide(Event e, List<String> order) {
        Map<String, List<Account>> sides = bySide(e);
        List<String> keys = new ArrayList<>(sides.keySet());
        keys.sort(java.util.Comparator.comparingInt(k -> order.contains(k) ? order.indexOf(k) : order.size()));
        Map<String, List<Account>> ordered = new LinkedHashMap<>();
        for (String k : keys) ordered.put(k, sides.get(k));
        return ordered;
    }

    private TimelineModel sideOrderOf;
    private List<String> sideOrder = List.of();

    /** The sides in the order they first appear in the model's events (worked out once per model). */
    private List<String> sideOrder(TimelineModel m) {
        if (m != sideOrderOf) {
            sideOrderOf = m;
            sideOrder = sidesInOrder(m);
        }
        return sideOrder;
    }

    static List<String> sidesInOrder(TimelineModel m) {
        java.util.LinkedHashSet<String> seen = new java.util.LinkedHashSet<>();
        if (m != null) for (Event e : m.events()) for (Account a : e.accounts()) seen.add(a.side());
        return List.copyOf(seen);
    }

    private VBox column(String side, List<Account> accounts, TimelineModel m) {
        VBox col = new VBox(8);
        col.getStyleClass().addAll("account", "account-" + side);
        HBox.setHgrow(col, Priority.ALWAYS);
        col.setMaxWidth(Double.MAX_VALUE);
        col.setPrefWidth(100);
        col.getChildren().add(label(side(side), "account-side"));
        for (int i = 0; i < accounts.size(); i++) {
            if (i > 0) col.getChildren().add(new javafx.scene.control.Separator());
            teller(col, accounts.get(i), m);
        }
        return col;
    }

    private void teller(VBox col, Account a, TimelineModel m) {
        String lang = vm.getLocale().getLanguage();
        if (a.teller() != null) m.actor(a.teller()).ifPresent(t -> col.getChildren().add(label(t.name(lang), "account-teller")));
        if (a.summary() != null && !a.summary().isBlank()) col.getChildren().add(label(a.summary(lang), "account-summary"));
        for (String qid : a.quoteIds()) {
            Quote q = m.quote(qid).orElse(null);
            if (q == null) continue;
            Hyperlink link = wrappingLink("\u00AB\u202F" + QuoteText.shortenQuote(q.text(), 160) + "\u202F\u00BB");
            link.getStyleClass().add("account-quote");
            if (qid.equals(vm.getSelectedQuoteId())) link.getStyleClass().add("selected");
            link.setOnAction(x -> vm.selectedQuoteIdProperty().set(qid));
            if (q.attribution() == Attribution.AMBIGUOUS) {
                Label badge = EventPanel.badge(c("attribution.ambiguous"), "badge", "badge-ambiguous");
                badge.setGraphic(new FontIcon(AppIcon.ALERT_CIRCLE_OUTLINE));
                tip(badge, c("attribution.ambiguous.tip"));
                tip(link, c("attribution.ambiguous.tip"));
                VBox box = new VBox(4, badge, link);
                col.getChildren().add(box);
            } else {
                col.getChildren().add(link);
            }
        }
        if (!a.spans().isEmpty()) {
            Label l = label(java.text.MessageFormat.format(t("spans"), a.spans().size()), "account-spans");
            col.getChildren().add(l);
        }
    }

    private String side(String side) {
        try {
            return common.getString("side." + side);
        } catch (MissingResourceException e) {
            return side;
        }
    }
}
