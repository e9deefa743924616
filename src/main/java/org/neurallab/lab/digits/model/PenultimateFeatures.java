package org.neurallab.lab.digits.model;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.data.ImageLayout;
import org.neurallab.data.TensorConversion;
import org.neurallab.engine.layers.Layer;
import org.neurallab.engine.Sequential;

/**
 * What a trained network "sees" just before its last layer: the inputs of the final Dense layer. A new last
 * layer trained on these features learns new classes in seconds, as Teachable Machine does.
 */
public final class PenultimateFeatures {
    private static final int BATCH = 500;

    private PenultimateFeatures() {
    }

    /** Features of the images (rows of 784 values) as [n, features]; raw pixels when there is no network. */
    public static INDArray of(Sequential network, List<float[]> images) {
        float[] flat = new float[images.size() * DigitModel.SIDE * DigitModel.SIDE];
        for (int i = 0; i < images.size(); i++) {
            System.arraycopy(images.get(i), 0, flat, i * 784, 784);
        }
        return of(network, flat, images.size());
    }

    /** Same for {@code n} images stored one after another in {@code flat}. */
    public static INDArray of(Sequential network, float[] flat, int n) {
        if (network == null) {
            return TensorConversion.fromFlat(flat, n, DigitModel.SIDE, DigitModel.SIDE, ImageLayout.FLAT);
        }
        INDArray result = null;
        for (int from = 0; from < n; from += BATCH) {
            int count = Math.min(BATCH, n - from);
            float[] part = new float[count * 784];
            System.arraycopy(flat, from * 784, part, 0, part.length);
            INDArray x = TensorConversion.fromFlat(part, count, DigitModel.SIDE, DigitModel.SIDE, ImageLayout.NCHW);
            INDArray f = forwardAllButLast(network, x);
            if (result == null) {
                result = Nd4j.create(f.dataType(), n, f.size(1));
            }
            result.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(from, from + count),
                    org.nd4j.linalg.indexing.NDArrayIndex.all()).assign(f);
        }
        return result;
    }

    private static INDArray forwardAllButLast(Sequential network, INDArray x) {
        List<Layer> layers = network.layers();
        INDArray out = x;
        for (int i = 0; i < layers.size() - 1; i++) {
            out = layers.get(i).forward(out, false);
        }
        return out.reshape(out.size(0), out.length() / out.size(0));
    }

    /** Whether the network ends in a Dense layer whose inputs can serve as features. */
    public static boolean usable(Sequential network) {
        List<Layer> layers = network.layers();
        return layers.size() >= 2 && "Dense".equals(layers.get(layers.size() - 1).spec().kind());
    }
}
