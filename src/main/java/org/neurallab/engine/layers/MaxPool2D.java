package org.neurallab.engine.layers;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.activation.FloatLoops;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.Shapes;

/**
 * Max pooling: each window keeps its largest value. Forward remembers where that value was, so
 * backward sends each gradient to exactly that input position (ties go to the first one).
 */
public final class MaxPool2D implements Layer {
    private final LayerSpec.MaxPool2D spec;
    private int[] inputShape;
    private int[] outShape;
    private int[] argmax;
    private int batch;

    MaxPool2D(LayerSpec.MaxPool2D spec) {
        this.spec = spec;
    }

    @Override
    public int[] build(int[] in, Initializer init) {
        outShape = outputShape(in);
        inputShape = in.clone();
        return outShape.clone();
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        batch = (int) x.size(0);
        int outLength = batch * Shapes.product(outShape);
        if (argmax == null || argmax.length != outLength) {
            argmax = new int[outLength];
        }
        if (FloatLoops.applies(x)) {
            // float32: one input plane at a time is copied into a Java array, its maxima are written to out
            INDArray out = Nd4j.createUninitialized(DataType.FLOAT, Shapes.batchShape(batch, outShape));
            java.nio.FloatBuffer in = FloatLoops.view(x);
            java.nio.FloatBuffer o = FloatLoops.view(out);
            int planeIn = inputShape[1] * inputShape[2];
            int planeOut = outShape[1] * outShape[2];
            float[] plane = new float[planeIn];
            double[] wide = new double[planeIn];
            float[] maxima = new float[planeOut];
            for (int p = 0, planes = batch * inputShape[0]; p < planes; p++) {
                in.get(p * planeIn, plane, 0, planeIn);
                for (int i = 0; i < planeIn; i++) {
                    wide[i] = plane[i];
                }
                findMaxima(wide, 0, p);
                for (int i = 0; i < planeOut; i++) {
                    maxima[i] = plane[argmax[p * planeOut + i] - p * planeIn];
                }
                o.put(p * planeOut, maxima, 0, planeOut);
            }
            return out;
        }
        double[] in = HostArrays.toDoubles(x);
        for (int p = 0, planes = batch * inputShape[0]; p < planes; p++) {
            findMaxima(in, p * inputShape[1] * inputShape[2], p);
        }
        double[] out = new double[outLength];
        for (int i = 0; i < outLength; i++) {
            out[i] = in[argmax[i]];
        }
        return HostArrays.fromDoubles(out, Shapes.batchShape(batch, outShape), x.dataType());
    }

    /**
     * For each output of one plane (one channel of one image), the input index of its window's largest value
     * (first of ties) into argmax. The plane's values are {@code in[from ...]}.
     */
    private void findMaxima(double[] in, int from, int plane) {
        int h = inputShape[1];
        int w = inputShape[2];
        int oh = outShape[1];
        int ow = outShape[2];
        int pool = spec.pool();
        int stride = spec.stride();
        int base = plane * h * w;
        int outBase = plane * oh * ow;
        for (int i = 0; i < oh; i++) {
            for (int j = 0; j < ow; j++) {
                int best = i * stride * w + j * stride;
                double bestValue = in[from + best];
                for (int a = 0; a < pool; a++) {
                    int row = (i * stride + a) * w + j * stride;
                    for (int b = 0; b < pool; b++) {
                        double v = in[from + row + b];
                        if (v > bestValue) {
                            best = row + b;
                            bestValue = v;
                        }
                    }
                }
                argmax[outBase + i * ow + j] = base + best;
            }
        }
    }

    @Override
    public INDArray backward(INDArray dout) {
        long[] shape = Shapes.batchShape(batch, inputShape);
        if (FloatLoops.applies(dout)) {
            // each output's gradient goes to its window's winner, one input plane at a time
            INDArray dx = Nd4j.createUninitialized(DataType.FLOAT, shape);
            java.nio.FloatBuffer d = FloatLoops.view(dout);
            java.nio.FloatBuffer out = FloatLoops.view(dx);
            int planeIn = inputShape[1] * inputShape[2];
            int planeOut = outShape[1] * outShape[2];
            float[] plane = new float[planeIn];
            float[] grads = new float[planeOut];
            for (int p = 0, planes = batch * inputShape[0]; p < planes; p++) {
                d.get(p * planeOut, grads, 0, planeOut);
                java.util.Arrays.fill(plane, 0f);
                for (int i = 0; i < planeOut; i++) {
                    plane[argmax[p * planeOut + i] - p * planeIn] += grads[i];
                }
                out.put(p * planeIn, plane, 0, planeIn);
            }
            return dx;
        }
        double[] d = HostArrays.toDoubles(dout);
        double[] dx = new double[batch * Shapes.product(inputShape)];
        for (int o = 0; o < d.length; o++) {
            dx[argmax[o]] += d[o];
        }
        return HostArrays.fromDoubles(dx, shape, dout.dataType());
    }

    @Override
    public LayerSpec.MaxPool2D spec() {
        return spec;
    }
}
