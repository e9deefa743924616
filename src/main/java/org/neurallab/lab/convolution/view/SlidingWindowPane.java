package org.neurallab.lab.convolution.view;

import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.neurallab.app.I18n;
import org.neurallab.lab.convolution.ConvolutionLab;
import org.neurallab.lab.convolution.LabImage;

/**
 * The main view: kernel editor, stride and padding on the left; input and output side by side; below them the
 * sliding window stepping over the input with its multiply-adds, the output filling in cell by cell.
 */
public class SlidingWindowPane extends BorderPane {
    static final Color WINDOW = Color.web("#f59e0b");
    static final Color CELL = Color.web("#10b981");

    private final ConvolutionLab lab;
    private final GridCanvas input = new GridCanvas();
    private final GridCanvas output = new GridCanvas();
    private final Label inputCaption = new Label();
    private final Label outputCaption = new Label();
    private final Label problem = new Label();
    private final Label formula = new Label();
    private final Label computed = new Label();
    private final MultiplyAddTable products = new MultiplyAddTable();
    private final KernelEditor editor;
    private final StrideControls strideControls;
    private final Button play = new Button();
    private final Slider speed = new Slider(0, 3, Math.log10(4));
    private final AnimationTimer timer;
    /** Current window position in reading order, or -1 when the whole output is shown. */
    private int position = -1;
    private boolean playing;
    private Runnable onOutput = () -> { };

