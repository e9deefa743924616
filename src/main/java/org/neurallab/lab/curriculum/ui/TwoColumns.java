package org.neurallab.lab.curriculum.ui;

import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Orientation;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * Two parts side by side when the page is wide enough, one under the other when it is not (presenter mode
 * at twice the text size on a projector), so nothing is squeezed or clipped.
 */
public final class TwoColumns extends Pane {
    private final Region left;
    private final Region right;
    private final ObservableDoubleValue fontSize;

    public TwoColumns(Region left, Region right, ObservableDoubleValue fontSize) {
        this.left = left;
        this.right = right;
        this.fontSize = fontSize;
        getChildren().addAll(left, right);
        fontSize.addListener((o, a, b) -> requestLayout());
    }

    private double gap() {
        return fontSize.get();
    }

    private boolean sideBySide(double width) {
        return width >= fontSize.get() * 50;
    }

    private double columnWidth(double width) {
        return (width - gap()) / 2;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return fontSize.get() * 12;
    }

    @Override
    protected double computePrefWidth(double height) {
        return fontSize.get() * 50;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? computePrefWidth(-1) : width;
        if (sideBySide(w)) {
            double c = columnWidth(w);
            return Math.max(left.prefHeight(c), right.prefHeight(c));
        }
        return left.prefHeight(w) + gap() + right.prefHeight(w);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        if (sideBySide(w)) {
            double c = columnWidth(w);
            left.resizeRelocate(0, 0, c, left.prefHeight(c));
            right.resizeRelocate(c + gap(), 0, c, right.prefHeight(c));
        } else {
            double h = left.prefHeight(w);
            left.resizeRelocate(0, 0, w, h);
            right.resizeRelocate(0, h + gap(), w, right.prefHeight(w));
        }
    }
}
