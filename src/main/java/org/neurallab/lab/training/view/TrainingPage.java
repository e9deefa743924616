package org.neurallab.lab.training.view;

import java.text.NumberFormat;
import java.util.List;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.neurallab.app.AppContext;
import org.neurallab.app.I18n;
import org.neurallab.app.LabNotice;
import org.neurallab.app.LabPage;
import org.neurallab.app.autosave.AutoSaveSlot;
import org.neurallab.io.SavedModel;
import org.neurallab.lab.training.TrainingAutoSave;
import org.neurallab.io.EpochRecord;
import org.neurallab.lab.training.TrainingView;
import org.neurallab.train.StopReason;
import org.neurallab.train.TrainingEvent;

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
            view.controller().addRunEndListener(e -> runEnded(view.controller().history(), e));
        }
        return view;
    }

    /** Tells the shell how a run ended; it shows the notice only while another lab is open. */
    private void runEnded(List<EpochRecord> history, TrainingEvent e) {
        I18n i18n = context.i18n();
        if (e instanceof TrainingEvent.Failed f) {
            context.notice(new LabNotice(id(), true, i18n.text("training.notice.failed"), f.message()));
        } else if (e instanceof TrainingEvent.Stopped s && s.reason() == StopReason.FINISHED && !history.isEmpty()) {
            EpochRecord last = history.get(history.size() - 1);
            boolean validated = Double.isFinite(last.valAccuracy());
            NumberFormat percent = NumberFormat.getPercentInstance(i18n.locale());
            percent.setMaximumFractionDigits(1);
            NumberFormat number = NumberFormat.getNumberInstance(i18n.locale());
            number.setMaximumFractionDigits(3);
            String text = i18n.text(validated ? "training.notice.finished.text" : "training.notice.finished.noValidation",
                    history.size(), percent.format(validated ? last.valAccuracy() : last.accuracy()),
                    number.format(validated ? last.valLoss() : last.loss()));
            context.notice(new LabNotice(id(), false, i18n.text("training.notice.finished"), text));
        }
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
