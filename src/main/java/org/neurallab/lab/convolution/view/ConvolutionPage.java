package org.neurallab.lab.convolution.view;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.neurallab.app.AppContext;
import org.neurallab.app.LabPage;

/** The Convolution lab in the app's navigation. */
public final class ConvolutionPage implements LabPage {
    /** The training service's worker the lab uses. */
    static final String WORKER = "convolution-lab-cnn";
    private final AppContext context;
    private ConvolutionView view;

    public ConvolutionPage(AppContext context) {
        // The lab follows the app's language through I18n and its scale through the root font size; from the
        // context it needs the training service.
        this.context = context;
    }

    @Override
    public String id() {
        return "convolution";
    }

    @Override
    public String titleKey() {
        return "app.nav.convolution";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignG.GRID;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new ConvolutionView(context.training().worker(WORKER));
            view.setId("page-convolution");
        }
        return view;
    }

    @Override
    public void onHide() {
        if (view != null) {
            view.kernels().stopAnimation();
        }
    }

    @Override
    public void close() {
        if (view != null) {
            view.close();
        }
    }
}
