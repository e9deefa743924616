package org.neurallab.engine;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.engine.layers.Layer;
import org.neurallab.engine.layers.Param;
import org.neurallab.engine.optim.Regularization;

/**
 * Compares back-propagated gradients with numerical ones from central differences,
 * (L(w + h) - L(w - h)) / 2h, parameter by parameter. Use a double-precision model: in float32 the
 * rounding of L swamps the difference for any useful h.
 */
public final class GradientCheck {

    /** Result for one parameter array: the largest relative error over its entries. */
    public record Result(String layer, String param, double maxRelativeError, double maxAbsoluteGradient) {
    }

    private GradientCheck() {
    }

    /**
     * Runs the check on every parameter of the model. Layers with randomness (Dropout) are evaluated in
     * inference mode so that the loss is a deterministic function of the weights.
     */
    public static List<Result> check(Sequential model, INDArray x, INDArray target, Regularization reg, double h) {
        model.loss().forward(model.forward(x, false), target);
        backwardInferenceMode(model, x, target, reg);
        List<Result> results = new ArrayList<>();
        for (int li = 0; li < model.layers().size(); li++) {
            Layer layer = model.layers().get(li);
            for (Param p : layer.params()) {
                INDArray analytic = p.grad().dup();
                INDArray flat = p.value().reshape(p.value().length());
                double worst = 0;
                double biggest = 0;
                for (long i = 0; i < flat.length(); i++) {
                    double old = flat.getDouble(i);
                    flat.putScalar(i, old + h);
                    double plus = model.loss(x, target, reg);
                    flat.putScalar(i, old - h);
                    double minus = model.loss(x, target, reg);
                    flat.putScalar(i, old);
                    double numeric = (plus - minus) / (2 * h);
                    double a = analytic.reshape(analytic.length()).getDouble(i);
                    worst = Math.max(worst, relativeError(a, numeric));
                    biggest = Math.max(biggest, Math.abs(a));
                }
                results.add(new Result(li + ":" + layer.spec().kind(), p.name(), worst, biggest));
            }
        }
        return results;
    }

    /** Gradient of the loss with respect to the input itself, numerically and by back-propagation. */
    public static double checkInput(Sequential model, INDArray x, INDArray target, double h) {
        model.loss().forward(model.forward(x, false), target);
        INDArray analytic = model.backward(model.loss().backward()).dup();
        INDArray flat = x.reshape(x.length());
        INDArray analyticFlat = analytic.reshape(analytic.length());
        double worst = 0;
        for (long i = 0; i < flat.length(); i++) {
            double old = flat.getDouble(i);
            flat.putScalar(i, old + h);
            double plus = model.loss(x, target, Regularization.NONE);
            flat.putScalar(i, old - h);
            double minus = model.loss(x, target, Regularization.NONE);
            flat.putScalar(i, old);
            worst = Math.max(worst, relativeError(analyticFlat.getDouble(i), (plus - minus) / (2 * h)));
        }
        return worst;
    }

    /** |a - n| / max(|a|, |n|, 1e-8): near 1e-7 or below means the two agree. */
    public static double relativeError(double analytic, double numeric) {
        return Math.abs(analytic - numeric) / Math.max(Math.max(Math.abs(analytic), Math.abs(numeric)), 1e-8);
    }

    private static void backwardInferenceMode(Sequential model, INDArray x, INDArray target, Regularization reg) {
        model.loss().forward(model.forward(x, false), target);
        model.backward(model.loss().backward());
        reg.addGradients(model.params());
    }
}
