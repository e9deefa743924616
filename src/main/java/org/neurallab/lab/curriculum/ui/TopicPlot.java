package org.neurallab.lab.curriculum.ui;

import javafx.scene.paint.Color;
import org.neurallab.app.I18n;
import org.neurallab.ui.chart.XyPlot;

/** A plot of this page: font size and ink follow the app, axis labels follow the language. */
public final class TopicPlot extends XyPlot {
    public static final Color POINTS = Color.web("#3b82f6");
    public static final Color LINE = Color.web("#f97316");
    public static final Color SECOND = Color.web("#10b981");
    public static final Color DANGER = Color.web("#ef4444");

    public TopicPlot(CurriculumContext context, String xKey, String yKey) {
        fontSizeProperty().bind(context.fontSize());
        darkProperty().bind(context.dark());
        if (xKey != null) {
            xLabelProperty().bind(I18n.get().bind(xKey));
        }
        if (yKey != null) {
            yLabelProperty().bind(I18n.get().bind(yKey));
        }
        // the plot height follows the text size so presenter mode keeps the same proportions
        prefHeightProperty().bind(context.fontSize().multiply(22));
        setMinWidth(0);
    }
}
