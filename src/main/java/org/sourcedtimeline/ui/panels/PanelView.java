package org.sourcedtimeline.ui.panels;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sourcedtimeline.ui.fx.HoverTips;
import org.sourcedtimeline.ui.fx.Subscriptions;
import org.sourcedtimeline.ui.fx.WrappingHyperlink;
import org.sourcedtimeline.ui.fx.WrappingLabel;
import org.sourcedtimeline.ui.icons.AppIcon;
import org.sourcedtimeline.ui.state.MainViewModel;
import org.sourcedtimeline.ui.text.DisplayText;

/**
 * A side panel: a header (title, a short context line, a close button) over content that follows the
 * view model. The FXML, CSS and bundle of each panel sit beside its class.
 */
public abstract class PanelView {
    @FXML protected VBox root;
    @FXML protected Label titleLabel;
    @FXML protected Label contextLabel;
    @FXML protected Button closeButton;
    /** What the panel shows, in a scroll pane that stands in the panel only while there is something to show. */
    @FXML protected ScrollPane scroll;
    @FXML protected VBox content;
    /** In the scroll pane's place while the panel is empty: a panel with nothing to show builds no scroll bars. */
    private VBox emptyState;

    protected MainViewModel vm;
    protected ResourceBundle bundle;
    /** The main window's bundle: names of kinds, sides, attributions shared by every panel. */
    protected ResourceBundle common;
    protected PanelHost host;
    protected final Subscriptions subs = new Subscriptions();

    /** Stable id used by the View menu and the preferences. */
    public abstract String panelId();

    public final void init(MainViewModel vm, ResourceBundle bundle, ResourceBundle common, PanelHost host) {
        this.vm = vm;
        this.bundle = bundle;
        this.common = common;
        this.host = host;
        root.setId(panelId() + "-panel");
        if (closeButton != null) {
            closeButton.setGraphic(new FontIcon(AppIcon.CLOSE));
            HoverTips.install(closeButton, common.getString("panel.hide"));
            closeButton.setOnAction(e -> host.hidePanel(panelId()));
        }
        bind();
    }

    protected abstract void bind();

    public VBox root() { return root; }

    public void dispose() { subs.dispose(); }

    /** A hyperlink over model text (a title, a quote), shown safely. */
    protected static Hyperlink link(String text) {
        return new Hyperlink(DisplayText.safe(text));
    }

    /** As {@link #link}, wrapping its text. */
    protected static Hyperlink wrappingLink(String text) {
        return new WrappingHyperlink(DisplayText.safe(text));
    }

    /** Sets the header's context line (it may hold an outlet's name from the model). */
    protected void context(String text) { contextLabel.setText(DisplayText.safeLine(text)); }

    protected String t(String key) { return bundle.getString(key); }

    /**
     * Clears {@code content} and returns the selected event; when there is no model or no selection,
     * shows {@code emptyText} instead and returns null.
     */
    protected org.sourcedtimeline.model.Event selectedEventOrEmpty(String emptyText) {
        org.sourcedtimeline.model.Event e = vm.model() == null ? null : vm.selectedEvent();
        if (e == null) {
            context("");
            showEmpty(emptyText);
        } else {
            showContent();
        }
        return e;
    }

    /**
     * Clears the content and shows {@code text} alone, in the scroll pane's place and with the
     * content's padding: the same pixels, without a scroll pane's skin and bars to style and lay out.
     */
    protected void showEmpty(String text) {
        content.getChildren().clear();
        if (emptyState == null) {
            emptyState = new VBox();
            emptyState.getStyleClass().add("panel-content");
            VBox.setVgrow(emptyState, javafx.scene.layout.Priority.ALWAYS);
        }
        emptyState.getChildren().setAll(label(text, "panel-empty"));
        swap(scroll, emptyState);
    }

    /** Clears the content and puts the scroll pane back, for content to be added. */
    protected void showContent() {
        content.getChildren().clear();
        if (emptyState != null) {
            emptyState.getChildren().clear();
            swap(emptyState, scroll);
        }
    }

    private void swap(javafx.scene.Node out, javafx.scene.Node in) {
        int i = root.getChildren().indexOf(out);
        if (i >= 0) root.getChildren().set(i, in);
    }

    protected String c(String key) { return common.getString(key); }

    /** Gives {@code node} a tip on {@code text} (model or bundle text), shown safely and wrapped, made on the first hover. */
    protected static void tip(javafx.scene.Node node, String text) {
        HoverTips.install(node, DisplayText.safe(text), PanelView::wrappedTip);
    }

    /** The panels' tooltip for longer tips: wraps at 420 px, shows after 250 ms. */
    static Tooltip wrappedTip(String shownText) {
        Tooltip t = new Tooltip(shownText);
        t.setWrapText(true);
        t.setMaxWidth(420);
        t.setShowDelay(javafx.util.Duration.millis(250));
        return t;
    }

    /**
     * A wrapping label. Every text a panel shows goes through here, {@link #link} or
     * {@link EventPanel#tip}: model text is shown with visible markers for control and bidirectional
     * characters ({@link DisplayText}), never as controls.
     */
    protected static Label label(String text, String... styleClasses) {
        Label l = new WrappingLabel(DisplayText.safe(text));
        l.getStyleClass().addAll(styleClasses);
        return l;
    }
}
