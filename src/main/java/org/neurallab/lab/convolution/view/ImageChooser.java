package org.neurallab.lab.convolution.view;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.neurallab.app.I18n;
import org.neurallab.lab.convolution.BundledImages;
import org.neurallab.lab.convolution.ImageImport;
import org.neurallab.lab.convolution.LabImage;
import org.neurallab.lab.convolution.SampleImages;
import org.neurallab.lab.convolution.SharedImages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks the input picture: MNIST / Fashion-MNIST sample n, a bundled picture, the Digits drawing, or a file. */
public class ImageChooser extends FlowPane {
    private static final Logger LOG = LoggerFactory.getLogger(ImageChooser.class);

    /** One entry of the source list; {@code file} only for bundled pictures. */
    private record Choice(String key, Path file) {
    }

    private final ComboBox<Choice> source = new ComboBox<>();
    private final Spinner<Integer> index = new Spinner<>(0, SampleImages.MAX_INDEX, 0);
    private final Label message = new Label();
    private final Consumer<LabImage> onImage;
    /** A new Digits drawing replaces the input at once when the drawing is the chosen source. */
    private final Consumer<LabImage> onDrawing = img -> javafx.application.Platform.runLater(() -> {
        if (source.getValue() != null && source.getValue().key().equals("image.drawing")) {
            load();
        }
    });
    private LabImage imported;

    public ImageChooser(Consumer<LabImage> onImage) {
        this.onImage = onImage;
        setHgap(8);
        setVgap(6);
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label();
        title.setMinWidth(Region.USE_PREF_SIZE);
        title.textProperty().bind(I18n.get().bind("convolution.image.title"));
        source.getItems().addAll(new Choice("image.mnist", null), new Choice("image.fashion", null));
        for (Path p : BundledImages.list()) {
            source.getItems().add(new Choice("image.bundled", p));
        }
        source.getItems().add(new Choice("image.drawing", null));
        source.setCellFactory(v -> new ChoiceCell());
        source.setButtonCell(new ChoiceCell());
        source.setId("conv-source");
        source.getSelectionModel().selectFirst();
        source.setOnAction(e -> load());
        index.setEditable(true);
        index.setStyle("-fx-pref-width: 5.7em;"); // em: grows with the presenter scale
        index.getStyleClass().add("conv-index");
        index.valueProperty().addListener((o, a, b) -> load());
        Button importButton = new Button();
        importButton.textProperty().bind(I18n.get().bind("convolution.image.import"));
        importButton.setOnAction(e -> chooseFile());
        message.getStyleClass().addAll("danger", "conv-message");
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(title, source, index, importButton, message);
        I18n.get().onChange(this, () -> source.setButtonCell(new ChoiceCell()));
        SharedImages.addListener(onDrawing); // held weakly there, by this field here
    }

    /** Selects the Digits drawing as the source (also what a "send to Convolution" button would call). */
    public void showDrawing() {
        source.getItems().stream().filter(c -> c.key().equals("image.drawing")).findFirst().ifPresent(source::setValue);
        load();
    }

    /** Loads the selected source and hands it on; problems become the inline message. */
    public void load() {
        Choice c = source.getValue();
        if (c == null) {
            return;
        }
        boolean sample = c.key().equals("image.mnist") || c.key().equals("image.fashion");
        index.setDisable(!sample);
        message.setText("");
        try {
            LabImage img = switch (c.key()) {
                case "image.mnist" -> SampleImages.load(SampleImages.Source.MNIST, index.getValue());
                case "image.fashion" -> SampleImages.load(SampleImages.Source.FASHION, index.getValue());
                case "image.bundled" -> BundledImages.load(c.file());
                case "image.imported" -> imported;
                default -> SharedImages.latestDrawing().orElse(null);
            };
            if (img == null) {
                message.setText(I18n.get().text("convolution.image.noDrawing"));
                return;
            }
            onImage.accept(img);
        } catch (IOException e) {
            LOG.warn("cannot load image {}: {}", c, e.toString());
            message.setText(I18n.get().text("convolution.image.loadFailed", e.getMessage()));
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG / JPEG", "*.png", "*.jpg", "*.jpeg"));
        File f = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            importFile(f.toPath());
        }
    }

    /** Imports a picture file (public so tests can skip the file dialog). */
    public void importFile(Path file) {
        try {
            imported = ImageImport.read(file, ImageImport.DEFAULT_MAX_SIDE);
            source.getItems().removeIf(c -> c.key().equals("image.imported"));
            Choice choice = new Choice("image.imported", file);
            source.getItems().add(choice);
            source.setValue(choice);
            load();
        } catch (ImageImport.ImportException e) {
            LOG.info("import refused: {}", e.getMessage());
            message.setText(I18n.get().text("convolution.image.error." + e.reason(), file.getFileName().toString()));
        }
    }

    public String message() {
        return message.getText();
    }

    private static final class ChoiceCell extends ListCell<Choice> {
        @Override
        protected void updateItem(Choice c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setText(null);
            } else if (c.file() != null) {
                String name = c.file().getFileName().toString().replaceFirst("\\.[a-zA-Z]+$", "");
                setText(I18n.get().text("convolution." + c.key(), name));
            } else {
                setText(I18n.get().text("convolution." + c.key()));
            }
        }
    }
}
