package org.neurallab.lab.training;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.neurallab.data.AugmentationSettings;
import org.neurallab.data.DatasetKind;
import org.neurallab.data.ImageDataset;
import org.neurallab.data.ImageLayout;
import org.neurallab.data.MnistLoader;
import org.neurallab.data.Split;
import org.neurallab.engine.Engine;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.lab.training.settings.HyperParameters;
import org.neurallab.lab.training.settings.ModelPreset;
import org.neurallab.train.ImageTrainingData;
import org.neurallab.train.RunConfig;
import org.neurallab.train.RunHandle;
import org.neurallab.train.SubsetData;
import org.neurallab.train.TrainingData;
import org.neurallab.train.TrainingEvent;
import org.neurallab.train.TrainingRun;
import org.neurallab.train.TrainingService;
import org.neurallab.train.inside.InsideWatch;

/**
 * {@code trainlab}: one epoch of the Training lab's default model (the lecture MLP with 128 units) with its
 * default settings (Adam 0.001, batch 32, a tenth of MNIST held back for validation, seed 42), set up as the
 * lab's run controller sets it up and trained by {@link TrainingService} on its worker, with every event
 * queued and drained 60 times a second as the lab's frame timer does. So the lab's own speed is a number
 * that can stand beside {@code bench mlp --hidden 128}. The CLI runs it as a lab workload (it lives in the lab
 * because it sets the run up from the lab's own defaults). Like the lab, the run looks inside its network for
 * the live panel ({@link InsideWatch#DEFAULT}); {@code bench trainlab --inside off} (system property
 * {@value #INSIDE_PROPERTY} = off) leaves that out, so the two speeds show what the panel costs.
 */
public final class TrainingLabBench {
    private static final long FRAME_MS = 16;
    /** "off" to train without the live panel's sampling. */
    public static final String INSIDE_PROPERTY = "neurallab.bench.inside";

    private TrainingLabBench() {
    }

    public static Map<String, Object> run(int samples) throws InterruptedException {
        Engine.warmUp();
        ImageDataset all = MnistLoader.load(DatasetKind.MNIST, Split.TRAIN).subset(0, samples);
        HyperParameters defaults = HyperParameters.defaults(all.count());
        HyperParameters p = new HyperParameters(defaults.optimizer(), defaults.learningRate(), defaults.batchSize(), 1,
                defaults.validationSplit(), defaults.seed(), defaults.subset());
        ModelSpec spec = ModelPreset.MLP_128.spec();
        ConcurrentLinkedQueue<TrainingEvent> events = new ConcurrentLinkedQueue<>();
        TrainingEvent.EpochEnd[] end = new TrainingEvent.EpochEnd[1];
        TrainingEvent.BatchEnd[] lastBatch = new TrainingEvent.BatchEnd[1];
        int[] drained = new int[2];
        long[] insideNanos = new long[1];
        boolean inside = !"off".equalsIgnoreCase(System.getProperty(INSIDE_PROPERTY, "on"));
        try (TrainingService service = new TrainingService()) {
            long start = System.nanoTime();
            RunHandle handle = service.runOnWorker(() -> {
                // as lab.training.run.RunController.start does it
                int[] order = all.shuffledIndices(p.seed());
                int[] validation = Arrays.copyOfRange(order, p.trainCount(), p.subset());
                int[] training = Arrays.copyOfRange(order, 0, p.trainCount());
                Sequential model = Sequential.build(spec, p.seed());
                ImageLayout layout = ImageTrainingData.layoutFor(spec.inputShape());
                TrainingData augmented = new ImageTrainingData(all, layout, () -> AugmentationSettings.NONE, p.seed());
                TrainingRun r = TrainingRun.of(model, new SubsetData(augmented, training),
                        new RunConfig(new OptimizerSpec(p.optimizer(), p.learningRate()), null, p.epochs(), p.batchSize(),
                                0, p.seed(), true), events::offer).withInside(inside ? InsideWatch.DEFAULT : null);
                if (validation.length > 0) {
                    r = r.withValidation(new SubsetData(new ImageTrainingData(all, layout), validation));
                }
                return service.start(r);
            }).join();
            while (!handle.awaitCompletion(Duration.ofMillis(FRAME_MS))) {
                drain(events, end, lastBatch, drained, insideNanos);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            drain(events, end, lastBatch, drained, insideNanos);
            if (end[0] == null) {
                throw new IllegalStateException("the run ended without finishing its epoch: " + handle.outcome());
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("model", "mlp128");
            row.put("samples", p.trainCount());
            row.put("validation", p.validationCount());
            row.put("batch", p.batchSize());
            row.put("seconds", round(seconds, 3));
            row.put("samples_per_s", Math.round(p.trainCount() / seconds));
            // the epoch's speed as the lab reports it at the end, validation included
            row.put("lab_samples_per_s", Math.round(end[0].samplesPerSecond()));
            row.put("lab_epoch_seconds", round(end[0].seconds(), 3));
            // the speed its progress line shows while training: the training steps alone, the same work that
            // bench mlp times (each batch gathered, forward, backward, update), so the two compare directly
            row.put("lab_train_samples_per_s", Math.round(lastBatch[0].samplesPerSecond()));
            row.put("val_accuracy", round(end[0].valAccuracy(), 4));
            row.put("events", drained[0]);
            row.put("inside", inside ? "on" : "off");
            row.put("inside_snapshots", drained[1]);
            // the sampling's own time on the worker, as a share of the epoch's training time
            row.put("inside_ms", round(insideNanos[0] / 1e6, 1));
            row.put("inside_share", round(insideNanos[0] / 1e9 / end[0].seconds(), 4));
            return row;
        }
    }

    private static void drain(ConcurrentLinkedQueue<TrainingEvent> events, TrainingEvent.EpochEnd[] end,
                              TrainingEvent.BatchEnd[] lastBatch, int[] count, long[] insideNanos) {
        TrainingEvent e;
        while ((e = events.poll()) != null) {
            count[0]++;
            if (e instanceof TrainingEvent.EpochEnd epoch) {
                end[0] = epoch;
            } else if (e instanceof TrainingEvent.BatchEnd batch) {
                lastBatch[0] = batch;
            } else if (e instanceof TrainingEvent.Inside inside) {
                count[1]++;
                insideNanos[0] += inside.snapshot().nanos();
            }
        }
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
