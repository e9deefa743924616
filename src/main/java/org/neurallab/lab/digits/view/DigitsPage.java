package org.neurallab.lab.digits.view;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.neurallab.app.AppContext;
import org.neurallab.app.LabPage;

/** The Digits lab in the navigation: draw a digit and watch a CNN read it. */
public final class DigitsPage implements LabPage {
    private final AppContext context;
    private DigitsView view;

    public DigitsPage(AppContext context) {
        this.context = context;
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