    public SlidingWindowPane(ConvolutionLab lab) {
        this.lab = lab;
        editor = new KernelEditor(lab, this::recompute);
        strideControls = new StrideControls(lab, this::recompute);
        problem.setId("conv-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        formula.setWrapText(true);
        formula.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        formula.setId("conv-formula");
        computed.setId("conv-computed");
        computed.setWrapText(true);
        computed.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        I18n.get().onChange(this, () -> recompute());
        VBox left = new VBox(12, editor, strideControls, problem, formula, computed);
        left.setPadding(new Insets(0, 12, 0, 0));
        left.getStyleClass().add("conv-left");
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setLeft(leftScroll);

        input.setMaxCell(40);
        output.setMaxCell(40);
        output.setCellSource(input);
        outputCaption.setWrapText(true);
        outputCaption.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        inputCaption.setWrapText(true);
        inputCaption.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox inBox = new VBox(4, inputCaption, input);
        VBox outBox = new VBox(4, outputCaption, output);
        VBox.setVgrow(input, Priority.ALWAYS);
        VBox.setVgrow(output, Priority.ALWAYS);
        // Equal halves whatever the caption lengths.
        inBox.setPrefWidth(100);
        outBox.setPrefWidth(100);
        HBox.setHgrow(inBox, Priority.ALWAYS);
        HBox.setHgrow(outBox, Priority.ALWAYS);
        HBox pictures = new HBox(16, inBox, outBox);
        pictures.setMinHeight(200);
        VBox.setVgrow(pictures, Priority.ALWAYS);

        Button step = new Button();
        step.textProperty().bind(I18n.get().bind("convolution.window.step"));
        step.setId("conv-step");
        step.setOnAction(e -> {
            stop();
            step(1);
        });
        play.textProperty().bind(I18n.get().bind("convolution.window.play"));
        play.setId("conv-play");
        play.setOnAction(e -> {
            if (playing) {
                stop();
            } else {
                start();
            }
        });
        Button all = new Button();
        all.textProperty().bind(I18n.get().bind("convolution.window.showAll"));
        all.setOnAction(e -> {
            stop();
            position = -1;
            refresh();
        });
        Label speedLabel = new Label();
        speedLabel.textProperty().bind(I18n.get().bind("convolution.window.speed"));
        speed.setId("conv-speed");
        speed.setPrefWidth(140);
        HBox buttons = new HBox(8, step, play, all, speedLabel, speed);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox center = new VBox(10, pictures, buttons, products);
        center.setMinWidth(0);
        center.setPrefWidth(200);
        setCenter(center);

        timer = new AnimationTimer() {
            private long last;
            private double owed;

            @Override
            public void handle(long now) {
                if (last == 0 || now - last > 500_000_000L) {
                    last = now; // first frame, or after a pause: do not catch up
                    return;
                }
                // steps are owed in proportion to the time passed, so fast speeds move several cells a frame
                owed += (now - last) / 1e9 * stepsPerSecond();
                last = now;
                int steps = (int) owed;
                owed -= steps;
                for (int i = 0; i < steps && playing; i++) {
                    if (position == cellCount() - 1) {
                        stop();
                        return;
                    }
                    position = position < 0 ? 0 : position + 1;
                }
                if (steps > 0) {
                    refresh();
                }
            }
        };
        recompute();
    }

    /** Called after each successful computation (the other views follow the current feature map). */
    public void setOnOutput(Runnable r) {
        this.onOutput = r;
    }

    public void setImage(LabImage image) {
        lab.setImage(image);
        recompute();
    }

    public ConvolutionLab lab() {
        return lab;
    }

    private int cellCount() {
        double[][] map = lab.output().map();
        return map.length * map[0].length;
    }

    /** The speed slider is logarithmic: 1 to 1000 window positions a second. */
    private double stepsPerSecond() {
        return Math.pow(10, speed.getValue());
    }

    private void step(int by) {
        position = position < 0 ? 0 : (position + by) % cellCount();
        refresh();
    }

    private void start() {
        playing = true;
        play.textProperty().bind(I18n.get().bind("convolution.window.pause"));
        if (position < 0 || position == cellCount() - 1) {
            position = -1;
        }
        timer.start();
    }

    private void stop() {
        playing = false;
        play.textProperty().bind(I18n.get().bind("convolution.window.play"));
        timer.stop();
    }

    /** Reads the editor into the model and shows the result or the problem (keeping the last good output). */
    public void recompute() {
        var p = lab.recompute();
        problem.setText(p.map(x -> I18n.get().text("convolution.problem." + x.key(), x.args())).orElse(""));
        editor.markBadCell(p.filter(x -> x.key().equals("badCell")).map(x -> (Integer) x.args()[0]).orElse(0),
                p.filter(x -> x.key().equals("badCell")).map(x -> (Integer) x.args()[1]).orElse(0));
        if (p.isEmpty()) {
            if (position >= cellCount()) {
                position = -1;
            }
            onOutput.run();
        }
        refresh();
    }

    private void refresh() {
        ConvolutionLab.Output out = lab.output();
        int n = out.input().length;
        int m = out.input()[0].length;
        int f = out.kernel().length;
        input.show(out.input(), GridCanvas.Style.GREY, out.padding());
        input.setNumbers(true, 2);
        output.show(out.map(), GridCanvas.Style.DIVERGING, 0);
        int rows = out.map().length;
        int cols = out.map()[0].length;
        inputCaption.setText(out.padding() == 0 ? I18n.get().text("convolution.input.caption", m, n)
                : I18n.get().text("convolution.input.captionPadded", m, n, out.padding()));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : out.map()) {
            for (double v : row) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        outputCaption.setText(I18n.get().text("convolution.output.caption", cols, rows, I18n.get().number(lo, 2), I18n.get().number(hi, 2)));
        formula.setText(I18n.get().text("convolution.formula.general") + "\n" + I18n.get().text("convolution.formula.rows", n, f, out.padding(), out.stride(), out.formulaRows())
                + "\n" + I18n.get().text("convolution.formula.cols", m, f, out.padding(), out.stride(), out.formulaCols()));
        computed.setText(I18n.get().text("convolution.formula.computed", rows, cols,
                rows == out.formulaRows() && cols == out.formulaCols() ? "✓" : "✗"));
        if (position < 0) {
            output.setVisibleCells(Integer.MAX_VALUE);
            input.setMarks(List.of());
            output.setMarks(List.of());
            products.show(null);
            return;
        }
        int r = position / cols;
        int c = position % cols;
        var w = out.window(r, c);
        output.setVisibleCells(position + 1);
        input.setMarks(List.of(new GridCanvas.Mark(w.top(), w.left(), f, f, WINDOW)));
        output.setMarks(List.of(new GridCanvas.Mark(r, c, 1, 1, CELL)));
        products.show(w);
    }

    /** For tests: the current output grid. */
    public double[][] outputValues() {
        return lab.output().map();
    }

    /** Current window position in reading order, -1 when the whole output is shown (for tests). */
    public int position() {
        return position;
    }

    public String problemText() {
        return problem.getText();
    }

    public void stopAnimation() {
        stop();
    }
}
