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
            // float32: read x's memory directly and write the output's, keeping the winners in argmax
            java.nio.FloatBuffer in = FloatLoops.view(x);
            INDArray out = Nd4j.create(DataType.FLOAT, Shapes.batchShape(batch, outShape));
            java.nio.FloatBuffer o = FloatLoops.view(out);
            findMaxima(in::get);
            for (int i = 0; i < outLength; i++) {
                o.put(i, in.get(argmax[i]));
            }
            return out;
        }
        double[] in = HostArrays.toDoubles(x);
        findMaxima(i -> in[i]);
        double[] out = new double[outLength];
        for (int i = 0; i < outLength; i++) {
            out[i] = in[argmax[i]];
        }
        return HostArrays.fromDoubles(out, Shapes.batchShape(batch, outShape), x.dataType());
    }

    /** Fills argmax with, for each output, the input index of its window's largest value (first of ties). */
    private void findMaxima(java.util.function.IntToDoubleFunction in) {
        int h = inputShape[1];
        int w = inputShape[2];
        int oh = outShape[1];
        int ow = outShape[2];
        int pool = spec.pool();
        int stride = spec.stride();
        int planes = batch * inputShape[0];
        for (int plane = 0; plane < planes; plane++) {
            int base = plane * h * w;
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++) {
                    int best = base + i * stride * w + j * stride;
                    double bestValue = in.applyAsDouble(best);
                    for (int a = 0; a < pool; a++) {
                        int row = base + (i * stride + a) * w + j * stride;
                        for (int b = 0; b < pool; b++) {
                            double v = in.applyAsDouble(row + b);
                            if (v > bestValue) {
                                best = row + b;
                                bestValue = v;
                            }
                        }
                    }
                    argmax[(plane * oh + i) * ow + j] = best;
                }
            }
        }
    }

    @Override
    public INDArray backward(INDArray dout) {
        long[] shape = Shapes.batchShape(batch, inputShape);
        if (FloatLoops.applies(dout)) {
            java.nio.FloatBuffer d = FloatLoops.view(dout);
            float[] dx = new float[batch * Shapes.product(inputShape)];
            for (int o = 0; o < argmax.length; o++) {
                dx[argmax[o]] += d.get(o);
            }
            return Nd4j.create(dx, shape, 'c');
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
