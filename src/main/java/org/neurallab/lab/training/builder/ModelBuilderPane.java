package org.neurallab.lab.training.builder;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.neurallab.app.I18n;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.model.ModelSummary;
import org.neurallab.engine.model.Padding;
import org.neurallab.lab.training.settings.ModelPreset;

/**
 * Builds a model from presets and by hand: add, remove and reorder layers, edit a layer's
 * parameters. Every change re-checks the model against the data, so a layer that does not fit is
 * flagged (red, with the reason) before anyone presses Start, and the summary table stays live.
 */
public final class ModelBuilderPane extends VBox {
    private final ObservableList<LayerSpec> layers = FXCollections.observableArrayList();
    private final ObjectProperty<ModelSummary> check = new SimpleObjectProperty<>();
    private final ListView<LayerSpec> list = new ListView<>(layers);
    private final LayerEditor editor = new LayerEditor(this::replaceSelected);
    private final Label problem = new Label();
    private final Label summary = new Label();
    private final MenuButton presets = new MenuButton();
    private final int[] inputShape;
    private final int classes;
    private boolean editing;

    public ModelBuilderPane(int[] inputShape, int classes) {
        this.inputShape = inputShape.clone();
        this.classes = classes;
        getStyleClass().add("model-builder");
        setSpacing(8);
        setPadding(new Insets(4, 0, 4, 0));

        presets.setId("presets");
        presets.textProperty().bind(I18n.get().bind("training.model.preset"));
        presets.setGraphic(new FontIcon("mdi2s-school"));
        for (ModelPreset p : ModelPreset.values()) {
            MenuItem item = new MenuItem();
            item.setId("preset-" + p.name());
            item.textProperty().bind(I18n.get().bind(p.key()));
            item.setOnAction(e -> applyPreset(p));
            presets.getItems().add(item);
        }

        list.setId("layer-list");
        list.setCellFactory(v -> new LayerCell());
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (!editing) {
                editor.show(i.intValue() >= 0 && i.intValue() < layers.size() ? layers.get(i.intValue()) : null);
            }
        });

        problem.setId("model-problem");
        problem.getStyleClass().addAll("danger", "model-problem");
        problem.setWrapText(true);
        problem.setGraphic(new FontIcon("mdi2a-alert-circle"));
        problem.managedProperty().bind(problem.visibleProperty());
        problem.visibleProperty().bind(Bindings.createBooleanBinding(() -> check.get() != null && !check.get().ok(), check));
        problem.textProperty().bind(I18n.get().live(() -> check.get() == null || check.get().ok() ? ""
                : LayerTexts.problem(check.get().problem()), check));

        summary.setId("model-summary");
        summary.getStyleClass().add("model-summary");
        summary.textProperty().bind(Bindings.createStringBinding(
                () -> check.get() == null ? "" : check.get().table(), check));

        Label summaryTitle = new Label();
        summaryTitle.textProperty().bind(I18n.get().bind("training.model.summary"));
        summaryTitle.getStyleClass().add("section-subtitle");

        layers.addListener((javafx.collections.ListChangeListener<LayerSpec>) c -> recheck());
        I18n.get().onChange(this, () -> list.refresh());
        // The table keeps its Keras layout; when the panel is narrow it scrolls instead of cutting columns.
        summary.setMinWidth(Label.USE_PREF_SIZE);
        javafx.scene.control.ScrollPane summaryScroll = new javafx.scene.control.ScrollPane(summary);
        // The viewport is as tall as the table, so a horizontal scroll bar adds room instead of hiding a line.
        summaryScroll.prefViewportHeightProperty().bind(summary.heightProperty());
        summaryScroll.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        summaryScroll.getStyleClass().add("summary-scroll");
        getChildren().addAll(presets, list, buttons(), editor, problem, summaryTitle, summaryScroll);
        applyPreset(ModelPreset.MLP_128);
    }

    /** Replaces the model with one of the lectures' models. */
    public void applyPreset(ModelPreset preset) {
        setLayers(preset.spec().layers());
    }

    private HBox buttons() {
        MenuButton add = new MenuButton();
        add.setId("add-layer");
        add.setGraphic(new FontIcon("mdi2p-plus"));
        add.textProperty().bind(I18n.get().bind("training.model.add"));
        for (LayerSpec proto : prototypes()) {
            MenuItem item = new MenuItem(proto.kind());
            item.setId("add-" + proto.kind());
            item.setOnAction(e -> insertAfterSelection(proto));
            add.getItems().add(item);
        }
        Button remove = iconButton("remove-layer", "mdi2d-delete", "training.model.remove");
        remove.setOnAction(e -> removeSelected());
        Button up = iconButton("layer-up", "mdi2a-arrow-up", "training.model.up");
        up.setOnAction(e -> move(-1));
        Button down = iconButton("layer-down", "mdi2a-arrow-down", "training.model.down");
        down.setOnAction(e -> move(1));
        BooleanBinding none = list.getSelectionModel().selectedIndexProperty().lessThan(0);
        remove.disableProperty().bind(none);
        up.disableProperty().bind(none);
        down.disableProperty().bind(none);
        HBox box = new HBox(6, add, remove, up, down);
        box.getStyleClass().add("layer-buttons");
        return box;
    }

    private static Button iconButton(String id, String icon, String tipKey) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(I18n.get().bind(tipKey));
        b.setTooltip(tip);
        b.accessibleTextProperty().bind(tip.textProperty());
        return b;
    }

    /** A sensible default of each kind, added where the student is in the list. */
    static List<LayerSpec> prototypes() {
        return List.of(new LayerSpec.Dense(64, Activation.RELU),
                new LayerSpec.Conv2D(32, 3, 1, Padding.VALID, Activation.RELU),
                new LayerSpec.MaxPool2D(2, 2), new LayerSpec.AvgPool2D(2, 2), new LayerSpec.Flatten(),
                new LayerSpec.Dropout(0.2), new LayerSpec.ActivationLayer(Activation.RELU));
    }

    /** Inserts a layer after the selected one (or at the end) and selects it. */
    public void insertAfterSelection(LayerSpec layer) {
        int at = list.getSelectionModel().getSelectedIndex();
        int index = at < 0 ? layers.size() : at + 1;
        layers.add(index, layer);
        list.getSelectionModel().clearAndSelect(index);
    }

    public void removeSelected() {
        int at = list.getSelectionModel().getSelectedIndex();
        if (at >= 0) {
            layers.remove(at);
            if (!layers.isEmpty()) {
                list.getSelectionModel().clearAndSelect(Math.min(at, layers.size() - 1));
            }
        }
    }

    public void move(int delta) {
        int at = list.getSelectionModel().getSelectedIndex();
        int to = at + delta;
        if (at < 0 || to < 0 || to >= layers.size()) {
            return;
        }
        LayerSpec layer = layers.remove(at);
        layers.add(to, layer);
        list.getSelectionModel().clearAndSelect(to);
    }

    public void select(int index) {
        list.getSelectionModel().clearAndSelect(index);
    }

    private void replaceSelected(LayerSpec layer) {
        int at = list.getSelectionModel().getSelectedIndex();
        if (at < 0 || layers.get(at).equals(layer)) {
            return;
        }
        editing = true;
        try {
            layers.set(at, layer);
            list.getSelectionModel().clearAndSelect(at);
        } finally {
            editing = false;
        }
    }

    public void setLayers(List<LayerSpec> newLayers) {
        layers.setAll(new ArrayList<>(newLayers));
        list.getSelectionModel().clearSelection();
        editor.show(null);
    }

    private void recheck() {
        check.set(ModelSummary.of(spec(), classes));
        list.refresh();
    }

    public ModelSpec spec() {
        return new ModelSpec(inputShape, layers, LossType.SOFTMAX_CROSS_ENTROPY);
    }

    public ReadOnlyObjectProperty<ModelSummary> checkProperty() {
        return check;
    }

    public ObservableList<LayerSpec> layers() {
        return layers;
    }

    public ListView<LayerSpec> list() {
        return list;
    }

    /** One row: number, the layer, its output shape and parameters; red with an icon where the problem is. */
    private final class LayerCell extends ListCell<LayerSpec> {
        @Override
        protected void updateItem(LayerSpec layer, boolean empty) {
            super.updateItem(layer, empty);
            getStyleClass().remove("layer-problem");
            if (empty || layer == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            int i = getIndex();
            ModelSummary c = check.get();
            String shape = "";
            boolean bad = false;
            if (c != null && i < c.rows().size()) {
                ModelSummary.Row line = c.rows().get(i);
                shape = line.outputShape() == null ? "" : "  →  " + line.shapeText().replace("None, ", "")
                        + (line.params() > 0 ? "  ·  " + LayerTexts.count(line.params()) : "");
                bad = c.problem() != null && c.problem().layerIndex() == i;
            }
            setText((i + 1) + ". " + LayerTexts.describe(layer) + shape);
            setGraphic(bad ? new FontIcon("mdi2a-alert-circle") : null);
            if (bad) {
                getStyleClass().add("layer-problem");
            }
        }
    }
}
