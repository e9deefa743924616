package org.neurallab.lab.digits.model;

import java.util.ArrayList;
import java.util.List;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.layers.Layer;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;

/**
 * The forward pass of one image in plain Java, with the weights copied out of the model once. For a single
 * drawing ND4J's per-operation overhead and garbage dominate (a p95 of 10-30 ms was measured); these loops
 * take about a millisecond and allocate only the outputs. Same maths as the engine's layers; a test checks
 * that both give the same probabilities.
 */
final class FastForward {
    private final List<Step> steps = new ArrayList<>();
    private final boolean softmaxAtEnd;

    private interface Step {
        float[] apply(float[] in);
    }

    private FastForward(boolean softmaxAtEnd) {
        this.softmaxAtEnd = softmaxAtEnd;
    }

    /** A fast path for the model, or null when it has a layer or loss this class does not handle. */
    static FastForward of(Sequential net) {
        if (net.spec().loss() != LossType.SOFTMAX_CROSS_ENTROPY) {
            return null;
        }
        List<Layer> layers = net.layers();
        LayerSpec lastSpec = layers.get(layers.size() - 1).spec();
        boolean lastIsSoftmax = lastSpec instanceof LayerSpec.Dense d && d.activation() == Activation.SOFTMAX;
        FastForward f = new FastForward(!lastIsSoftmax);
        int[] shape = net.inputShape();
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            LayerSpec spec = layer.spec();
            int[] in = shape;
            Step step;
            if (spec instanceof LayerSpec.Conv2D c) {
                step = conv(c, in, net.outputShape(i), layer.params().get(0).value().dup('c').data().asFloat(),
                        layer.params().get(1).value().dup('c').data().asFloat());
            } else if (spec instanceof LayerSpec.MaxPool2D p) {
                step = pool(true, p.pool(), p.stride(), in, net.outputShape(i));
            } else if (spec instanceof LayerSpec.AvgPool2D p) {
                step = pool(false, p.pool(), p.stride(), in, net.outputShape(i));
            } else if (spec instanceof LayerSpec.Dense d) {
                step = dense(d.activation(), layer.params().get(0).value().dup('c').data().asFloat(),
                        layer.params().get(1).value().dup('c').data().asFloat(), net.outputShape(i)[0]);
            } else if (spec instanceof LayerSpec.ActivationLayer a) {
                step = x -> activate(a.activation(), x.clone());
            } else if (spec instanceof LayerSpec.Flatten || spec instanceof LayerSpec.Dropout) {
                step = x -> x;
            } else {
                return null;
            }
            f.steps.add(step);
            shape = net.outputShape(i);
        }
        return f;
    }

    /** Every layer's output for one image; the last one is the probabilities. */
    List<float[]> forwardAll(float[] input) {
        List<float[]> outs = new ArrayList<>(steps.size());
        float[] x = input;
        for (Step s : steps) {
            x = s.apply(x);
            outs.add(x);
        }
        if (softmaxAtEnd) {
            outs.set(outs.size() - 1, softmax(x.clone()));
        }
        return outs;
    }

    float[] probabilities(float[] input) {
        List<float[]> all = forwardAll(input);
        return all.get(all.size() - 1);
    }

    private static Step conv(LayerSpec.Conv2D spec, int[] in, int[] out, float[] w, float[] b) {
        int c = in[0];
        int h = in[1];
        int wd = in[2];
        int f = out[0];
        int oh = out[1];
        int ow = out[2];
        int k = spec.kernel();
        int s = spec.stride();
        int p = spec.padding().amount(k);
        Activation act = spec.activation();
        // Weights as [c*k*k, f]: for one input value, the contributions to all filters lie side by side,
        // so the innermost loop runs over contiguous memory (and zero inputs, most of a drawing, are skipped).
        float[] wt = new float[c * k * k * f];
        for (int o = 0; o < f; o++) {
            for (int t = 0; t < c * k * k; t++) {
                wt[t * f + o] = w[o * c * k * k + t];
            }
        }
        return x -> {
            float[] hwc = new float[oh * ow * f];
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++) {
                    int yBase = (i * ow + j) * f;
                    System.arraycopy(b, 0, hwc, yBase, f);
                    for (int ch = 0; ch < c; ch++) {
                        for (int ky = 0; ky < k; ky++) {
                            int row = i * s + ky - p;
                            if (row < 0 || row >= h) {
                                continue;
                            }
                            for (int kx = 0; kx < k; kx++) {
                                int col = j * s + kx - p;
                                if (col < 0 || col >= wd) {
                                    continue;
                                }
                                float xv = x[(ch * h + row) * wd + col];
                                if (xv == 0) {
                                    continue;
                                }
                                int wBase = ((ch * k + ky) * k + kx) * f;
                                for (int o = 0; o < f; o++) {
                                    hwc[yBase + o] += xv * wt[wBase + o];
                                }
                            }
                        }
                    }
                }
            }
            float[] y = new float[f * oh * ow];
            int area = oh * ow;
            for (int pos = 0; pos < area; pos++) {
                for (int o = 0; o < f; o++) {
                    y[o * area + pos] = hwc[pos * f + o];
                }
            }
            return activate(act, y);
        };
    }

    private static Step pool(boolean max, int size, int stride, int[] in, int[] out) {
        int c = in[0];
        int h = in[1];
        int w = in[2];
        int oh = out[1];
        int ow = out[2];
        return x -> {
            float[] y = new float[c * oh * ow];
            for (int ch = 0; ch < c; ch++) {
                for (int i = 0; i < oh; i++) {
                    for (int j = 0; j < ow; j++) {
                        float acc = max ? Float.NEGATIVE_INFINITY : 0;
                        for (int a = 0; a < size; a++) {
                            int row = (ch * h + i * stride + a) * w + j * stride;
                            for (int bb = 0; bb < size; bb++) {
                                float v = x[row + bb];
                                acc = max ? Math.max(acc, v) : acc + v;
                            }
                        }
                        y[(ch * oh + i) * ow + j] = max ? acc : acc / (size * size);
                    }
                }
            }
            return y;
        };
    }

    private static Step dense(Activation act, float[] w, float[] b, int units) {
        return x -> {
            float[] y = b.clone();
            // W is [in, units] row-major: add each input's row, which runs along memory.
            for (int i = 0; i < x.length; i++) {
                float xi = x[i];
                if (xi == 0) {
                    continue;
                }
                int row = i * units;
                for (int u = 0; u < units; u++) {
                    y[u] += xi * w[row + u];
                }
            }
            return act == Activation.SOFTMAX ? softmax(y) : activate(act, y);
        };
    }

    private static float[] activate(Activation act, float[] v) {
        if (act == Activation.LINEAR) {
            return v;
        }
        if (act == Activation.SOFTMAX) {
            return softmax(v);
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) act.apply(v[i]);
        }
        return v;
    }

    private static float[] softmax(float[] v) {
        float max = Float.NEGATIVE_INFINITY;
        for (float x : v) {
            max = Math.max(max, x);
        }
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) Math.exp(v[i] - max);
            sum += v[i];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) sum;
        }
        return v;
    }
}
