package org.neurallab.lab.playground.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PointsCsvTest {

    @Test
    void writtenPointsReadBackTheSame(@TempDir Path dir) throws Exception {
        List<DataPoint> points = List.of(new DataPoint(1.5, -2.25, 1), new DataPoint(-0.125, 3, 0));
        Path file = dir.resolve("points.csv");
        PointsCsv.write(file, points, ProblemType.CLASSIFICATION);
        assertThat(PointsCsv.read(file, ProblemType.CLASSIFICATION)).isEqualTo(points);
        assertThat(PointsCsv.format(points, ProblemType.CLASSIFICATION)).startsWith("x1,x2,label\n1.5,-2.25,1\n");
    }

    @Test
    void playgroundStyleMinusOneIsClassZero() {
        assertThat(PointsCsv.parse("1,2,-1\n", ProblemType.CLASSIFICATION)).containsExactly(new DataPoint(1, 2, 0));
    }

    @Test
    void badRowsNameTheirLine() {
        assertThatThrownBy(() -> PointsCsv.parse("x1,x2,label\n1,2,1\n1,abc,0\n", ProblemType.CLASSIFICATION))
                .isInstanceOf(PointsCsvException.class).hasMessageContaining("line 3").hasMessageContaining("x2")
                .satisfies(e -> assertThat(((PointsCsvException) e).line()).isEqualTo(3));
        assertThatThrownBy(() -> PointsCsv.parse("1,2\n", ProblemType.CLASSIFICATION)).hasMessageContaining("line 1");
        assertThatThrownBy(() -> PointsCsv.parse("1,2,0.5\n", ProblemType.CLASSIFICATION))
                .hasMessageContaining("line 1").hasMessageContaining("whole number");
        assertThatThrownBy(() -> PointsCsv.parse("1,2,3\n", ProblemType.REGRESSION)).hasMessageContaining("between -1 and 1");
        assertThatThrownBy(() -> PointsCsv.parse("9,2,1\n", ProblemType.CLASSIFICATION)).hasMessageContaining("-6 and 6");
        assertThatThrownBy(() -> PointsCsv.parse("x1,x2,label\n", ProblemType.CLASSIFICATION)).hasMessageContaining("no points");
    }
}
