package org.neurallab.engine.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
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
        double[] in = HostArrays.toDoubles(x);
        int h = inputShape[1];
        int w = inputShape[2];
        int oh = outShape[1];
        int ow = outShape[2];
        int pool = spec.pool();
        int stride = spec.stride();
        int planes = batch * inputShape[0];
        double[] out = new double[planes * oh * ow];
        argmax = new int[out.length];
        for (int plane = 0; plane < planes; plane++) {
            int base = plane * h * w;
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++) {
                    int best = base + i * stride * w + j * stride;
                    for (int a = 0; a < pool; a++) {
                        int row = base + (i * stride + a) * w + j * stride;
                        for (int b = 0; b < pool; b++) {
                            if (in[row + b] > in[best]) {
                                best = row + b;
                            }
                        }
                    }
                    int o = (plane * oh + i) * ow + j;
                    out[o] = in[best];
                    argmax[o] = best;
                }
            }
        }
        return HostArrays.fromDoubles(out, Shapes.batchShape(batch, outShape), x.dataType());
    }

    @Override
    public INDArray backward(INDArray dout) {
        double[] d = HostArrays.toDoubles(dout);
        double[] dx = new double[batch * Shapes.product(inputShape)];
        for (int o = 0; o < d.length; o++) {
            dx[argmax[o]] += d[o];
        }
        return HostArrays.fromDoubles(dx, Shapes.batchShape(batch, inputShape), dout.dataType());
    }

    @Override
    public LayerSpec.MaxPool2D spec() {
        return spec;
    }
}
