package org.neurallab.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A timed piece of one lab's own work (a Playground frame, a Digits reading) that the command line's
 * {@code bench} runs without depending on the lab: the composition root ({@code org.neurallab.root})
 * supplies the workloads through a {@link Provider}, and the CLI finds them with {@link LabWorkloads}.
 * No JavaFX: a workload runs on the calling thread.
 *
 * @param name the workload's name on the {@code bench} command line, e.g. {@code frame}
 * @param task runs the workload once with the command's {@code --samples} (which most workloads ignore) and
 *             returns its fields in order (timings in milliseconds)
 */
public record LabWorkload(String name, Task task) {
    /** One run of a workload. */
    @FunctionalInterface
    public interface Task {
        Map<String, Object> run(int samples) throws Exception;
    }

    /** A workload that takes no size. */
    public static LabWorkload fixed(String name, Callable<Map<String, Object>> task) {
        return new LabWorkload(name, samples -> task.call());
    }

    public Map<String, Object> run(int samples) throws Exception {
        return task.run(samples);
    }

    /** The lab workloads of one build of the app; registered in {@code META-INF/services}. */
    public interface Provider {
        List<LabWorkload> workloads();

        /**
         * Distortions that need a lab's own code, for the robustness benchmark (the Digits pad redrawing a
         * test digit as strokes of each pen width); none by default.
         */
        default List<org.neurallab.data.Distortion> distortions() {
            return List.of();
        }
    }
}
