package org.neurallab.lab.training.dataset;

import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;
import org.kordamp.ikonli.javafx.FontIcon;
import org.neurallab.app.I18n;
import org.neurallab.data.AugmentationSettings;
import org.neurallab.data.Augmenter;
import org.neurallab.data.ImageDataset;
import org.neurallab.lab.training.results.DigitImages;
import org.neurallab.ui.Switches;

/**
 * Data augmentation toggles with a live preview of what the model will see. The chosen settings sit
 * in an atomic reference that the training data reads before every batch, so a toggle works even
 * while a run is going.
 */
public final class AugmentationPane extends VBox {
    static final double ROTATION_DEG = 15;
    static final double ZOOM = 0.1;
    static final double SHIFT_PX = 3;
    private static final int PREVIEW = 8;

    private final ToggleSwitch rotation = toggle("augment-rotation", "training.augment.rotation");
    private final ToggleSwitch zoom = toggle("augment-zoom", "training.augment.zoom");
    private final ToggleSwitch shift = toggle("augment-shift", "training.augment.shift");
    private final ToggleSwitch flip = toggle("augment-flip", "training.augment.flip");
    private final FlowPane preview = new FlowPane(6, 6);
    private final AtomicReference<AugmentationSettings> current = new AtomicReference<>(AugmentationSettings.NONE);
    private final Random previewRandom = new Random(7);
    private ImageDataset source;

    public AugmentationPane() {
        getStyleClass().add("augmentation-pane");
        setSpacing(6);
        preview.setId("augment-preview");
        Label previewTitle = new Label();
        previewTitle.textProperty().bind(I18n.get().bind("training.augment.preview"));
        previewTitle.setWrapText(true);
        Label live = new Label();
        live.textProperty().bind(I18n.get().bind("training.augment.live"));
        live.setWrapText(true);
        live.getStyleClass().add("text-muted");
        Button again = new Button(null, new FontIcon("mdi2s-shuffle"));
        again.setId("augment-shuffle");
        again.textProperty().bind(I18n.get().bind("training.augment.shuffle"));
        again.setOnAction(e -> refreshPreview());
        getChildren().addAll(rotation, zoom, shift, flip, live, previewTitle, preview, again);
    }

    private ToggleSwitch toggle(String id, String key) {
        ToggleSwitch box = Switches.create(id);
        box.setMaxWidth(Double.MAX_VALUE); // the switches line up at the right edge
        box.textProperty().bind(I18n.get().bind(key));
        box.setWrapText(true);
        box.selectedProperty().addListener(o -> {
            current.set(settings());
            refreshPreview();
        });
        return box;
    }

    /** The settings the toggles describe now. */
    public AugmentationSettings settings() {
        return new AugmentationSettings(rotation.isSelected() ? ROTATION_DEG : 0, zoom.isSelected() ? ZOOM : 0,
                shift.isSelected() ? SHIFT_PX : 0, flip.isSelected());
    }

    /** The images the preview is made from (the dataset's first test images). */
    public void setSource(ImageDataset images) {
        source = images;
        refreshPreview();
    }

    /** For the training data, read on the worker before each batch: the augmentation chosen right now. */
    public Supplier<AugmentationSettings> augmentationSupplier() {
        return current::get;
    }

    private void refreshPreview() {
        preview.getChildren().clear();
        if (source == null) {
            return;
        }
        AugmentationSettings s = current.get();
        Augmenter augmenter = new Augmenter(s);
        double size = Math.max(40, rotation.getFont().getSize() * 3);
        for (int i = 0; i < Math.min(PREVIEW, source.count()); i++) {
            float[] image = s.isNone() ? source.image(i) : augmenter.augment(source.image(i), previewRandom);
            preview.getChildren().add(DigitImages.view(image, source.cols(), source.rows(), size));
        }
    }

    public ToggleSwitch rotationToggle() {
        return rotation;
    }

    public int previewCount() {
        return preview.getChildren().size();
    }
}
