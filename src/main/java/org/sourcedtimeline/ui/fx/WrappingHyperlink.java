package org.sourcedtimeline.ui.fx;

import javafx.scene.control.Hyperlink;

/** A link that wraps its text, its heights remembered as {@link WrappingLabel}'s are, for the same reason. */
public class WrappingHyperlink extends Hyperlink {
    private LastHeights heights;

    public WrappingHyperlink(String text) {
        super(text);
        setWrapText(true);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (heights == null) heights = new LastHeights();
        return heights.at(width, super::computePrefHeight);
    }

    @Override
    public void requestLayout() {
        if (heights != null) heights.forget();
        super.requestLayout();
    }
}
