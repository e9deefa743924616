package org.neurallab.lab.curriculum.view;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.neurallab.app.AppContext;
import org.neurallab.app.LabPage;
import org.neurallab.app.shell.UiScale;
import org.neurallab.lab.curriculum.CurriculumView;
import org.neurallab.lab.curriculum.Topics;
import org.neurallab.lab.curriculum.ui.CurriculumContext;

/** The Curriculum lab in the app's navigation: the lectures' worked examples, one topic at a time. */
public final class CurriculumPage implements LabPage {
    /** The training service's worker the topics use. */
    static final String WORKER = "curriculum-worker";
    private final AppContext context;
    private CurriculumView view;

    public CurriculumPage(AppContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "curriculum";
    }

    @Override
    public String titleKey() {
        return "app.nav.curriculum";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignS.SCHOOL;
    }

    @Override
    public Node view() {
        if (view == null) {
            SimpleDoubleProperty fontSize = new SimpleDoubleProperty();
            fontSize.bind(Bindings.createDoubleBinding(
                    () -> UiScale.BASE_FONT_PX * context.uiScaleProperty().get(), context.uiScaleProperty()));
            view = new CurriculumView(Topics.all(), new CurriculumContext(context.darkThemeProperty(), fontSize,
                    context.training().worker(WORKER)));
            view.setId("page-curriculum");
        }
        return view;
    }

    @Override
    public void onHide() {
        if (view != null) {
            view.hideCurrent();
        }
    }

    @Override
    public void close() {
        if (view != null) {
            view.hideCurrent();
        }
    }

    @Override
    public void onShow() {
        if (view != null) {
            view.showCurrent();
        }
    }
}
