package org.neurallab.lab.playground.view;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.neurallab.app.AppContext;
import org.neurallab.app.LabPage;

/** The Playground lab in the navigation. */
public final class PlaygroundPage implements LabPage {
    private PlaygroundView view;

    public PlaygroundPage(AppContext context) {
        // the context is not needed yet: the page follows the shell's language, scale and theme itself
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
            view = new PlaygroundView();
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
}
