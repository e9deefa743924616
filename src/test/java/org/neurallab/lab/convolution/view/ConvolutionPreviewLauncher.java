package org.neurallab.lab.convolution.view;

/** Plain main so the preview starts from the class path (JavaFX refuses an Application main there). */
public final class ConvolutionPreviewLauncher {
    private ConvolutionPreviewLauncher() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(ConvolutionPreview.class, args);
    }
}
