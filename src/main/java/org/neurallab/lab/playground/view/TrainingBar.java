package org.neurallab.lab.playground.view;

import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.neurallab.app.I18n;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.plain.WeightInit;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.optim.Regularization;
import org.neurallab.lab.playground.data.PointDataset;
import org.neurallab.lab.playground.data.ProblemType;
import org.neurallab.lab.playground.state.Control;
import org.neurallab.lab.playground.state.HiddenLayer;
import org.neurallab.lab.playground.state.LossChoice;
import org.neurallab.lab.playground.state.PlaygroundConfig;

/**
 * The row above the network: play/pause, step, reset, the epoch counter, and the hyper-parameters
 * (learning rate, activation for every layer, regularization and its rate, problem type, loss,
 * optimizer, batch size). Typed values are checked; a bad one shows a message and changes nothing.
 */
final class TrainingBar {
    static final List<String> LEARNING_RATES = List.of("0.00001", "0.0001", "0.001", "0.003", "0.01", "0.03",
            "0.1", "0.3", "1", "3", "10");
    static final List<String> PENALTY_RATES = List.of("0", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1",
            "3", "10");

    final ToggleButton play = new ToggleButton();
    final Button step = new Button();
    final Button reset = new Button();
    final Label epoch = new Label("0");
    final ComboBox<String> learningRate = new ComboBox<>();
    final ComboBox<Activation> activation = new ComboBox<>();
    final ComboBox<Regularization.Kind> regularization = new ComboBox<>();
    final ComboBox<String> regularizationRate = new ComboBox<>();
    final ComboBox<ProblemType> problem = new ComboBox<>();
    final ComboBox<LossChoice> loss = new ComboBox<>();
    final ComboBox<OptimizerType> optimizer = new ComboBox<>();
    final Spinner<Integer> batch = new Spinner<>(1, PlaygroundConfig.MAX_BATCH, 10);
    final ComboBox<WeightInit> init = new ComboBox<>();
    private final FlowPane root = new FlowPane(14, 8);
    private final PlaygroundController controller;
    private final javafx.beans.value.ObservableDoubleValue scale;
    private boolean updating;

