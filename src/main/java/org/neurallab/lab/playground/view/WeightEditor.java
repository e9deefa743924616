package org.neurallab.lab.playground.view;

import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * The small field that opens on a clicked link: Enter sets the typed weight, Escape or leaving the field
 * closes it. A value that is not a number or beyond ±100 is refused with a message and the field stays open.
 */
final class WeightEditor extends TextField {
    static final double MAX_WEIGHT = 100;
    private final BiConsumer<int[], Double> onWeight;
    private final Consumer<String> onRefused;
    private int[] link;

    /**
     * @param onWeight  the link {layer, from, to} and its new weight
     * @param onRefused the text that was refused
     */
    WeightEditor(BiConsumer<int[], Double> onWeight, Consumer<String> onRefused) {
        this.onWeight = onWeight;
        this.onRefused = onRefused;
        setId("weight-editor");
        setVisible(false);
        setPrefColumnCount(7);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
            }
        });
        focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                close();
            }
        });
    }

    /** Opens at (x, y) on the link {layer, from, to} showing its current weight. */
    void open(int[] link, double weight, double x, double y) {
        this.link = link;
        setText(String.format(Locale.ROOT, "%.3f", weight));
        autosize();
        relocate(x, y);
        setVisible(true);
        requestFocus();
        selectAll();
    }

    private void commit() {
        if (link == null) {
            return;
        }
        double value;
        try {
            value = Double.parseDouble(getText().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!Double.isFinite(value) || Math.abs(value) > MAX_WEIGHT) {
            onRefused.accept(getText());
            return;
        }
        onWeight.accept(link, value);
        close();
    }

    void close() {
        link = null;
        setVisible(false);
    }
}
