package org.neurallab.lab.training.builder;

import java.text.NumberFormat;
import java.util.Locale;
import org.neurallab.app.I18n;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelProblem;

/** How layers and model problems read in the builder, in the current language. */
public final class LayerTexts {
    private LayerTexts() {
    }

    /** "Dense 128 · relu", "Conv2D 64 · 3×3 · relu", "MaxPool2D 2×2", "Dropout 0.2". */
    public static String describe(LayerSpec layer) {
        if (layer instanceof LayerSpec.Dense d) {
            return "Dense " + d.units() + " · " + d.activation().id();
        }
        if (layer instanceof LayerSpec.Conv2D c) {
            return "Conv2D " + c.filters() + " · " + c.kernel() + "×" + c.kernel()
                    + (c.stride() == 1 ? "" : " /" + c.stride())
                    + (c.padding() == org.neurallab.engine.model.Padding.SAME ? " · same" : "")
                    + " · " + c.activation().id();
        }
        if (layer instanceof LayerSpec.MaxPool2D p) {
            return "MaxPool2D " + p.pool() + "×" + p.pool() + (p.stride() == p.pool() ? "" : " /" + p.stride());
        }
        if (layer instanceof LayerSpec.AvgPool2D p) {
            return "AvgPool2D " + p.pool() + "×" + p.pool() + (p.stride() == p.pool() ? "" : " /" + p.stride());
        }
        if (layer instanceof LayerSpec.Dropout d) {
            return "Dropout " + NumberFormat.getInstance(Locale.ROOT).format(d.rate());
        }
        if (layer instanceof LayerSpec.ActivationLayer a) {
            return "Activation · " + a.activation().id();
        }
        return layer.kind();
    }

    /** The problem in the current language, starting with the layer it concerns. */
    public static String problem(ModelProblem p) {
        String translated = I18n.get().textOrNull("training.problem." + p.code(), p.args());
        String body = translated != null && !ModelProblem.GENERIC.equals(p.code()) ? translated : p.message();
        if (p.layerIndex() < 0) {
            return body;
        }
        return I18n.get().text("training.problem.atLayer", p.layerIndex() + 1, body);
    }

    public static String count(long n) {
        return NumberFormat.getIntegerInstance(I18n.get().locale()).format(n);
    }
}
