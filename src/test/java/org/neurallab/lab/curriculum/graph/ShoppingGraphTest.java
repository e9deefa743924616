package org.neurallab.lab.curriculum.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Lecture 002's two shopping graphs, forward and backward, from the layers the page runs. */
class ShoppingGraphTest {
    private static final double TOLERANCE = 1e-9;

    @Test
    void appleGraphGivesTheLecturesNumbers() {
        ShoppingGraph g = ShoppingGraph.apple(ShoppingGraph.Inputs.lecture());
        assertThat(g.price()).isCloseTo(220, within(TOLERANCE));
        assertThat(g.dApple()).isCloseTo(2.2, within(TOLERANCE));
        assertThat(g.dAppleCount()).isCloseTo(110, within(TOLERANCE));
        assertThat(g.dTax()).isCloseTo(200, within(TOLERANCE));
        // as the page prints them
        assertThat(GraphNumbers.format(g.price())).isEqualTo("220");
        assertThat(GraphNumbers.format(g.dApple())).isEqualTo("2.2");
        assertThat(GraphNumbers.format(g.dAppleCount())).isEqualTo("110");
        assertThat(GraphNumbers.format(g.dTax())).isEqualTo("200");
    }

    @Test
    void appleAndOrangeGraphGivesTheLecturesNumbers() {
        ShoppingGraph g = ShoppingGraph.appleAndOrange(ShoppingGraph.Inputs.lecture());
        assertThat(g.price()).isCloseTo(715, within(TOLERANCE));
        assertThat(g.dApple()).isCloseTo(2.2, within(TOLERANCE));
        assertThat(g.dAppleCount()).isCloseTo(110, within(TOLERANCE));
        assertThat(g.dOrange()).isCloseTo(3.3, within(TOLERANCE));
        assertThat(g.dOrangeCount()).isCloseTo(165, within(TOLERANCE));
        assertThat(g.dTax()).isCloseTo(650, within(TOLERANCE));
        assertThat(GraphNumbers.format(g.price())).isEqualTo("715");
        assertThat(GraphNumbers.format(g.dOrange())).isEqualTo("3.3");
        assertThat(GraphNumbers.format(g.dOrangeCount())).isEqualTo("165");
        assertThat(GraphNumbers.format(g.dTax())).isEqualTo("650");
    }

    @Test
    void everyEdgeCarriesTheLecturesForwardValueAndGradient() {
        ShoppingGraph g = ShoppingGraph.appleAndOrange(ShoppingGraph.Inputs.lecture());
        assertThat(g.edges()).extracting(ShoppingGraph.Edge::name).containsExactly("apple", "appleCount", "orange",
                "orangeCount", "appleTotal", "orangeTotal", "fruitTotal", "tax", "price");
        double[] forward = {100, 2, 150, 3, 200, 450, 650, 1.1, 715};
        double[] backward = {2.2, 110, 3.3, 165, 1.1, 1.1, 1.1, 650, 1};
        for (int i = 0; i < forward.length; i++) {
            assertThat(g.edges().get(i).forward()).as("forward " + i).isCloseTo(forward[i], within(TOLERANCE));
            assertThat(g.edges().get(i).backward()).as("backward " + i).isCloseTo(backward[i], within(TOLERANCE));
        }
        assertThat(g.stepCount()).isEqualTo(18);
    }

    @Test
    void theRawFloatingPointResultIsNotExactlyTheLecturesButPrintsAsIt() {
        ShoppingGraph g = ShoppingGraph.apple(ShoppingGraph.Inputs.lecture());
        assertThat(g.price()).isNotEqualTo(220.0); // 220.00000000000003: the rounding has real work to do
        ShoppingGraph both = ShoppingGraph.appleAndOrange(ShoppingGraph.Inputs.lecture());
        assertThat(both.dOrange()).isNotEqualTo(3.3); // 1.1 * 3 = 3.3000000000000003
        assertThat(GraphNumbers.format(both.dOrange())).isEqualTo("3.3");
        assertThat(both.price()).isNotEqualTo(715.0); // 650 * 1.1 = 715.0000000000001
        assertThat(GraphNumbers.format(both.price())).isEqualTo("715");
        assertThat(GraphNumbers.format(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(GraphNumbers.format(123.456)).isEqualTo("123.456");
    }

    @Test
    void layersFollowTheChainRule() {
        MulLayer mul = new MulLayer();
        assertThat(mul.forward(3, 4)).isEqualTo(12);
        assertThat(mul.backward(2)).containsExactly(8, 6);
        AddLayer add = new AddLayer();
        assertThat(add.forward(3, 4)).isEqualTo(7);
        assertThat(add.backward(2)).containsExactly(2, 2);
    }

    @Test
    void changedInputsChangeTheGradients() {
        ShoppingGraph g = ShoppingGraph.apple(new ShoppingGraph.Inputs(100, 5, 150, 3, 1.2));
        assertThat(g.price()).isCloseTo(600, within(TOLERANCE));
        assertThat(g.dApple()).isCloseTo(6, within(TOLERANCE));
        assertThat(g.dAppleCount()).isCloseTo(120, within(TOLERANCE));
        assertThat(g.dTax()).isCloseTo(500, within(TOLERANCE));
    }
}
