package org.neurallab.ui.chart;

import javafx.scene.paint.Color;

/** The Okabe-Ito colours: distinguishable with the common forms of colour blindness, and on a projector. */
public final class Palette {
    private static final Color[] COLORS = {
        Color.web("#0072B2"), Color.web("#E69F00"), Color.web("#009E73"), Color.web("#D55E00"),
        Color.web("#CC79A7"), Color.web("#56B4E9"), Color.web("#F0E442"), Color.web("#999999"),
    };

    private Palette() {
    }

    public static Color color(int i) {
        return COLORS[Math.floorMod(i, COLORS.length)];
    }
}
