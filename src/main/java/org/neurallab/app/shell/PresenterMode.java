package org.neurallab.app.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;
import org.neurallab.app.I18n;

/** Presenter mode = full screen for the projector; F11 toggles it, Esc leaves it. */
public final class PresenterMode {
    private PresenterMode() {
    }

    public static void install(Stage stage, I18n i18n) {
        stage.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.F11), () -> toggle(stage, i18n));
    }

    public static void toggle(Stage stage, I18n i18n) {
        stage.setFullScreenExitHint(i18n.text("app.presenter.exitHint"));
        stage.setFullScreen(!stage.isFullScreen());
    }
}
