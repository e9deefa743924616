package org.neurallab.lab.playground.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.optim.Regularization;
import org.neurallab.lab.playground.data.DataPoint;
import org.neurallab.lab.playground.data.PointDataset;
import org.neurallab.lab.playground.data.Feature;

class ConfigJsonTest {

    private static PlaygroundConfig sample() {
        PlaygroundConfig c = new PlaygroundConfig();
        c.setDataset(PointDataset.XOR);
        c.setNoise(15);
        c.setTrainPercent(70);
        c.setDataSeed(42);
        c.setInitSeed(9);
        c.setFeatures(EnumSet.of(Feature.X1, Feature.X1_TIMES_X2));
        c.setLayers(List.of(new HiddenLayer(3, Activation.ELU)));
        c.setLearningRate(0.1);
        c.setRegularization(Regularization.Kind.L2);
        c.setRegularizationRate(0.001);
        c.setBatchSize(5);
        c.setOptimizer(OptimizerType.ADAM);
        c.setLoss(LossChoice.CROSS_ENTROPY);
        c.setDiscretize(true);
        c.setPalette(PaletteKind.COLOR_BLIND);
        c.setLesson(new Lesson("Reach it", 0.05, 4, Set.of(Control.FEATURES), Set.of(Control.LEARNING_RATE)));
        c.setPoints(List.of(new DataPoint(1, 2, 1)), List.of(new DataPoint(-1, 2, 0)));
        c.setWeights(List.of(new LayerParams(new double[6], new double[] {1, 2, 3}),
                new LayerParams(new double[] {0.5, -0.5, 2}, new double[] {0.25})));
        c.setEpoch(12);
        return c;
    }

    @Test
    void everySettingSurvivesTheRoundTrip(@TempDir Path dir) throws Exception {
        PlaygroundConfig c = sample();
        Path file = dir.resolve("lesson.playground.json");
        ConfigJson.save(file, c);
        PlaygroundConfig back = ConfigJson.load(file);
        assertThat(ConfigJson.toJson(back)).isEqualTo(ConfigJson.toJson(c));
        assertThat(back.getLesson().locks(Control.LEARNING_RATE)).isTrue();
        assertThat(back.getWeights().get(1).weights()).containsExactly(0.5, -0.5, 2);
        assertThat(Files.readString(file)).contains("\"formatVersion\" : 1").contains("\"elu\"");
    }

    @Test
    void corruptTextIsRefused() {
        assertThatThrownBy(() -> ConfigJson.fromJson("{ not json"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.reason()).isEqualTo(ConfigException.Reason.CORRUPT));
        assertThatThrownBy(() -> ConfigJson.fromJson("{\"dataset\":\"circle\"}")).hasMessageContaining("formatVersion");
    }

    @Test
    void newerFormatIsRefusedWithItsVersion() {
        String newer = ConfigJson.toJson(sample()).replace("\"formatVersion\" : 1", "\"formatVersion\" : 7");
        assertThatThrownBy(() -> ConfigJson.fromJson(newer))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.reason()).isEqualTo(ConfigException.Reason.NEWER_VERSION))
                .hasMessageContaining("7");
    }

    @Test
    void outOfRangeValuesAreRefusedByName() {
        String json = ConfigJson.toJson(sample());
        assertThatThrownBy(() -> ConfigJson.fromJson(json.replace("\"learningRate\" : 0.1", "\"learningRate\" : 50")))
                .hasMessageContaining("learning rate");
        assertThatThrownBy(() -> ConfigJson.fromJson(json.replace("\"neurons\" : 3", "\"neurons\" : 0")))
                .hasMessageContaining("neurons");
        assertThatThrownBy(() -> ConfigJson.fromJson(json.replace("\"biases\" : [ 0.25 ]", "\"biases\" : [ 0.25, 1 ]")))
                .hasMessageContaining("weights");
    }

    @Test
    void settersRefuseBadValuesAndKeepTheOldOne() {
        PlaygroundConfig c = new PlaygroundConfig();
        assertThatThrownBy(() -> c.setLearningRate(Double.NaN)).hasMessageContaining("learning rate");
        assertThat(c.getLearningRate()).isEqualTo(0.03);
        assertThatThrownBy(() -> new HiddenLayer(0, Activation.TANH)).hasMessageContaining("neurons");
        assertThatThrownBy(() -> c.setFeatures(Set.of())).hasMessageContaining("feature");
        assertThatThrownBy(() -> c.setBatchSize(31)).hasMessageContaining("batch size");
    }
}
