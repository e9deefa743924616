package org.neurallab.lab.curriculum.activation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.Engine;

/**
 * f and f' of each function, computed by the engine's own {@link Activation} code: f is its forward pass,
 * f' its backward pass given an upstream gradient of ones (so dL/dz = f'(z)), in double precision.
 *
 * <p>The engine fixes leaky ReLU's slope (0.01) and ELU's alpha (1). For the sliders the page builds the
 * general forms from engine pieces: leaky_a(z) = ReLU(z) - a ReLU(-z), and
 * ELU_alpha(z) = ReLU(z) + alpha (ELU_1(z) - ReLU(z)); at the engine's values they are the engine's
 * functions exactly. The step function has no backward in the engine (its slope is 0 wherever it is
 * defined), so its f' is 0. Maxout is not an engine layer; see {@link Maxout}.
 */
public final class ActivationCurves {

    /** f and f' sampled at the same inputs. */
    public record Curve(double[] z, double[] f, double[] df) {
    }

    private ActivationCurves() {
    }

    /** f and f' at every z; loads the engine on first use (a second or two), so call it off the FX thread first. */
    public static Curve compute(ActivationKind kind, ActivationSettings settings, double[] z) {
        Engine.warmUp();
        switch (kind) {
            case STEP: return new Curve(z, forward(Activation.STEP, z), new double[z.length]);
            case SIGMOID: return engine(Activation.SIGMOID, z);
            case TANH: return engine(Activation.TANH, z);
            case RELU: return engine(Activation.RELU, z);
            case LEAKY_RELU: return leaky(settings.leakySlope(), z);
            case ELU: return elu(settings.eluAlpha(), z);
            default: return maxout(settings.maxoutPieces(), z);
        }
    }

    /** f and f' at one point. */
    public static double[] at(ActivationKind kind, ActivationSettings settings, double z) {
        Curve c = compute(kind, settings, new double[] {z});
        return new double[] {c.f()[0], c.df()[0]};
    }

    private static Curve engine(Activation f, double[] z) {
        INDArray in = Nd4j.createFromArray(z).reshape(1, z.length);
        INDArray out = f.forward(in);
        INDArray slope = f.backward(in, out, Nd4j.onesLike(in));
        return new Curve(z, out.toDoubleVector(), slope.toDoubleVector());
    }

    private static double[] forward(Activation f, double[] z) {
        return f.forward(Nd4j.createFromArray(z).reshape(1, z.length)).toDoubleVector();
    }

    private static double[] negate(double[] z) {
        double[] m = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            m[i] = -z[i];
        }
        return m;
    }

    private static Curve leaky(double a, double[] z) {
        Curve pos = engine(Activation.RELU, z);
        Curve neg = engine(Activation.RELU, negate(z));
        double[] f = new double[z.length];
        double[] df = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            f[i] = pos.f()[i] - a * neg.f()[i];
            // d/dz of -a ReLU(-z) is +a ReLU'(-z)
            df[i] = pos.df()[i] + a * neg.df()[i];
        }
        return new Curve(z, f, df);
    }

    private static Curve elu(double alpha, double[] z) {
        Curve relu = engine(Activation.RELU, z);
        Curve elu1 = engine(Activation.ELU, z);
        double[] f = new double[z.length];
        double[] df = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            f[i] = relu.f()[i] + alpha * (elu1.f()[i] - relu.f()[i]);
            df[i] = relu.df()[i] + alpha * (elu1.df()[i] - relu.df()[i]);
        }
        return new Curve(z, f, df);
    }

    private static Curve maxout(int pieces, double[] z) {
        Maxout m = new Maxout(pieces);
        double[] f = new double[z.length];
        double[] df = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            f[i] = m.apply(z[i]);
            df[i] = m.derivative(z[i]);
        }
        return new Curve(z, f, df);
    }
}
