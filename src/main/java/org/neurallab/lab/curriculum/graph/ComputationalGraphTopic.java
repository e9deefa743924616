package org.neurallab.lab.curriculum.graph;

import static org.neurallab.lab.curriculum.ui.Translated.button;
import static org.neurallab.lab.curriculum.ui.Translated.paragraph;
import static org.neurallab.lab.curriculum.ui.Translated.text;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.neurallab.app.I18n;
import org.neurallab.lab.curriculum.ui.CurriculumContext;
import org.neurallab.lab.curriculum.ui.NumberField;
import org.neurallab.lab.curriculum.ui.Topic;

/**
 * Lecture 002's computational graphs (the apple problem and the apple-and-orange problem): forward
 * values and backward gradients on every edge, revealed one edge at a time, with the inputs editable.
 */
public final class ComputationalGraphTopic implements Topic {
    private final ToggleGroup problem = new ToggleGroup();
    private ToggleButton appleOnly;
    private NumberField applePrice;
    private NumberField appleCount;
    private NumberField orangePrice;
    private NumberField orangeCount;
    private NumberField tax;
    private GraphCanvas canvas;
    private final Label stepInfo = new Label();
    private final Label[] results = new Label[6];
    private Button play;
    private Timeline timeline;
    private ShoppingGraph graph;
    private int revealed;

    @Override
    public String id() {
        return "graph";
    }

    @Override
    public String titleKey() {
        return "curriculum.topic.graph";
    }

