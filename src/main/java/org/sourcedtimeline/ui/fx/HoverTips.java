package org.sourcedtimeline.ui.fx;

import java.util.List;
import java.util.function.Function;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made the first time the pointer enters their node. A {@link Tooltip} is a popup window
 * with a scene of its own; made on the first hover, the window's two dozen tips are no part of its
 * first frame (docs/benchmarks.md, startup). The text is the node's accessible help at once,
 * so a screen reader has it before any pointer does. JavaFX's own tooltip behaviour takes over from
 * the first entry: it shows the tip once the pointer rests, as for a tooltip set from the start.
 *
 * <p>In FXML a tip is written as {@code accessibleHelp="%key"} and the view calls
 * {@link #fromAccessibleHelp} on its root.
 */
public final class HoverTips {
    private static final Object PENDING = new Object();
    private static final EventHandler<MouseEvent> ON_FIRST_ENTRY = e -> {
        if (e.getSource() instanceof Node n) tooltip(n);
    };

    /** A tip waiting for the pointer. A class, not a record: replacing it in the node's properties compares the two. */
    private static final class Pending {
        private final String text;
        private final Function<String, Tooltip> make;

        Pending(String text, Function<String, Tooltip> make) {
            this.text = text;
            this.make = make;
        }

        String text() { return text; }

        Function<String, Tooltip> make() { return make; }
    }

    private HoverTips() {}

    /** Gives {@code node} the tip {@code text}, shown as a plain {@link Tooltip}. */
    public static void install(Node node, String text) {
        install(node, text, Tooltip::new);
    }

    /**
     * Gives {@code node} the tip {@code text}; {@code make} turns the text into the tooltip on the first
     * entry (several nodes may share one tooltip by returning the same). A tip already made is made
     * anew for a new text. A null text removes the tip.
     */
    public static void install(Node node, String text, Function<String, Tooltip> make) {
        node.setAccessibleHelp(text);
        Tooltip made = madeTooltip(node);
        if (text == null) {
            forget(node);
            if (made != null) detach(node, made);
            return;
        }
        if (made != null) {
            if (!text.equals(made.getText())) {
                detach(node, made);
                attach(node, make.apply(text));
            }
            return;
        }
        if (node.getProperties().put(PENDING, new Pending(text, make)) == null)
            node.addEventHandler(MouseEvent.MOUSE_ENTERED, ON_FIRST_ENTRY);
    }

    /** Every node under {@code root} (itself included) with an accessible help and no tooltip gets it as its tip. */
    public static void fromAccessibleHelp(Node root) {
        String help = root.getAccessibleHelp();
        if (help != null && !help.isEmpty() && madeTooltip(root) == null && !root.getProperties().containsKey(PENDING))
            install(root, help);
        // Before their skins, a tool bar's and a split pane's items are not yet their children.
        List<Node> under = root instanceof ToolBar t ? t.getItems() : root instanceof SplitPane s ? s.getItems()
                : root instanceof Parent p ? p.getChildrenUnmodifiable() : List.of();
        for (Node child : under) fromAccessibleHelp(child);
    }

    /** The tip's text, made or not yet; null when the node has none (for views that show it, and tests). */
    public static String textOf(Node node) {
        if (node.getProperties().get(PENDING) instanceof Pending p) return p.text();
        Tooltip t = madeTooltip(node);
        return t == null ? null : t.getText();
    }

    /** The node's tooltip, made now if it was waiting for the pointer; null when it has no tip. */
    public static Tooltip tooltip(Node node) {
        if (!(node.getProperties().get(PENDING) instanceof Pending p)) return madeTooltip(node);
        forget(node);
        Tooltip t = p.make().apply(p.text());
        attach(node, t);
        return t;
    }

    private static void forget(Node node) {
        if (node.getProperties().remove(PENDING) != null) node.removeEventHandler(MouseEvent.MOUSE_ENTERED, ON_FIRST_ENTRY);
    }

    private static void attach(Node node, Tooltip t) {
        if (node instanceof Control c) c.setTooltip(t);
        else {
            Tooltip.install(node, t);
            node.getProperties().put(Tooltip.class, t);
        }
    }

    private static void detach(Node node, Tooltip t) {
        if (node instanceof Control c) c.setTooltip(null);
        else {
            Tooltip.uninstall(node, t);
            node.getProperties().remove(Tooltip.class);
        }
    }

    private static Tooltip madeTooltip(Node node) {
        if (node instanceof Control c) return c.getTooltip();
        return node.getProperties().get(Tooltip.class) instanceof Tooltip t ? t : null;
    }
}
