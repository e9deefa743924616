package org.neurallab.lab.playground.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;
import org.neurallab.app.I18n;
import org.neurallab.lab.playground.data.PointDataset;
import org.neurallab.lab.playground.data.DatasetSpec;
import org.neurallab.lab.playground.data.ProblemType;
import org.neurallab.lab.playground.state.Control;
import org.neurallab.lab.playground.state.PlaygroundConfig;
import org.neurallab.ui.Switches;

/**
 * The data column: which dataset, how many classes, noise, training share, seeds, regenerate; the
 * label to paint with and clearing the points; what the output shows (test points, discretized).
 */
final class DataPanel {
    final ComboBox<PointDataset> dataset = new ComboBox<>();
    final Spinner<Integer> classes = new Spinner<>(DatasetSpec.MIN_CLASSES, DatasetSpec.MAX_CLASSES, 3);
    final Slider noise = new Slider(0, 50, 0);
    final Slider ratio = new Slider(10, 90, 50);
    final Label noiseValue = new Label();
    final Label ratioValue = new Label();
    final TextField dataSeed = new TextField();
    final TextField initSeed = new TextField();
    final Button regenerate = new Button();
    final ComboBox<Double> paintLabel = new ComboBox<>();
    final Button clear = new Button();
    final ToggleSwitch showTest = Switches.create("show-test");
    final ToggleSwitch discretize = Switches.create("discretize");
    private final VBox root = new VBox(8);
    private final PlaygroundController controller;
    private final OutputPane output;
    private boolean updating;

    DataPanel(PlaygroundController controller, OutputPane output, Map<Control, List<Node>> registry) {
        this.controller = controller;
        this.output = output;
        dataset.setId("dataset");
        classes.setId("classes");
        noise.setId("noise");
        ratio.setId("ratio");
        dataSeed.setId("data-seed");
        initSeed.setId("init-seed");
        regenerate.setId("regenerate");
        paintLabel.setId("paint-label");
        clear.setId("clear-points");
        dataset.getItems().setAll(PointDataset.values());
        dataset.setConverter(I18n.get().converter(k -> "playground." + k.key()));
        dataset.setMaxWidth(Double.MAX_VALUE);
        dataset.setVisibleRowCount(PointDataset.values().length); // every dataset in view, no scrolling
        regenerate.textProperty().bind(I18n.get().bind("playground.regenerate"));
        clear.textProperty().bind(I18n.get().bind("playground.clearPoints"));
        showTest.setMaxWidth(Double.MAX_VALUE); // the two switches line up at the right edge
        discretize.setMaxWidth(Double.MAX_VALUE);
        showTest.textProperty().bind(I18n.get().bind("playground.showTest"));
        discretize.textProperty().bind(I18n.get().bind("playground.discretize"));
        dataSeed.setPrefColumnCount(6);
        initSeed.setPrefColumnCount(6);
        paintLabel.setMaxWidth(Double.MAX_VALUE);
        paintLabel.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double v) {
                if (v == null) {
                    return "";
                }
                return controller.configProperty().get().problem() == ProblemType.REGRESSION
                        ? TrainingBar.plain(v) : I18n.get().text("playground.class", v.intValue());
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        root.getChildren().addAll(
                reg(registry, Control.DATASET, I18n.get().labelled("playground.dataset", dataset)),
                reg(registry, Control.DATASET, new VBox(I18n.get().labelled("playground.classes", classes))),
                reg(registry, Control.NOISE, I18n.get().labelled("playground.noise", new HBox(6, noise, noiseValue))),
                reg(registry, Control.TRAIN_RATIO, I18n.get().labelled("playground.ratio", new HBox(6, ratio, ratioValue))),
                reg(registry, Control.SEED, I18n.get().labelled("playground.seeds", new HBox(6, dataSeed, initSeed))),
                reg(registry, Control.DATASET, regenerate),
                reg(registry, Control.POINTS, I18n.get().labelled("playground.paintLabel", paintLabel)),
                reg(registry, Control.POINTS, clear),
                showTest, discretize);
        root.setPadding(new Insets(8));
        root.setFillWidth(true);
        root.getStyleClass().add("playground-data");
        root.setPrefWidth(210);
        root.setMinWidth(180);
        wire();
        controller.configProperty().addListener(o -> refresh());
        I18n.get().onChange(root, () -> {
            updating = true;
            dataset.setConverter(I18n.get().converter(k -> "playground." + k.key()));
            TrainingBar.redisplay(dataset);
            updating = false;
            refresh();
        });
        refresh();
    }

    Node node() {
        return root;
    }

    private static Node reg(Map<Control, List<Node>> registry, Control c, Node n) {
        registry.computeIfAbsent(c, k -> new ArrayList<>()).add(n);
        return n;
    }

