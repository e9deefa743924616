package org.neurallab.train;

import org.slf4j.Logger;

/** Runs a run's training on its worker and turns how it ended into the final state and event. */
final class RunOutcome {
    /** The training itself: true when it trained everything, false when stopped. */
    @FunctionalInterface
    interface Training {
        boolean train() throws Exception;
    }

    private RunOutcome() {
    }

    static void execute(RunHandle handle, Logger log, String name, Training training) {
        if (!handle.begin()) {
            handle.finish(RunState.STOPPED, new TrainingEvent.Stopped(StopReason.USER));
            return;
        }
        try {
            boolean finished = training.train();
            handle.finish(finished ? RunState.FINISHED : RunState.STOPPED,
                    new TrainingEvent.Stopped(finished ? StopReason.FINISHED : StopReason.USER));
        } catch (InterruptedException e) {
            handle.finish(RunState.STOPPED, new TrainingEvent.Stopped(StopReason.USER));
            Thread.currentThread().interrupt();
        } catch (LossDivergedException e) {
            log.info(e.getMessage());
            handle.finish(RunState.FAILED, new TrainingEvent.Failed(e.getMessage(), e));
        } catch (Throwable e) { // the worker must survive anything a run does
            log.warn("{} failed", name, e);
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            handle.finish(RunState.FAILED, new TrainingEvent.Failed("Training failed: " + detail, e));
        }
    }
}
