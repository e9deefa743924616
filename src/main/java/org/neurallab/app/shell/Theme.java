package org.neurallab.app.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;

/** Light or dark look: the AtlantaFX Primer theme as user-agent style sheet, plus a "dark" class for app.css. */
public final class Theme {
    public static final String APP_CSS = "/org/neurallab/app/app.css";
    private static final String LIGHT = new PrimerLight().getUserAgentStylesheet();
    private static final String DARK = new PrimerDark().getUserAgentStylesheet();

    private Theme() {
    }

    public static void apply(boolean dark, Parent root) {
        Application.setUserAgentStylesheet(dark ? DARK : LIGHT);
        root.getStyleClass().remove("dark");
        if (dark) {
            root.getStyleClass().add("dark");
        }
    }

    /** Whether the dark theme is the one currently installed. */
    public static boolean isDarkInstalled() {
        return DARK.equals(Application.getUserAgentStylesheet());
    }

    public static String appCss() {
        return Theme.class.getResource(APP_CSS).toExternalForm();
    }
}
