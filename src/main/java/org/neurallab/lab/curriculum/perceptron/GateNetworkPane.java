package org.neurallab.lab.curriculum.perceptron;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;
import org.neurallab.lab.curriculum.ui.CurriculumContext;

/**
 * Exclusive-or built from gates the student has just met: the two-layer diagram for a chosen input and the
 * lecture's table of x1, x2, s1 = NAND, s2 = OR, y = AND(s1, s2) for all four inputs.
 */
final class GateNetworkPane extends VBox {
    private final GateDiagram diagram = new GateDiagram();
    private final ToggleGroup inputs = new ToggleGroup();

    GateNetworkPane(CurriculumContext context) {
        getStyleClass().add("perceptron-section");
        setSpacing(8);
        Label heading = new Label();
        heading.textProperty().bind(I18n.get().bind("curPerceptron.gates.heading"));
        heading.getStyleClass().add("title-4");
        diagram.fontSizeProperty().bind(context.fontSize());
        diagram.darkProperty().bind(context.dark());
        diagram.setId("xor-gate-diagram");
        diagram.fitInto(this);

        FlowPane buttons = new FlowPane(6, 6);
        Label pick = new Label();
        pick.textProperty().bind(I18n.get().bind("curPerceptron.gates.pick"));
        buttons.getChildren().add(pick);
        for (int i = 0; i < 4; i++) {
            int x1 = (int) LogicGate.INPUTS[i][0];
            int x2 = (int) LogicGate.INPUTS[i][1];
            ToggleButton b = new ToggleButton("(" + x1 + ", " + x2 + ")");
            b.setId("xor-input-" + i);
            b.setToggleGroup(inputs);
            b.setUserData(i);
            buttons.getChildren().add(b);
        }
        inputs.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            int i = (Integer) now.getUserData();
            diagram.show(GateNetwork.evaluate((int) LogicGate.INPUTS[i][0], (int) LogicGate.INPUTS[i][1]));
        });
        inputs.selectToggle(inputs.getToggles().get(0));

        WrappingRow body = new WrappingRow(24, 12, diagram, table());
        getChildren().addAll(heading, SinglePerceptronPane.explanation("gates.explain"), buttons, body);
    }

    void resetToLecture() {
        inputs.selectToggle(inputs.getToggles().get(0));
    }

    private static GridPane table() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("perceptron-table");
        grid.setHgap(14);
        grid.setVgap(4);
        String[] heads = {"x\u2081", "x\u2082", "s\u2081 (NAND)", "s\u2082 (OR)", "y (AND)"};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(heads[c]);
            h.getStyleClass().add("table-head");
            h.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(h, c, 0);
        }
        GateNetwork.Row[] rows = GateNetwork.table();
        for (int r = 0; r < rows.length; r++) {
            GateNetwork.Row row = rows[r];
            int[] values = {row.x1(), row.x2(), row.s1(), row.s2(), row.y()};
            for (int c = 0; c < values.length; c++) {
                Label cell = new Label(Integer.toString(values[c]));
                if (c == 4) {
                    cell.setId("xor-gates-y-" + r);
                    cell.getStyleClass().add("lecture-number");
                }
                grid.add(cell, c, r + 1);
            }
        }
        return grid;
    }
}