    private void wire() {
        dataset.setOnAction(e -> {
            PointDataset k = dataset.getValue();
            if (!updating && k != null) {
                controller.change(PlaygroundController.Kind.STRUCTURE, c -> {
                    c.setDataset(k);
                    c.setPoints(null, null);
                });
            }
        });
        classes.valueProperty().addListener((o, old, now) -> {
            if (!updating && now != null) {
                controller.change(PlaygroundController.Kind.STRUCTURE, c -> c.setClasses(now));
            }
        });
        noise.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                applyNoise();
            }
        });
        noise.valueProperty().addListener((o, old, now) -> {
            noiseValue.setText(Integer.toString(now.intValue()));
            if (!noise.isValueChanging()) {
                applyNoise();
            }
        });
        ratio.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                applyRatio();
            }
        });
        ratio.valueProperty().addListener((o, old, now) -> {
            ratioValue.setText(now.intValue() + "%");
            if (!ratio.isValueChanging()) {
                applyRatio();
            }
        });
        regenerate.setOnAction(e -> controller.change(PlaygroundController.Kind.STRUCTURE, c -> {
            c.setDataSeed(c.getDataSeed() + 1);
            c.setPoints(null, null);
        }));
        dataSeed.setOnAction(e -> seed(dataSeed, true));
        initSeed.setOnAction(e -> seed(initSeed, false));
        dataSeed.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                seed(dataSeed, true);
            }
        });
        initSeed.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                seed(initSeed, false);
            }
        });
        paintLabel.setOnAction(e -> {
            if (paintLabel.getValue() != null) {
                output.setPaintLabel(paintLabel.getValue());
            }
        });
        clear.setOnAction(e -> controller.clearPoints());
        showTest.selectedProperty().addListener((o, was, on) -> {
            if (controller.configProperty().get().isShowTestData() != on) {
                controller.change(PlaygroundController.Kind.DISPLAY, c -> c.setShowTestData(on));
            }
        });
        discretize.selectedProperty().addListener((o, was, on) -> {
            if (controller.configProperty().get().isDiscretize() != on) {
                controller.change(PlaygroundController.Kind.DISPLAY, c -> c.setDiscretize(on));
            }
        });
    }

    private void applyNoise() {
        int v = (int) Math.round(noise.getValue());
        if (!updating && v != controller.configProperty().get().getNoise()) {
            controller.change(PlaygroundController.Kind.STRUCTURE, c -> {
                c.setNoise(v);
                c.setPoints(null, null);
            });
        }
    }

    private void applyRatio() {
        int v = (int) Math.round(ratio.getValue());
        if (!updating && v != controller.configProperty().get().getTrainPercent()) {
            controller.change(PlaygroundController.Kind.STRUCTURE, c -> {
                c.setTrainPercent(v);
                c.setPoints(null, null);
            });
        }
    }

    private void seed(TextField field, boolean data) {
        if (updating) {
            return;
        }
        PlaygroundConfig now = controller.configProperty().get();
        long current = data ? now.getDataSeed() : now.getInitSeed();
        long v;
        try {
            v = Long.parseLong(field.getText().strip());
        } catch (NumberFormatException e) {
            controller.messageProperty().set(I18n.get().text("playground.error.seed", field.getText()));
            field.setText(Long.toString(current));
            return;
        }
        if (v != current) {
            controller.change(PlaygroundController.Kind.STRUCTURE, c -> {
                if (data) {
                    c.setDataSeed(v);
                    c.setPoints(null, null);
                } else {
                    c.setInitSeed(v);
                }
            });
        }
    }

    void refresh() {
        updating = true;
        try {
            PlaygroundConfig c = controller.configProperty().get();
            dataset.setValue(c.getDataset());
            classes.getValueFactory().setValue(c.getClasses());
            classes.getParent().setVisible(c.getDataset().multiclass());
            classes.getParent().setManaged(c.getDataset().multiclass());
            noise.setValue(c.getNoise());
            noiseValue.setText(Integer.toString(c.getNoise()));
            ratio.setValue(c.getTrainPercent());
            ratioValue.setText(c.getTrainPercent() + "%");
            dataSeed.setText(Long.toString(c.getDataSeed()));
            initSeed.setText(Long.toString(c.getInitSeed()));
            List<Double> labels = new ArrayList<>();
            if (c.problem() == ProblemType.REGRESSION) {
                labels.addAll(List.of(1.0, 0.5, 0.0, -0.5, -1.0));
            } else {
                int k = c.outputs() > 1 ? c.outputs() : 2;
                for (int i = k - 1; i >= 0; i--) {
                    labels.add((double) i);
                }
            }
            Double chosen = paintLabel.getValue();
            paintLabel.getItems().setAll(labels);
            paintLabel.setValue(null);
            paintLabel.setValue(chosen != null && labels.contains(chosen) ? chosen : labels.get(0));
            output.setPaintLabel(paintLabel.getValue());
            showTest.setSelected(c.isShowTestData());
            discretize.setSelected(c.isDiscretize());
            var lesson = c.getLesson();
            dataset.setDisable(lesson.locks(Control.DATASET));
            classes.setDisable(lesson.locks(Control.DATASET));
            regenerate.setDisable(lesson.locks(Control.DATASET));
            noise.setDisable(lesson.locks(Control.NOISE));
            ratio.setDisable(lesson.locks(Control.TRAIN_RATIO));
            dataSeed.setDisable(lesson.locks(Control.SEED));
            initSeed.setDisable(lesson.locks(Control.SEED));
            paintLabel.setDisable(lesson.locks(Control.POINTS));
            clear.setDisable(lesson.locks(Control.POINTS));
        } finally {
            updating = false;
        }
    }
}
