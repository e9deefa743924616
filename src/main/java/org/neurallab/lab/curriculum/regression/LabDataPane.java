package org.neurallab.lab.curriculum.regression;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;
import org.neurallab.lab.curriculum.ui.CurriculumContext;
import org.neurallab.lab.curriculum.ui.Section;
import org.neurallab.lab.curriculum.ui.TopicPlot;
import org.neurallab.lab.curriculum.ui.TwoColumns;
import org.neurallab.ui.chart.XyPlot;

/** Lecture 001's lab: five points, their least-squares line, and how far each point lies off it. */
final class LabDataPane extends Section {
    private final RegressionData data = RegressionData.LAB;
    private final LeastSquares.Fit fit = LeastSquares.fit(data);
    private final Label line = number("lab-line");
    private final Label score = number("lab-score");

    LabDataPane(CurriculumContext context) {
        super("curRegression.lab.heading", "curRegression.lab.text");
        TopicPlot plot = new TopicPlot(context, "curRegression.axis.x", "curRegression.axis.y");
        plot.setWindow(0, 6, 0, 4.5, false);
        plot.setPainter(this::paint);
        VBox numbers = new VBox(8, line, score, paragraph("curRegression.lab.residuals"));
        add(new TwoColumns(numbers, plot, context.fontSize()));
        refresh();
        I18n.get().onChange(this, () -> refresh());
    }

    private void refresh() {
        I18n i18n = I18n.get();
        line.setText(i18n.text("curRegression.lab.line", String.format(Locale.ROOT, "%.2f", fit.slope()),
                String.format(Locale.ROOT, "%.2f", fit.intercept())));
        score.setText(i18n.text("curRegression.lab.score", String.format(Locale.ROOT, "%.4f", fit.rSquared())));
    }

    private void paint(XyPlot.Pen pen) {
        for (int i = 0; i < data.size(); i++) {
            double x = data.x(i);
            pen.line(x, data.y(i), x, fit.predict(x), TopicPlot.DANGER.deriveColor(0, 1, 1, 0.7), 1.5);
        }
        pen.function(fit::predict, TopicPlot.LINE, 3);
        for (int i = 0; i < data.size(); i++) {
            pen.dot(data.x(i), data.y(i), pen.fontSize() * 0.4, TopicPlot.POINTS);
        }
    }
}
