package org.neurallab.lab.curriculum.gradcheck;

import static org.neurallab.lab.curriculum.ui.Translated.paragraph;
import static org.neurallab.lab.curriculum.ui.Translated.text;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.neurallab.app.I18n;
import org.neurallab.engine.activation.Activation;
import org.neurallab.lab.curriculum.gradcheck.NetworkGradientCheck.Entry;
import org.neurallab.lab.curriculum.gradcheck.NetworkGradientCheck.Settings;
import org.neurallab.lab.curriculum.ui.CurriculumContext;
import org.neurallab.lab.curriculum.ui.NumberField;
import org.neurallab.lab.curriculum.ui.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gradient check (lecture 002's numerical gradient against back-propagation) on a small engine network:
 * every parameter's two gradients side by side, the worst relative error per parameter with a verdict,
 * and a planted backprop bug to show what a failed check looks like. The check runs on the lab's worker.
 */
public final class GradientCheckTopic implements Topic {
    private static final Logger LOG = LoggerFactory.getLogger(GradientCheckTopic.class);
    private static final Activation[] ACTIVATIONS = {Activation.SIGMOID, Activation.TANH, Activation.RELU};

    private Executor worker;
    /** Only the newest request's result is shown. */
    private final AtomicLong generation = new AtomicLong();
    private ComboBox<Activation> activation;
    private NumberField seed;
    private NumberField h;
    private CheckBox broken;
    private final Label status = new Label();
    private final Label[] maxima = new Label[NetworkGradientCheck.NAMES.length];
    private final Label[] verdicts = new Label[NetworkGradientCheck.NAMES.length];
    private final TableView<Entry> table = new TableView<>();
    private NetworkGradientCheck.Result shown;
    private boolean interrupted;

    @Override
    public String id() {
        return "gradcheck";
    }

    @Override
    public String titleKey() {
        return "curriculum.topic.gradcheck";
    }

    @Override
    public Node view(CurriculumContext context) {
        worker = context.worker();
        VBox page = new VBox();
        page.getStyleClass().add("cur-gradcheck");
        page.getStylesheets().add(GradientCheckTopic.class.getResource("gradcheck.css").toExternalForm());
        Settings lecture = Settings.lecture();

        activation = new ComboBox<>(FXCollections.observableArrayList(ACTIVATIONS));
        activation.setId("gc-activation");
        activation.setValue(lecture.activation());
        activation.setCellFactory(l -> new ActivationCell());
        activation.setButtonCell(new ActivationCell());
        activation.valueProperty().addListener((o, a, b) -> recompute());
        seed = new NumberField(lecture.seed(), 0, 999_999, true);
        seed.setId("gc-seed");
        seed.valueProperty().addListener((o, a, b) -> recompute());
        h = new NumberField(lecture.h(), 1e-15, 1, false);
        h.setId("gc-h");
        h.valueProperty().addListener((o, a, b) -> recompute());
        broken = new CheckBox();
        broken.setId("gc-break");
        broken.textProperty().bind(I18n.get().bind("curGradCheck.break"));
        broken.selectedProperty().addListener((o, a, b) -> recompute());
        FlowPane controls = new FlowPane(I18n.get().labelled("curGradCheck.activation", activation),
                I18n.get().labelled("curGradCheck.seed", seed), I18n.get().labelled("curGradCheck.h", h), broken);
        controls.getStyleClass().add("flow");
        controls.setAlignment(Pos.BOTTOM_LEFT);
        status.setId("gc-status");
        status.setWrapText(true);

        GridPane summary = new GridPane();
        summary.getStyleClass().add("summary");
        summary.add(text("curGradCheck.col.parameter"), 0, 0);
        summary.add(text("curGradCheck.col.maxError"), 1, 0);
        summary.add(text("curGradCheck.col.verdict"), 2, 0);
        for (int i = 0; i < maxima.length; i++) {
            String name = NetworkGradientCheck.NAMES[i];
            Label parameter = new Label(name);
            parameter.getStyleClass().add("parameter");
            maxima[i] = new Label();
            maxima[i].setId("gc-max-" + name);
            maxima[i].getStyleClass().add("number");
            verdicts[i] = new Label();
            verdicts[i].setId("gc-verdict-" + name);
            summary.add(parameter, 0, i + 1);
            summary.add(maxima[i], 1, i + 1);
            summary.add(verdicts[i], 2, i + 1);
        }
        summary.getChildren().stream().filter(n -> GridPane.getRowIndex(n) == 0)
                .forEach(n -> n.getStyleClass().add("header"));
        summary.getChildren().forEach(n -> ((Label) n).setMinWidth(Region.USE_PREF_SIZE));
        summary.setMaxWidth(Region.USE_PREF_SIZE);

        table.setId("gc-table");
        table.getColumns().add(column("curGradCheck.col.parameter", e -> e.parameter()));
        table.getColumns().add(column("curGradCheck.col.index", e -> Integer.toString(e.index())));
        table.getColumns().add(column("curGradCheck.col.numerical", e -> gradient(e.numerical())));
        table.getColumns().add(column("curGradCheck.col.analytic", e -> gradient(e.analytic())));
        table.getColumns().add(column("curGradCheck.col.error", e -> error(e.relativeError())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.prefHeightProperty().bind(context.fontSize().multiply(24));
        table.setRowFactory(v -> new ErrorRow());

        page.getChildren().addAll(paragraph("curGradCheck.intro"), controls, status, summary,
                paragraph("curGradCheck.formula"), table, paragraph("curGradCheck.h.explain"),
                paragraph("curGradCheck.break.explain"));
        I18n.get().onChange(page, () -> {
            if (shown != null) {
                show(shown);
            }
        });
        page.parentProperty().addListener((o, a, now) -> {
            if (now != null && interrupted) {
                recompute();
            }
        });
        recompute();
        return page;
    }

    private void recompute() {
        if (broken == null) {
            return;
        }
        Settings s = new Settings(activation.getValue(), (long) seed.value(), h.value(), broken.isSelected());
        long ticket = generation.incrementAndGet();
        status.textProperty().bind(I18n.get().bind("curGradCheck.running"));
        interrupted = false;
        worker.execute(() -> {
            if (generation.get() != ticket) {
                return; // a newer request is queued behind this one
            }
            try {
                NetworkGradientCheck.Result r = NetworkGradientCheck.run(s);
                Platform.runLater(() -> {
                    if (generation.get() == ticket) {
                        show(r);
                    }
                });
            } catch (RuntimeException e) {
                LOG.error("Gradient check failed for {}", s, e);
                Platform.runLater(() -> status.textProperty().bind(I18n.get().bind("curGradCheck.failed")));
            }
        });
    }

    private void show(NetworkGradientCheck.Result r) {
        shown = r;
        status.textProperty().bind(I18n.get().bind("curGradCheck.done",
                String.format(Locale.ROOT, "%.6f", r.loss()), r.entries().size()));
        for (int i = 0; i < maxima.length; i++) {
            NetworkGradientCheck.Summary s = r.summaries().get(i);
            maxima[i].setText(error(s.maxRelativeError()));
            verdicts[i].textProperty().bind(I18n.get().bind("curGradCheck.verdict." + s.verdict().name()));
            verdicts[i].getStyleClass().removeAll("excellent", "good", "doubtful", "wrong");
            verdicts[i].getStyleClass().add(s.verdict().name().toLowerCase(Locale.ROOT));
        }
        table.getItems().setAll(r.entries());
    }

    @Override
    public void resetToLecture() {
        if (broken == null) {
            return;
        }
        Settings lecture = Settings.lecture();
        activation.setValue(lecture.activation());
        seed.setValue(lecture.seed());
        h.setValue(lecture.h());
        broken.setSelected(lecture.brokenBackward());
        recompute();
    }

    @Override
    public void onHide() {
        // drop queued and running checks; the page asks again when it is put back on screen
        generation.incrementAndGet();
        interrupted = true;
    }

    /** The result the page shows, for tests. */
    NetworkGradientCheck.Result shown() {
        return shown;
    }

    static String gradient(double v) {
        return String.format(Locale.ROOT, "%.10f", v);
    }

    static String error(double v) {
        return String.format(Locale.ROOT, "%.2e", v);
    }

    private static TableColumn<Entry, String> column(String key, java.util.function.Function<Entry, String> value) {
        TableColumn<Entry, String> c = new TableColumn<>();
        c.textProperty().bind(I18n.get().bind(key));
        Callback<TableColumn.CellDataFeatures<Entry, String>, javafx.beans.value.ObservableValue<String>> factory =
                f -> new ReadOnlyStringWrapper(value.apply(f.getValue()));
        c.setCellValueFactory(factory);
        c.setSortable(false);
        return c;
    }

    /** Activation names as the lecture writes them. */
    private static final class ActivationCell extends ListCell<Activation> {
        @Override
        protected void updateItem(Activation item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : switch (item) {
                case SIGMOID -> "sigmoid";
                case TANH -> "tanh";
                default -> "ReLU";
            });
        }
    }

    /** Rows whose two gradients disagree are tinted. */
    private static final class ErrorRow extends javafx.scene.control.TableRow<Entry> {
        @Override
        protected void updateItem(Entry item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("wrong-row");
            if (!empty && item != null && NetworkGradientCheck.Verdict.of(item.relativeError())
                    == NetworkGradientCheck.Verdict.WRONG) {
                getStyleClass().add("wrong-row");
            }
        }
    }
}
