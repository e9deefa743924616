package org.neurallab.lab.digits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurallab.data.DatasetKind;

/** Korean and English bundles have the same keys, and every dataset class name has a text. */
class DigitsTextsTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = DigitsTextsTest.class.getResourceAsStream("/org/neurallab/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"digits", "data"})
    void bothLanguagesHaveTheSameKeys(String bundle) throws Exception {
        Properties en = load(bundle + "_en.properties");
        Properties ko = load(bundle + "_ko.properties");
        assertThat(ko.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(en.getProperty(key)).as(key).isNotBlank();
            assertThat(ko.getProperty(key)).as(key).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void everyClassNameIsTranslated(String language) throws Exception {
        Properties p = load("data_" + language + ".properties");
        for (DatasetKind kind : DatasetKind.values()) {
            for (int i = 0; i < kind.classCount(); i++) {
                assertThat(p.getProperty(kind.classKey(i))).as(kind.classKey(i)).isNotBlank();
            }
        }
        assertThat(p.getProperty(DatasetKind.FASHION.classKey(9)))
                .isEqualTo("en".equals(language) ? DatasetKind.FASHION.englishClassName(9) : "앵클부츠");
    }
}
