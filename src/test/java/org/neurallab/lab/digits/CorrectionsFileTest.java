package org.neurallab.lab.digits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurallab.lab.digits.fix.Correction;
import org.neurallab.lab.digits.fix.CorrectionsFile;

class CorrectionsFileTest {
    private static Correction correction(int label, int said, float ink) {
        float[] px = new float[784];
        for (int i = 100; i < 300; i += 3) {
            px[i] = ink;
        }
        return new Correction(px, label, said);
    }

    @Test
    void savedCorrectionsComeBackAfterARestart(@TempDir Path dir) throws Exception {
        Path file = CorrectionsFile.in(dir.resolve("settings"), "mnist");
        assertThat(CorrectionsFile.load(file)).as("no file yet").isEmpty();
        CorrectionsFile.save(file, "mnist", List.of(correction(4, 9, 1f), correction(7, 1, 0.5f)));
        List<Correction> back = CorrectionsFile.load(file);
        assertThat(back).hasSize(2);
        assertThat(back.get(0).label()).isEqualTo(4);
        assertThat(back.get(0).misreadAs()).isEqualTo(9);
        assertThat(back.get(1).pixels()[100]).isEqualTo(128 / 255f);
        assertThat(Files.list(file.getParent())).as("no temporary files left").containsExactly(file);
    }

    @Test
    void onlyTheNewestCorrectionsAreKept(@TempDir Path dir) throws Exception {
        List<Correction> many = new ArrayList<>();
        for (int i = 0; i < CorrectionsFile.MAX_CORRECTIONS + 5; i++) {
            many.add(correction(i % 10, (i + 1) % 10, 1f));
        }
        Path file = CorrectionsFile.in(dir, "fashion");
        CorrectionsFile.save(file, "fashion", many);
        List<Correction> back = CorrectionsFile.load(file);
        assertThat(back).hasSize(CorrectionsFile.MAX_CORRECTIONS);
        assertThat(back.get(0).label()).isEqualTo(5);
    }

    @Test
    void aDamagedFileIsRefusedWithOneClearMessage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\"format\":\"neural-lab-corrections\",\"version\":1,\"corrections\":"
                + "[{\"label\":3,\"misreadAs\":5,\"pixels\":\"AAAA\"}]}");
        assertThatThrownBy(() -> CorrectionsFile.load(file)).hasMessageContaining("correction 1")
                .hasMessageContaining("28x28");
        Files.writeString(file, "not json");
        assertThatThrownBy(() -> CorrectionsFile.load(file)).hasMessageContaining("not valid JSON");
        Files.createDirectory(dir.resolve("folder.json"));
        assertThatThrownBy(() -> CorrectionsFile.load(dir.resolve("folder.json"))).hasMessageContaining("not a regular file");
    }
}
