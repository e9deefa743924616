package org.neurallab.lab.curriculum.forward;

import java.util.Locale;

/**
 * How one neuron's number is made: the previous layer's outputs times the weights into the neuron, plus
 * its bias, gives a; the activation gives z (sigmoid in the hidden layers, the identity at the output).
 * Written out the way a student would check it by hand.
 */
public record WeightedSum(int layer, int neuron, double[] inputs, double[] weights, double bias, double value,
                          double activated, boolean sigmoid) {

    /**
     * @param layer  0, 1 or 2: the Dense layer (column 1, 2 or 3 of the diagram)
     * @param neuron the neuron in that layer
     */
    public static WeightedSum of(ForwardNetwork network, ForwardNetwork.Pass pass, int layer, int neuron) {
        double[] in = layer == 0 ? pass.x() : layer == 1 ? pass.z1() : pass.z2();
        double[] w = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            w[i] = network.weight(layer, i, neuron);
        }
        double a = layer == 0 ? pass.a1()[neuron] : layer == 1 ? pass.a2()[neuron] : pass.a3()[neuron];
        double z = layer == 0 ? pass.z1()[neuron] : layer == 1 ? pass.z2()[neuron] : pass.y()[neuron];
        return new WeightedSum(layer, neuron, in, w, network.bias(layer, neuron), a, z, layer < 2);
    }

    /** "1 × 0.1 + 0.5 × 0.2 + 0.1 = 0.3" with inputs and result to four decimals. */
    public String sumFormula() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < inputs.length; i++) {
            b.append(number(inputs[i])).append(" \u00d7 ").append(number(weights[i])).append(" + ");
        }
        return b.append(number(bias)).append(" = ").append(number(value)).toString();
    }

    /** "sigmoid(0.3) = 1 / (1 + e^-0.3) = 0.5744", or "y = a = 0.3168" at the output. */
    public String activationFormula() {
        if (!sigmoid) {
            return number(activated);
        }
        return "1 / (1 + e^(" + number(-value) + ")) = " + number(activated);
    }

    /** Four decimals without trailing zeros: 1, 0.5, 0.3, 0.5744. */
    public static String number(double v) {
        String s = String.format(Locale.ROOT, "%.4f", Math.abs(v) < 5e-5 ? 0.0 : v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
