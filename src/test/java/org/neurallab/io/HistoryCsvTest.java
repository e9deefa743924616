package org.neurallab.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCsvTest {
    @TempDir
    Path dir;

    @Test
    void writesOneLinePerEpochWithDotDecimalsInAnyLocale() throws IOException {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY); // a comma locale must not leak into the CSV
        try {
            Path file = dir.resolve("out/history.csv");
            HistoryCsv.write(file, List.of(
                    new EpochRecord(1, 0.5, 0.875, 0.25, 0.9, 12.5),
                    EpochRecord.withoutValidation(2, 1e-4, 1.0, 3)));
            assertThat(Files.readAllLines(file)).containsExactly(
                    "epoch,loss,accuracy,val_loss,val_accuracy,seconds",
                    "1,0.5,0.875,0.25,0.9,12.5",
                    "2,0.0001,1,,,3");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void numbersReadBackExactly() {
        double loss = 0.1 + 0.2;
        String line = HistoryCsv.format(List.of(new EpochRecord(3, loss, 1.0 / 3, Double.NaN, 2.5e-7, 0))).split("\n")[1];
        String[] cells = line.split(",", -1);
        assertThat(Double.parseDouble(cells[1])).isEqualTo(loss);
        assertThat(Double.parseDouble(cells[2])).isEqualTo(1.0 / 3);
        assertThat(cells[3]).isEmpty();
        assertThat(cells[4]).doesNotContain("E");
        assertThat(Double.parseDouble(cells[4])).isEqualTo(2.5e-7);
    }
}
