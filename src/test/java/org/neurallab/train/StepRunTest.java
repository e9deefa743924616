package org.neurallab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neurallab.train.TinyRuns.Recorder;
import org.neurallab.train.TrainingEvent.Failed;
import org.neurallab.train.TrainingEvent.Paused;
import org.neurallab.train.TrainingEvent.Started;
import org.neurallab.train.TrainingEvent.StepEnd;
import org.neurallab.train.TrainingEvent.Stopped;

/** Runs the labs write themselves (StepRun): same handle, states and events as a standard run, on named workers. */
class StepRunTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final TrainingService service = new TrainingService();

    @AfterEach
    void shutDown() {
        service.shutdown();
    }

    @Test
    void stepsRunInOrderWithTheirLossThenTheRunFinishes() throws Exception {
        Recorder events = new Recorder();
        List<Integer> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        RunHandle handle = service.start(StepRun.of("count", 4, false, n -> {
            seen.add(n);
            return 1.0 / n;
        }, events));

        assertThat(handle.awaitCompletion(WAIT)).isTrue();
        assertThat(handle.state()).isEqualTo(RunState.FINISHED);
        assertThat(seen).containsExactly(1, 2, 3, 4);
        assertThat(events.events()).containsExactly(new Started(1, 4, 0, 0), new StepEnd(1, 4, 1.0),
                new StepEnd(2, 4, 0.5), new StepEnd(3, 4, 1.0 / 3), new StepEnd(4, 4, 0.25),
                new Stopped(StopReason.FINISHED));
    }

    @Test
    void pauseStepResumeAndStopActBetweenSteps() throws Exception {
        Recorder events = new Recorder();
        AtomicInteger trained = new AtomicInteger();
        RunHandle handle = service.worker("test-lab").start(StepRun.of("open-ended", 0, false, n -> {
            trained.incrementAndGet();
            return Double.NaN;
        }, events));
        handle.pause();
        events.awaitCount(Paused.class, 1);
        int before = trained.get();
        handle.step();
        events.awaitCount(StepEnd.class, before + 1);
        Thread.sleep(100);
        assertThat(trained.get()).isEqualTo(before + 1);
        assertThat(handle.state()).isEqualTo(RunState.PAUSED);

        handle.resume();
        events.awaitCount(StepEnd.class, before + 50);
        handle.stop();
        assertThat(handle.awaitCompletion(WAIT)).isTrue();
        assertThat(handle.state()).isEqualTo(RunState.STOPPED);
        assertThat(handle.outcome()).contains(new Stopped(StopReason.USER));
    }

    @Test
    void aPacedRunTrainsOneStepPerTickAndServesTasksMeanwhile() throws Exception {
        Recorder events = new Recorder();
        AtomicInteger trained = new AtomicInteger();
        TrainingWorker worker = service.worker("paced");
        RunHandle handle = worker.start(StepRun.of("frames", 0, true, n -> trained.incrementAndGet(), events));
        events.awaitCount(Started.class, 1);
        Thread.sleep(150);
        assertThat(trained.get()).isZero();
        // work for the same worker runs while the run waits for its frame
        assertThat(worker.runOnWorker(worker::isWorkerThread).get(5, TimeUnit.SECONDS)).isTrue();

        handle.tick();
        events.awaitCount(StepEnd.class, 1);
        handle.tick();
        events.awaitCount(StepEnd.class, 2);
        Thread.sleep(150);
        assertThat(trained.get()).isEqualTo(2);
        handle.stop();
        assertThat(handle.awaitCompletion(WAIT)).isTrue();
    }

    @Test
    void aBodyWithItsOwnLoopPausesAndStopsThroughCancelled() throws Exception {
        Recorder events = new Recorder();
        AtomicInteger trained = new AtomicInteger();
        CountDownLatch paused = new CountDownLatch(1);
        CountDownLatch firstStep = new CountDownLatch(1);
        CountDownLatch pauseAsked = new CountDownLatch(1);
        RunHandle handle = service.start(new StepRun("own loop", 100, false, steps -> {
            // like engine code that takes "cancelled?" and polls it before each of its steps
            java.util.function.BooleanSupplier cancelled = steps.cancelled();
            for (int i = 0; i < 100 && !cancelled.getAsBoolean(); i++) {
                trained.incrementAndGet();
                steps.stepDone(i);
                if (i == 0) { // the pause is asked while the loop runs, not after it has finished all 100 steps
                    firstStep.countDown();
                    pauseAsked.await(10, TimeUnit.SECONDS);
                }
            }
        }, event -> {
            events.onEvent(event);
            if (event instanceof Paused) {
                paused.countDown();
            }
        }));
        assertThat(firstStep.await(10, TimeUnit.SECONDS)).isTrue();
        handle.pause();
        pauseAsked.countDown();
        assertThat(paused.await(10, TimeUnit.SECONDS)).isTrue();
        int atPause = trained.get();
        Thread.sleep(100);
        assertThat(trained.get()).isEqualTo(atPause);
        handle.stop();
        assertThat(handle.awaitCompletion(WAIT)).isTrue();
        assertThat(handle.state()).isEqualTo(RunState.STOPPED);
        assertThat(trained.get()).isEqualTo(atPause).isLessThan(100);
    }

    @Test
    void aFailingStepFailsItsRunAndTheWorkerGoesOn() throws Exception {
        Recorder events = new Recorder();
        RunHandle bad = service.start(StepRun.of("bad", 3, false, n -> {
            throw new IllegalStateException("no data");
        }, events));
        assertThat(bad.awaitCompletion(WAIT)).isTrue();
        assertThat(bad.state()).isEqualTo(RunState.FAILED);
        assertThat(((Failed) bad.outcome().orElseThrow()).message()).contains("no data");

        RunHandle good = service.start(StepRun.of("good", 2, false, n -> 0, TrainingListener.NONE));
        assertThat(good.awaitCompletion(WAIT)).isTrue();
        assertThat(good.state()).isEqualTo(RunState.FINISHED);
    }

    @Test
    void computeGivesTheResultTheFailureOrACancellationAndCancellingStopsTheRun() throws Exception {
        TrainingWorker worker = service.worker("compute");
        assertThat(worker.compute("sum", 3, steps -> {
            int sum = 0;
            while (steps.done() < 3 && steps.next()) {
                sum += steps.done() + 1;
                steps.stepDone(Double.NaN);
            }
            return sum;
        }).get(10, TimeUnit.SECONDS)).isEqualTo(6);

        java.util.concurrent.CompletableFuture<Integer> failing = worker.compute("bad", 0, steps -> {
            throw new IllegalArgumentException("no samples");
        });
        assertThat(failing).failsWithin(Duration.ofSeconds(10)).withThrowableOfType(
                java.util.concurrent.ExecutionException.class).withCauseInstanceOf(IllegalArgumentException.class);

        AtomicInteger trained = new AtomicInteger();
        java.util.concurrent.CompletableFuture<Integer> endless = worker.compute("endless", 0, steps -> {
            java.util.function.BooleanSupplier cancelled = steps.cancelled();
            while (!cancelled.getAsBoolean()) {
                trained.incrementAndGet();
                steps.stepDone(Double.NaN);
            }
            return trained.get();
        });
        while (trained.get() < 10) {
            Thread.sleep(5);
        }
        endless.cancel(true);
        // the run has ended: the worker takes the next one
        assertThat(worker.compute("after", 1, steps -> "next").get(10, TimeUnit.SECONDS)).isEqualTo("next");
        int atEnd = trained.get();
        Thread.sleep(50);
        assertThat(trained.get()).isEqualTo(atEnd);
    }

    @Test
    void labsOnTheirOwnWorkersTrainSideBySide() throws Exception {
        RunHandle forever = service.worker("lab-a").start(StepRun.of("paused", 0, false, n -> 0,
                TrainingListener.NONE));
        forever.pause();
        RunHandle other = service.worker("lab-b").start(StepRun.of("other", 3, false, n -> 0,
                TrainingListener.NONE));
        assertThat(other.awaitCompletion(WAIT)).isTrue();
        assertThat(forever.state()).isIn(RunState.NEW, RunState.RUNNING, RunState.PAUSED);
        assertThat(service.worker("lab-a")).isSameAs(service.worker("lab-a"));
    }

    @Test
    void theServiceOwnsNamedDaemonThreadsThatLogFailuresAndAllEndOnShutdown() throws Exception {
        RunHandle open = service.worker("lab-a").start(StepRun.of("open", 0, false, n -> {
            Thread.sleep(1);
            return 0;
        }, TrainingListener.NONE));
        service.worker("lab-b").execute(() -> { });
        service.worker("lab-c").runOnWorker(() -> 1).get(5, TimeUnit.SECONDS);
        List<Thread> threads = service.liveThreads();
        assertThat(threads).extracting(Thread::getName).contains("lab-a", "lab-b", "lab-c");
        for (Thread t : threads) {
            assertThat(t.isDaemon()).isTrue();
            assertThat(t.getUncaughtExceptionHandler()).isNotSameAs(t.getThreadGroup());
        }

        service.shutdown();
        assertThat(open.state()).isEqualTo(RunState.STOPPED);
        assertThat(service.liveThreads()).isEmpty();
        assertThat(threads).noneMatch(Thread::isAlive);
        assertThat(service.isTerminated()).isTrue();
    }
}
