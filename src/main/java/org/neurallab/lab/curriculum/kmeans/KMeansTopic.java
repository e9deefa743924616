package org.neurallab.lab.curriculum.kmeans;

import static org.neurallab.lab.curriculum.ui.Translated.button;
import static org.neurallab.lab.curriculum.ui.Translated.paragraph;
import static org.neurallab.lab.curriculum.ui.Translated.text;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.collections.FXCollections;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.neurallab.app.I18n;
import org.neurallab.lab.curriculum.ui.CurriculumContext;
import org.neurallab.lab.curriculum.ui.NumberField;
import org.neurallab.lab.curriculum.ui.Topic;
import org.neurallab.ui.chart.XyPlot;

/**
 * k-means on 2D points: seeded blobs plus points the student clicks in, k and the initialisation
 * chosen, stepped through assignment and update (the centroids' moves drawn as arrows), or run to the
 * end, with the inertia after every step plotted.
 */
public final class KMeansTopic implements Topic {
    static final int LECTURE_K = 3;
    static final int DEFAULT_BLOBS = 3;
    static final int DEFAULT_SEED = 1;
    static final int PER_BLOB = 30;
    /** Random points usually start badly placed, so the first run shows the centroids travel. */
    static final KMeans.Init DEFAULT_INIT = KMeans.Init.RANDOM_POINTS;
    static final int MAX_ITERATIONS = 100;

    private final KMeans model = new KMeans();
    private NumberField k;
    private NumberField blobs;
    private NumberField seed;
    private ComboBox<KMeans.Init> init;
    private XyPlot plot;
    private XyPlot inertiaPlot;
    private Button step;
    private final Label status = new Label();
    private final Label inertia = new Label();
    private KMeans.StepKind lastStep;

    @Override
    public String id() {
        return "kmeans";
    }

    @Override
    public String titleKey() {
        return "curriculum.topic.kmeans";
    }

