package org.sourcedtimeline.ui.fx;

import java.util.function.DoubleUnaryOperator;

/**
 * A wrapping control's preferred height at the last two widths it was asked for, kept until the
 * control asks for a new layout ({@link WrappingLabel}, {@link WrappingHyperlink}).
 */
final class LastHeights {
    private double width1 = Double.NaN;
    private double height1;
    private double width2 = Double.NaN;
    private double height2;

    /** The height at {@code width}: remembered, or worked out by {@code compute} and remembered. */
    double at(double width, DoubleUnaryOperator compute) {
        if (width == width1) return height1;
        if (width == width2) return height2;
        double h = compute.applyAsDouble(width);
        width2 = width1;
        height2 = height1;
        width1 = width;
        height1 = h;
        return h;
    }

    void forget() {
        width1 = Double.NaN;
        width2 = Double.NaN;
    }
}
