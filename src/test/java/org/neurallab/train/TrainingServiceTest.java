package org.neurallab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.train.TinyRuns.Recorder;
import org.neurallab.train.TrainingEvent.BatchEnd;
import org.neurallab.train.TrainingEvent.EpochEnd;
import org.neurallab.train.TrainingEvent.Failed;
import org.neurallab.train.TrainingEvent.Started;
import org.neurallab.train.TrainingEvent.Stopped;

class TrainingServiceTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final TrainingService service = new TrainingService();

    @AfterEach
    void shutDown() {
        service.shutdown();
    }

    @Test
    void eventsComeInOrderWithValidationMetrics() throws Exception {
        Recorder events = new Recorder();
        RunConfig config = RunConfig.of(OptimizerType.ADAM, 0.01, 3, 16, 7).withValidationSplit(0.2);
        RunHandle handle = service.start(TinyRuns.classifier(1), TinyRuns.blobs(100, 2), config, events);

        assertThat(handle.awaitCompletion(WAIT)).isTrue();
        assertThat(handle.state()).isEqualTo(RunState.FINISHED);
        List<TrainingEvent> all = events.events();
        assertThat(all.get(0)).isEqualTo(new Started(3, 5, 80, 20));
        int i = 1;
        for (int epoch = 1; epoch <= 3; epoch++) {
            for (int batch = 1; batch <= 5; batch++, i++) {
                BatchEnd b = (BatchEnd) all.get(i);
                assertThat(b.epoch()).isEqualTo(epoch);
                assertThat(b.batch()).isEqualTo(batch);
                assertThat(b.batchesPerEpoch()).isEqualTo(5);
                assertThat(b.accuracy()).isBetween(0.0, 1.0);
            }
            EpochEnd e = (EpochEnd) all.get(i++);
            assertThat(e.epoch()).isEqualTo(epoch);
            assertThat(e.hasValidation()).isTrue();
            assertThat(e.valAccuracy()).isBetween(0.0, 1.0);
            assertThat(e.valLoss()).isPositive();
            assertThat(e.samplesPerSecond()).isPositive();
        }
        assertThat(all.get(i)).isEqualTo(new Stopped(StopReason.FINISHED));
        assertThat(all).hasSize(i + 1);
        assertThat(handle.history()).isEqualTo(events.of(EpochEnd.class));
        assertThat(handle.outcome()).contains(new Stopped(StopReason.FINISHED));
    }

    @Test
    void withoutValidationTheValidationMetricsAreNaN() throws Exception {
        RunHandle handle = service.start(TinyRuns.classifier(1), TinyRuns.blobs(40, 2),
                RunConfig.of(OptimizerType.SGD, 0.1, 1, 8, 7), TrainingListener.NONE);
        assertThat(handle.awaitCompletion(WAIT)).isTrue();
        assertThat(handle.history()).hasSize(1);
        assertThat(handle.history().get(0).valLoss()).isNaN();
        assertThat(handle.history().get(0).valAccuracy()).isNaN();
    }

    @Test
    void aBatchLargerThanTheDataIsOneFullBatch() throws Exception {
        Recorder events = new Recorder();
        RunHandle handle = service.start(TinyRuns.classifier(1), TinyRuns.blobs(30, 2),
                RunConfig.of(OptimizerType.SGD, 0.1, 2, 1000, 7), events);
        assertThat(handle.awaitCompletion(WAIT)).isTrue();
        assertThat(events.of(Started.class).get(0).batchesPerEpoch()).isEqualTo(1);
        assertThat(events.of(BatchEnd.class)).hasSize(2);
    }

    @Test
    void divergenceFailsWithAClearMessageAndTheNextRunWorks() throws Exception {
        Recorder events = new Recorder();
        // x up to 10 makes plain gradient descent with the largest allowed rate explode within a few batches.
        RunHandle handle = service.start(TinyRuns.linear(1), TinyRuns.line(64, 10, 3),
                RunConfig.of(OptimizerType.SGD, 100, 5, 8, 7), events);
        assertThat(handle.awaitCompletion(WAIT)).isTrue();
        assertThat(handle.state()).isEqualTo(RunState.FAILED);
        Failed failed = (Failed) events.events().get(events.events().size() - 1);
        assertThat(failed.message()).containsPattern("NaN|infinite").contains("learning rate 100.0")
                .contains("epoch 1, batch ");
        assertThat(failed.cause()).isInstanceOf(LossDivergedException.class);
        assertThat(events.of(BatchEnd.class)).allSatisfy(b -> assertThat(b.loss()).isFinite());

        RunHandle next = service.start(TinyRuns.linear(1), TinyRuns.line(64, 1, 3),
                RunConfig.of(OptimizerType.SGD, 0.05, 2, 8, 7), TrainingListener.NONE);
        assertThat(next.awaitCompletion(WAIT)).isTrue();
        assertThat(next.state()).isEqualTo(RunState.FINISHED);
    }

    @Test
    void anExceptionFromTheDataFailsTheRunAndTheWorkerSurvives() throws Exception {
        ArrayTrainingData good = TinyRuns.blobs(40, 2);
        AtomicInteger calls = new AtomicInteger();
        TrainingData broken = new TrainingData() {
            public int size() {
                return good.size();
            }

            public int classes() {
                return good.classes();
            }

            public BatchPair batch(int[] indices) {
                if (calls.incrementAndGet() == 3) {
                    throw new IllegalStateException("disk unplugged");
                }
                return good.batch(indices);
            }
        };
        Recorder events = new Recorder();
        RunHandle handle = service.start(TinyRuns.classifier(1), broken, RunConfig.of(OptimizerType.SGD, 0.1, 2, 8, 7),
                events);
        assertThat(handle.awaitCompletion(WAIT)).isTrue();
        assertThat(handle.state()).isEqualTo(RunState.FAILED);
        Failed failed = (Failed) handle.outcome().orElseThrow();
        assertThat(failed.message()).contains("disk unplugged");
        assertThat(failed.cause()).isInstanceOf(IllegalStateException.class);
        assertThat(events.of(BatchEnd.class)).hasSize(2);

        RunHandle next = service.start(TinyRuns.classifier(1), good, RunConfig.of(OptimizerType.SGD, 0.1, 1, 8, 7),
                TrainingListener.NONE);
        assertThat(next.awaitCompletion(WAIT)).isTrue();
        assertThat(next.state()).isEqualTo(RunState.FINISHED);
    }

    @Test
    void stepWhilePausedTrainsExactlyOneBatch() throws Exception {
        Recorder events = new Recorder();
        RunHandle handle = service.start(TinyRuns.classifier(1), TinyRuns.blobs(64, 2),
                RunConfig.of(OptimizerType.SGD, 0.1, 3, 8, 7), events);
        handle.pause();
        events.awaitCount(TrainingEvent.Paused.class, 1);
        int before = events.of(BatchEnd.class).size();
        assertThat(handle.state()).isEqualTo(RunState.PAUSED);

        handle.step();
        events.awaitCount(BatchEnd.class, before + 1);
        Thread.sleep(150); // a second batch would have come by now
        assertThat(events.of(BatchEnd.class)).hasSize(before + 1);
        assertThat(handle.state()).isEqualTo(RunState.PAUSED);

        handle.step();
        handle.step();
        events.awaitCount(BatchEnd.class, before + 3);
        Thread.sleep(150);
        assertThat(events.of(BatchEnd.class)).hasSize(before + 3);

        handle.stop(); // stop while paused
        assertThat(handle.awaitCompletion(WAIT)).isTrue();
        assertThat(handle.state()).isEqualTo(RunState.STOPPED);
        assertThat(handle.outcome()).contains(new Stopped(StopReason.USER));
        assertThat(events.of(BatchEnd.class)).hasSize(before + 3);
    }

    @Test
    void pauseAndResumeReportTheirEventsAndTheRunFinishes() throws Exception {
        Recorder events = new Recorder();
        RunHandle handle = service.start(TinyRuns.classifier(1), TinyRuns.blobs(64, 2),
                RunConfig.of(OptimizerType.SGD, 0.1, 2, 8, 7), events);
        handle.pause();
        events.awaitCount(TrainingEvent.Paused.class, 1);
        handle.resume();
        assertThat(handle.awaitCompletion(WAIT)).isTrue();
        assertThat(handle.state()).isEqualTo(RunState.FINISHED);
        assertThat(events.of(TrainingEvent.Resumed.class)).hasSize(1);
        assertThat(events.of(BatchEnd.class)).hasSize(16);
    }

    @Test
    void aRunStoppedBeforeItStartsNeverTrains() throws Exception {
        RunHandle blocker = service.start(TinyRuns.classifier(1), TinyRuns.blobs(64, 2),
                RunConfig.of(OptimizerType.SGD, 0.1, 1, 8, 7), TrainingListener.NONE);
        blocker.pause();
        Recorder events = new Recorder();
        RunHandle queued = service.start(TinyRuns.classifier(1), TinyRuns.blobs(64, 2),
                RunConfig.of(OptimizerType.SGD, 0.1, 1, 8, 7), events);
        assertThat(queued.state()).isEqualTo(RunState.NEW);
        queued.stop();
        blocker.stop();
        assertThat(queued.awaitCompletion(WAIT)).isTrue();
        assertThat(queued.state()).isEqualTo(RunState.STOPPED);
        assertThat(events.events()).containsExactly(new Stopped(StopReason.USER));
        queued.resume(); // after the end: nothing happens
        queued.step();
        assertThat(queued.state()).isEqualTo(RunState.STOPPED);
    }

    @Test
    void sameSeedGivesTheSameLosses() throws Exception {
        RunConfig config = RunConfig.of(OptimizerType.ADAM, 0.01, 3, 10, 42).withValidationSplit(0.1);
        List<Double> first = losses(TinyRuns.classifier(5), config);
        List<Double> second = losses(TinyRuns.classifier(5), config);
        assertThat(first).hasSize(3 * 9).isEqualTo(second);
        assertThat(losses(TinyRuns.classifier(5), config.withSeed(43))).isNotEqualTo(first);
    }

    private List<Double> losses(Sequential model, RunConfig config) throws Exception {
        Recorder events = new Recorder();
        RunHandle handle = service.start(model, TinyRuns.blobs(100, 9), config, events);
        assertThat(handle.awaitCompletion(WAIT)).isTrue();
        return events.of(BatchEnd.class).stream().map(BatchEnd::loss).toList();
    }

    @Test
    void aLinearModelLearnsTheLine() throws Exception {
        Sequential model = TinyRuns.linear(3);
        RunHandle handle = service.start(model, TinyRuns.line(128, 1, 4),
                RunConfig.of(OptimizerType.SGD, 0.1, 40, 16, 7), TrainingListener.NONE);
        assertThat(handle.awaitCompletion(WAIT)).isTrue();
        List<EpochEnd> history = handle.history();
        assertThat(history).hasSize(40);
        assertThat(history.get(39).loss()).isLessThan(history.get(0).loss() / 100);
        // The weight and bias are the line's slope and intercept.
        assertThat(model.params().get(0).value().getDouble(0)).isCloseTo(3.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(model.params().get(1).value().getDouble(0)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void aClassifierSeparatesTwoBlobs() throws Exception {
        Sequential model = TinyRuns.classifier(3);
        ArrayTrainingData data = TinyRuns.blobs(200, 11);
        Evaluation before = Evaluator.evaluate(model, data, 64);
        RunHandle handle = service.start(model, data, RunConfig.of(OptimizerType.ADAM, 0.02, 10, 20, 7),
                TrainingListener.NONE);
        assertThat(handle.awaitCompletion(WAIT)).isTrue();
        Evaluation after = service.evaluate(model, data, 64).get(10, TimeUnit.SECONDS);
        assertThat(after.loss()).isLessThan(before.loss() / 2);
        assertThat(after.accuracy()).isGreaterThan(0.9);
    }

    @Test
    void workerTasksRunWhileARunIsPaused() throws Exception {
        Recorder events = new Recorder();
        Sequential model = TinyRuns.classifier(1);
        RunHandle handle = service.start(model, TinyRuns.blobs(64, 2), RunConfig.of(OptimizerType.SGD, 0.1, 1, 8, 7),
                events);
        handle.pause();
        events.awaitCount(TrainingEvent.Paused.class, 1);
        boolean onWorker = service.runOnWorker(service::isWorkerThread).get(5, TimeUnit.SECONDS);
        assertThat(onWorker).isTrue();
        Evaluation eval = service.evaluate(model, TinyRuns.blobs(10, 3), 4).get(5, TimeUnit.SECONDS);
        assertThat(eval.examples()).isEqualTo(10);
        assertThat(handle.state()).isEqualTo(RunState.PAUSED);
        handle.stop();
        assertThat(handle.awaitCompletion(WAIT)).isTrue();
    }
}