    @Override
    public Node view(CurriculumContext context) {
        VBox page = new VBox();
        page.getStyleClass().add("cur-kmeans");
        page.getStylesheets().add(KMeansTopic.class.getResource("kmeans.css").toExternalForm());

        k = new NumberField(LECTURE_K, 1, 8, true);
        k.setId("km-k");
        k.valueProperty().addListener((o, a, b) -> initialise());
        init = new ComboBox<>(FXCollections.observableArrayList(KMeans.Init.values()));
        init.setId("km-init");
        init.setValue(DEFAULT_INIT);
        init.setCellFactory(l -> new InitCell());
        init.setButtonCell(new InitCell());
        init.valueProperty().addListener((o, a, b) -> initialise());
        blobs = new NumberField(DEFAULT_BLOBS, 1, 6, true);
        blobs.setId("km-blobs");
        blobs.valueProperty().addListener((o, a, b) -> newPoints());
        seed = new NumberField(DEFAULT_SEED, 0, 999_999, true);
        seed.setId("km-seed");
        seed.valueProperty().addListener((o, a, b) -> newPoints());
        FlowPane settings = new FlowPane(I18n.get().labelled("curKmeans.k", k), I18n.get().labelled("curKmeans.init", init),
                I18n.get().labelled("curKmeans.blobs", blobs), I18n.get().labelled("curKmeans.seed", seed));
        settings.getStyleClass().add("flow");
        settings.setAlignment(Pos.BOTTOM_LEFT);

        step = button("curKmeans.step.ASSIGN", "km-step", this::step);
        step.setGraphic(new FontIcon(MaterialDesignS.SKIP_NEXT));
        Button run = button("curKmeans.run", "km-run", () -> {
            model.runToConvergence(MAX_ITERATIONS);
            lastStep = KMeans.StepKind.ASSIGN;
            refresh();
        });
        run.setGraphic(new FontIcon(MaterialDesignF.FAST_FORWARD));
        Button restart = button("curKmeans.restart", "km-restart", this::initialise);
        Button clear = button("curKmeans.clear", "km-clear", () -> {
            model.setPoints(List.of());
            initialise();
        });
        FlowPane actions = new FlowPane(step, run, restart, clear);
        actions.getStyleClass().add("flow");

        plot = new XyPlot();
        plot.setId("km-plot");
        plot.fontSizeProperty().bind(context.fontSize());
        plot.darkProperty().bind(context.dark());
        plot.setWindow(-6, 6, -6, 6, true);
        plot.setPainter(this::paintPoints);
        plot.setPrefWidth(10);
        plot.minWidthProperty().bind(context.fontSize().multiply(12));
        plot.prefHeightProperty().bind(context.fontSize().multiply(28));
        plot.addEventHandler(MouseEvent.MOUSE_CLICKED, this::addPoint);
        inertiaPlot = new XyPlot();
        inertiaPlot.setId("km-inertia-plot");
        inertiaPlot.fontSizeProperty().bind(context.fontSize());
        inertiaPlot.darkProperty().bind(context.dark());
        inertiaPlot.xLabelProperty().bind(I18n.get().bind("curKmeans.axis.step"));
        inertiaPlot.yLabelProperty().bind(I18n.get().bind("curKmeans.axis.inertia"));
        inertiaPlot.setPainter(this::paintInertia);
        inertiaPlot.setPrefWidth(10);
        inertiaPlot.minWidthProperty().bind(context.fontSize().multiply(10));
        inertiaPlot.prefHeightProperty().bind(context.fontSize().multiply(20));
        HBox.setHgrow(plot, Priority.ALWAYS);
        Label legend = text("curKmeans.legend");
        legend.getStyleClass().add("legend");
        VBox side = new VBox(status, inertia, inertiaPlot, legend);
        side.getStyleClass().add("side");
        side.setPrefWidth(10);
        HBox.setHgrow(side, Priority.ALWAYS);
        HBox charts = new HBox(plot, side);
        charts.getStyleClass().add("charts");
        VBox stacked = new VBox();
        stacked.getStyleClass().add("charts");
        VBox chartHolder = new VBox(charts);
        // side by side when there is room, one under the other at a large UI scale
        page.widthProperty().addListener((o, a, w) -> {
            boolean narrow = w.doubleValue() < context.fontSize().get() * 55;
            if (narrow && plot.getParent() == charts) {
                charts.getChildren().clear();
                stacked.getChildren().setAll(plot, side);
                chartHolder.getChildren().setAll(stacked);
            } else if (!narrow && plot.getParent() == stacked) {
                stacked.getChildren().clear();
                charts.getChildren().setAll(plot, side);
                chartHolder.getChildren().setAll(charts);
            }
        });
        status.setId("km-status");
        status.setWrapText(true);
        inertia.setId("km-inertia");
        inertia.getStyleClass().add("lecture-number");

        page.getChildren().addAll(paragraph("curKmeans.intro"), settings, actions, chartHolder,
                paragraph("curKmeans.steps"), paragraph("curKmeans.inertia.explain"), paragraph("curKmeans.init.explain"));
        newPoints();
        return page;
    }

    private void newPoints() {
        if (plot == null) {
            return;
        }
        model.setPoints(Blobs.generate((int) blobs.value(), PER_BLOB, (long) seed.value()));
        initialise();
    }

    private void initialise() {
        if (plot == null) {
            return;
        }
        model.initialise((int) k.value(), init.getValue(), new Random((long) seed.value()));
        lastStep = null;
        refresh();
    }

    private void step() {
        lastStep = model.step();
        refresh();
    }

    private void addPoint(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        Point2D p = plot.toWorld(e.getX(), e.getY());
        if (p == null) {
            return;
        }
        boolean first = model.points().isEmpty();
        model.addPoint(p.getX(), p.getY());
        if (first) {
            initialise(); // the first point after "clear" gives the centroids something to start from
        } else {
            lastStep = null;
            refresh();
        }
    }

