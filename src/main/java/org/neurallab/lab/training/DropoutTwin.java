package org.neurallab.lab.training;

import org.neurallab.data.AugmentationSettings;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.lab.training.dataset.DatasetPane;
import org.neurallab.lab.training.settings.HyperParameters;

/**
 * "Run again without dropout" (or "with"): the last run's twin, with the same model, data, seed and settings,
 * that differs only in its Dropout rates, so the two curves show what dropout does and nothing else.
 */
final class DropoutTwin {

    /** What the action would start after the last run, or why it cannot start anything. */
    enum Action {
        /** Nothing trained here yet (a model read from a file has no run settings to repeat). */
        NO_RUN("training.twin.noRun", null),
        /** The last run's model has no Dropout layer. */
        NO_LAYER("training.twin.noLayer", null),
        /** Its Dropout layers all have rate 0 and it is not a twin, so there is no rate to restore. */
        ZERO_RATES("training.twin.zeroRates", null),
        /** The twin with every Dropout rate set to 0. */
        WITHOUT("training.twin.withoutTip", "training.runs.noDropout"),
        /** Back to the rates of the run the last one was the twin of. */
        WITH("training.twin.withTip", "training.runs.withDropout");

        private final String tipKey;
        private final String tagKey;

        Action(String tipKey, String tagKey) {
            this.tipKey = tipKey;
            this.tagKey = tagKey;
        }

        boolean possible() {
            return tagKey != null;
        }

        /** The button's tooltip: what it does, or why it is disabled. */
        String tipKey() {
            return tipKey;
        }

        /** What names the twin in the run list and legend ("no dropout"), or null. */
        String tagKey() {
            return tagKey;
        }
    }

    /**
     * What a run was started with, kept to start its twin.
     *
     * @param augmentation the augmentation as it was when the run started
     * @param restore      for a twin without dropout, the model with its rates; otherwise null
     */
    record Setup(ModelSpec spec, HyperParameters parameters, DatasetPane.LoadedData data,
                 AugmentationSettings augmentation, ModelSpec restore) {
    }

    private DropoutTwin() {
    }

    /** What the action offers after {@code last} (null: no run yet). */
    static Action after(Setup last) {
        if (last == null) {
            return Action.NO_RUN;
        }
        if (!last.spec().hasDropoutLayer()) {
            return Action.NO_LAYER;
        }
        if (last.spec().dropsUnits()) {
            return Action.WITHOUT;
        }
        return last.restore() != null ? Action.WITH : Action.ZERO_RATES;
    }

    /** The twin of {@code last}; only when {@link #after} says it is possible. */
    static Setup of(Setup last) {
        return switch (after(last)) {
            case WITHOUT -> new Setup(last.spec().withoutDropout(), last.parameters(), last.data(),
                    last.augmentation(), last.spec());
            case WITH -> new Setup(last.restore(), last.parameters(), last.data(), last.augmentation(), null);
            default -> throw new IllegalStateException("no twin after this run: " + after(last));
        };
    }
}
