package org.neurallab.train;

/** The loss became NaN or infinite: the cause carried by a Failed event, with the facts a UI can translate. */
public final class LossDivergedException extends RuntimeException {
    private final int epoch;
    private final int batch;
    private final double learningRate;
    private final double loss;

    public LossDivergedException(int epoch, int batch, double learningRate, double loss) {
        super("The loss became " + (Double.isNaN(loss) ? "NaN" : "infinite") + " at epoch " + epoch + ", batch "
                + batch + ": the learning rate " + learningRate + " is probably too high. Training stopped.");
        this.epoch = epoch;
        this.batch = batch;
        this.learningRate = learningRate;
        this.loss = loss;
    }

    public int epoch() {
        return epoch;
    }

    public int batch() {
        return batch;
    }

    public double learningRate() {
        return learningRate;
    }

    /** NaN or an infinity. */
    public double loss() {
        return loss;
    }
}
