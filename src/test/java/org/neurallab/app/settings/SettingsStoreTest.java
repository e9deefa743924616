package org.neurallab.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path folder;

    @Test
    void savedSettingsComeBackOnTheNextLoad() {
        SettingsStore store = new SettingsStore(folder.resolve("nested"));
        AppSettings settings = new AppSettings();
        settings.setLanguage("ko");
        settings.setDarkTheme(true);
        settings.setLastLab("convolution");
        settings.setWindowX(12);
        settings.setWindowY(34);
        settings.setWindowWidth(1000);
        settings.setWindowHeight(700);
        settings.setUiScale(1.5);
        store.save(settings);

        AppSettings loaded = new SettingsStore(folder.resolve("nested")).load();
        assertThat(loaded.getLanguage()).isEqualTo("ko");
        assertThat(loaded.isDarkTheme()).isTrue();
        assertThat(loaded.getLastLab()).isEqualTo("convolution");
        assertThat(loaded.getWindowX()).isEqualTo(12);
        assertThat(loaded.getWindowY()).isEqualTo(34);
        assertThat(loaded.getWindowWidth()).isEqualTo(1000);
        assertThat(loaded.getWindowHeight()).isEqualTo(700);
        assertThat(loaded.getUiScale()).isEqualTo(1.5);
    }

    @Test
    void unsetWindowPositionSurvivesTheRoundTrip() {
        SettingsStore store = new SettingsStore(folder);
        store.save(new AppSettings());
        assertThat(store.load().getWindowX()).isNaN();
    }

    @Test
    void noTemporaryFilesAreLeftBehind() throws Exception {
        SettingsStore store = new SettingsStore(folder);
        store.save(new AppSettings());
        store.save(new AppSettings());
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(SettingsStore.FILE_NAME);
        }
    }

    @Test
    void corruptFileGivesDefaults() throws Exception {
        SettingsStore store = new SettingsStore(folder);
        Files.writeString(store.file(), "{ \"language\": \"ko\", \"darkTheme\": tru");
        AppSettings loaded = store.load();
        assertThat(loaded.getLanguage()).isEqualTo("en");
        assertThat(loaded.isDarkTheme()).isFalse();
        assertThat(loaded.getLastLab()).isEqualTo("playground");
    }

    @Test
    void wrongTypesGiveDefaults() throws Exception {
        SettingsStore store = new SettingsStore(folder);
        Files.writeString(store.file(), "[1, 2, 3]");
        assertThat(store.load().getUiScale()).isEqualTo(1.0);
    }

    @Test
    void outOfRangeScaleIsClampedAndUnknownLanguageBecomesEnglish() throws Exception {
        SettingsStore store = new SettingsStore(folder);
        Files.writeString(store.file(), "{\"uiScale\": 9.0, \"language\": \"fr\", \"futureField\": 1}");
        AppSettings loaded = store.load();
        assertThat(loaded.getUiScale()).isEqualTo(2.0);
        assertThat(loaded.getLanguage()).isEqualTo("en");
    }

    @Test
    void missingFolderIsRejectedWithAClearMessage() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SettingsStore(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("settings folder");
    }
}
