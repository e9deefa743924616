package org.neurallab.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.neurallab.data.DatasetKind;
import org.neurallab.engine.model.Shapes;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.model.ModelSummary;
import org.neurallab.data.Quote;

/** Whether a saved model fits the data set a command uses it on: input shape, class count, and the data it learnt. */
final class DatasetFit {
    private DatasetFit() {
    }

    /** @throws IllegalArgumentException if the model cannot take 28x28 images or has another number of outputs */
    static void require(ModelSpec spec, DatasetKind kind) {
        int[] inputShape = spec.inputShape();
        if (Shapes.product(inputShape) != 28 * 28) {
            throw new IllegalArgumentException("--model: the model takes inputs of shape " + Arrays.toString(inputShape)
                    + ", but " + kind.cliName() + " images are 28x28");
        }
        List<ModelSummary.Row> rows = ModelSummary.of(spec).rows();
        int[] last = rows.isEmpty() ? inputShape : rows.get(rows.size() - 1).outputShape();
        if (last == null) {
            throw new IllegalArgumentException("--model: the model's layers do not fit together: "
                    + ModelSummary.of(spec).problem().message());
        }
        int outputs = Shapes.product(last);
        if (outputs != kind.classCount()) {
            throw new IllegalArgumentException("--model: the model has " + outputs + " outputs, but "
                    + kind.cliName() + " has " + kind.classCount() + " classes");
        }
    }

    /** Prints a warning when the model learnt another data set than the one it is used on now. */
    static void warnIfOther(String trainedOn, DatasetKind kind, PrintStream err) {
        boolean same;
        try {
            same = DatasetKind.fromCliName(trainedOn) == kind;
        } catch (IllegalArgumentException e) {
            same = false;
        }
        if (!same) {
            err.println("warning: the model was trained on " + Quote.of(trainedOn) + ", not on " + kind.cliName()
                    + ": its answers are names of the other data set's classes and its accuracy says little");
        }
    }
}
