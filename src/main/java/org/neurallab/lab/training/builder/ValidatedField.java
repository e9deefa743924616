package org.neurallab.lab.training.builder;

import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;
import org.neurallab.lab.training.settings.FieldResult;

/**
 * A text field checked as the student types: a good value becomes {@link #valueProperty()}, a bad
 * one shows what is allowed right below the field and leaves the last good value in place.
 */
public final class ValidatedField<T> extends VBox {
    private final TextField field = new TextField();
    private final Label error = new Label();
    private final ObjectProperty<T> value = new SimpleObjectProperty<>();
    private final BooleanProperty valid = new SimpleBooleanProperty(true);
    private final ObjectProperty<FieldResult<T>> result = new SimpleObjectProperty<>();
    private final Function<String, FieldResult<T>> parser;

    public ValidatedField(String text, Function<String, FieldResult<T>> parser) {
        this.parser = parser;
        getStyleClass().add("validated-field");
        error.getStyleClass().addAll("field-error", "danger");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().bind(valid.not());
        error.textProperty().bind(I18n.get().live(() -> {
            FieldResult<T> r = result.get();
            return r == null || r.isOk() ? "" : I18n.get().text(r.errorKey(), r.args());
        }, result));
        field.setText(text);
        field.textProperty().addListener((o, a, b) -> check(b));
        check(text);
        setSpacing(2);
        getChildren().addAll(field, error);
    }

    private void check(String text) {
        FieldResult<T> r = parser.apply(text);
        result.set(r);
        valid.set(r.isOk());
        if (r.isOk()) {
            value.set(r.value());
        }
        field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), !r.isOk());
    }

    public TextField field() {
        return field;
    }

    public Label errorLabel() {
        return error;
    }

    public ReadOnlyObjectProperty<T> valueProperty() {
        return value;
    }

    public T value() {
        return value.get();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid;
    }

    public void setText(String text) {
        field.setText(text);
    }
}
