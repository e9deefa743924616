package org.neurallab.app.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the app remembers between launches. Plain mutable bean so Jackson can read and write it;
 * unknown fields (from newer versions) are ignored. Window bounds are NaN until the window was first closed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class AppSettings {
    public static final double MIN_SCALE = 1.0;
    public static final double MAX_SCALE = 2.0;

    private String language = "en";
    private boolean darkTheme;
    private String lastLab = "playground";
    private double windowX = Double.NaN;
    private double windowY = Double.NaN;
    private double windowWidth = 1280;
    private double windowHeight = 800;
    private boolean maximized;
    private double uiScale = 1.0;

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = "ko".equals(language) ? "ko" : "en";
    }

    public boolean isDarkTheme() {
        return darkTheme;
    }

    public void setDarkTheme(boolean darkTheme) {
        this.darkTheme = darkTheme;
    }

    public String getLastLab() {
        return lastLab;
    }

    public void setLastLab(String lastLab) {
        this.lastLab = lastLab;
    }

    public double getWindowX() {
        return windowX;
    }

    public void setWindowX(double windowX) {
        this.windowX = windowX;
    }

    public double getWindowY() {
        return windowY;
    }

    public void setWindowY(double windowY) {
        this.windowY = windowY;
    }

    public double getWindowWidth() {
        return windowWidth;
    }

    public void setWindowWidth(double windowWidth) {
        this.windowWidth = windowWidth;
    }

    public double getWindowHeight() {
        return windowHeight;
    }

    public void setWindowHeight(double windowHeight) {
        this.windowHeight = windowHeight;
    }

    public boolean isMaximized() {
        return maximized;
    }

    public void setMaximized(boolean maximized) {
        this.maximized = maximized;
    }

    public double getUiScale() {
        return uiScale;
    }

    /** Clamped to 100%..200% so a hand-edited file cannot make the window unusable. */
    public void setUiScale(double uiScale) {
        this.uiScale = Double.isFinite(uiScale) ? Math.max(MIN_SCALE, Math.min(MAX_SCALE, uiScale)) : 1.0;
    }
}
