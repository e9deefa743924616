package org.neurallab.lab.curriculum.regression;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;
import org.neurallab.lab.curriculum.ui.CurriculumContext;
import org.neurallab.lab.curriculum.ui.NumberField;
import org.neurallab.lab.curriculum.ui.Section;
import org.neurallab.lab.curriculum.ui.TopicPlot;
import org.neurallab.lab.curriculum.ui.TwoColumns;
import org.neurallab.ui.chart.XyPlot;

/**
 * Lecture 001's height/weight example, solved twice: in closed form as scikit-learn does, and by gradient
 * descent on one neuron. With enough steps the two agree to every digit the lecture prints.
 */
final class HeightWeightPane extends Section {
    private static final double HEIGHT = 178;

    private final RegressionData data = RegressionData.HEIGHT_WEIGHT;
    private final LeastSquares.Fit exact = LeastSquares.fit(data);
    private final NumberField steps = new NumberField(CentredGradientDescent.LECTURE_STEPS, 0, 5000, true);
    private final Label[] closedCells = new Label[4];
    private final Label[] descentCells = new Label[4];
    private final TopicPlot plot;
    private CentredGradientDescent.Result descent;

    HeightWeightPane(CurriculumContext context) {
        super("curRegression.height.heading", "curRegression.height.text");
        GridPane table = new GridPane();
        table.getStyleClass().add("reg-table");
        table.setHgap(18);
        table.setVgap(4);
        table.add(caption("curRegression.height.closed"), 1, 0);
        table.add(caption("curRegression.height.descent"), 2, 0);
        String[] rows = {"coef", "intercept", "score", "predict"};
        for (int r = 0; r < rows.length; r++) {
            table.add(caption("curRegression.height.row." + rows[r]), 0, r + 1);
            closedCells[r] = number("hw-closed-" + rows[r]);
            descentCells[r] = number("hw-descent-" + rows[r]);
            table.add(closedCells[r], 1, r + 1);
            table.add(descentCells[r], 2, r + 1);
        }
        show(closedCells, exact.slope(), exact.intercept(), exact.rSquared(), exact.predict(HEIGHT));

        steps.setId("hw-steps");
        steps.prefWidthProperty().bind(context.fontSize().multiply(9));
        steps.valueProperty().addListener((o, a, b) -> recompute());
        HBox stepsBox = new HBox(6, caption("curRegression.height.steps"), steps);
        stepsBox.setAlignment(Pos.BASELINE_LEFT);

        plot = new TopicPlot(context, "curRegression.axis.height", "curRegression.axis.weight");
        plot.setWindow(120, 195, 25, 100, false);
        plot.setPainter(this::paint);
        VBox left = new VBox(10, table, stepsBox, paragraph("curRegression.height.centred"));
        add(new TwoColumns(left, plot, context.fontSize()));
        recompute();
    }

    void resetToLecture() {
        steps.setValue(CentredGradientDescent.LECTURE_STEPS);
        recompute();
    }

    private void recompute() {
        descent = CentredGradientDescent.run(data, (int) steps.value(), CentredGradientDescent.LEARNING_RATE, 1);
        show(descentCells, descent.slope(), descent.intercept(), descent.rSquared(), descent.predict(HEIGHT));
        plot.redraw();
    }

    /** The lecture's digits: coef_ and score to 8 places, intercept_ to 7 as the lecture prints it, predict to 8. */
    private static void show(Label[] cells, double coef, double intercept, double score, double predict) {
        cells[0].setText(String.format(Locale.ROOT, "%.8f", coef));
        cells[1].setText(String.format(Locale.ROOT, "%.7f", intercept));
        cells[2].setText(String.format(Locale.ROOT, "%.8f", score));
        cells[3].setText(String.format(Locale.ROOT, "%.8f", predict));
    }

    private void paint(XyPlot.Pen pen) {
        pen.function(exact::predict, TopicPlot.LINE, 3);
        if (descent != null) {
            CentredGradientDescent.Result d = descent;
            pen.function(d::predict, TopicPlot.SECOND, 1.5);
        }
        for (int i = 0; i < data.size(); i++) {
            pen.dot(data.x(i), data.y(i), pen.fontSize() * 0.4, TopicPlot.POINTS);
        }
        double p = exact.predict(HEIGHT);
        pen.dot(HEIGHT, p, pen.fontSize() * 0.45, TopicPlot.LINE);
        pen.text(I18n.get().text("curRegression.height.mark", String.format(Locale.ROOT, "%.2f", p)),
                HEIGHT, p, -pen.fontSize() * 10, -pen.fontSize() * 1.2, pen.ink());
    }
}
