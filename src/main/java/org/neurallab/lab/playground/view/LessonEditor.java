package org.neurallab.lab.playground.view;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;
import org.neurallab.lab.playground.state.Control;
import org.neurallab.lab.playground.state.Lesson;

/**
 * For teachers: write a goal ("test loss below 0.05 with at most 4 neurons"), choose which controls
 * students may not see or change, and apply. The lesson is saved with the configuration. With a teacher PIN,
 * the editor (and removing the lesson) opens only after the PIN is typed; applying locks it again.
 */
final class LessonEditor {
    private final TitledPane root = new TitledPane();
    private final TextField goal = new TextField();
    private final TextField maxLoss = new TextField();
    private final Spinner<Integer> maxNeurons = new Spinner<>(0, 48, 0);
    private final Map<Control, CheckBox> hide = new EnumMap<>(Control.class);
    private final Map<Control, CheckBox> lock = new EnumMap<>(Control.class);
    private final PasswordField pin = new PasswordField();
    private final PasswordField unlockPin = new PasswordField();
    private final Label unlockMessage = new Label();
    private final VBox editor;
    private final VBox unlockBox;
    private final PlaygroundController controller;

    LessonEditor(PlaygroundController controller) {
        this.controller = controller;
        I18n i18n = I18n.get();
        root.textProperty().bind(i18n.bind("playground.lesson.editor"));
        root.setExpanded(false);
        root.setId("lesson-editor");
        root.setMinWidth(0);
        root.setPrefWidth(200);
        goal.setId("lesson-goal");
        maxLoss.setId("lesson-max-loss");
        maxNeurons.setEditable(true);
        maxNeurons.setStyle("-fx-pref-width: 5.7em;");
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(2);
        grid.add(label("playground.lesson.control"), 0, 0);
        grid.add(label("playground.lesson.hide"), 1, 0);
        grid.add(label("playground.lesson.lock"), 2, 0);
        int row = 1;
        for (Control c : Control.values()) {
            Label name = new Label();
            name.textProperty().bind(i18n.bind("playground." + c.key()));
            CheckBox h = new CheckBox();
            CheckBox l = new CheckBox();
            h.setId("lesson-hide-" + c.name().toLowerCase(java.util.Locale.ROOT));
            l.setId("lesson-lock-" + c.name().toLowerCase(java.util.Locale.ROOT));
            hide.put(c, h);
            lock.put(c, l);
            grid.addRow(row++, name, h, l);
        }
        Button apply = new Button();
        apply.setId("lesson-apply");
        apply.textProperty().bind(i18n.bind("playground.lesson.apply"));
        apply.setOnAction(e -> apply());
        Button clear = new Button();
        clear.textProperty().bind(i18n.bind("playground.lesson.clear"));
        clear.setId("lesson-clear");
        clear.setOnAction(e -> {
            if (controller.change(PlaygroundController.Kind.DISPLAY, c -> c.setLesson(Lesson.NONE))) {
                controller.relock();
            }
        });
        pin.setId("lesson-pin");
        pin.setPrefColumnCount(8);
        editor = new VBox(6, label("playground.lesson.goal"), goal, label("playground.lesson.maxLoss"), maxLoss,
                label("playground.lesson.maxNeurons"), maxNeurons, grid, label("playground.lesson.pin"), pin,
                new HBox(6, apply, clear));
        editor.setPadding(new Insets(6));

        unlockPin.setId("lesson-unlock-pin");
        unlockPin.setPrefColumnCount(8);
        Button unlock = new Button();
        unlock.setId("lesson-unlock");
        unlock.textProperty().bind(i18n.bind("playground.lesson.unlock"));
        unlock.setDefaultButton(false);
        unlock.setOnAction(e -> unlock());
        unlockPin.setOnAction(e -> unlock());
        unlockMessage.setId("lesson-unlock-message");
        unlockMessage.setWrapText(true);
        unlockMessage.setStyle("-fx-text-fill: -color-danger-fg;");
        unlockBox = new VBox(6, label("playground.lesson.lockedByTeacher"), unlockPin, unlock, unlockMessage);
        unlockBox.setPadding(new Insets(6));
        unlockBox.setId("lesson-locked");

        controller.configProperty().addListener(o -> refresh());
        controller.teacherUnlockedProperty().addListener(o -> refresh());
        refresh();
    }

    private void unlock() {
        if (controller.unlock(unlockPin.getText())) {
            unlockMessage.setText("");
        } else {
            unlockMessage.setText(I18n.get().text("playground.lesson.wrongPin"));
        }
        unlockPin.clear();
    }

    Node node() {
        return root;
    }

    private static Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(I18n.get().bind(key));
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        return l;
    }

    private void apply() {
        double loss;
        try {
            String t = maxLoss.getText().strip();
            loss = t.isEmpty() ? 0 : TrainingBar.parse(t, null);
        } catch (RuntimeException e) {
            loss = Double.NaN;
        }
        if (!(loss >= 0 && loss <= 10)) {
            controller.messageProperty().set(I18n.get().text("playground.error.lessonLoss", maxLoss.getText()));
            return;
        }
        Set<Control> hidden = EnumSet.noneOf(Control.class);
        Set<Control> locked = EnumSet.noneOf(Control.class);
        hide.forEach((c, box) -> {
            if (box.isSelected()) {
                hidden.add(c);
            }
        });
        lock.forEach((c, box) -> {
            if (box.isSelected()) {
                locked.add(c);
            }
        });
        String typed = pin.getText();
        if (!typed.isEmpty() && !org.neurallab.lab.playground.state.TeacherPin.valid(typed)) {
            controller.messageProperty().set(I18n.get().text("playground.lesson.badPin"));
            return;
        }
        double l = loss;
        int n = maxNeurons.getValue() == null ? 0 : maxNeurons.getValue();
        // no PIN typed keeps the lesson's PIN (if it had one), so a teacher can adjust a protected lesson
        String key = controller.configProperty().get().getLesson().teacherKey();
        Lesson lesson = typed.isEmpty() ? new Lesson(goal.getText(), l, n, hidden, locked, key)
                : new Lesson(goal.getText(), l, n, hidden, locked).withTeacherPin(typed);
        if (controller.change(PlaygroundController.Kind.DISPLAY, c -> c.setLesson(lesson))) {
            pin.clear();
            controller.relock();
        }
    }

    private void refresh() {
        Lesson lesson = controller.configProperty().get().getLesson();
        root.setContent(controller.lessonLocked() ? unlockBox : editor);
        goal.setText(lesson.goal());
        maxLoss.setText(lesson.maxTestLoss() > 0 ? TrainingBar.plain(lesson.maxTestLoss()) : "");
        maxNeurons.getValueFactory().setValue(lesson.maxNeurons());
        hide.forEach((c, box) -> box.setSelected(lesson.hidden().contains(c)));
        lock.forEach((c, box) -> box.setSelected(lesson.locked().contains(c)));
    }
}
