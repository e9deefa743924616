package org.neurallab.lab.convolution.view;

import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.neurallab.app.I18n;
import org.neurallab.lab.convolution.ConvolutionLab;
import org.neurallab.lab.convolution.KernelGallery;
import org.neurallab.lab.convolution.LabImage;

/** The whole Convolution lab: the image chooser on top and one tab per idea. */
public class ConvolutionView extends BorderPane {
    private final SlidingWindowPane kernels;
    private final PoolingPane pooling = new PoolingPane();
    private final CosinePane cosine = new CosinePane();
    private final ChannelsPane channels = new ChannelsPane();
    private final LearnedPane learned;
    private final ImageChooser chooser;
    private final TabPane tabs = new TabPane();

    /** @param worker the training service's worker for the lab (the tiny CNN, loading a model) */
    public ConvolutionView(org.neurallab.train.TrainingWorker worker) {
        learned = new LearnedPane(worker);
        getStyleClass().add("conv-lab");
        getStylesheets().add(ConvolutionView.class.getResource("convolution.css").toExternalForm());
        setPadding(new Insets(12));
        ConvolutionLab lab = new ConvolutionLab(placeholder(), KernelGallery.EDGE);
        kernels = new SlidingWindowPane(lab);
        kernels.setOnOutput(() -> {
            pooling.setFeatureMap(lab.output().map());
            channels.follow(lab);
            learned.setImage(lab.image());
        });
        chooser = new ImageChooser(kernels::setImage);
        chooser.setPadding(new Insets(0, 0, 10, 0));
        setTop(chooser);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        kernels.getStyleClass().add("conv-sliding");
        tabs.getTabs().addAll(tab("tab.kernels", scroll(kernels)), tab("tab.pooling", scroll(pooling)),
                tab("tab.cosine", scroll(cosine)), tab("tab.channels", scroll(channels)),
                tab("tab.learned", scroll(learned)));
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() == tabs.getTabs().size() - 1) {
                learned.loadBundledModel();
            }
        });
        setCenter(tabs);
        chooser.load();
    }

    private static ScrollPane scroll(javafx.scene.Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.setFitToHeight(true);
        return s;
    }

    private static Tab tab(String key, javafx.scene.Node content) {
        Tab t = new Tab();
        t.textProperty().bind(I18n.get().bind("convolution." + key));
        t.setContent(content);
        t.setId("conv-" + key.replace('.', '-'));
        return t;
    }

    /** A small grey ramp, only seen if no dataset or picture can be loaded. */
    private static LabImage placeholder() {
        double[][] px = new double[16][16];
        for (int r = 0; r < 16; r++) {
            for (int c = 0; c < 16; c++) {
                px[r][c] = (r + c) / 30.0;
            }
        }
        return LabImage.grey("ramp", px);
    }

    public TabPane tabs() {
        return tabs;
    }

    /** Stops the window's animation and the tiny CNN's worker; the view is not used again. */
    public void close() {
        kernels().stopAnimation();
        learned.close();
    }

    public SlidingWindowPane kernels() {
        return kernels;
    }

    public PoolingPane pooling() {
        return pooling;
    }

    public CosinePane cosine() {
        return cosine;
    }

    public LearnedPane learned() {
        return learned;
    }

    public ImageChooser chooser() {
        return chooser;
    }
}