    TrainingBar(PlaygroundController controller, Map<Control, List<Node>> registry,
            javafx.beans.value.ObservableDoubleValue scale) {
        this.controller = controller;
        this.scale = scale;
        I18n i18n = I18n.get();
        play.setId("play");
        step.setId("step");
        reset.setId("reset");
        epoch.setId("epoch");
        learningRate.setId("learning-rate");
        activation.setId("activation");
        regularization.setId("regularization");
        regularizationRate.setId("regularization-rate");
        problem.setId("problem");
        loss.setId("loss");
        optimizer.setId("optimizer");
        batch.setId("batch");
        init.setId("weight-init");
        init.getItems().setAll(WeightInit.values());
        init.setConverter(I18n.get().converter(k -> ChoiceKeys.of("init", k)));
        init.setStyle("-fx-pref-width: 12em;");
        init.setTooltip(I18n.get().tooltip("playground.init.tooltip"));
        play.setGraphic(icon(play, MaterialDesignP.PLAY));
        play.selectedProperty().addListener((o, was, now) ->
                play.setGraphic(icon(play, now ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY)));
        play.getStyleClass().addAll("accent", "playground-play");
        step.setGraphic(icon(step, MaterialDesignS.STEP_FORWARD));
        reset.setGraphic(icon(reset, MaterialDesignR.RESTART));
        play.setTooltip(tooltip("playground.play.tooltip"));
        step.setTooltip(tooltip("playground.step.tooltip"));
        reset.setTooltip(tooltip("playground.reset.tooltip"));
        epoch.getStyleClass().addAll("title-3", "playground-epoch");
        epoch.setMinWidth(80);

        learningRate.getItems().setAll(LEARNING_RATES);
        learningRate.setEditable(true);
        learningRate.setStyle("-fx-pref-width: 7.9em;"); // em: grows with the presenter scale
        activation.getItems().setAll(PlaygroundConfig.ACTIVATIONS);
        activation.setConverter(I18n.get().converter(ChoiceKeys::activation));
        // with different activations per layer there is no single value: say so instead of showing nothing
        activation.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Activation item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? I18n.get().text("playground.activation.mixed")
                        : activation.getConverter().toString(item));
            }
        });
        regularization.getItems().setAll(Regularization.Kind.values());
        regularization.setConverter(I18n.get().converter(k -> ChoiceKeys.of("regularization", k)));
        regularizationRate.getItems().setAll(PENALTY_RATES);
        regularizationRate.setEditable(true);
        regularizationRate.setStyle("-fx-pref-width: 6.4em;");
        problem.getItems().setAll(ProblemType.values());
        problem.setConverter(I18n.get().converter(p -> ChoiceKeys.of("problem", p)));
        loss.getItems().setAll(LossChoice.values());
        loss.setConverter(I18n.get().converter(l -> ChoiceKeys.of("loss", l)));
        optimizer.getItems().setAll(PlaygroundConfig.OPTIMIZERS);
        optimizer.setConverter(I18n.get().converter(o -> ChoiceKeys.of("optimizer", o)));
        batch.setEditable(true);
        batch.setStyle("-fx-pref-width: 5.7em;");

        Node runBox = box(null, new javafx.scene.layout.HBox(6, play, step, reset));
        Node epochBox = box("playground.epoch", epoch);
        root.getChildren().addAll(runBox, epochBox,
                register(registry, Control.LEARNING_RATE, box("playground.learningRate", learningRate)),
                register(registry, Control.ACTIVATION, box("playground.activation", activation)),
                register(registry, Control.REGULARIZATION, box("playground.regularization", regularization)),
                register(registry, Control.REGULARIZATION, box("playground.regularizationRate", regularizationRate)),
                register(registry, Control.PROBLEM, box("playground.problem", problem)),
                register(registry, Control.LOSS, box("playground.loss", loss)),
                register(registry, Control.OPTIMIZER, box("playground.optimizer", optimizer)),
                register(registry, Control.BATCH_SIZE, box("playground.batchSize", batch)),
                register(registry, Control.WEIGHTS, box("playground.init", init)));
        root.setPadding(new Insets(6, 8, 6, 8));
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("playground-training-bar");
        wire();
        controller.configProperty().addListener((o, old, now) -> refresh());
        refresh();
        I18n.get().onChange(root, () -> {
            relabel();
            refresh();
        });
    }

    Node node() {
        return root;
    }

    /** An icon sized by the shell's UI scale (an inline style, so the theme's CSS cannot shrink it). */
    private FontIcon icon(javafx.scene.control.Labeled owner, org.kordamp.ikonli.Ikon ikon) {
        return org.neurallab.app.shell.Icons.of(ikon, scale);
    }

    private static Tooltip tooltip(String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(I18n.get().bind(key));
        return t;
    }

    private static Node register(Map<Control, List<Node>> registry, Control c, Node n) {
        registry.computeIfAbsent(c, k -> new java.util.ArrayList<>()).add(n);
        return n;
    }

    private static VBox box(String key, Node control) {
        Label label = new Label();
        if (key != null) {
            label.textProperty().bind(I18n.get().bind(key));
        }
        label.getStyleClass().add("text-muted");
        VBox box = new VBox(2, label, control);
        box.setAlignment(Pos.BOTTOM_LEFT);
        return box;
    }

    private void wire() {
        learningRate.setOnAction(e -> {
            if (updating) {
                return;
            }
            double v = parse(learningRate.getEditor().getText(), learningRate.getValue());
            if (!(v >= PlaygroundConfig.MIN_LEARNING_RATE && v <= PlaygroundConfig.MAX_LEARNING_RATE)) {
                controller.messageProperty().set(I18n.get().text("playground.error.learningRate", text(learningRate)));
                refresh();
                return;
            }
            controller.change(PlaygroundController.Kind.TRAINING, c -> c.setLearningRate(v));
        });
        regularizationRate.setOnAction(e -> {
            if (updating) {
                return;
            }
            double v = parse(regularizationRate.getEditor().getText(), regularizationRate.getValue());
            if (!(v >= 0 && v <= 10)) {
                controller.messageProperty().set(I18n.get().text("playground.error.penaltyRate", text(regularizationRate)));
                refresh();
                return;
            }
            controller.change(PlaygroundController.Kind.TRAINING, c -> c.setRegularizationRate(v));
        });
        activation.setOnAction(e -> {
            Activation a = activation.getValue();
            if (updating || a == null) {
                return;
            }
            controller.change(PlaygroundController.Kind.STRUCTURE, c ->
                    c.setLayers(c.getLayers().stream().map(h -> h.withActivation(a)).toList()));
        });
        regularization.setOnAction(e -> {
            if (!updating && regularization.getValue() != null) {
                controller.change(PlaygroundController.Kind.TRAINING, c -> c.setRegularization(regularization.getValue()));
            }
        });
        problem.setOnAction(e -> {
            ProblemType p = problem.getValue();
            if (updating || p == null || p == controller.configProperty().get().problem()) {
                return;
            }
            controller.change(PlaygroundController.Kind.STRUCTURE, c -> {
                c.setDataset(p == ProblemType.REGRESSION ? PointDataset.PLANE : PointDataset.CIRCLE);
                c.setPoints(null, null);
            });
        });
        loss.setOnAction(e -> {
            if (!updating && loss.getValue() != null) {
                controller.change(PlaygroundController.Kind.STRUCTURE, c -> c.setLoss(loss.getValue()));
            }
        });
        optimizer.setOnAction(e -> {
            if (!updating && optimizer.getValue() != null) {
                controller.change(PlaygroundController.Kind.TRAINING, c -> c.setOptimizer(optimizer.getValue()));
            }
        });
        init.setOnAction(e -> {
            if (!updating && init.getValue() != null) {
                controller.change(PlaygroundController.Kind.STRUCTURE, c -> c.setWeightInit(init.getValue()));
            }
        });
        batch.valueProperty().addListener((o, old, now) -> {
            if (!updating && now != null) {
                controller.change(PlaygroundController.Kind.TRAINING, c -> c.setBatchSize(now));
            }
        });
    }

    private static String text(ComboBox<String> box) {
        return box.getEditor().getText();
    }

    /** Reads a number in the user's locale or with a dot; NaN if it is not one. */
    static double parse(String typed, String fallback) {
        String s = typed == null || typed.isBlank() ? fallback : typed.strip();
        if (s == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            ParsePosition pos = new ParsePosition(0);
            Number n = NumberFormat.getNumberInstance(I18n.get().locale()).parse(s, pos);
            return n != null && pos.getIndex() == s.length() ? n.doubleValue() : Double.NaN;
        }
    }

    /** New converters make the combo boxes show their choices in the new language. */
    private void relabel() {
        updating = true;
        try {
            activation.setConverter(I18n.get().converter(ChoiceKeys::activation));
            regularization.setConverter(I18n.get().converter(k -> ChoiceKeys.of("regularization", k)));
            problem.setConverter(I18n.get().converter(p -> ChoiceKeys.of("problem", p)));
            loss.setConverter(I18n.get().converter(l -> ChoiceKeys.of("loss", l)));
            optimizer.setConverter(I18n.get().converter(o -> ChoiceKeys.of("optimizer", o)));
            init.setConverter(I18n.get().converter(k -> ChoiceKeys.of("init", k)));
            // the shown text is only redrawn when the value changes
            for (ComboBox<?> box : List.of(activation, regularization, problem, loss, optimizer, init)) {
                redisplay(box);
            }
        } finally {
            updating = false;
        }
    }

    static <T> void redisplay(ComboBox<T> box) {
        T value = box.getValue();
        box.setValue(null);
        box.setValue(value);
    }

    /** Shows the current settings without firing the change handlers. */
    void refresh() {
        updating = true;
        try {
            PlaygroundConfig c = controller.configProperty().get();
            learningRate.setValue(plain(c.getLearningRate()));
            learningRate.getEditor().setText(plain(c.getLearningRate()));
            List<HiddenLayer> layers = c.getLayers();
            boolean same = layers.stream().map(HiddenLayer::activation).distinct().count() == 1;
            activation.setValue(same ? layers.get(0).activation() : null);
            activation.setPromptText(I18n.get().text("playground.activation.mixed"));
            regularization.setValue(c.getRegularization());
            regularizationRate.setValue(plain(c.getRegularizationRate()));
            regularizationRate.getEditor().setText(plain(c.getRegularizationRate()));
            regularizationRate.setDisable(c.getRegularization() == Regularization.Kind.NONE
                    || c.getLesson().locks(Control.REGULARIZATION));
            problem.setValue(c.problem());
            loss.setValue(c.getLoss());
            loss.setDisable(c.problem() == ProblemType.REGRESSION || c.outputs() > 1 || c.getLesson().locks(Control.LOSS));
            optimizer.setValue(c.getOptimizer());
            batch.getValueFactory().setValue(c.getBatchSize());
            // lesson locks
            learningRate.setDisable(c.getLesson().locks(Control.LEARNING_RATE));
            activation.setDisable(c.getLesson().locks(Control.ACTIVATION));
            regularization.setDisable(c.getLesson().locks(Control.REGULARIZATION));
            problem.setDisable(c.getLesson().locks(Control.PROBLEM));
            optimizer.setDisable(c.getLesson().locks(Control.OPTIMIZER));
            batch.setDisable(c.getLesson().locks(Control.BATCH_SIZE));
            init.setValue(c.getWeightInit());
            init.setDisable(c.getLesson().locks(Control.WEIGHTS));
        } finally {
            updating = false;
        }
    }

    static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
