package org.neurallab.lab.convolution.view;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.neurallab.app.I18n;

/** Opens the lab alone in a window, for looking at it under Xvfb before the app shell exists. */
public class ConvolutionPreview extends Application {
    @Override
    public void start(Stage stage) {
        boolean dark = Boolean.getBoolean("preview.dark");
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        I18n.get().setLocale(Locale.forLanguageTag(System.getProperty("preview.lang", "en")));
        ConvolutionView view = new ConvolutionView(new org.neurallab.train.TrainingService().worker("convolution-preview"));
        view.tabs().getSelectionModel().select(Integer.getInteger("preview.tab", 0));
        Scene scene = new Scene(view, 1280, 800);
        String scale = System.getProperty("preview.font");
        if (scale != null) {
            view.setStyle("-fx-font-size: " + scale + "px;");
        }
        stage.setScene(scene);
        stage.setTitle("Convolution preview");
        stage.show();
        if (Boolean.getBoolean("preview.train")) {
            ((javafx.scene.control.Button) scene.lookup("#conv-learned-train")).fire();
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
