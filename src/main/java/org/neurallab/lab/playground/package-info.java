/**
 * The Playground lab's model, free of JavaFX: a {@link org.neurallab.lab.playground.PlaygroundSession}
 * trains a plain-Java {@link org.neurallab.engine.plain.DenseNet} built from a
 * {@link org.neurallab.lab.playground.state.PlaygroundConfig} (the whole state as one JSON-serialisable
 * object, like TensorFlow Playground's state.ts); a {@link org.neurallab.lab.playground.TrainingLoop}
 * runs it as a paced run of the app's training service, one epoch per animation frame, and publishes
 * {@link org.neurallab.lab.playground.FrameSnapshot}s with every heatmap already coloured.
 *
 * <p>Heatmaps: one 64 x 64 grid over [-6, 6]^2 per frame for the output, every second point of it
 * (32 x 32) for each neuron and input; the view writes the pixels into small images and draws them
 * scaled up with bilinear smoothing. {@link org.neurallab.lab.playground.PlaygroundFrameBench} times a
 * frame (one epoch + all heatmaps) for 6 hidden layers of 8 neurons.
 */
package org.neurallab.lab.playground;
