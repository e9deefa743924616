package org.neurallab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurallab.app.Screenshots;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app font renders every formula index in one style: the headless UI tests load no stylesheet, so
 * this one loads the app's, and checks the bundled font's coverage of every character the bundles use.
 */
@ExtendWith(ApplicationExtension.class)
class AppFontsTest {
    /** Symbols (not indices or letters) that the font lacks and that the system's fallback font draws. */
    private static final Set<Character> SYMBOLS_FROM_FALLBACK = Set.of('⌊', '⌋', '✓', '✔', '✗', '∗');
    private static final String INDICES = "y₀ y₁ y₂ y₃ y₄ y₅ y₆ y₇ y₈ y₉ x⁰ x¹ x² x³ x⁴ x⁵ x⁶ x⁷ x⁸ x⁹ 10⁻⁵ eˣ xᵢ wⱼₖ −1";

    private Label label;

    @Start
    void start(Stage stage) {
        AppFonts.load();
        label = new Label(INDICES + "  학습");
        VBox root = new VBox(label);
        root.setStyle("-fx-padding: 12; -fx-font-size: 28px;");
        Scene scene = new Scene(root, 900, 120);
        scene.getStylesheets().add(AppFonts.class.getResource("/org/neurallab/app/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theBundledFontCoversEveryCharacterOfEveryBundle() throws Exception {
        Font font;
        try (InputStream in = AppFonts.class.getResourceAsStream("/org/neurallab/fonts/NeuralLabGothic-Regular.ttf")) {
            font = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        Path bundles = Path.of("src/main/resources/org/neurallab/i18n");
        try (Stream<Path> files = Files.list(bundles)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (char c : text.toCharArray()) {
                    if (c >= 32 && !Character.isSurrogate(c) && !SYMBOLS_FROM_FALLBACK.contains(c)) {
                        checked++;
                        if (!font.canDisplay(c)) {
                            missing.add(c + " (U+" + Integer.toHexString(c).toUpperCase() + ") in " + file.getFileName());
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
        assertThat(missing).isEmpty();
        for (char c : INDICES.toCharArray()) {
            assertThat(font.canDisplay(c)).as("U+%04X", (int) c).isTrue();
        }
    }

    @Test
    void everyDigitIndexHasTheSameSizeWithTheAppStylesheet() throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<String> family = new AtomicReference<>();
        AtomicReference<double[]> widths = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            family.set(label.getFont().getFamily());
            String[] samples = {"₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉",
                "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
            double[] w = new double[samples.length * 2];
            for (int i = 0; i < samples.length; i++) {
                Text text = new Text(samples[i]);
                text.setFont(label.getFont());
                w[2 * i] = text.getLayoutBounds().getWidth();
                w[2 * i + 1] = text.getLayoutBounds().getHeight();
            }
            widths.set(w);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(family.get()).isEqualTo(AppFonts.FAMILY);
        double[] w = widths.get();
        for (int i = 2; i < w.length; i += 2) {
            // NanumGothic alone drew 1-4 small and took 0 and 5-9 from another font: widths differed by a third
            assertThat(w[i]).as("width of index %d", i / 2).isCloseTo(w[0], org.assertj.core.data.Offset.offset(0.6));
            assertThat(w[i + 1]).as("height of index %d", i / 2).isCloseTo(w[1], org.assertj.core.data.Offset.offset(0.6));
        }
        assertThat(w[0]).isGreaterThan(8); // a real glyph at 28 px, not an empty box
        Screenshots.save(label.getScene(), "app-font-indices");
    }
}
