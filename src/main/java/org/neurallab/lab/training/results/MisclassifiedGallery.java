package org.neurallab.lab.training.results;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;
import org.neurallab.data.ImageDataset;
import org.neurallab.train.Evaluation;

/**
 * The test images behind one confusion-matrix cell, each with what the model believed: its top
 * predicted probabilities. Shows at most {@link #MAX_IMAGES} so a large cell stays quick.
 */
public final class MisclassifiedGallery extends VBox {
    public static final int MAX_IMAGES = 40;

    private final Label title = new Label();
    private final FlowPane tiles = new FlowPane(8, 8);

    public MisclassifiedGallery() {
        getStyleClass().add("misclassified-gallery");
        setSpacing(8);
        title.getStyleClass().add("section-subtitle");
        title.setWrapText(true);
        tiles.setId("gallery-tiles");
        getChildren().addAll(title, tiles);
    }

    /** Shows the images of class {@code actual} predicted as {@code guessed}. */
    public void show(Evaluation eval, ImageDataset images, List<String> classNames, int actual,
                     int guessed, double imageSize) {
        List<Integer> indices = eval.indicesOf(actual, guessed);
        title.setText(I18n.get().text(actual == guessed ? "training.gallery.right" : "training.gallery.wrong",
                indices.size(), classNames.get(actual), classNames.get(guessed)));
        tiles.getChildren().clear();
        NumberFormat percent = NumberFormat.getPercentInstance(I18n.get().locale());
        for (int index : indices.subList(0, Math.min(MAX_IMAGES, indices.size()))) {
            VBox tile = new VBox(2);
            tile.getStyleClass().add("gallery-tile");
            tile.setAlignment(Pos.TOP_CENTER);
            tile.getChildren().add(DigitImages.view(images.image(index), 28, 28, imageSize));
            for (int c : topClasses(eval.probabilities(index), 2)) {
                Label p = new Label(c + " " + percent.format(eval.probabilities(index)[c]));
                p.getStyleClass().add(c == actual ? "success" : "danger");
                tile.getChildren().add(p);
            }
            tiles.getChildren().add(tile);
        }
    }

    public int tileCount() {
        return tiles.getChildren().size();
    }

    public void clear() {
        title.setText("");
        tiles.getChildren().clear();
    }

    static List<Integer> topClasses(float[] probs, int k) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < probs.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Float.compare(probs[b], probs[a]));
        return order.subList(0, Math.min(k, order.size()));
    }
}