    private void refresh() {
        step.textProperty().bind(I18n.get().bind("curKmeans.step." + model.nextStep().name()));
        step.setDisable(model.converged() || model.points().isEmpty());
        if (model.points().isEmpty()) {
            status.textProperty().bind(I18n.get().bind("curKmeans.status.empty"));
        } else if (model.converged()) {
            status.textProperty().bind(I18n.get().bind("curKmeans.status.converged", model.iterations()));
        } else {
            int done = model.iterations();
            String kind = "curKmeans.kind." + model.nextStep().name();
            status.textProperty().bind(I18n.get().live(
                    () -> I18n.get().text("curKmeans.status.running", done, I18n.get().text(kind))));
        }
        List<Double> history = model.inertiaHistory();
        inertia.textProperty().bind(history.isEmpty() ? I18n.get().bind("curKmeans.inertia.none")
                : I18n.get().bind("curKmeans.inertia.value", String.format(Locale.ROOT, "%.3f", history.get(history.size() - 1))));
        double top = history.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        inertiaPlot.setWindow(0, Math.max(4, history.size()) + 0.5, 0, top > 0 ? top * 1.1 : 1, false);
        plot.redraw();
        inertiaPlot.redraw();
    }

    private void paintPoints(XyPlot.Pen pen) {
        boolean dark = plot.darkProperty().get();
        int[] a = model.assignment();
        List<double[]> pts = model.points();
        for (int i = 0; i < pts.size(); i++) {
            pen.dot(pts.get(i)[0], pts.get(i)[1], pen.fontSize() * 0.3,
                    a[i] < 0 ? ClusterColours.unassigned(dark) : ClusterColours.of(a[i], dark));
        }
        double[][] c = model.centroids();
        double[][] before = model.previousCentroids();
        for (int j = 0; j < c.length; j++) {
            if (lastStep == KMeans.StepKind.UPDATE && KMeans.squaredDistance(c[j], before[j]) > 1e-12) {
                pen.dot(before[j][0], before[j][1], pen.fontSize() * 0.35, ClusterColours.of(j, dark).deriveColor(0, 1, 1, 0.35));
                pen.arrow(before[j][0], before[j][1], c[j][0], c[j][1], pen.ink(), 2, pen.fontSize() * 0.7);
            }
        }
        for (int j = 0; j < c.length; j++) {
            ClusterColours.centroid(pen, c[j][0], c[j][1], ClusterColours.of(j, dark));
        }
    }

    private void paintInertia(XyPlot.Pen pen) {
        List<Double> h = model.inertiaHistory();
        if (h.isEmpty()) {
            return;
        }
        double[] xs = new double[h.size()];
        double[] ys = new double[h.size()];
        for (int i = 0; i < h.size(); i++) {
            xs[i] = i + 1;
            ys[i] = h.get(i);
        }
        boolean dark = inertiaPlot.darkProperty().get();
        pen.polyline(xs, ys, pen.ink(), 1.5);
        for (int i = 0; i < xs.length; i++) {
            // the run starts with an assignment, so odd steps assign and even steps update
            pen.dot(xs[i], ys[i], pen.fontSize() * 0.3, ClusterColours.of(i % 2 == 0 ? 0 : 1, dark));
        }
    }

    @Override
    public void resetToLecture() {
        if (plot == null) {
            return;
        }
        k.setValue(LECTURE_K);
        init.setValue(DEFAULT_INIT);
        blobs.setValue(DEFAULT_BLOBS);
        seed.setValue(DEFAULT_SEED);
        newPoints();
    }

    /** For tests. */
    KMeans model() {
        return model;
    }

    /** Initialisation names, translated and following the language. */
    private static final class InitCell extends ListCell<KMeans.Init> {
        @Override
        protected void updateItem(KMeans.Init item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setText(null);
            } else {
                textProperty().bind(I18n.get().bind("curKmeans.init." + item.name()));
            }
        }
    }
}
