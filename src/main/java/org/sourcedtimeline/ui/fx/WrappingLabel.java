package org.sourcedtimeline.ui.fx;

import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * A label that wraps its text and remembers its height at the last two widths it was asked for, until
 * it asks for a new layout (any change of its text, font, padding or graphic does).
 *
 * <p>JavaFX keeps a node's preferred height only for "any width": a wrapping label is asked at a given
 * width, and each answer breaks and shapes its text anew. A layout pass asks each label many times at
 * the same width (min and pref, by its box, by the card around it, by the scroll pane around that): in
 * the first frame, the Quotes panel's cards spent two thirds of the layout pass there. The heights are
 * dropped where JavaFX drops its own cached sizes, in {@link #requestLayout()}.
 */
public class WrappingLabel extends Label {
    private LastHeights heights;

    public WrappingLabel(String text) {
        this(text, null);
    }

    public WrappingLabel(String text, Node graphic) {
        super(text, graphic);
        setWrapText(true);
        setMinHeight(USE_PREF_SIZE);
    }

    @Override
    protected double computePrefHeight(double width) {
        // Made here, not as the field is declared: Label's constructor already asks for a layout.
        if (heights == null) heights = new LastHeights();
        return heights.at(width, super::computePrefHeight);
    }

    @Override
    public void requestLayout() {
        if (heights != null) heights.forget();
        super.requestLayout();
    }
}
