package org.neurallab.lab.curriculum.regression;

/**
 * The height/weight line found by gradient descent instead of the closed form. Heights all sit near 160,
 * so the loss surface over (w, b) is a long thin valley and plain descent would need millions of tiny
 * steps. Standardising the heights first, z = (x - mean) / spread, makes the valley round; one neuron
 * (Dense(1), SGD, MSE on the shared engine) then converges in a few hundred steps, and the line is turned
 * back into the original units: slope = w / spread, intercept = b - w * mean / spread.
 */
public final class CentredGradientDescent {
    public static final double LEARNING_RATE = 0.1;
    public static final int LECTURE_STEPS = 300;

    /** The result after some steps, already in centimetres and kilograms. */
    public record Result(int steps, double slope, double intercept, double rSquared, double loss) {
        public double predict(double x) {
            return slope * x + intercept;
        }
    }

    private CentredGradientDescent() {
    }

    public static Result run(RegressionData data, int steps, double learningRate, long seed) {
        int n = data.size();
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += data.x(i);
        }
        mean /= n;
        double spread = 0;
        for (int i = 0; i < n; i++) {
            spread += (data.x(i) - mean) * (data.x(i) - mean);
        }
        spread = Math.sqrt(spread / n);
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = (data.x(i) - mean) / spread;
        }
        SingleNeuron neuron = new SingleNeuron(z, data.y(), learningRate, seed);
        for (int s = 0; s < steps; s++) {
            neuron.trainEpoch();
        }
        double slope = neuron.weight() / spread;
        double intercept = neuron.bias() - neuron.weight() * mean / spread;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanY += data.y(i);
        }
        meanY /= n;
        return new Result(steps, slope, intercept, LeastSquares.rSquared(data, slope, intercept, meanY),
                data.meanSquaredError(slope, intercept));
    }
}
