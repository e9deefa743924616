package org.neurallab.lab.curriculum.regression;

/**
 * How the loss surface of one data set is shown: the (w, b) window, where gradient descent starts, and a
 * learning rate and step count that converge. The windows are centred on the least-squares line.
 */
public record SurfaceSetup(RegressionData data, double wMin, double wMax, double bMin, double bMax,
        double startW, double startB, double learningRate, int steps) {

    public static SurfaceSetup of(RegressionData data) {
        if (data == RegressionData.HEIGHT_WEIGHT) {
            // heights near 160 make a long thin valley: a rate above ~4e-5 already diverges
            return new SurfaceSetup(data, -0.2, 1.8, -150, 30, 0.1, -10, 2e-5, 500);
        }
        if (data == RegressionData.LAB) {
            return new SurfaceSetup(data, -1.0, 2.0, -2.0, 4.0, -0.6, 3.4, 0.05, 200);
        }
        // lecture 000: Keras' default SGD rate, 500 epochs
        return new SurfaceSetup(data, -1.0, 6.0, -5.0, 7.0, -0.5, 6.0, SingleNeuron.KERAS_SGD_RATE, 500);
    }
}
