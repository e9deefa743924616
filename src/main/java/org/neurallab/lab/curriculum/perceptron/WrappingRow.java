package org.neurallab.lab.curriculum.perceptron;

import javafx.scene.Node;
import javafx.scene.layout.FlowPane;

/**
 * A FlowPane that may become as narrow as its narrowest-possible child. A plain FlowPane asks for the
 * widest child's preferred width as its minimum, which pins the page wider than the window at presenter
 * scale; this one lets {@link FitWidth} children give way instead.
 */
final class WrappingRow extends FlowPane {
    WrappingRow(double hgap, double vgap, Node... children) {
        super(hgap, vgap, children);
    }

    @Override
    protected double computeMinWidth(double height) {
        double min = 0;
        for (Node child : getManagedChildren()) {
            min = Math.max(min, child.minWidth(-1));
        }
        return snappedLeftInset() + min + snappedRightInset();
    }
}
