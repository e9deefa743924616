package org.neurallab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.model.Padding;

/** Every kind of layer spec survives JSON, including the ones whose layers are not built here. */
class ModelSpecJsonTest {

    static final ModelSpec CNN = new ModelSpec(new int[] {1, 28, 28}, List.of(
            new LayerSpec.Conv2D(8, 3, 1, Padding.SAME, Activation.RELU),
            new LayerSpec.MaxPool2D(2, 2),
            new LayerSpec.Conv2D(16, 5, 2, Padding.VALID, Activation.LEAKY_RELU),
            new LayerSpec.AvgPool2D(2, 1),
            new LayerSpec.Flatten(),
            new LayerSpec.Dropout(0.25),
            new LayerSpec.Dense(64, Activation.TANH),
            new LayerSpec.ActivationLayer(Activation.ELU),
            new LayerSpec.Dense(10, Activation.SOFTMAX)), LossType.SOFTMAX_CROSS_ENTROPY);

    @Test
    void convolutionalSpecRoundTrips() throws Exception {
        String json = ModelJson.MAPPER.writeValueAsString(CNN);
        ModelSpec back = ModelJson.MAPPER.readValue(json, ModelSpec.class);
        assertThat(back).isEqualTo(CNN);
        assertThat(back.inputShape()).containsExactly(1, 28, 28);
        assertThat(back.layers().get(2)).isEqualTo(new LayerSpec.Conv2D(16, 5, 2, Padding.VALID, Activation.LEAKY_RELU));
    }

    @Test
    void jsonIsReadableWithTypeNamesAndLowerCaseValues() throws Exception {
        JsonNode tree = ModelJson.MAPPER.readTree(ModelJson.MAPPER.writeValueAsString(CNN));
        assertThat(tree.get("inputShape").toString()).isEqualTo("[1,28,28]");
        assertThat(tree.get("loss").asText()).isEqualTo("softmax_cross_entropy");
        JsonNode conv = tree.get("layers").get(0);
        assertThat(conv.get("type").asText()).isEqualTo("Conv2D");
        assertThat(conv.get("padding").asText()).isEqualTo("same");
        assertThat(conv.get("activation").asText()).isEqualTo("relu");
        assertThat(conv.has("kind")).as("derived values are not stored").isFalse();
        assertThat(tree.get("layers").get(4).toString()).isEqualTo("{\"type\":\"Flatten\"}");
        assertThat(tree.get("layers").get(5).get("rate").asDouble()).isEqualTo(0.25);
    }

    @Test
    void readsUpperCaseEnumsAndRejectsUnknownTypes() throws Exception {
        ModelSpec spec = ModelJson.MAPPER.readValue("{\"inputShape\":[2],\"layers\":[{\"type\":\"Dense\","
                + "\"units\":3,\"activation\":\"RELU\"}],\"loss\":\"MSE\"}", ModelSpec.class);
        assertThat(spec.layers()).containsExactly(new LayerSpec.Dense(3, Activation.RELU));
        assertThatThrownBy(() -> ModelJson.MAPPER.readValue("{\"inputShape\":[2],\"layers\":[{\"type\":\"Conv3D\"}],"
                + "\"loss\":\"mse\"}", ModelSpec.class)).isInstanceOf(InvalidTypeIdException.class);
    }
}
