package org.neurallab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.train.TinyRuns.Recorder;
import org.neurallab.train.TrainingEvent.Stopped;

/** Controls hammered from four threads never break a run, the worker or the event contract. */
class TrainingServiceStressTest {

    private record Tracked(RunHandle handle, Recorder events) {
    }

    @Test
    void randomControlsFromFourThreads() throws Exception {
        TrainingService service = new TrainingService();
        ArrayTrainingData data = TinyRuns.blobs(48, 1);
        List<Tracked> runs = new CopyOnWriteArrayList<>();
        RunConfig config = RunConfig.of(OptimizerType.SGD, 0.1, 2, 8, 3).withValidationSplit(0.25);
        runs.add(start(service, data, config));

        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            long seed = t;
            futures.add(callers.submit(() -> {
                Random random = new Random(seed);
                for (int i = 0; i < 250; i++) {
                    int op = random.nextInt(10);
                    if (op == 0 && runs.size() < 60) {
                        runs.add(start(service, data, config));
                        continue;
                    }
                    RunHandle h = random.nextBoolean() ? current(runs) : null; // the worker's run is the interesting one
                    if (h == null) {
                        h = runs.get(random.nextInt(runs.size())).handle();
                    }
                    switch (op) {
                        case 1, 2 -> h.pause();
                        case 3, 4, 5 -> h.resume();
                        case 6 -> h.stop();
                        case 7, 8 -> h.step();
                        default -> h.state();
                    }
                    if (random.nextInt(4) == 0) {
                        Thread.sleep(1);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        callers.shutdown();
        runs.forEach(r -> r.handle().resume()); // let paused runs finish

        for (Tracked run : runs) {
            assertThat(run.handle().awaitCompletion(Duration.ofSeconds(15))).isTrue();
            RunState state = run.handle().state();
            assertThat(state).isIn(RunState.STOPPED, RunState.FINISHED);
            List<TrainingEvent> events = run.events().events();
            TrainingEvent last = events.get(events.size() - 1);
            assertThat(last).isEqualTo(new Stopped(state == RunState.FINISHED ? StopReason.FINISHED : StopReason.USER));
            assertThat(events.stream().filter(TrainingEvent::isTerminal)).hasSize(1);
            assertThat(events.get(0)).isInstanceOfAny(TrainingEvent.Started.class, Stopped.class);
            run.handle().pause(); // controls after the end change nothing
            run.handle().step();
            assertThat(run.handle().state()).isEqualTo(state);
        }
        Thread.sleep(50);
        for (Tracked run : runs) {
            List<TrainingEvent> events = run.events().events();
            assertThat(events.get(events.size() - 1).isTerminal()).isTrue(); // nothing after the end
        }
        Tracked after = start(service, data, config); // the worker still trains normally
        assertThat(after.handle().awaitCompletion(Duration.ofSeconds(15))).isTrue();
        assertThat(after.handle().state()).isEqualTo(RunState.FINISHED);

        service.shutdown();
        assertThat(Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(TrainingService.THREAD_NAME) && t.isAlive())).isEmpty();
    }

    @Test
    void shutdownStopsRunningAndQueuedRuns() throws Exception {
        TrainingService service = new TrainingService();
        ArrayTrainingData data = TinyRuns.blobs(48, 1);
        RunConfig config = RunConfig.of(OptimizerType.SGD, 0.1, 1000, 8, 3);
        Tracked running = start(service, data, config);
        Tracked queued = start(service, data, config);
        running.handle().pause();
        running.events().awaitCount(TrainingEvent.Paused.class, 1);

        service.shutdown();
        assertThat(running.handle().state()).isEqualTo(RunState.STOPPED);
        assertThat(queued.handle().state()).isEqualTo(RunState.STOPPED);
        assertThat(queued.events().events()).as("running: %s", running.events().events())
                .containsExactly(new Stopped(StopReason.USER));
        assertThat(Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(TrainingService.THREAD_NAME) && t.isAlive())).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> start(service, data, config))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("shut down");
    }

    private static RunHandle current(List<Tracked> runs) {
        return runs.stream().map(Tracked::handle)
                .filter(h -> h.state() == RunState.RUNNING || h.state() == RunState.PAUSED).findFirst().orElse(null);
    }

    private static Tracked start(TrainingService service, ArrayTrainingData data, RunConfig config) {
        Recorder events = new Recorder();
        return new Tracked(service.start(TinyRuns.classifier(2), data, config, events), events);
    }
}
