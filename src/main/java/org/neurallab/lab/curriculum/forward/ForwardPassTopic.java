package org.neurallab.lab.curriculum.forward;

import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;
import org.neurallab.lab.curriculum.ui.CurriculumContext;
import org.neurallab.lab.curriculum.ui.NumberField;
import org.neurallab.lab.curriculum.ui.Topic;
import org.neurallab.lab.curriculum.ui.Translated;

/**
 * Lecture 002's forward pass through a three-layer network: X typed by the student, every A and Z computed by
 * the engine's Dense and Sigmoid layers with the lecture's weights, drawn on the network and listed in a
 * table; the neuron under the mouse (or clicked) has its weighted sum written out. Texts under
 * {@code curForward.}.
 */
public final class ForwardPassTopic implements Topic {
    private static final String[] ROWS = {"A1", "Z1", "A2", "Z2", "A3", "Y"};

    // controls are made in view(): a topic is constructed before the JavaFX toolkit may be running
    private NumberField x1;
    private NumberField x2;
    private Label sumLine;
    private Label activationLine;
    private final Label[][] cells = new Label[ROWS.length][3];
    private ForwardNetwork network;
    private NetworkDiagram diagram;
    private ForwardNetwork.Pass pass;
    private VBox diagramHolder;
    private CurriculumContext context;

    @Override
    public String id() {
        return "forward";
    }

    @Override
    public String titleKey() {
        return "curriculum.topic.forward";
    }

    @Override
    public Node view(CurriculumContext ctx) {
        context = ctx;
        x1 = new NumberField(ForwardNetwork.LECTURE_X[0], -10, 10, false);
        x2 = new NumberField(ForwardNetwork.LECTURE_X[1], -10, 10, false);
        sumLine = new Label();
        activationLine = new Label();
        x1.setId("forward-x1");
        x2.setId("forward-x2");
        Label xLabel = new Label("X =");
        HBox inputs = new HBox(10, xLabel, x1, x2);
        inputs.setAlignment(Pos.TOP_LEFT);
        x1.valueProperty().addListener((o, a, v) -> recompute());
        x2.valueProperty().addListener((o, a, v) -> recompute());

        Label loading = new Label();
        loading.textProperty().bind(I18n.get().bind("curForward.loading"));
        diagramHolder = new VBox(loading);

        Label detailHead = new Label();
        detailHead.textProperty().bind(I18n.get().bind("curForward.detail.heading"));
        detailHead.getStyleClass().add("table-head");
        sumLine.setId("forward-detail-sum");
        activationLine.setId("forward-detail-activation");
        for (Label l : new Label[] {sumLine, activationLine}) {
            l.getStyleClass().add("forward-formula");
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox detail = new VBox(4, detailHead, sumLine, activationLine);
        detail.getStyleClass().add("forward-detail");

        Label heading = new Label();
        heading.textProperty().bind(I18n.get().bind("curForward.heading"));
        heading.getStyleClass().add("title-4");
        Label tableHead = new Label();
        tableHead.textProperty().bind(I18n.get().bind("curForward.table.heading"));
        tableHead.getStyleClass().add("title-4");
        VBox page = new VBox(12, heading, Translated.paragraph("curForward.intro"), inputs, diagramHolder,
                Translated.paragraph("curForward.hover"), detail, tableHead, Translated.paragraph("curForward.table.explain"), table(),
                Translated.paragraph("curForward.code"));
        page.setPadding(new Insets(8, 4, 16, 4));
        page.getStyleClass().addAll("topic-page", "forward-page");
        page.getStylesheets().add(ForwardPassTopic.class.getResource("forward.css").toExternalForm());

        // building the engine model loads ND4J the first time (a second or two): off the FX thread
        context.worker().execute(() -> {
            ForwardNetwork built = new ForwardNetwork();
            Platform.runLater(() -> attach(built));
        });
        return page;
    }

    private void attach(ForwardNetwork built) {
        network = built;
        diagram = new NetworkDiagram(built);
        diagram.setId("forward-diagram");
        diagram.fontSizeProperty().bind(context.fontSize());
        diagram.darkProperty().bind(context.dark());
        diagram.setOnFocus((c, i) -> explain());
        diagramHolder.getChildren().setAll(diagram);
        recompute();
    }

    private GridPane table() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("forward-table");
        grid.setHgap(18);
        grid.setVgap(4);
        for (int r = 0; r < ROWS.length; r++) {
            Label name = new Label(ROWS[r]);
            name.getStyleClass().add("table-head");
            grid.add(name, 0, r);
            int n = r < 2 ? 3 : 2;
            for (int c = 0; c < n; c++) {
                cells[r][c] = new Label("\u2026");
                cells[r][c].setId("forward-" + ROWS[r].toLowerCase(Locale.ROOT) + "-" + c);
                cells[r][c].getStyleClass().add("lecture-number");
                cells[r][c].setMinWidth(Region.USE_PREF_SIZE);
                grid.add(cells[r][c], c + 1, r);
            }
        }
        return grid;
    }

    /** One forward pass on the engine (five tiny layers, well under a millisecond) and every view of it. */
    private void recompute() {
        if (network == null) {
            return;
        }
        pass = network.forward(new double[] {x1.value(), x2.value()});
        double[][] rows = {pass.a1(), pass.z1(), pass.a2(), pass.z2(), pass.a3(), pass.y()};
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                cells[r][c].setText(eight(rows[r][c]));
            }
        }
        diagram.show(pass);
        explain();
    }

    /** Eight decimals without trailing zeros, as numpy prints the lecture's arrays: 0.3, 0.57444252. */
    static String eight(double v) {
        String s = String.format(Locale.ROOT, "%.8f", Math.abs(v) < 5e-9 ? 0.0 : v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private void explain() {
        if (pass == null) {
            return;
        }
        int[] f = diagram.focus();
        WeightedSum s = WeightedSum.of(network, pass, f[0] - 1, f[1]);
        String n = "\u2081\u2082\u2083".substring(f[1], f[1] + 1);
        String layer = "\u00b9\u00b2\u00b3".substring(f[0] - 1, f[0]);
        String prev = f[0] == 1 ? "x" : "z" + "\u00b9\u00b2".substring(f[0] - 2, f[0] - 1);
        StringBuilder symbolic = new StringBuilder();
        for (int i = 0; i < s.inputs().length; i++) {
            symbolic.append(prev).append("\u2081\u2082\u2083".charAt(i)).append("w").append(layer)
                    .append("\u2081\u2082\u2083".charAt(i)).append(n).append(" + ");
        }
        symbolic.append("b").append(layer).append(n);
        sumLine.setText("a" + layer + n + " = " + symbolic + " = " + s.sumFormula());
        activationLine.setText(s.sigmoid()
                ? "z" + layer + n + " = sigmoid(a" + layer + n + ") = " + s.activationFormula()
                : "y" + n + " = a" + layer + n + " = " + s.activationFormula());
    }

    @Override
    public void resetToLecture() {
        if (x1 == null) {
            return;
        }
        x1.setValue(ForwardNetwork.LECTURE_X[0]);
        x2.setValue(ForwardNetwork.LECTURE_X[1]);
        if (diagram != null) {
            diagram.select(1, 0);
        }
    }

    /** For tests: the diagram once the engine has loaded, else null. */
    NetworkDiagram diagram() {
        return diagram;
    }
}
