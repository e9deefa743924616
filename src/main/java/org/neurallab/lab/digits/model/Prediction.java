package org.neurallab.lab.digits.model;

/** The model's answer for one drawing: one probability per class, and which class is the most likely. */
public record Prediction(float[] probabilities) {
    public Prediction {
        if (probabilities == null || probabilities.length == 0) {
            throw new IllegalArgumentException("probabilities must hold one value per class");
        }
        probabilities = probabilities.clone();
    }

    @Override
    public float[] probabilities() {
        return probabilities.clone();
    }

    public int classCount() {
        return probabilities.length;
    }

    public float probability(int classIndex) {
        return probabilities[classIndex];
    }

    /** Index of the most likely class (the first one on a tie). */
    public int top() {
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return best;
    }
}
