package org.neurallab.app.shell;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.neurallab.app.AppVersion;
import org.neurallab.app.I18n;
import org.neurallab.app.crash.ErrorLog;

/** App version, where the datasets come from and under which licences, the font licence, the libraries and the log folder. */
public final class AboutDialog {
    private static final String[] SECTIONS = {"datasets", "fonts", "libraries"};

    private AboutDialog() {
    }

    /** Builds the dialog (not shown); the caller shows it. */
    public static Dialog<Void> create(Window owner, I18n i18n, double scale, boolean dark) {
        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(i18n.text("app.about.title"));
        dialog.setHeaderText(i18n.text("app.about.header", AppVersion.current()));
        VBox body = new VBox();
        body.getStyleClass().add("about-body");
        body.setId("about-body");
        body.getChildren().add(paragraph(i18n.text("app.about.summary")));
        for (String section : SECTIONS) {
            Label heading = new Label(i18n.text("app.about." + section + ".title"));
            heading.getStyleClass().addAll("title-4", "about-heading");
            body.getChildren().addAll(heading, paragraph(i18n.text("app.about." + section + ".text")));
        }
        java.nio.file.Path logs = ErrorLog.folder();
        if (logs != null) {
            Label heading = new Label(i18n.text("app.about.logs.title"));
            heading.getStyleClass().addAll("title-4", "about-heading");
            Label where = paragraph(i18n.text("app.about.logs.text", logs.toString()));
            where.setId("about-logs");
            body.getChildren().addAll(heading, where);
        }
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("about-scroll");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(
                new ButtonType(i18n.text("app.about.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().getStylesheets().add(Theme.appCss());
        dialog.getDialogPane().setStyle(UiScale.rootStyle(scale));
        dialog.getDialogPane().getStyleClass().add("about-dialog");
        if (dark) {
            dialog.getDialogPane().getStyleClass().add("dark");
        }
        dialog.setResizable(true);
        return dialog;
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("about-text");
        return label;
    }
}
