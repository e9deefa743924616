package org.neurallab.train.inside;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neurallab.data.DatasetKind;
import org.neurallab.data.ImageDataset;
import org.neurallab.data.ImageLayout;
import org.neurallab.data.MnistLoader;
import org.neurallab.data.Split;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.train.ImageTrainingData;
import org.neurallab.train.RunConfig;
import org.neurallab.train.RunHandle;
import org.neurallab.train.TrainingEvent;
import org.neurallab.train.TrainingRun;
import org.neurallab.train.TrainingService;

/**
 * Looking inside real training runs on MNIST images through the training service, as the Training lab
 * does: the vanishing gradient of a deep sigmoid network, ReLUs killed by a huge learning rate, and the
 * last batch before a pause.
 */
class InsideSamplerTest {
    private static final int[] IMAGE = {1, 28, 28};
    private static TrainingService service;
    private static ImageTrainingData images;

    @BeforeAll
    static void setUp() {
        service = new TrainingService();
        ImageDataset train = MnistLoader.load(DatasetKind.MNIST, Split.TRAIN).subset(0, 1024);
        images = new ImageTrainingData(train, ImageLayout.NCHW);
    }

    @AfterAll
    static void tearDown() {
        service.close();
    }

    private static ModelSpec mlp(Activation hidden, int units, int layers) {
        List<LayerSpec> spec = new ArrayList<>();
        spec.add(new LayerSpec.Flatten());
        for (int i = 0; i < layers; i++) {
            spec.add(new LayerSpec.Dense(units, hidden));
        }
        spec.add(new LayerSpec.Dense(10, Activation.SOFTMAX));
        return new ModelSpec(IMAGE.clone(), spec, LossType.SOFTMAX_CROSS_ENTROPY);
    }

    /** Trains one epoch looking inside every batch; returns the snapshots, each checked against its BatchEnd. */
    private static List<InsideSnapshot> train(ModelSpec spec, OptimizerType optimizer, double rate) throws Exception {
        List<TrainingEvent> events = Collections.synchronizedList(new ArrayList<>());
        TrainingRun run = TrainingRun.of(Sequential.build(spec, 7), images, RunConfig.of(optimizer, rate, 1, 32, 7),
                events::add).withInside(new InsideWatch(0, 16, 1));
        RunHandle handle = service.start(run);
        assertThat(handle.awaitCompletion(Duration.ofMinutes(2))).isTrue();
        return snapshots(events);
    }

