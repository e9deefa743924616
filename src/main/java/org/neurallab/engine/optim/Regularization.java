package org.neurallab.engine.optim;

import java.util.List;
import java.util.Locale;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.neurallab.engine.layers.Param;

/**
 * L1 or L2 weight penalty added to the loss: L1 = rate * sum|w|, L2 = rate * sum w^2 (Keras' form).
 * Applies to weights only, not biases.
 */
public record Regularization(Kind kind, double rate) {

    public enum Kind {
        NONE, L1, L2;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final Regularization NONE = new Regularization(Kind.NONE, 0);

    public Regularization {
        if (kind == null) {
            kind = Kind.NONE;
        }
        if (!(rate >= 0 && rate <= 10)) {
            throw new IllegalArgumentException("regularization rate must be between 0 and 10, got " + rate);
        }
    }

    /** The penalty term for the current weights. */
    public double penalty(List<Param> params) {
        if (kind == Kind.NONE || rate == 0) {
            return 0;
        }
        double sum = 0;
        for (Param p : params) {
            if (p.regularized()) {
                sum += kind == Kind.L1 ? p.value().norm1Number().doubleValue()
                        : p.value().mul(p.value()).sumNumber().doubleValue();
            }
        }
        return rate * sum;
    }

    /** Adds the penalty's gradient to each weight's gradient. */
    public void addGradients(List<Param> params) {
        if (kind == Kind.NONE || rate == 0) {
            return;
        }
        for (Param p : params) {
            if (p.regularized()) {
                if (kind == Kind.L1) {
                    p.grad().addi(Transforms.sign(p.value(), true).muli(rate));
                } else {
                    p.grad().addi(p.value().mul(2 * rate));
                }
            }
        }
    }
}
