package org.neurallab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Starts Neural Lab the way a desktop launcher may: a fresh JVM with an empty environment (no
 * OMP_WAIT_POLICY, no thread variables), and checks that the native code still runs in its fast mode.
 */
class NativeSetupTest {

    @Test
    void aJvmStartedWithAnEmptyEnvironmentRunsTheNativeCodeInItsFastMode() throws Exception {
        JsonNode settings = settingsOfChild();
        assertThat(settings.get("omp_wait_policy").asText()).isEqualTo("PASSIVE");
        int threads = settings.get("threads").asInt();
        assertThat(threads).isBetween(1, Runtime.getRuntime().availableProcessors());
        assertThat(settings.get("omp_max_threads").asInt()).isEqualTo(threads);
        assertThat(settings.get("nd4j_max_threads").asInt()).isEqualTo(threads);
        assertThat(settings.get("openblas_threads").asInt()).isEqualTo(threads);
        assertThat(settings.get("javacpp_maxbytes_mb").asLong()).isEqualTo(NativeSetup.DEFAULT_MAX_BYTES >> 20);
        assertThat(settings.get("javacpp_maxphysicalbytes_mb").asLong())
                .isGreaterThan(settings.get("heap_max_mb").asLong() + settings.get("javacpp_maxbytes_mb").asLong());
        assertThat(settings.get("fast").asBoolean()).isTrue();
    }

    @Test
    void threadsOptionSizesEveryNativePool() throws Exception {
        JsonNode settings = settingsOfChild("--threads", "1");
        assertThat(settings.get("threads").asInt()).isEqualTo(1);
        assertThat(settings.get("omp_max_threads").asInt()).isEqualTo(1);
        assertThat(settings.get("nd4j_max_threads").asInt()).isEqualTo(1);
        assertThat(settings.get("openblas_threads").asInt()).isEqualTo(1);
    }

    @Test
    void theUsersOwnWaitPolicyWins() throws Exception {
        JsonNode settings = settingsOfChild(List.of("OMP_WAIT_POLICY=ACTIVE"));
        assertThat(settings.get("omp_wait_policy").asText()).isEqualTo("ACTIVE");
        assertThat(settings.get("fast").asBoolean()).isFalse();
    }

    @Test
    void sizesReadLikeJavaCpp() {
        assertThat(NativeSetup.parseBytes("1g")).isEqualTo(1L << 30);
        assertThat(NativeSetup.parseBytes("2560m")).isEqualTo(2560L << 20);
        assertThat(NativeSetup.parseBytes("12345")).isEqualTo(12345);
        assertThat(NativeSetup.parseBytes("lots")).isZero();
    }

    private static JsonNode settingsOfChild(String... benchArgs) throws Exception {
        return settingsOfChild(List.of(), benchArgs);
    }

    /** Runs {@code bench settings} in a child JVM whose environment holds only {@code env}. */
    private static JsonNode settingsOfChild(List<String> env, String... benchArgs) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.neurallab.root.Launcher", "bench", "settings"));
        command.addAll(List.of(benchArgs));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        for (String pair : env) {
            String[] kv = pair.split("=", 2);
            builder.environment().put(kv[0], kv[1]);
        }
        Process child = builder.start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(out).isZero();
        String line = out.lines().filter(l -> l.contains("\"workload\":\"settings\"")).findFirst()
                .orElseThrow(() -> new IOException("no settings line in: " + out));
        return new ObjectMapper().readTree(line);
    }
}
