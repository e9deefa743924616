package org.neurallab.train;

/**
 * The run diverged (see {@link DivergenceGuard}): the loss became NaN or infinite, or stayed far above its
 * start. The cause carried by a Failed event, with the facts a UI can translate.
 */
public final class LossDivergedException extends RuntimeException {
    private final int epoch;
    private final int batch;
    private final double learningRate;
    private final double loss;

    public LossDivergedException(int epoch, int batch, double learningRate, double loss) {
        this("The loss became " + (Double.isNaN(loss) ? "NaN" : "infinite") + " at epoch " + epoch + ", batch "
                + batch + ": training diverged; the learning rate " + learningRate + " is probably too high."
                + " Training stopped.", epoch, batch, learningRate, loss);
    }

    /** Most recent batches have a loss far above the untrained model's. */
    static LossDivergedException farAboveStart(int epoch, int batch, double learningRate, double start, double recent) {
        return new LossDivergedException(String.format(java.util.Locale.ROOT, "Training diverged: the loss rose from"
                + " %.4g at the start to %.4g (median of the last batches) by epoch %d, batch %d; the learning rate %s"
                + " is probably too high. Training stopped; nothing was saved.", start, recent, epoch, batch,
                learningRate), epoch, batch, learningRate, recent);
    }

    /** After an epoch the model guesses at chance and its loss is above where it started. */
    static LossDivergedException atChance(int epoch, int batch, double learningRate, double start, double loss,
                                          double accuracy) {
        return new LossDivergedException(String.format(java.util.Locale.ROOT, "Training diverged: after epoch %d the"
                + " accuracy is %.3f, no better than chance, and the loss %.4g is above its start %.4g; the learning"
                + " rate %s is probably too high. Training stopped; nothing was saved.", epoch, accuracy, loss, start,
                learningRate), epoch, batch, learningRate, loss);
    }

    private LossDivergedException(String message, int epoch, int batch, double learningRate, double loss) {
        super(message);
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

    /** NaN, an infinity, or the finite loss that was far above the start. */
    public double loss() {
        return loss;
    }
}
