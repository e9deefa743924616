package org.neurallab.lab.digits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurallab.lab.digits.teach.ClassSet;
import org.neurallab.lab.digits.teach.ClassSetFile;
import org.neurallab.lab.digits.teach.ClassSetFileException;
import org.neurallab.lab.digits.teach.TeachClass;

class ClassSetFileTest {

    private static float[] sample(int seed) {
        float[] p = new float[784];
        for (int i = 0; i < p.length; i++) {
            p[i] = ((i * 31 + seed * 7) % 256) / 255f;
        }
        return p;
    }

    @Test
    void savesAndLoadsNamesAndSamples(@TempDir Path dir) throws Exception {
        ClassSet set = new ClassSet(List.of(new TeachClass("고양이", List.of(sample(1), sample(2))),
                new TeachClass("dog", List.of(sample(3)))));
        Path file = dir.resolve("set.json");
        ClassSetFile.save(file, set);
        ClassSet back = ClassSetFile.load(file);
        assertThat(back.names()).containsExactly("고양이", "dog");
        assertThat(back.classes().get(0).samples()).hasSize(2);
        assertThat(back.classes().get(1).samples().get(0)).containsExactly(sample(3));
    }

    @Test
    void aCorruptFileGivesAClearMessageAndLeavesNothingHalfLoaded(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"format\": \"neural-lab-class-set\", \"version\": 1, \"classes\": [", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ClassSetFile.load(file)).isInstanceOf(ClassSetFileException.class)
                .hasMessageContaining("bad.json").hasMessageContaining("JSON");
        Files.writeString(file, "{\"format\": \"neural-lab-class-set\", \"version\": 1, \"classes\": "
                + "[{\"name\": \"a\", \"samples\": [\"AAAA\"]}]}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ClassSetFile.load(file)).isInstanceOf(ClassSetFileException.class)
                .hasMessageContaining("784");
        Files.writeString(file, "[1, 2, 3]", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ClassSetFile.load(file)).isInstanceOf(ClassSetFileException.class)
                .hasMessageContaining("not a Neural Lab class set");
    }

    @Test
    void anOversizedFileOrAFolderIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(64L << 20); // 64 MB, above the 22 MB cap; sparse: costs no disk, and must not be read
        }
        assertThatThrownBy(() -> ClassSetFile.load(big)).isInstanceOf(ClassSetFileException.class)
                .hasMessageContaining("big.json").hasMessageContaining("67108864 bytes").hasMessageContaining("at most");
        Path folder = Files.createDirectory(dir.resolve("set.json"));
        assertThatThrownBy(() -> ClassSetFile.load(folder)).isInstanceOf(ClassSetFileException.class)
                .hasMessageContaining("is a folder");
        assertThatThrownBy(() -> ClassSetFile.load(dir.resolve("missing.json")))
                .isInstanceOf(ClassSetFileException.class).hasMessageContaining("does not exist");
    }

    @Test
    void aFailedSaveKeepsTheOldFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("set.json");
        ClassSet set = new ClassSet(List.of(new TeachClass("a", List.of(sample(1)))));
        ClassSetFile.save(file, set);
        byte[] before = Files.readAllBytes(file);
        Files.createDirectories(dir.resolve("blocked"));
        assertThatThrownBy(() -> ClassSetFile.save(dir.resolve("blocked"), set)).isInstanceOf(java.io.IOException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void reportsClassesWithoutSamples() {
        ClassSet set = new ClassSet(List.of(new TeachClass("a", List.of(sample(1), sample(2), sample(3),
                sample(4), sample(5))), new TeachClass("b", List.of())));
        assertThat(set.problems()).extracting(ClassSet.Problem::kind).containsExactly(ClassSet.Problem.Kind.NO_SAMPLES);
        assertThat(set.problems().get(0).classIndex()).isEqualTo(1);
    }
}