    @Override
    public Node view(CurriculumContext context) {
        VBox page = new VBox();
        page.getStyleClass().add("cur-graph");
        page.getStylesheets().add(ComputationalGraphTopic.class.getResource("graph.css").toExternalForm());

        appleOnly = toggle("curGraph.problem.apple", "graph-apple");
        ToggleButton withOrange = toggle("curGraph.problem.orange", "graph-orange");
        withOrange.setSelected(true);
        problem.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                recompute(true);
            }
        });
        FlowPane problems = new FlowPane(appleOnly, withOrange);
        problems.getStyleClass().add("flow");

        ShoppingGraph.Inputs lecture = ShoppingGraph.Inputs.lecture();
        applePrice = field(lecture.applePrice(), false, "graph-apple-price");
        appleCount = field(lecture.appleCount(), true, "graph-apple-count");
        orangePrice = field(lecture.orangePrice(), false, "graph-orange-price");
        orangeCount = field(lecture.orangeCount(), true, "graph-orange-count");
        tax = new NumberField(lecture.tax(), 0, 10, false);
        tax.setId("graph-tax");
        tax.valueProperty().addListener((o, a, b) -> recompute(false));
        FlowPane inputs = new FlowPane(
                I18n.get().labelled("curGraph.node.apple", applePrice), I18n.get().labelled("curGraph.node.appleCount", appleCount),
                I18n.get().labelled("curGraph.node.orange", orangePrice), I18n.get().labelled("curGraph.node.orangeCount", orangeCount),
                I18n.get().labelled("curGraph.node.tax", tax));
        inputs.getStyleClass().add("flow");

        Button step = button("curGraph.step", "graph-step", this::step);
        step.setGraphic(new FontIcon(MaterialDesignS.SKIP_NEXT));
        play = button("curGraph.play", "graph-play", this::togglePlay);
        play.setGraphic(new FontIcon(MaterialDesignP.PLAY));
        Button restart = button("curGraph.restart", "graph-restart", () -> {
            stop();
            reveal(0);
        });
        Button all = button("curGraph.all", "graph-all", () -> {
            stop();
            reveal(graph.stepCount());
        });
        FlowPane steps = new FlowPane(step, play, restart, all, stepInfo);
        steps.getStyleClass().add("flow");
        steps.setAlignment(Pos.CENTER_LEFT);
        stepInfo.setId("graph-step-info");

        canvas = new GraphCanvas();
        canvas.setId("graph-canvas");
        canvas.fontSizeProperty().bind(context.fontSize());
        canvas.darkProperty().bind(context.dark());

        GridPane table = new GridPane();
        table.getStyleClass().add("results");
        String[] keys = {"curGraph.result.price", "curGraph.result.dApple", "curGraph.result.dAppleCount",
            "curGraph.result.dOrange", "curGraph.result.dOrangeCount", "curGraph.result.dTax"};
        String[] ids = {"graph-price", "graph-dapple", "graph-dapple-count", "graph-dorange", "graph-dorange-count",
            "graph-dtax"};
        for (int i = 0; i < keys.length; i++) {
            Label name = text(keys[i]);
            results[i] = new Label();
            results[i].setId(ids[i]);
            results[i].getStyleClass().add("lecture-number");
            table.add(name, 0, i);
            table.add(results[i], 1, i);
        }
        Label legend = text("curGraph.legend");
        legend.getStyleClass().add("legend");
        page.getChildren().addAll(paragraph("curGraph.intro"), problems, inputs, steps, legend, canvas, table,
                paragraph("curGraph.rules"), paragraph("curGraph.rounding"));
        recompute(true);
        return page;
    }

    private void recompute(boolean showEverything) {
        if (canvas == null) {
            return;
        }
        ShoppingGraph.Inputs in = new ShoppingGraph.Inputs(applePrice.value(), appleCount.value(),
                orangePrice.value(), orangeCount.value(), tax.value());
        boolean apple = problem.getSelectedToggle() == appleOnly;
        graph = apple ? ShoppingGraph.apple(in) : ShoppingGraph.appleAndOrange(in);
        orangePrice.setDisable(apple);
        orangeCount.setDisable(apple);
        double[] values = {graph.price(), graph.dApple(), graph.dAppleCount(), graph.dOrange(), graph.dOrangeCount(),
            graph.dTax()};
        for (int i = 0; i < values.length; i++) {
            boolean orangeOnly = i == 3 || i == 4;
            results[i].setText(apple && orangeOnly ? "\u2014" : GraphNumbers.format(values[i]));
        }
        // a new problem starts the animation from the lecture's finished picture; a typed number keeps the step
        reveal(showEverything ? graph.stepCount() : Math.min(revealed, graph.stepCount()));
    }

    private void reveal(int steps) {
        revealed = steps;
        canvas.show(graph, steps);
        int count = graph.edges().size();
        if (steps == 0) {
            stepInfo.textProperty().bind(I18n.get().bind("curGraph.info.start"));
        } else if (steps <= count) {
            stepInfo.textProperty().bind(I18n.get().bind("curGraph.info.forward", steps, count));
        } else {
            stepInfo.textProperty().bind(I18n.get().bind("curGraph.info.backward", steps - count, count));
        }
    }

    private void step() {
        if (revealed >= graph.stepCount()) {
            reveal(0);
        } else {
            reveal(revealed + 1);
        }
    }

    private void togglePlay() {
        if (timeline != null) {
            stop();
            return;
        }
        if (revealed >= graph.stepCount()) {
            reveal(0);
        }
        timeline = new Timeline(new KeyFrame(Duration.millis(700), e -> {
            reveal(revealed + 1);
            if (revealed >= graph.stepCount()) {
                stop();
            }
        }));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
        play.textProperty().bind(I18n.get().bind("curGraph.pause"));
        play.setGraphic(new FontIcon(MaterialDesignP.PAUSE));
    }

    private void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
        if (play != null) {
            play.textProperty().bind(I18n.get().bind("curGraph.play"));
            play.setGraphic(new FontIcon(MaterialDesignP.PLAY));
        }
    }

    @Override
    public void resetToLecture() {
        if (canvas == null) {
            return;
        }
        stop();
        ShoppingGraph.Inputs lecture = ShoppingGraph.Inputs.lecture();
        applePrice.setValue(lecture.applePrice());
        appleCount.setValue(lecture.appleCount());
        orangePrice.setValue(lecture.orangePrice());
        orangeCount.setValue(lecture.orangeCount());
        tax.setValue(lecture.tax());
        recompute(true);
    }

    @Override
    public void onHide() {
        stop();
    }

    private NumberField field(double initial, boolean whole, String id) {
        NumberField f = new NumberField(initial, 0, whole ? 1000 : 1_000_000, whole);
        f.setId(id);
        f.valueProperty().addListener((o, a, b) -> recompute(false));
        return f;
    }

    private ToggleButton toggle(String key, String id) {
        ToggleButton b = new ToggleButton();
        b.textProperty().bind(I18n.get().bind(key));
        b.setId(id);
        b.setToggleGroup(problem);
        return b;
    }
}