    private static List<InsideSnapshot> snapshots(List<TrainingEvent> events) {
        List<InsideSnapshot> found = new ArrayList<>();
        synchronized (events) {
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) instanceof TrainingEvent.Inside inside) {
                    // always right after the BatchEnd of the same batch
                    assertThat(events.get(i - 1)).isInstanceOfSatisfying(TrainingEvent.BatchEnd.class, b -> {
                        assertThat(b.epoch()).isEqualTo(inside.snapshot().epoch());
                        assertThat(b.batch()).isEqualTo(inside.snapshot().batch());
                    });
                    found.add(inside.snapshot());
                }
            }
        }
        return found;
    }

    @Test
    void deepSigmoidNetworkHasSmallerGradientsTowardTheInput() throws Exception {
        List<InsideSnapshot> snapshots = train(mlp(Activation.SIGMOID, 32, 6), OptimizerType.SGD, 0.1);
        assertThat(snapshots).hasSize(32); // 1,024 images in batches of 32, every batch sampled

        for (InsideSnapshot s : snapshots.subList(0, 5)) {
            List<LayerStats> layers = s.layers();
            assertThat(layers).hasSize(7).allSatisfy(l -> assertThat(l.hasWeights()).isTrue());
            // the sigmoid's slope is at most 1/4: each hidden layer further from the loss gets a smaller
            // gradient. (The first one has 784 inputs, 24 times the weights of the others, so its norm is
            // compared two layers up.)
            for (int i = 2; i < 6; i++) {
                assertThat(layers.get(i - 1).gradientNorm()).as("layer %d of batch %d", i, s.batch())
                        .isLessThan(layers.get(i).gradientNorm() / 2);
            }
            assertThat(layers.get(0).gradientNorm()).isLessThan(layers.get(2).gradientNorm());
            assertThat(layers.get(0).gradientNorm()).isLessThan(layers.get(5).gradientNorm() / 20);
            // sigmoid outputs lie in (0, 1); nothing counts as dead
            assertThat(layers.get(2).min()).isGreaterThan(0);
            assertThat(layers.get(2).max()).isLessThan(1);
            assertThat(layers.get(2).relu()).isFalse();
        }
    }

    @Test
    void hugeLearningRateKillsReluUnits() throws Exception {
        ModelSpec spec = mlp(Activation.RELU, 64, 2);
        List<InsideSnapshot> sane = train(spec, OptimizerType.SGD, 0.01);
        List<InsideSnapshot> huge = train(spec, OptimizerType.SGD, 3);

        // (the huge run is then ended by the divergence guard at the end of its epoch: chance accuracy)
        LayerStats start = huge.get(0).layers().get(0);
        assertThat(start.relu()).isTrue();
        assertThat(start.deadShare()).as("freshly made units fire for some image").isLessThan(0.1);
        LayerStats end = huge.get(huge.size() - 1).layers().get(1);
        assertThat(end.deadShare()).as("after steps far too large").isGreaterThan(0.5);
        assertThat(sane.get(sane.size() - 1).layers().get(1).deadShare()).isLessThan(0.15);
        // the huge steps moved the weights by far more than the usual thousandth of their size
        assertThat(huge.get(0).layers().get(0).updateRatio()).isGreaterThan(0.05);
        assertThat(sane.get(0).layers().get(0).updateRatio()).isBetween(1e-5, 0.05);
    }

    @Test
    void statisticsAreThoseOfTheBatchAndPicturesThoseOfTheWeights() throws Exception {
        ModelSpec spec = mlp(Activation.RELU, 16, 1);
        ImageTrainingData oneBatch = new ImageTrainingData(MnistLoader.load(DatasetKind.MNIST, Split.TRAIN)
                .subset(0, 32), ImageLayout.NCHW);
        Sequential model = Sequential.build(spec, 3);
        // what the untrained model's hidden layer puts out for the batch (no dropout: as in training)
        float[] hidden = Sequential.build(spec, 3).layerOutputs(oneBatch.batch(range(32)).x()).get(1)
                .data().asFloat();
        List<TrainingEvent> events = Collections.synchronizedList(new ArrayList<>());
        RunHandle handle = service.start(TrainingRun.of(model, oneBatch,
                RunConfig.of(OptimizerType.SGD, 0.1, 1, 32, 3).withShuffle(false), events::add)
                .withInside(InsideWatch.DEFAULT));
        assertThat(handle.awaitCompletion(Duration.ofMinutes(1))).isTrue();
        InsideSnapshot s = snapshots(events).get(0);

        LayerStats layer = s.layers().get(0);
        assertThat(layer.index()).isEqualTo(1); // after the Flatten
        assertThat(layer.units()).isEqualTo(16);
        double sum = 0;
        double squares = 0;
        float max = 0;
        for (float v : hidden) {
            sum += v;
            squares += v * v;
            max = Math.max(max, v);
        }
        double mean = sum / hidden.length;
        assertThat(layer.mean()).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(layer.spread()).isCloseTo(Math.sqrt(squares / hidden.length - mean * mean),
                org.assertj.core.data.Offset.offset(1e-5));
        assertThat(layer.min()).isEqualTo(0.0);
        assertThat(layer.max()).isEqualTo(max);
        assertThat(java.util.Arrays.stream(layer.histogram()).sum()).isEqualTo(32 * 16);
        int dead = 0;
        for (int u = 0; u < 16; u++) {
            boolean fired = false;
            for (int e = 0; e < 32; e++) {
                fired |= hidden[e * 16 + u] > 0;
            }
            dead += fired ? 0 : 1;
        }
        assertThat(layer.deadShare()).isEqualTo(dead / 16.0);
        assertThat(s.layers().get(1).relu()).isFalse(); // the softmax output has no dead units

        // the pictures are the first layer's weights after this (only) step: unit u's weights over 28 x 28
        FilterImages pictures = s.filters();
        assertThat(pictures.count()).isEqualTo(16);
        assertThat(pictures.width()).isEqualTo(28);
        float[] weights = model.layers().get(1).params().get(0).value().data().asFloat(); // [784, 16]
        for (int u : new int[] {0, 5, 15}) {
            float[] picture = pictures.image(u);
            for (int p : new int[] {0, 300, 783}) {
                assertThat(picture[p]).isEqualTo(weights[p * 16 + u]);
            }
        }
    }

    @Test
    void thePausedRunShowsItsLastBatch() throws Exception {
        List<TrainingEvent> events = Collections.synchronizedList(new ArrayList<>());
        // only the first batch would be sampled by time: an hour between samples
        // wide layers: a pause asked at a random moment mostly lands inside a step, after it decided whether to
        // look, while Adam updates a million weights
        TrainingRun run = TrainingRun.of(Sequential.build(mlp(Activation.RELU, 1024, 2), 5), images,
                RunConfig.of(OptimizerType.ADAM, 1e-3, 50, 32, 5), events::add).withInside(new InsideWatch(3_600_000, 4, 1));
        RunHandle handle = service.start(run);
        int beforePause;
        try {
            beforePause = pauseAndResume(handle, events);
        } finally {
            handle.stop();
        }
        assertThat(handle.awaitCompletion(Duration.ofMinutes(1))).isTrue();
        // running between the pauses, an hour never passed: only the first batch and the paused ones were sampled
        assertThat(snapshots(events).size()).isLessThanOrEqualTo(beforePause + 4 + 12);
    }

    /** @return how many batches were sampled before the first pause took effect (0, or 1 if batch 1 had begun) */
    private int pauseAndResume(RunHandle handle, List<TrainingEvent> events) throws Exception {
        handle.pause();
        waitUntil(() -> count(events, TrainingEvent.Paused.class) == 1);
        int beforePause = snapshots(events).size();
        assertThat(beforePause).isBetween(0, 1);
        for (int i = 0; i < 4; i++) {
            handle.step();
        }
        waitUntil(() -> snapshots(events).size() == beforePause + 4);
        // every batch trained while paused is sampled; the last one is what the lab shows
        assertThat(snapshots(events)).extracting(InsideSnapshot::batch)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, beforePause + 4).boxed().toList());

        // paused while running, whenever the pause comes: the last batch trained is the last one sampled
        for (int round = 0; round < 12; round++) {
            int pausedBefore = count(events, TrainingEvent.Paused.class);
            int batchesBefore = count(events, TrainingEvent.BatchEnd.class);
            handle.resume();
            waitUntil(() -> count(events, TrainingEvent.BatchEnd.class) > batchesBefore);
            Thread.sleep(3 * round);
            handle.pause();
            waitUntil(() -> count(events, TrainingEvent.Paused.class) > pausedBefore);
            synchronized (events) {
                TrainingEvent.BatchEnd last = null;
                TrainingEvent.Inside inside = null;
                for (TrainingEvent e : events) {
                    if (e instanceof TrainingEvent.BatchEnd b) {
                        last = b;
                    } else if (e instanceof TrainingEvent.Inside i) {
                        inside = i;
                    }
                }
                assertThat(inside.snapshot().epoch()).isEqualTo(last.epoch());
                assertThat(inside.snapshot().batch()).as("round %d", round).isEqualTo(last.batch());
            }
        }
        return beforePause;
    }

    private static int count(List<TrainingEvent> events, Class<?> type) {
        synchronized (events) {
            return (int) events.stream().filter(type::isInstance).count();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("in time").isTrue();
    }

    private static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }
}
