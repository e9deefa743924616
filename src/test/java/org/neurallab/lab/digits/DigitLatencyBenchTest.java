package org.neurallab.lab.digits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class DigitLatencyBenchTest {

    @Test
    void measuresStrokeToProbabilities() throws Exception {
        Map<String, Object> r = DigitLatencyBench.run(TestModels.mnist(), 200);
        LoggerFactory.getLogger(DigitLatencyBenchTest.class).info("Digit latency: {}", r);
        double p50 = (double) r.get("p50Ms");
        double p95 = (double) r.get("p95Ms");
        assertThat(p50).isPositive();
        assertThat(p95).isGreaterThanOrEqualTo(p50);
        assertThat((double) r.get("maxMs")).isGreaterThanOrEqualTo(p95);
        assertThat((int) r.get("iterations")).isEqualTo(200);
    }
}
