package org.neurallab.lab.curriculum.ui;

import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;

/**
 * A number typed by the student, checked on every key: a good value (a finite number inside
 * [min, max], a whole number when asked) becomes {@link #valueProperty()}; anything else shows an inline
 * message under the field and keeps the last good value, so the page never sees nonsense.
 */
public final class NumberField extends VBox {
    private final TextField field = new TextField();
    private final Label message = new Label();
    private final DoubleProperty value = new SimpleDoubleProperty(this, "value");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ObjectProperty<Object[]> problem = new SimpleObjectProperty<>(this, "problem");
    private final double min;
    private final double max;
    private final boolean whole;
    private boolean writing;

    public NumberField(double initial, double min, double max, boolean whole) {
        this.min = min;
        this.max = max;
        this.whole = whole;
        getStyleClass().add("number-field");
        field.setPrefColumnCount(6);
        message.getStyleClass().addAll("number-field-message", "danger");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.managedProperty().bind(message.visibleProperty());
        message.visibleProperty().bind(valid.not());
        message.textProperty().bind(I18n.get().live(() -> {
            Object[] p = problem.get();
            return p == null ? "" : I18n.get().text((String) p[0], (Object[]) p[1]);
        }, problem));
        getChildren().addAll(field, message);
        value.set(initial);
        field.setText(format(initial, whole));
        field.textProperty().addListener((o, a, text) -> {
            if (!writing) {
                check(text);
            }
        });
        value.addListener((o, a, b) -> {
            // a value set by code (a slider, "reset to the lecture") shows in the field
            if (!writing && parse(field.getText()) != b.doubleValue()) {
                writing = true;
                field.setText(format(b.doubleValue(), whole));
                valid.set(true);
                problem.set(null);
                writing = false;
            }
        });
    }

    private void check(String text) {
        double v = parse(text);
        if (Double.isNaN(v)) {
            fail("curriculum.field.notNumber");
        } else if (v < min || v > max) {
            fail("curriculum.field.range", format(min, whole), format(max, whole));
        } else if (whole && v != Math.rint(v)) {
            fail("curriculum.field.whole");
        } else {
            valid.set(true);
            problem.set(null);
            writing = true;
            value.set(v);
            writing = false;
        }
    }

    private void fail(String key, Object... args) {
        problem.set(new Object[] {key, args});
        valid.set(false);
    }

    /** The number in the text, or NaN when it is not a finite number. Accepts a decimal comma. */
    static double parse(String text) {
        if (text == null) {
            return Double.NaN;
        }
        String t = text.trim().replace(',', '.').replace('\u2212', '-');
        if (t.isEmpty() || !t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return Double.NaN;
        }
        double v = Double.parseDouble(t);
        return Double.isFinite(v) ? v : Double.NaN;
    }

    static String format(double v, boolean whole) {
        if (whole || v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        // 2.00000e-05 reads as 2e-5: no padding zeros, no leading zero in the exponent
        return e < 0 ? mantissa : mantissa + "e" + Integer.parseInt(s.substring(e + 1).replace("+", ""));
    }

    public DoubleProperty valueProperty() {
        return value;
    }

    public double value() {
        return value.get();
    }

    public void setValue(double v) {
        value.set(v);
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public TextField textField() {
        return field;
    }

    public Label messageLabel() {
        return message;
    }
}
