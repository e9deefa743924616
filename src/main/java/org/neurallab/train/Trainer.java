package org.neurallab.train;

import java.util.Random;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.StepResult;
import org.neurallab.engine.optim.Optimizer;
import org.neurallab.engine.optim.Regularization;
import org.neurallab.train.inside.InsideSampler;
import org.neurallab.train.inside.InsideSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Trains one run on the worker thread: the epoch and batch loops, metrics, divergence check. */
final class Trainer {
    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

    private final TrainingRun run;
    private final RunHandle handle;
    private final RunConfig config;
    private long activeNanos; // time spent training or validating, not paused

    Trainer(TrainingRun run, RunHandle handle) {
        this.run = run;
        this.handle = handle;
        this.config = run.config();
    }

    void run() {
        RunOutcome.execute(handle, LOG, "Training run", this::train);
    }

    /** @return true when every epoch was trained, false when stopped */
    private boolean train() throws InterruptedException {
        Sequential model = run.model();
        Regularization regularization = config.regularization();
        Optimizer optimizer = run.optimizer() != null ? run.optimizer() : config.optimizer().create();
        TrainingData[] parts = split();
        TrainingData train = parts[0];
        TrainingData validation = parts[1];
        int n = train.size();
        int batchSize = Math.min(config.batchSize(), n); // a batch larger than the data is one full batch
        int batches = (n + batchSize - 1) / batchSize;
        int epochs = config.epochs();
        handle.emit(new TrainingEvent.Started(epochs, batches, n, validation == null ? 0 : validation.size()));
        DivergenceGuard guard = new DivergenceGuard(train.classes(), batches, optimizer.learningRate());
        InsideSampler inside = run.inside() == null ? null : new InsideSampler(run.inside(), handle::pauseRequested);

        for (int epoch = 1; epoch <= epochs; epoch++) {
            int[] order = order(n, config.seed() + epoch);
            long epochNanos = 0;
            int samples = 0;
            double lossSum = 0;
            int correct = 0;
            boolean accuracyKnown = true;
            for (int b = 0; b < batches; b++) {
                if (!handle.awaitTurn(epoch, b + 1)) {
                    return false;
                }
                long t0 = System.nanoTime();
                int size = Math.min(batchSize, n - b * batchSize);
                int[] indices = new int[size];
                System.arraycopy(order, b * batchSize, indices, 0, size);
                BatchPair batch = train.batch(indices);

                StepResult step = model.trainStep(batch.x(), batch.y(), optimizer, regularization, inside);
                if (inside != null) {
                    // a pause that finds this batch unseen waits for the next one, which is sampled: paused,
                    // the run shows the batch it stopped after
                    handle.lastBatchSeen(inside.sampledLastStep());
                }
                double loss = step.loss();
                checkDivergence(epoch, b + 1, optimizer, loss);
                double accuracy = Double.NaN;
                if (train.classes() >= 2 && step.classified()) {
                    accuracy = step.correct() / (double) size;
                    correct += step.correct();
                } else {
                    accuracyKnown = false;
                }
                guard.check(epoch, b + 1, loss, accuracy);

                long took = System.nanoTime() - t0;
                epochNanos += took;
                activeNanos += took;
                samples += size;
                lossSum += loss * size;
                int done = (epoch - 1) * batches + b + 1;
                long remaining = (long) epochs * batches - done;
                handle.emit(new TrainingEvent.BatchEnd(epoch, b + 1, batches, loss, accuracy,
                        samples / seconds(epochNanos), activeNanos / 1_000_000,
                        activeNanos / done * remaining / 1_000_000));
                InsideSnapshot snapshot = inside == null ? null : inside.take(epoch, b + 1);
                if (snapshot != null) {
                    handle.emit(new TrainingEvent.Inside(snapshot));
                }
            }
            if (handle.stopRequested()) {
                return false;
            }
            double valLoss = Double.NaN;
            double valAccuracy = Double.NaN;
            if (validation != null) {
                long t0 = System.nanoTime();
                Evaluation eval = Evaluator.evaluate(model, validation, Math.max(batchSize, 256), regularization);
                valLoss = eval.loss();
                valAccuracy = eval.accuracy();
                epochNanos += System.nanoTime() - t0;
                activeNanos += System.nanoTime() - t0;
            }
            TrainingEvent.EpochEnd end = new TrainingEvent.EpochEnd(epoch, lossSum / samples,
                    accuracyKnown ? correct / (double) samples : Double.NaN, valLoss, valAccuracy,
                    seconds(epochNanos), samples / seconds(epochNanos));
            handle.addEpoch(end);
            handle.emit(end);
        }
        return true;
    }

    /** Ends the run when the loss is no longer a number (the step that found it changed no weight). */
    private static void checkDivergence(int epoch, int batch, Optimizer optimizer, double loss) {
        if (!Double.isFinite(loss)) {
            throw new LossDivergedException(epoch, batch, optimizer.learningRate(), loss);
        }
    }

    /** Training and validation parts: own validation data, or the last fraction of the seed-shuffled examples. */
    private TrainingData[] split() {
        TrainingData all = run.train();
        if (run.validation() != null) {
            return new TrainingData[] {all, run.validation()};
        }
        int n = all.size();
        if (config.validationSplit() == 0) {
            if (n < 1) {
                throw new IllegalArgumentException("training data must have at least one example");
            }
            return new TrainingData[] {all, null};
        }
        int validationSize = Math.max(1, (int) Math.round(n * config.validationSplit()));
        if (n - validationSize < 1) {
            throw new IllegalArgumentException("validation split " + config.validationSplit() + " leaves no "
                    + "training examples out of " + n + "; use more data or a validation split of 0");
        }
        int[] order = order(n, config.seed());
        int[] trainPart = new int[n - validationSize];
        int[] validationPart = new int[validationSize];
        System.arraycopy(order, 0, trainPart, 0, trainPart.length);
        System.arraycopy(order, trainPart.length, validationPart, 0, validationSize);
        return new TrainingData[] {new SubsetData(all, trainPart), new SubsetData(all, validationPart)};
    }

    /** 0..n-1, shuffled (Fisher-Yates) with this seed when the config says so. */
    private int[] order(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (config.shuffle()) {
            Random random = new Random(seed);
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        return order;
    }

    private static double seconds(long nanos) {
        return Math.max(nanos, 1) / 1e9;
    }
}
