package org.sourcedtimeline.ui.panels;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sourcedtimeline.ui.icons.AppIcon;
import org.sourcedtimeline.ui.text.DisplayText;
import org.sourcedtimeline.ui.state.MainViewModel;
import org.sourcedtimeline.ui.fx.Subscriptions;

/**
 * A side panel: a header (title, a short context line, a close button) over content that follows the
 * view model. The FXML, CSS and bundle of each panel sit beside its class.
 */
public abstract class PanelView {
    @FXML protected VBox root;
    @FXML protected Label titleLabel;
    @FXML protected Label contextLabel;
    @FXML protected Button closeButton;

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
            closeButton.setTooltip(new Tooltip(common.getString("panel.hide")));
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

    /** Sets the header's context line (it may hold an outlet's name from the model). */
    protected void context(String text) { contextLabel.setText(DisplayText.safeLine(text)); }

    protected String t(String key) { return bundle.getString(key); }

    /**
     * Clears {@code content} and returns the selected event; when there is no model or no selection,
     * shows {@code emptyText} instead and returns null.
     */
    protected org.sourcedtimeline.model.Event selectedEventOrEmpty(javafx.scene.layout.Pane content, String emptyText) {
        content.getChildren().clear();
        org.sourcedtimeline.model.Event e = vm.model() == null ? null : vm.selectedEvent();
        if (e == null) {
            context("");
            content.getChildren().add(label(emptyText, "panel-empty"));
        }
        return e;
    }

    protected String c(String key) { return common.getString(key); }

    /**
     * A wrapping label. Every text a panel shows goes through here, {@link #link} or
     * {@link EventPanel#tip}: model text is shown with visible markers for control and bidirectional
     * characters ({@link DisplayText}), never as controls.
     */
    protected static Label label(String text, String... styleClasses) {
        Label l = new Label(DisplayText.safe(text));
        l.getStyleClass().addAll(styleClasses);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
