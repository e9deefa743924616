package org.neurallab.lab.playground.state;

import java.util.EnumSet;
import java.util.Set;

/**
 * A teacher's exercise saved with the configuration: a goal shown as a banner, and controls that are
 * hidden or locked (visible but not changeable). The goal is met when the test loss is below
 * {@code maxTestLoss} using at most {@code maxNeurons} hidden neurons (0 = any number).
 *
 * <p>With a {@code teacherKey} (a hashed PIN, see {@link TeacherPin}) students cannot change or remove the
 * lesson: the lesson editor opens only with the PIN, and loading another configuration keeps the lesson.
 */
public record Lesson(String goal, double maxTestLoss, int maxNeurons, Set<Control> hidden, Set<Control> locked,
                     String teacherKey) {
    public static final Lesson NONE = new Lesson("", 0, 0, Set.of(), Set.of());

    /** A lesson without a teacher PIN. */
    public Lesson(String goal, double maxTestLoss, int maxNeurons, Set<Control> hidden, Set<Control> locked) {
        this(goal, maxTestLoss, maxNeurons, hidden, locked, "");
    }

    public Lesson {
        teacherKey = teacherKey == null ? "" : teacherKey;
        if (!teacherKey.isEmpty() && !TeacherPin.wellFormed(teacherKey)) {
            throw new IllegalArgumentException("the lesson's teacher key is damaged; remove the lesson or set a new PIN");
        }
        goal = goal == null ? "" : goal.strip();
        if (goal.length() > 300) {
            throw new IllegalArgumentException("lesson goal text must be at most 300 characters, got " + goal.length());
        }
        if (!(maxTestLoss >= 0 && maxTestLoss <= 10)) {
            throw new IllegalArgumentException("lesson test-loss goal must be between 0 and 10, got " + maxTestLoss);
        }
        if (maxNeurons < 0 || maxNeurons > 48) {
            throw new IllegalArgumentException("lesson neuron limit must be between 0 and 48, got " + maxNeurons);
        }
        hidden = hidden == null || hidden.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(hidden));
        locked = locked == null || locked.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(locked));
    }

    public boolean active() {
        return !goal.isEmpty() || maxTestLoss > 0 || !hidden.isEmpty() || !locked.isEmpty();
    }

    /** This lesson protected by a teacher PIN (4 to 12 digits), or without one when the PIN is empty. */
    public Lesson withTeacherPin(String pin) {
        String key = pin == null || pin.isEmpty() ? "" : TeacherPin.hash(pin);
        return new Lesson(goal, maxTestLoss, maxNeurons, hidden, locked, key);
    }

    /** True when only the teacher's PIN can change or remove this lesson. */
    public boolean pinProtected() {
        return !teacherKey.isEmpty() && active();
    }

    /** Whether this PIN unlocks the lesson (always true for a lesson without a PIN). */
    public boolean unlockedBy(String pin) {
        return !pinProtected() || TeacherPin.matches(teacherKey, pin);
    }

    public boolean hasGoal() {
        return maxTestLoss > 0;
    }

    /** True when the goal is met by this test loss and hidden-neuron count. */
    public boolean reached(double testLoss, int hiddenNeurons) {
        return hasGoal() && testLoss < maxTestLoss && (maxNeurons == 0 || hiddenNeurons <= maxNeurons);
    }

    public boolean hides(Control c) {
        return hidden.contains(c);
    }

    /** A hidden control is also locked. */
    public boolean locks(Control c) {
        return locked.contains(c) || hidden.contains(c);
    }
}
