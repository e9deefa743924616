package org.neurallab.lab.convolution.view;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.neurallab.app.I18n;
import org.neurallab.lab.convolution.LectureExamples;
import org.neurallab.lab.convolution.Pooling;

/**
 * 2x2 pooling with stride 2: on lecture 000's 4x4 example (numbers shown) and on the current feature map from the
 * kernel view. Hovering is not needed: the four windows have four colours, matched on the output.
 */
public class PoolingPane extends VBox {
    private static final List<Color> COLOURS = List.of(Color.web("#ef4444"), Color.web("#3b82f6"),
            Color.web("#10b981"), Color.web("#f59e0b"));

    private final GridCanvas example = new GridCanvas();
    private final GridCanvas examplePooled = new GridCanvas();
    private final GridCanvas map = new GridCanvas();
    private final GridCanvas mapPooled = new GridCanvas();
    private final Label mapCaption = new Label();
    private final Label pooledCaption = new Label();
    private final Label averageWorked = new Label();
    private final RadioButton max = new RadioButton();
    private final RadioButton average = new RadioButton();
    private double[][] featureMap = {{0}};

    public PoolingPane() {
        setSpacing(12);
        setPadding(new Insets(4));
        ToggleGroup kind = new ToggleGroup();
        max.setToggleGroup(kind);
        average.setToggleGroup(kind);
        max.setSelected(true);
        max.setId("conv-pool-max");
        average.setId("conv-pool-average");
        max.textProperty().bind(I18n.get().bind("convolution.pool.max"));
        average.textProperty().bind(I18n.get().bind("convolution.pool.average"));
        kind.selectedToggleProperty().addListener((o, a, b) -> refresh());
        Label intro = new Label();
        intro.textProperty().bind(I18n.get().bind("convolution.pool.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox choice = new HBox(12, max, average);

        example.setMaxCell(56);
        examplePooled.setMaxCell(56);
        example.setNumbers(true, 0);
        examplePooled.setNumbers(true, 2);
        Label arrow = new Label("→");
        arrow.getStyleClass().add("title-2");
        HBox lecture = new HBox(16, example, arrow, examplePooled, averageWorked);
        lecture.setAlignment(Pos.CENTER_LEFT);
        averageWorked.setWrapText(true);
        averageWorked.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        averageWorked.setMaxWidth(320);
        Label lectureTitle = new Label();
        lectureTitle.textProperty().bind(I18n.get().bind("convolution.pool.lectureTitle"));
        lectureTitle.getStyleClass().add("title-4");

        map.setMaxCell(14);
        mapPooled.setMaxCell(28);
        map.setNumbers(false, 2);
        mapPooled.setNumbers(false, 2);
        VBox mapBox = new VBox(4, mapCaption, map);
        VBox pooledBox = new VBox(4, pooledCaption, mapPooled);
        VBox.setVgrow(map, Priority.ALWAYS);
        VBox.setVgrow(mapPooled, Priority.ALWAYS);
        HBox.setHgrow(mapBox, Priority.ALWAYS);
        HBox.setHgrow(pooledBox, Priority.ALWAYS);
        HBox maps = new HBox(16, mapBox, pooledBox);
        VBox.setVgrow(maps, Priority.ALWAYS);
        Label mapTitle = new Label();
        mapTitle.textProperty().bind(I18n.get().bind("convolution.pool.mapTitle"));
        mapTitle.getStyleClass().add("title-4");
        getChildren().addAll(intro, choice, lectureTitle, lecture, mapTitle, maps);
        I18n.get().onChange(this, () -> refresh());
        refresh();
    }

    /** The feature map from the kernel view, pooled below the lecture example. */
    public void setFeatureMap(double[][] featureMap) {
        this.featureMap = featureMap;
        refresh();
    }

    private Pooling.Kind kind() {
        return max.isSelected() ? Pooling.Kind.MAX : Pooling.Kind.AVERAGE;
    }

    private void refresh() {
        double[][] x = LectureExamples.poolingExample();
        double[][] pooled = Pooling.apply(x, kind(), 2, 2);
        example.show(x, GridCanvas.Style.DIVERGING, 0);
        examplePooled.show(pooled, GridCanvas.Style.DIVERGING, 0);
        example.setMarks(List.of(
                new GridCanvas.Mark(0, 0, 2, 2, COLOURS.get(0)), new GridCanvas.Mark(0, 2, 2, 2, COLOURS.get(1)),
                new GridCanvas.Mark(2, 0, 2, 2, COLOURS.get(2)), new GridCanvas.Mark(2, 2, 2, 2, COLOURS.get(3))));
        examplePooled.setMarks(List.of(
                new GridCanvas.Mark(0, 0, 1, 1, COLOURS.get(0)), new GridCanvas.Mark(0, 1, 1, 1, COLOURS.get(1)),
                new GridCanvas.Mark(1, 0, 1, 1, COLOURS.get(2)), new GridCanvas.Mark(1, 1, 1, 1, COLOURS.get(3))));
        averageWorked.setText(kind() == Pooling.Kind.MAX
                ? I18n.get().text("convolution.pool.maxWorked")
                : I18n.get().text("convolution.pool.averageWorked", I18n.get().number(pooled[0][0], 2), I18n.get().number(pooled[0][1], 2)));
        map.show(featureMap, GridCanvas.Style.DIVERGING, 0);
        mapCaption.setText(I18n.get().text("convolution.pool.mapCaption", featureMap[0].length, featureMap.length));
        if (featureMap.length >= 2 && featureMap[0].length >= 2) {
            double[][] p = Pooling.apply(featureMap, kind(), 2, 2);
            mapPooled.show(p, GridCanvas.Style.DIVERGING, 0);
            pooledCaption.setText(I18n.get().text("convolution.pool.pooledCaption", p[0].length, p.length));
        } else {
            pooledCaption.setText(I18n.get().text("convolution.pool.mapTooSmall"));
        }
    }

    /** For tests: the lecture example's pooled numbers for the current choice. */
    public double[][] lecturePooled() {
        return examplePooled.values();
    }
}
