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

    /** The k most likely classes, most likely first (ties: lower index first). */
    public int[] topClasses(int k) {
        Integer[] order = new Integer[probabilities.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Float.compare(probabilities[b], probabilities[a]));
        int[] out = new int[Math.min(k, order.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = order[i];
        }
        return out;
    }
}
