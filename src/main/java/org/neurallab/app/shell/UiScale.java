package org.neurallab.app.shell;

import javafx.beans.property.DoubleProperty;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * UI zoom for projectors: sets the root font size, and the layouts (in em) follow.
 * Ctrl+Plus / Ctrl+Minus step by 25%, Ctrl+0 resets to 100%.
 */
public final class UiScale {
    public static final double BASE_FONT_PX = 14;
    public static final double STEP = 0.25;
    public static final double MIN = 1.0;
    public static final double MAX = 2.0;

    private UiScale() {
    }

    /** Keeps the scene root's font size (also when the root is replaced) equal to 14px x scale and installs the keyboard shortcuts. */
    public static void install(Scene scene, DoubleProperty scale) {
        Runnable apply = () -> scene.getRoot().setStyle(rootStyle(scale.get()));
        scale.addListener((obs, old, now) -> apply.run());
        // ControlsFX decorations wrap the root in their own pane: the font size moves to the new root
        scene.rootProperty().addListener((obs, old, now) -> {
            if (old != null && rootStyle(scale.get()).equals(old.getStyle())) {
                old.setStyle("");
            }
            apply.run();
        });
        apply.run();
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
                () -> zoomIn(scale));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                () -> zoomIn(scale));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN),
                () -> zoomIn(scale));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
                () -> zoomOut(scale));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                () -> zoomOut(scale));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                () -> scale.set(MIN));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN),
                () -> scale.set(MIN));
    }

    public static String rootStyle(double scale) {
        return String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * clamp(scale));
    }

    public static void zoomIn(DoubleProperty scale) {
        scale.set(clamp(scale.get() + STEP));
    }

    public static void zoomOut(DoubleProperty scale) {
        scale.set(clamp(scale.get() - STEP));
    }

    public static double clamp(double scale) {
        return Math.max(MIN, Math.min(MAX, scale));
    }
}
