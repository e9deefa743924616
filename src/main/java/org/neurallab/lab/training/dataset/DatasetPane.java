package org.neurallab.lab.training.dataset;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;
import org.neurallab.data.DatasetKind;
import org.neurallab.data.ImageDataset;
import org.neurallab.data.MnistLoader;
import org.neurallab.data.Split;
import org.neurallab.lab.training.results.DigitImages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dataset choice with a grid of sample images and their class names. The images load in the
 * background (decompressing 70,000 images takes a moment); {@link #dataProperty()} is set when ready.
 */
public final class DatasetPane extends VBox {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetPane.class);

    /** Training and test images of one dataset. */
    public record LoadedData(DatasetKind kind, ImageDataset train, ImageDataset test) {
    }

    private final ComboBox<DatasetKind> choice = new ComboBox<>();
    private final FlowPane samples = new FlowPane(6, 6);
    private final Label status = new Label();
    private final ObjectProperty<LoadedData> data = new SimpleObjectProperty<>();
    private Consumer<Runnable> uiThread = Platform::runLater;

    public DatasetPane() {
        getStyleClass().add("dataset-pane");
        setSpacing(8);
        choice.setId("dataset-choice");
        choice.getItems().setAll(DatasetKind.values());
        choice.setButtonCell(cell());
        choice.setCellFactory(v -> cell());
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.valueProperty().addListener((o, a, k) -> load(k));
        samples.setId("sample-grid");
        samples.setAlignment(Pos.TOP_LEFT);
        status.setWrapText(true);
        status.managedProperty().bind(status.visibleProperty());
        Label title = new Label();
        title.textProperty().bind(I18n.get().bind("training.dataset.samples"));
        title.getStyleClass().add("section-subtitle");
        getChildren().addAll(choice, status, title, samples);
        I18n.get().onChange(this, () -> showSamples());
    }

    private static ListCell<DatasetKind> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(DatasetKind k, boolean empty) {
                super.updateItem(k, empty);
                textProperty().unbind();
                if (empty || k == null) {
                    setText(null);
                } else {
                    textProperty().bind(I18n.get().bind(k == DatasetKind.MNIST
                            ? "training.dataset.mnist" : "training.dataset.fashion"));
                }
            }
        };
    }

    static int[] firstOfEachClass(ImageDataset images) {
        int[] first = new int[images.classCount()];
        java.util.Arrays.fill(first, -1);
        int found = 0;
        for (int i = 0; i < images.count() && found < first.length; i++) {
            if (first[images.label(i)] < 0) {
                first[images.label(i)] = i;
                found++;
            }
        }
        return java.util.Arrays.stream(first).filter(i -> i >= 0).toArray();
    }

    public void select(DatasetKind kind) {
        choice.setValue(kind);
    }

    public ComboBox<DatasetKind> choice() {
        return choice;
    }

    public ObjectProperty<LoadedData> dataProperty() {
        return data;
    }

    private void load(DatasetKind kind) {
        data.set(null);
        status.setVisible(true);
        status.getStyleClass().remove("danger");
        status.setText(I18n.get().text("training.dataset.loading"));
        samples.getChildren().clear();
        CompletableFuture.supplyAsync(() -> new LoadedData(kind, MnistLoader.load(kind, Split.TRAIN),
                MnistLoader.load(kind, Split.TEST))).whenComplete((loaded, error) -> uiThread.accept(() -> {
                    if (choice.getValue() != kind) {
                        return;
                    }
                    if (error != null) {
                        LOG.warn("Cannot load {}", kind, error);
                        status.getStyleClass().add("danger");
                        Throwable cause = error.getCause() != null ? error.getCause() : error;
                        status.setText(I18n.get().text("training.dataset.failed", cause.getMessage()));
                        return;
                    }
                    status.setVisible(false);
                    data.set(loaded);
                    showSamples();
                }));
    }

    /** The first test image of every class, each with its class name in the current language. */
    private void showSamples() {
        LoadedData d = data.get();
        samples.getChildren().clear();
        if (d == null) {
            return;
        }
        double size = Math.max(40, status.getFont().getSize() * 2.8);
        for (int i : firstOfEachClass(d.test())) {
            VBox tile = new VBox(2);
            tile.setAlignment(Pos.TOP_CENTER);
            tile.getStyleClass().add("sample-tile");
            Label name = new Label(ClassNames.name(d.kind(), d.test().label(i)));
            name.getStyleClass().add("sample-label");
            name.setMaxWidth(size * 1.4);
            tile.setPrefWidth(size * 1.4);
            tile.getChildren().addAll(DigitImages.view(d.test().image(i), d.test().cols(), d.test().rows(), size), name);
            samples.getChildren().add(tile);
        }
    }
}
