package org.neurallab.engine.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.Shapes;

/** Average pooling: each window gives its mean, so backward shares each gradient equally over the window. */
public final class AvgPool2D implements Layer {
    private final LayerSpec.AvgPool2D spec;
    private int[] inputShape;
    private int[] outShape;
    private int batch;

    AvgPool2D(LayerSpec.AvgPool2D spec) {
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
        double[] in = HostArrays.toDoubles(x);
        double[] out = new double[batch * Shapes.product(outShape)];
        double scale = 1.0 / (spec.pool() * spec.pool());
        visit((o, i) -> out[o] += in[i] * scale);
        return HostArrays.fromDoubles(out, Shapes.batchShape(batch, outShape), x.dataType());
    }

    @Override
    public INDArray backward(INDArray dout) {
        double[] d = HostArrays.toDoubles(dout);
        double[] dx = new double[batch * Shapes.product(inputShape)];
        double scale = 1.0 / (spec.pool() * spec.pool());
        visit((o, i) -> dx[i] += d[o] * scale);
        return HostArrays.fromDoubles(dx, Shapes.batchShape(batch, inputShape), dout.dataType());
    }

    /** Calls the action for every (output index, input index) pair that pooling connects. */
    private void visit(Pair action) {
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
                    int o = (plane * oh + i) * ow + j;
                    for (int a = 0; a < pool; a++) {
                        int row = base + (i * stride + a) * w + j * stride;
                        for (int b = 0; b < pool; b++) {
                            action.accept(o, row + b);
                        }
                    }
                }
            }
        }
    }

    @FunctionalInterface
    private interface Pair {
        void accept(int output, int input);
    }

    @Override
    public LayerSpec.AvgPool2D spec() {
        return spec;
    }
}
