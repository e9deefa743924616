package org.neurallab.lab.digits.view;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.neurallab.app.AppContext;
import org.neurallab.app.LabPage;
import org.neurallab.app.autosave.AutoSaveSlot;
import org.neurallab.lab.digits.teach.ClassSet;

/** The Digits lab in the navigation: draw a digit and watch a CNN read it. */
public final class DigitsPage implements LabPage {
    private final AppContext context;
    private final AutoSaveSlot<ClassSet> autoSave;
    private DigitsView view;

    public DigitsPage(AppContext context) {
        this.context = context;
        this.autoSave = context.autoSave().register(TeachAutoSave.KIND);
    }

    @Override
    public String id() {
        return "digits";
    }

    @Override
    public String titleKey() {
        return "app.nav.digits";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignD.DRAW;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new DigitsView(context);
            TeachAutoSave.attach(view, autoSave);
        }
        return view;
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
            view.dispose();
        }
    }
}
