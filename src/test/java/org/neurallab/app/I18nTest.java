package org.neurallab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import javafx.beans.binding.StringBinding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class I18nTest {
    private final I18n i18n = I18n.get();

    @AfterEach
    void backToEnglish() {
        i18n.setLocale(I18n.ENGLISH);
    }

    @Test
    void looksUpKeysInTheBundleNamedByThePrefix() {
        i18n.setLocale(I18n.ENGLISH);
        assertThat(i18n.text("app.nav.training")).isEqualTo("Training");
        i18n.setLocale(I18n.KOREAN);
        assertThat(i18n.text("app.nav.training")).isEqualTo("학습");
    }

    @Test
    void fillsInArgumentsWithMessageFormat() {
        assertThat(i18n.text("app.about.header", "1.2.3")).isEqualTo("Neural Lab 1.2.3");
        assertThat(i18n.text("app.scale.value", 150)).isEqualTo("150%");
    }

    @Test
    void missingKeysShowTheKeyBetweenExclamationMarks() {
        assertThat(i18n.text("app.no.such.key")).isEqualTo("!app.no.such.key!");
        assertThat(i18n.text("nosuchbundle.key")).isEqualTo("!nosuchbundle.key!");
        assertThat(i18n.text("nodot")).isEqualTo("!nodot!");
    }

    @Test
    void bindingFollowsTheLanguage() {
        StringBinding title = i18n.bind("app.nav.curriculum");
        assertThat(title.get()).isEqualTo("Curriculum");
        i18n.setLocale(I18n.KOREAN);
        assertThat(title.get()).isEqualTo("강의 예제");
    }

    @Test
    void otherLanguagesFallBackToEnglish() {
        i18n.setLocale(java.util.Locale.GERMAN);
        assertThat(i18n.locale()).isEqualTo(I18n.ENGLISH);
        i18n.setLocale(java.util.Locale.KOREA);
        assertThat(i18n.locale()).isEqualTo(I18n.KOREAN);
    }

    @Test
    void onChangeRunsWhileTheOwnerLivesAndLetsTheOwnerGo() throws InterruptedException {
        collectGarbage();
        int before = i18n.liveListenerCount();
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        javafx.scene.layout.Pane owner = new javafx.scene.layout.Pane();
        i18n.onChange(owner, runs::incrementAndGet);
        assertThat(i18n.liveListenerCount()).isEqualTo(before + 1);
        i18n.setLocale(I18n.KOREAN);
        i18n.setLocale(I18n.ENGLISH);
        assertThat(runs.get()).isEqualTo(2);

        java.lang.ref.WeakReference<javafx.scene.layout.Pane> gone = new java.lang.ref.WeakReference<>(owner);
        owner = null;
        collectGarbage();
        assertThat(gone.get()).isNull();
        assertThat(i18n.liveListenerCount()).isEqualTo(before);
        i18n.setLocale(I18n.KOREAN);
        assertThat(runs.get()).isEqualTo(2);
    }

    @Test
    void boundTextsDoNotKeepTheirHoldersAlive() throws InterruptedException {
        collectGarbage();
        int before = i18n.liveListenerCount();
        List<java.lang.ref.WeakReference<javafx.beans.property.StringProperty>> texts = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            javafx.beans.property.StringProperty text = new javafx.beans.property.SimpleStringProperty();
            text.bind(i18n.live(() -> i18n.text("app.nav.training")));
            texts.add(new java.lang.ref.WeakReference<>(text));
        }
        assertThat(i18n.liveListenerCount()).isGreaterThanOrEqualTo(before + 500);
        collectGarbage();
        assertThat(texts.stream().filter(t -> t.get() != null).count()).isZero();
        assertThat(i18n.liveListenerCount()).isEqualTo(before);
    }

    @Test
    void numbersFollowTheLanguageWithoutMinusZero() {
        assertThat(i18n.number(-0.0, 2)).isEqualTo("0");
        assertThat(i18n.number(1234.5678, 2)).isEqualTo("1,234.57");
        assertThat(i18n.fixed(0.5, 3)).isEqualTo("0.500");
        assertThat(i18n.textOrNull("app.no.such.key")).isNull();
        assertThat(i18n.converter((String s) -> "app.nav." + s).toString("training")).isEqualTo("Training");
    }

    private static void collectGarbage() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
        }
    }

    /** Every bundle: same keys in _en and _ko, no empty texts, and every key starts with its bundle's name. */
    @Test
    void everyBundleHasTheSameKeysInBothLanguages() throws Exception {
        List<Path> english = bundleFiles("_en.properties");
        assertThat(english).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Path en : english) {
            String base = en.getFileName().toString().replace("_en.properties", "");
            Path ko = en.resolveSibling(base + "_ko.properties");
            if (!Files.exists(ko)) {
                problems.add(base + ": no _ko file");
                continue;
            }
            Properties enText = read(en);
            Properties koText = read(ko);
            for (String key : enText.stringPropertyNames()) {
                if (!koText.containsKey(key)) {
                    problems.add(base + "_ko lacks " + key);
                }
                if (!key.startsWith(base + ".")) {
                    problems.add(base + "_en key " + key + " does not start with '" + base + ".'");
                }
            }
            for (String key : koText.stringPropertyNames()) {
                if (!enText.containsKey(key)) {
                    problems.add(base + "_en lacks " + key);
                }
                if (koText.getProperty(key).isBlank()) {
                    problems.add(base + "_ko has an empty " + key);
                }
            }
        }
        for (Path ko : bundleFiles("_ko.properties")) {
            String base = ko.getFileName().toString().replace("_ko.properties", "");
            if (!Files.exists(ko.resolveSibling(base + "_en.properties"))) {
                problems.add(base + ": no _en file");
            }
        }
        assertThat(problems).isEmpty();
    }

    private static List<Path> bundleFiles(String suffix) throws IOException, URISyntaxException {
        URL folder = I18nTest.class.getClassLoader().getResource(I18n.BUNDLE_FOLDER);
        assertThat(folder).as("bundle folder on the class path").isNotNull();
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
