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
        // context it needs the training service and the Digits lab's latest drawing, which it offers as an image.
        this.context = context;
        context.latestDrawingProperty().addListener((obs, old, pixels) -> share(pixels));
        share(context.latestDrawingProperty().get());
    }

    /** Hands a 28x28 drawing (row by row, ink 1) to the image chooser's "latest Digits drawing" source. */
    private static void share(float[] pixels) {
        if (pixels == null) {
            return;
        }
        int side = (int) Math.round(Math.sqrt(pixels.length));
        double[][] rows = new double[side][side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                rows[y][x] = pixels[y * side + x];
            }
        }
        org.neurallab.lab.convolution.SharedImages.setLatestDrawing(rows);
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
