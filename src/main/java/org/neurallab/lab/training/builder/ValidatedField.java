package org.neurallab.lab.training.builder;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.neurallab.app.I18n;
import org.neurallab.lab.training.settings.FieldResult;

/**
 * A text field checked as the student types: a good value becomes {@link #valueProperty()}; a bad one keeps
 * the last good value and is marked by ControlsFX's {@link ValidationSupport}: a red frame (style class
 * {@code error}) and an error mark whose tooltip says what is allowed, in the current language.
 * {@link #validProperty()} follows the text at once; the marks follow on the next pulse.
 */
public final class ValidatedField<T> extends StackPane {
    private final TextField field = new TextField();
    private final ObjectProperty<T> value = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final Function<String, FieldResult<T>> parser;
    private final ValidationSupport validation = new ValidationSupport();
    private final ObjectProperty<FieldResult<T>> result = new SimpleObjectProperty<>();

    public ValidatedField(String text, Function<String, FieldResult<T>> parser) {
        this.parser = parser;
        getStyleClass().add("validated-field");
        field.setText(text);
        check(text);
        field.textProperty().addListener((o, a, b) -> check(b));
        validation.setValidationDecorator(new CompoundValidationDecoration(
                new StyleClassValidationDecoration(), new InsideMark()));
        // the rule has already run (check); the validator only reports its message
        validation.registerValidator(field, false,
                (Control c, String typed) -> ValidationResult.fromErrorIf(c, message(), !result.get().isOk()));
        I18n.get().onChange(this, () -> validation.revalidate(field));
        getChildren().add(field);
    }

    /** ControlsFX's error mark, inside the field's right end (not on its corner), its message shown quickly. */
    private static final class InsideMark extends GraphicValidationDecoration {
        @Override
        protected Collection<Decoration> createValidationDecorations(ValidationMessage message) {
            return List.of(new GraphicDecoration(createDecorationNode(message), Pos.CENTER_RIGHT, -12, 0));
        }

        @Override
        protected Tooltip createTooltip(ValidationMessage message) {
            Tooltip tip = super.createTooltip(message);
            tip.setShowDelay(Duration.millis(150));
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            return tip;
        }
    }

    private void check(String text) {
        FieldResult<T> r = parser.apply(text);
        valid.set(r.isOk());
        if (r.isOk()) {
            value.set(r.value());
        }
        result.set(r);
    }

    /** What is wrong with the typed text, in the current language; empty while it is fine. */
    public String message() {
        FieldResult<T> r = result.get();
        return r.isOk() ? "" : I18n.get().text(r.errorKey(), r.args());
    }

    /** What the newest text turned into; set after the value and validity, so a listener sees all three agree. */
    public ReadOnlyObjectProperty<FieldResult<T>> resultProperty() {
        return result;
    }

    public TextField field() {
        return field;
    }

    /** ControlsFX's view of the field: its marks and messages (tests and summaries read it). */
    public ValidationSupport validation() {
        return validation;
    }

    public ReadOnlyObjectProperty<T> valueProperty() {
        return value;
    }

    public T value() {
        return value.get();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public void setText(String text) {
        field.setText(text);
    }
}
