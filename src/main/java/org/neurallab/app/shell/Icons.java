package org.neurallab.app.shell;

import javafx.beans.value.ObservableDoubleValue;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Font icons whose size follows the UI scale. Icon sizes are in pixels and do not follow the root font,
 * so the size is set as an inline style (which also wins over the theme's icon size).
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
        Runnable resize = () -> icon.setStyle("-fx-icon-size: " + Math.round(baseSize * scale.get()) + "px;");
        scale.addListener((obs, old, now) -> resize.run());
        resize.run();
        return icon;
    }
}
