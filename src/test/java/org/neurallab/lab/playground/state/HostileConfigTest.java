package org.neurallab.lab.playground.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurallab.lab.playground.data.DataPoint;

/**
 * Playground files that are valid JSON but hostile: deep nesting, endless numbers and strings, nulls
 * where objects belong, points far outside the plane. Each is one ConfigException with a short message.
 */
class HostileConfigTest {

    private static String valid() {
        PlaygroundConfig c = new PlaygroundConfig();
        c.setPoints(List.of(new DataPoint(1, 2, 1)), List.of(new DataPoint(-1, 2, 0)));
        return ConfigJson.toJson(c);
    }

    private static void assertRefused(String json, String... fragments) {
        assertThatThrownBy(() -> ConfigJson.fromJson(json))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(fragments).hasSizeLessThan(400)
                        .doesNotContain("StreamReadConstraints").doesNotContain("org.neurallab"));
    }

    @Test
    void nestingDeeperThanAnyConfigIsRefused() {
        String deep = "{\"formatVersion\":1,\"x\":" + "[".repeat(1500) + "]".repeat(1500) + "}";
        assertRefused(deep, "nested more than");
    }

    @Test
    void aNumberOf5000DigitsIsRefused() {
        assertRefused(valid().replace("\"noise\" : 0", "\"noise\" : " + "9".repeat(5000)), "number longer than");
    }

    @Test
    void a25MillionCharacterStringIsRefusedWithoutEchoingIt() {
        String huge = "a".repeat(25_000_000);
        assertRefused(valid().replace("\"palette\" : \"standard\"", "\"palette\" : \"" + huge + "\""), "longer than");
        String medium = "b".repeat(500_000);
        assertRefused(valid().replace("\"palette\" : \"standard\"", "\"palette\" : \"" + medium + "\""), "palette");
    }

    @Test
    void nullEntriesAreInvalidNotACrash() {
        String json = valid();
        assertThat(json).contains("\"trainPoints\" : [ {");
        assertRefused(json.replaceFirst("\"trainPoints\" : \\[ \\{[^}]*\\}", "\"trainPoints\" : [ null"), "trainPoints");
        assertRefused(json.replaceFirst("\"layers\" : \\[ \\{[^}]*\\}", "\"layers\" : [ null"), "layers");
        assertRefused(json.replaceFirst("\"features\" : \\[ \"x1\"", "\"features\" : [ null"), "features");
        assertThat(json).contains("\"weights\" : null");
        assertRefused(json.replace("\"weights\" : null", "\"weights\" : [ null ]"), "weights");
    }

    @Test
    void pointsFarOutsideThePlaneAreRefused() {
        String json = valid().replaceFirst("\"x1\" : 1\\.0", "\"x1\" : 1e300");
        assertThat(json).contains("1e300");
        assertRefused(json, "trainPoints", "x1", "between -6 and 6");
    }

    @Test
    void filesMustBeRegularUtf8AndOfSaneSize(@TempDir Path dir) throws Exception {
        Path latin = Files.write(dir.resolve("latin.json"), valid().replace("standard", "standard")
                .replace("\"lesson\"", "\"caf\u00e9\" : 1, \"lesson\"").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ConfigJson.load(latin)).isInstanceOf(ConfigException.class).hasMessageContaining("UTF-8");
        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        assertThatThrownBy(() -> ConfigJson.load(folder)).hasMessageContaining("folder");
    }
}
