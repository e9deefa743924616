package org.neurallab.lab.training;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.neurallab.app.I18n;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.lab.training.builder.ValidatedField;
import org.neurallab.lab.training.settings.HyperParameterRules;
import org.neurallab.lab.training.settings.HyperParameters;

/**
 * The hyper-parameters: optimizer, learning rate, batch size, epochs, validation split, seed and how
 * many training images to use. {@link #parametersProperty()} is null while any field is invalid.
 */
public final class SettingsPane extends GridPane {
    private final ComboBox<OptimizerType> optimizer = new ComboBox<>();
    private final ValidatedField<Double> learningRate;
    private final ValidatedField<Integer> batchSize;
    private final ValidatedField<Integer> epochs;
    private final ValidatedField<Double> validation;
    private final ValidatedField<Long> seed;
    private final ValidatedField<Integer> subset;
    private final ObjectBinding<HyperParameters> parameters;
    private final BooleanBinding valid;
    private final StringBinding problem;
    private final java.util.Map<ValidatedField<?>, String> fieldNames = new java.util.LinkedHashMap<>();
    private int row;

    public SettingsPane(int available) {
        HyperParameters d = HyperParameters.defaults(available);
        getStyleClass().add("training-settings");
        setHgap(10);
        setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);

        optimizer.getItems().setAll(OptimizerType.values());
        optimizer.setValue(d.optimizer());
        optimizer.setId("optimizer");
        optimizer.setConverter(new StringConverter<>() {
            @Override
            public String toString(OptimizerType t) {
                return t == null ? "" : t == OptimizerType.RMSPROP ? "RMSProp"
                        : t == OptimizerType.SGD ? "SGD" : t.id().substring(0, 1).toUpperCase(Locale.ROOT) + t.id().substring(1);
            }

            @Override
            public OptimizerType fromString(String s) {
                return null;
            }
        });
        addRow("training.settings.optimizer", optimizer);
        learningRate = field("learning-rate", "training.settings.learningRate", String.valueOf(d.learningRate()),
                HyperParameterRules::learningRate);
        batchSize = field("batch-size", "training.settings.batchSize", String.valueOf(d.batchSize()),
                HyperParameterRules::batchSize);
        epochs = field("epochs", "training.settings.epochs", String.valueOf(d.epochs()), HyperParameterRules::epochs);
        validation = field("validation-split", "training.settings.validation", String.valueOf(d.validationSplit()),
                HyperParameterRules::validationSplit);
        validation.field().setTooltip(I18n.get().tooltip("training.settings.validation.tip"));
        seed = field("seed", "training.settings.seed", String.valueOf(d.seed()), HyperParameterRules::seed);
        subset = field("subset", "training.settings.subset", String.valueOf(available),
                t -> HyperParameterRules.subset(t, available));

        List<ValidatedField<?>> all = List.of(learningRate, batchSize, epochs, validation, seed, subset);
        valid = Bindings.createBooleanBinding(() -> all.stream().allMatch(f -> f.validProperty().get()),
                all.stream().map(ValidatedField::validProperty).toArray(javafx.beans.Observable[]::new));
        problem = I18n.get().live(() -> fieldNames.entrySet().stream().filter(e -> !e.getKey().validProperty().get())
                .findFirst().map(e -> I18n.get().text(e.getValue()) + ": " + e.getKey().message()).orElse(""),
                all.stream().map(ValidatedField::resultProperty).toArray(javafx.beans.Observable[]::new));
        parameters = Bindings.createObjectBinding(() -> valid.get()
                ? new HyperParameters(optimizer.getValue(), learningRate.value(), batchSize.value(), epochs.value(),
                        validation.value(), seed.value(), subset.value())
                : null, valid, optimizer.valueProperty(), learningRate.valueProperty(), batchSize.valueProperty(),
                epochs.valueProperty(), validation.valueProperty(), seed.valueProperty(), subset.valueProperty());
    }

    private <T> ValidatedField<T> field(String id, String key, String text,
                                        java.util.function.Function<String, org.neurallab.lab.training.settings.FieldResult<T>> rule) {
        ValidatedField<T> f = new ValidatedField<>(text, rule);
        f.field().setId(id);
        f.field().setPrefColumnCount(7);
        fieldNames.put(f, key);
        addRow(key, f);
        return f;
    }

    private void addRow(String key, javafx.scene.Node control) {
        Label l = new Label();
        l.textProperty().bind(I18n.get().bind(key));
        l.setLabelFor(control);
        add(l, 0, row);
        add(control, 1, row++);
    }

    public ObjectBinding<HyperParameters> parametersProperty() {
        return parameters;
    }

    /** The first bad field, as "its name: what is allowed", in the current language; empty while all are fine. */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public ComboBox<OptimizerType> optimizer() {
        return optimizer;
    }

    public ValidatedField<Double> learningRate() {
        return learningRate;
    }

    public ValidatedField<Integer> epochs() {
        return epochs;
    }

    public ValidatedField<Integer> subset() {
        return subset;
    }

    public ValidatedField<Integer> batchSize() {
        return batchSize;
    }
}
