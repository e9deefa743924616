package org.neurallab.app.shell;

import javafx.beans.value.ObservableDoubleValue;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Font icons whose size follows the UI scale. Icon sizes are in pixels and do not follow the root font,
 * so every icon listens to the scale and sets its size as an inline style.
 */
public final class Icons {
    public static final double BASE_SIZE = 18;

    private Icons() {
    }

    public static FontIcon of(Ikon ikon, ObservableDoubleValue scale) {
        return of(ikon, scale, BASE_SIZE);
    }

    public static FontIcon of(Ikon ikon, ObservableDoubleValue scale, double baseSize) {
        FontIcon icon = new FontIcon(ikon);
        // the theme's style sheet sets -fx-icon-size on every CSS pass, so only an inline style sticks;
        // FontIcon keeps its own font entries in the same inline style, so replace just our entry
        Runnable resize = () -> icon.setStyle(icon.getStyle().replaceAll("-fx-icon-size:[^;]*;", "")
                + "-fx-icon-size: " + Math.round(baseSize * scale.get()) + "px;");
        scale.addListener((obs, old, now) -> resize.run());
        resize.run();
        return icon;
    }
}
