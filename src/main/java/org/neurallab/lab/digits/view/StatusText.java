package org.neurallab.lab.digits.view;

import java.util.Arrays;
import javafx.scene.control.Label;
import org.neurallab.app.I18n;

/**
 * A label showing a translated message with arguments (a key, then its arguments) that it can translate again
 * when the language changes; nothing shown after {@code show()} with no key.
 */
public final class StatusText extends Label {
    private final I18n i18n;
    private Object[] keyAndArgs;

    public StatusText(I18n i18n) {
        this.i18n = i18n;
    }

    /** Shows the text of the key (first element) with the rest as its arguments; null or empty clears it. */
    public void show(Object... keyAndArgs) {
        this.keyAndArgs = keyAndArgs == null || keyAndArgs.length == 0 || keyAndArgs[0] == null ? null : keyAndArgs;
        retranslate();
    }

    /** Writes the current message again in the current language. */
    public void retranslate() {
        setText(keyAndArgs == null ? ""
                : i18n.text((String) keyAndArgs[0], Arrays.copyOfRange(keyAndArgs, 1, keyAndArgs.length)));
    }
}
