package org.neurallab.app;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.stage.Stage;
import org.neurallab.app.autosave.AutoSave;
import org.neurallab.app.settings.AppSettings;
import org.neurallab.app.settings.SettingsStore;
import org.neurallab.train.TrainingService;

/**
 * The few things every lab page may need: translated text, settings, the main window,
 * the run text shown in the status bar, the UI scale, whether the dark theme is on, and the one
 * {@link TrainingService} that runs every lab's training and background work. One instance per window,
 * handed to each lab page when the app is put together (org.neurallab.root.Labs); {@link #close()} when
 * the window closes.
 */
public final class AppContext implements AutoCloseable {
    /** The training service's worker that writes and reads the autosaves. */
    public static final String AUTOSAVE_WORKER = "autosave";
    private final I18n i18n;
    private final SettingsStore settingsStore;
    private final AppSettings settings;
    private final Stage stage;
    private final StringProperty runStatus = new SimpleStringProperty(this, "runStatus", "");
    private final DoubleProperty uiScale = new SimpleDoubleProperty(this, "uiScale", 1.0);
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme", false);
    private final ChangeListener<Locale> saveLanguage = (obs, old, now) -> {
        settings().setLanguage(now.getLanguage());
        saveSettings();
    };
    private final TrainingService training = new TrainingService();
    private final AutoSave autoSave;
    private final ObjectProperty<float[]> latestDrawing = new SimpleObjectProperty<>(this, "latestDrawing");
    private java.util.function.Consumer<LabNotice> notices = n -> { };

    public AppContext(Stage stage, SettingsStore settingsStore) {
        this.i18n = I18n.get();
        this.stage = stage;
        this.settingsStore = settingsStore;
        this.settings = settingsStore.load();
        this.autoSave = new AutoSave(settingsStore.folder(), training.worker(AUTOSAVE_WORKER));
        i18n.setLocale(I18n.supported(java.util.Locale.forLanguageTag(settings.getLanguage())));
        uiScale.set(settings.getUiScale());
        darkTheme.set(settings.isDarkTheme());
        // keep the settings bean in step with the live values, and save on every change
        // held by this context, weakly by the language: a context that is no longer used stops saving
        i18n.localeProperty().addListener(new WeakChangeListener<>(saveLanguage));
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

    /** Passes a lab's notice to the shell, which shows it if that lab is hidden (nothing without a shell). */
    public void notice(LabNotice notice) {
        notices.accept(notice);
    }

    /** The shell's way of showing notices. */
    public void setNoticeHandler(java.util.function.Consumer<LabNotice> handler) {
        notices = handler == null ? n -> { } : handler;
    }

    public I18n i18n() {
        return i18n;
    }

    public AppSettings settings() {
        return settings;
    }

    /** The folder the settings file is in, where labs may keep small files of their own. */
    public java.nio.file.Path settingsFolder() {
        return settingsStore.folder();
    }

    public void saveSettings() {
        settingsStore.save(settings);
    }

    /**
     * The Digits pad's latest readable drawing as 28x28 grey pixels, row by row (0 background, 1 ink), or null
     * before the first one. Set on the FX thread by the Digits lab; the Convolution lab offers it as an image.
     */
    public ObjectProperty<float[]> latestDrawingProperty() {
        return latestDrawing;
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

    /** The app's training service: every lab trains (and works in the background) on its workers. */
    public TrainingService training() {
        return training;
    }

    /**
     * What the labs have not saved, kept in the settings folder and offered back at the next start. Labs register
     * their slot when their page is made; the shell shows the offers and closes it before the labs.
     */
    public AutoSave autoSave() {
        return autoSave;
    }

    /** Stops every run and ends every worker thread (the app is exiting). */
    @Override
    public void close() {
        training.shutdown();
    }
}
