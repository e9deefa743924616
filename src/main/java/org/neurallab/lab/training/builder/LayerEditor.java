package org.neurallab.lab.training.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.neurallab.app.I18n;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.Padding;
import org.neurallab.lab.training.builder.ValidatedField;
import org.neurallab.lab.training.settings.HyperParameterRules;

/**
 * The parameters of one layer as fields. Every valid edit hands a new layer spec to the builder;
 * an invalid value shows its message under the field and the layer keeps its last good value.
 */
final class LayerEditor extends GridPane {
    private static final int MAX_FILTERS = 1024;

    private final Consumer<LayerSpec> onChange;
    private final List<ValidatedField<?>> fields = new ArrayList<>();
    private Supplier<LayerSpec> build = () -> null;
    private int row;

    LayerEditor(Consumer<LayerSpec> onChange) {
        this.onChange = onChange;
        getStyleClass().add("layer-editor");
        setHgap(8);
        setVgap(6);
    }

    /** Shows the fields of this layer (or nothing for null). */
    void show(LayerSpec layer) {
        getChildren().clear();
        fields.clear();
        row = 0;
        if (layer == null) {
            return;
        }
        if (layer instanceof LayerSpec.Dense d) {
            ValidatedField<Integer> units = number("training.layer.units", d.units(), 1, LayerSpec.MAX_UNITS);
            ComboBox<Activation> act = activation(d.activation());
            build = () -> new LayerSpec.Dense(units.value(), act.getValue());
        } else if (layer instanceof LayerSpec.Conv2D c) {
            ValidatedField<Integer> filters = number("training.layer.filters", c.filters(), 1, MAX_FILTERS);
            ValidatedField<Integer> kernel = number("training.layer.kernel", c.kernel(), 1, LayerSpec.MAX_KERNEL);
            ValidatedField<Integer> stride = number("training.layer.stride", c.stride(), 1, LayerSpec.MAX_KERNEL);
            ComboBox<Padding> padding = combo("training.layer.padding", Padding.values(), c.padding());
            ComboBox<Activation> act = activation(c.activation());
            build = () -> new LayerSpec.Conv2D(filters.value(), kernel.value(), stride.value(), padding.getValue(),
                    act.getValue());
        } else if (layer instanceof LayerSpec.MaxPool2D p) {
            ValidatedField<Integer> pool = number("training.layer.pool", p.pool(), 1, LayerSpec.MAX_KERNEL);
            ValidatedField<Integer> stride = number("training.layer.stride", p.stride(), 1, LayerSpec.MAX_KERNEL);
            build = () -> new LayerSpec.MaxPool2D(pool.value(), stride.value());
        } else if (layer instanceof LayerSpec.AvgPool2D p) {
            ValidatedField<Integer> pool = number("training.layer.pool", p.pool(), 1, LayerSpec.MAX_KERNEL);
            ValidatedField<Integer> stride = number("training.layer.stride", p.stride(), 1, LayerSpec.MAX_KERNEL);
            build = () -> new LayerSpec.AvgPool2D(pool.value(), stride.value());
        } else if (layer instanceof LayerSpec.Dropout d) {
            ValidatedField<Double> rate = new ValidatedField<>(String.valueOf(d.rate()), HyperParameterRules::dropoutRate);
            add("training.layer.rate", rate);
            rate.field().setTooltip(I18n.get().tooltip("training.layer.rate.tip"));
            build = () -> new LayerSpec.Dropout(rate.value());
        } else if (layer instanceof LayerSpec.ActivationLayer a) {
            ComboBox<Activation> act = activation(a.activation());
            build = () -> new LayerSpec.ActivationLayer(act.getValue());
        } else {
            Label none = new Label();
            none.textProperty().bind(I18n.get().bind("training.layer.noParams"));
            none.setWrapText(true);
            add(none, 0, row++, 2, 1);
            build = () -> null;
        }
    }

    private ValidatedField<Integer> number(String key, int value, int min, int max) {
        ValidatedField<Integer> f = new ValidatedField<>(String.valueOf(value),
                t -> HyperParameterRules.wholeNumber(t, min, max));
        add(key, f);
        return f;
    }

    private void add(String key, ValidatedField<?> f) {
        fields.add(f);
        f.field().setPrefColumnCount(6);
        f.valueProperty().addListener(o -> changed());
        label(key);
        add(f, 1, row++);
        GridPane.setHgrow(f, Priority.ALWAYS);
    }

    private ComboBox<Activation> activation(Activation value) {
        return combo("training.layer.activation", Activation.values(), value);
    }

    private <E> ComboBox<E> combo(String key, E[] values, E value) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setValue(value);
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : e instanceof Activation a ? a.id()
                        : e.toString().toLowerCase(java.util.Locale.ROOT);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.valueProperty().addListener(o -> changed());
        label(key);
        add(box, 1, row++);
        return box;
    }

    private void label(String key) {
        Label l = new Label();
        l.textProperty().bind(I18n.get().bind(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        add(l, 0, row);
    }

    private void changed() {
        if (fields.stream().allMatch(f -> f.validProperty().get())) {
            try {
                LayerSpec spec = build.get();
                if (spec != null) {
                    onChange.accept(spec);
                }
            } catch (IllegalArgumentException | NullPointerException e) {
                // Ranges are checked by the fields; a spec that still refuses keeps the last good layer.
            }
        }
    }
}
