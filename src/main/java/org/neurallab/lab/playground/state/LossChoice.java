package org.neurallab.lab.playground.state;

/**
 * The loss a classifier minimises: TensorFlow Playground's half squared error on a tanh output
 * (targets -1/+1), or cross-entropy (sigmoid for two classes, softmax for more). Multiclass always
 * uses cross-entropy; regression always squared error.
 */
public enum LossChoice {
    SQUARED_ERROR, CROSS_ENTROPY
}
