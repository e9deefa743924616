package org.neurallab.lab.curriculum.perceptron;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.layout.Region;

/**
 * A width in em that gives way when the section is narrower (presenter scale on a small screen): a
 * FlowPane lays its children out at their preferred width and would otherwise push the page sideways.
 */
final class FitWidth {
    private FitWidth() {
    }

    static DoubleBinding of(ObservableDoubleValue fontSize, double ems, Region section) {
        return Bindings.createDoubleBinding(() -> {
            double wanted = fontSize.get() * ems;
            double room = section.getWidth() - fontSize.get();
            return section.getWidth() > 0 ? Math.max(fontSize.get() * 12, Math.min(wanted, room)) : wanted;
        }, fontSize, section.widthProperty());
    }
}
