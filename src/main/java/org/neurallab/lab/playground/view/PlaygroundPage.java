package org.neurallab.lab.playground.view;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.neurallab.app.AppContext;
import org.neurallab.app.LabPage;
import org.neurallab.app.autosave.AutoSaveSlot;
import org.neurallab.lab.playground.state.LessonStore;
import org.neurallab.lab.playground.state.PlaygroundConfig;

/** The Playground lab in the navigation. */
public final class PlaygroundPage implements LabPage {
    /** The training service's worker the playground trains on. */
    static final String WORKER = "playground-trainer";
    private final AppContext context;
    private final AutoSaveSlot<PlaygroundConfig> autoSave;
    private PlaygroundView view;

    public PlaygroundPage(AppContext context) {
        this.context = context;
        this.autoSave = context.autoSave().register(PlaygroundAutoSave.KIND);
    }

    @Override
    public String id() {
        return "playground";
    }

    @Override
    public String titleKey() {
        return "app.nav.playground";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignV.VECTOR_POLYLINE;
    }

    @Override
    public Node view() {
        if (view == null) {
            // a lesson that was active when the app closed is still active: students cannot end it by restarting
            LessonStore lessons = new LessonStore(context.settingsFolder());
            view = new PlaygroundView(lessons.restore().orElseGet(PlaygroundConfig::new), context.uiScaleProperty(),
                    context.training().worker(WORKER));
            view.keepLessonsIn(lessons);
            view.bindDarkTheme(context.darkThemeProperty());
            PlaygroundAutoSave.attach(view, autoSave);
        }
        return view.node();
    }

    @Override
    public void onShow() {
        if (view != null) {
            view.start();
        }
    }

    @Override
    public void onHide() {
        if (view != null) {
            view.stop();
        }
    }

    @Override
    public void close() {
        if (view != null) {
            view.close();
        }
    }
}
