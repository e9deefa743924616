package org.neurallab.lab.curriculum.ui;

import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Label;
import org.neurallab.app.I18n;

/** One topic's texts: keys under the topic's own prefix (its bundle), e.g. {@code curActivation.}. */
public final class TopicText {
    private final String prefix;

    public TopicText(String prefix) {
        this.prefix = prefix;
    }

    public StringBinding bind(String key, Object... args) {
        return I18n.get().bind(prefix + key, args);
    }

    public String text(String key, Object... args) {
        return I18n.get().text(prefix + key, args);
    }

    /** A paragraph of explanation with the topic's text for {@code key}. */
    public Label paragraph(String key) {
        return Translated.paragraph(prefix + key);
    }

    /** A text re-made when the language or any of the given values changes. */
    public static StringBinding live(Callable<String> text, Observable... dependencies) {
        Observable[] all = new Observable[dependencies.length + 1];
        System.arraycopy(dependencies, 0, all, 0, dependencies.length);
        all[dependencies.length] = I18n.get().localeProperty();
        return Bindings.createStringBinding(text, all);
    }
}
