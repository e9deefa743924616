package org.neurallab.app.shell;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the bundled NeuralLab Gothic fonts so Hangul renders on machines without Korean fonts. They are
 * NanumGothic with every sub- and superscript digit, sign and index letter added in one consistent size
 * ({@code packaging/fonts/make_neurallab_gothic.py}), so x₀ … x₉ and 10⁻⁵ look alike.
 */
public final class AppFonts {
    public static final String FAMILY = "NeuralLab Gothic";
    private static final Logger LOG = LoggerFactory.getLogger(AppFonts.class);
    private static final String[] FILES = {"NeuralLabGothic-Regular.ttf", "NeuralLabGothic-Bold.ttf"};
    private static volatile boolean loaded;

    private AppFonts() {
    }

    /** Loads the font files once; later calls do nothing. A missing font only logs a warning. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        for (String file : FILES) {
            try (InputStream in = AppFonts.class.getResourceAsStream("/org/neurallab/fonts/" + file)) {
                Font font = in == null ? null : Font.loadFont(in, 14);
                if (font == null) {
                    LOG.warn("Font {} could not be loaded; Korean text may not render", file);
                }
            } catch (IOException e) {
                LOG.warn("Font {} could not be read: {}", file, e.getMessage());
            }
        }
    }
}
