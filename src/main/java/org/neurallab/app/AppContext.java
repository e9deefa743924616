package org.neurallab.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.stage.Stage;
import org.neurallab.app.settings.AppSettings;
import org.neurallab.app.settings.SettingsStore;

/**
 * The few things every lab page may need: translated text, settings, the main window,
 * the run text shown in the status bar, the UI scale and whether the dark theme is on.
 * One instance per window, handed to each page by {@link LabRegistry}.
 */
public final class AppContext {
    private final I18n i18n;
    private final SettingsStore settingsStore;
    private final AppSettings settings;
    private final Stage stage;
    private final StringProperty runStatus = new SimpleStringProperty(this, "runStatus", "");
    private final DoubleProperty uiScale = new SimpleDoubleProperty(this, "uiScale", 1.0);
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme", false);

    public AppContext(Stage stage, SettingsStore settingsStore) {
        this.i18n = I18n.get();
        this.stage = stage;
        this.settingsStore = settingsStore;
        this.settings = settingsStore.load();
        i18n.setLocale(I18n.supported(java.util.Locale.forLanguageTag(settings.getLanguage())));
        uiScale.set(settings.getUiScale());
        darkTheme.set(settings.isDarkTheme());
        // keep the settings bean in step with the live values, and save on every change
        i18n.localeProperty().addListener((obs, old, now) -> {
            settings.setLanguage(now.getLanguage());
            saveSettings();
        });
        uiScale.addListener((obs, old, now) -> {
            settings.setUiScale(now.doubleValue());
            if (settings.getUiScale() != now.doubleValue()) {
                uiScale.set(settings.getUiScale()); // clamp
                return;
            }
            saveSettings();
        });
        darkTheme.addListener((obs, old, now) -> {
            settings.setDarkTheme(now);
            saveSettings();
        });
    }

    public I18n i18n() {
        return i18n;
    }

    public AppSettings settings() {
        return settings;
    }

    /** The folder the settings file is in, where labs may keep small files of their own. */
    public java.nio.file.Path settingsFolder() {
        return settingsStore.file().toAbsolutePath().getParent();
    }

    public void saveSettings() {
        settingsStore.save(settings);
    }

    public Stage stage() {
        return stage;
    }

    /** Text for the right-hand slot of the status bar, e.g. "Epoch 2/5 · 5,400 samples/s". Set on the FX thread. */
    public StringProperty runStatusProperty() {
        return runStatus;
    }

    /** 1.0 = 100% .. 2.0 = 200%; applied as the root font size. */
    public DoubleProperty uiScaleProperty() {
        return uiScale;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }
}
