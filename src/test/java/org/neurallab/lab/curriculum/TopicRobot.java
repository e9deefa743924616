package org.neurallab.lab.curriculum;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.neurallab.app.I18n;
import org.neurallab.app.Screenshots;
import org.neurallab.lab.curriculum.ui.CurriculumContext;
import org.neurallab.lab.curriculum.ui.NumberField;
import org.neurallab.lab.curriculum.ui.Topic;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the topic pages' UI tests do again and again: read a label, bring a node into view, type a number. */
public final class TopicRobot {
    /** The tests' training service (daemon threads; one per test JVM). */
    public static final org.neurallab.train.TrainingService SERVICE = new org.neurallab.train.TrainingService();

    private TopicRobot() {
    }

    /** The topic alone in a curriculum view, in English, in a 1280x800 window. */
    public static Scene show(Stage stage, Topic topic, ReadOnlyBooleanProperty dark, ReadOnlyDoubleProperty fontSize) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        I18n.get().setLocale(Locale.ENGLISH);
        Scene scene = new Scene(new CurriculumView(List.of(topic), new CurriculumContext(dark, fontSize,
                SERVICE.worker("curriculum-test"))), 1280, 800);
        stage.setScene(scene);
        stage.show();
        return scene;
    }

    /** After a test that switched language: English again, on the FX thread. */
    public static void backToEnglish() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> I18n.get().setLocale(Locale.ENGLISH)).get();
    }

    public static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Scrolls the topic so the node is in view (about 100 px below the top), unless it already is. */
    public static void scrollTo(FxRobot robot, String id) {
        ScrollPane pane = robot.lookup("#topic-content").queryAs(ScrollPane.class);
        Node target = robot.lookup(id).query();
        robot.interact(() -> {
            Bounds view = pane.localToScene(pane.getLayoutBounds());
            Bounds node = target.localToScene(target.getBoundsInLocal());
            if (node.getMinY() >= view.getMinY() && node.getMaxY() <= view.getMaxY()) {
                return;
            }
            double y = node.getMinY() - pane.getContent().localToScene(0, 0).getY();
            double h = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(h <= 0 ? 0 : Math.min(1, Math.max(0, (y - 100) / h)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Replaces the text of a {@link NumberField} by typing, as a student would. */
    public static void type(FxRobot robot, String id, String text) {
        scrollTo(robot, id);
        NumberField field = robot.lookup(id).queryAs(NumberField.class);
        robot.clickOn(field.textField());
        robot.interact(() -> field.textField().selectAll());
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Screenshots of the whole page, top to bottom in four scroll positions: name, name-2, name-3, name-4. */
    public static void shootAllParts(FxRobot robot, Scene scene, String name) {
        ScrollPane content = robot.lookup("#topic-content").queryAs(ScrollPane.class);
        double[] positions = {0, 0.33, 0.66, 1};
        for (int i = 0; i < positions.length; i++) {
            double v = positions[i];
            robot.interact(() -> content.setVvalue(v));
            WaitForAsyncUtils.waitForFxEvents();
            Screenshots.save(scene, name + (i == 0 ? "" : "-" + (i + 1)));
        }
        robot.interact(() -> content.setVvalue(0));
    }

    /** Presenter mode at 200 %: the scene's text and the topic's canvases at 28 px. */
    public static void doubleScale(FxRobot robot, Scene scene, DoubleProperty fontSize) {
        robot.interact(() -> {
            scene.getRoot().setStyle("-fx-font-size: 28px");
            fontSize.set(28);
        });
    }
}
