package org.neurallab.lab.digits.teach;

import java.util.ArrayList;
import java.util.List;

/** The student's classes (2 to 10), each with its drawn samples: what teach-your-own trains on and saves. */
public record ClassSet(List<TeachClass> classes) {
    public static final int MIN_CLASSES = 2;
    public static final int MAX_CLASSES = 10;
    public static final int MIN_SAMPLES = 5;

    public ClassSet {
        if (classes == null || classes.size() > MAX_CLASSES) {
            throw new IllegalArgumentException("a class set has at most " + MAX_CLASSES + " classes, got "
                    + (classes == null ? "none" : classes.size()));
        }
        classes = List.copyOf(classes);
    }

    public int size() {
        return classes.size();
    }

    public List<String> names() {
        return classes.stream().map(TeachClass::name).toList();
    }

    /** What stops training, or an empty list when the set is ready. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (classes.size() < MIN_CLASSES) {
            problems.add(new Problem(Problem.Kind.TOO_FEW_CLASSES, -1, classes.size()));
        }
        for (int i = 0; i < classes.size(); i++) {
            int n = classes.get(i).samples().size();
            if (n < MIN_SAMPLES) {
                problems.add(new Problem(n == 0 ? Problem.Kind.NO_SAMPLES : Problem.Kind.TOO_FEW_SAMPLES, i, n));
            }
        }
        for (int i = 0; i < classes.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (classes.get(i).name().strip().equalsIgnoreCase(classes.get(j).name().strip())) {
                    problems.add(new Problem(Problem.Kind.DUPLICATE_NAME, i, j));
                }
            }
        }
        return problems;
    }

    /**
     * One reason the set cannot be trained yet; the UI turns it into a translated message.
     *
     * @param classIndex the class concerned, or -1 for the set as a whole
     * @param count      samples in that class, classes in the set, or the earlier class with the same name
     */
    public record Problem(Kind kind, int classIndex, int count) {
        public enum Kind { TOO_FEW_CLASSES, NO_SAMPLES, TOO_FEW_SAMPLES, DUPLICATE_NAME }
    }
}
