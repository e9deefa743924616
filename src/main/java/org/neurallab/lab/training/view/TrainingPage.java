package org.neurallab.lab.training.view;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.neurallab.app.AppContext;
import org.neurallab.app.LabPage;
import org.neurallab.app.autosave.AutoSaveSlot;
import org.neurallab.io.SavedModel;
import org.neurallab.lab.training.TrainingAutoSave;
import org.neurallab.lab.training.TrainingView;

/** The Training lab in the app's navigation. It trains on the app's training service (its standard worker). */
public final class TrainingPage implements LabPage {
    private final AppContext context;
    private final AutoSaveSlot<SavedModel> autoSave;
    private TrainingView view;

    public TrainingPage(AppContext context) {
        this.context = context;
        this.autoSave = context.autoSave().register(TrainingAutoSave.KIND);
    }

    @Override
    public String id() {
        return "training";
    }

    @Override
    public String titleKey() {
        return "app.nav.training";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignC.CHART_LINE;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new TrainingView(context.training());
            view.setId("page-training");
            view.darkProperty().bind(context.darkThemeProperty());
            view.runStatusProperty().addListener((o, a, text) -> context.runStatusProperty().set(text));
            TrainingAutoSave.attach(view, autoSave);
        }
        return view;
    }

    @Override
    public void onShow() {
        if (view != null) {
            view.setActive(true);
        }
    }

    @Override
    public void onHide() {
        if (view != null) {
            view.setActive(false);
        }
    }

    /** Stops the lab's timers; its runs belong to the app's training service, which ends them on exit. */
    @Override
    public void close() {
        if (view != null) {
            view.setActive(false);
        }
    }
}
