package org.neurallab.engine.model;

/**
 * Why a model cannot be built.
 *
 * @param layerIndex the layer concerned, or -1 for the model as a whole
 * @param message    a sentence a student can act on
 */
public record ModelProblem(int layerIndex, String message) {
}
