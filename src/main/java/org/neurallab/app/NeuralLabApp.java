package org.neurallab.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Placeholder window; the app shell replaces it. */
public class NeuralLabApp extends Application {
    public static void launchApp(String[] args) {
        Application.launch(NeuralLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Neural Lab");
        stage.setScene(new Scene(new Label("Neural Lab"), 1280, 800));
        stage.show();
    }
}
