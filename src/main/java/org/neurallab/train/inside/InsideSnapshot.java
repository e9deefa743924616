package org.neurallab.train.inside;

import java.util.List;

/**
 * Inside the network at one sampled batch: every watched layer's statistics and the first layer's weights
 * as pictures. Plain immutable values made on the training thread, safe to hand to any other thread.
 *
 * @param epoch   the epoch of the batch, from 1
 * @param batch   the batch within the epoch, from 1
 * @param layers  the layers that compute something (Dense, Conv2D, Activation), in model order
 * @param filters the first layer's weights as pictures, or null when they do not make pictures
 * @param nanos   how long looking took on the training thread (what the panel costs the run)
 */
public record InsideSnapshot(int epoch, int batch, List<LayerStats> layers, FilterImages filters, long nanos) {

    public InsideSnapshot {
        layers = List.copyOf(layers);
    }
}
