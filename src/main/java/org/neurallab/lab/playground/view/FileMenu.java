package org.neurallab.lab.playground.view;

import java.io.File;
import java.io.IOException;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.neurallab.app.I18n;
import org.neurallab.lab.playground.state.Control;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The File menu: save and open a configuration (with weights), copy and paste it as text, import and
 * export the points as CSV. Failures go to the page's message line; nothing is changed by a bad file.
 */
final class FileMenu {
    private static final Logger LOG = LoggerFactory.getLogger(FileMenu.class);

    private final PlaygroundController controller;
    private final Node owner;
    private final MenuButton button = new MenuButton();

    FileMenu(PlaygroundController controller, Node owner) {
        this.controller = controller;
        this.owner = owner;
        MenuItem save = item("playground.save", "save-config");
        MenuItem load = item("playground.load", "load-config");
        MenuItem copy = item("playground.copy", "copy-config");
        MenuItem paste = item("playground.paste", "paste-config");
        MenuItem importCsv = item("playground.importCsv", "import-csv");
        MenuItem exportCsv = item("playground.exportCsv", "export-csv");
        button.setId("file-menu");
        button.textProperty().bind(I18n.get().bind("playground.fileMenu"));
        button.getItems().addAll(save, load, new SeparatorMenuItem(), copy, paste, new SeparatorMenuItem(),
                importCsv, exportCsv);
        save.setOnAction(e -> chooseFile(true, "playground.fileKind", "*.json").ifPresent(this::saveTo));
        load.setOnAction(e -> chooseFile(false, "playground.fileKind", "*.json")
                .ifPresent(f -> controller.load(f.toPath())));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(controller.toText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        paste.setOnAction(e -> {
            String text = Clipboard.getSystemClipboard().getString();
            controller.loadText(text == null ? "" : text);
        });
        importCsv.setOnAction(e -> chooseFile(false, "playground.csvKind", "*.csv")
                .ifPresent(f -> controller.importPoints(f.toPath())));
        exportCsv.setOnAction(e -> chooseFile(true, "playground.csvKind", "*.csv").ifPresent(this::exportTo));
        controller.configProperty().addListener((o, old, now) ->
                importCsv.setDisable(now.getLesson().locks(Control.POINTS)));
    }

    Node node() {
        return button;
    }

    private static MenuItem item(String key, String id) {
        MenuItem m = new MenuItem();
        m.textProperty().bind(I18n.get().bind(key));
        m.setId(id);
        return m;
    }

    private Optional<File> chooseFile(boolean save, String kindKey, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.get().text(kindKey), pattern));
        Window w = owner.getScene() == null ? null : owner.getScene().getWindow();
        File f = save ? chooser.showSaveDialog(w) : chooser.showOpenDialog(w);
        return Optional.ofNullable(f);
    }

    /** Saves the configuration with its weights; a failure is reported in the message line. */
    void saveTo(File file) {
        try {
            controller.save(file.toPath());
        } catch (IOException e) {
            LOG.warn("Cannot save playground to {}", file, e);
            controller.messageProperty().set(I18n.get().text("playground.error.write", file.getName(), e.getMessage()));
        }
    }

    private void exportTo(File file) {
        try {
            controller.exportPoints(file.toPath());
        } catch (IOException e) {
            LOG.warn("Cannot export points to {}", file, e);
            controller.messageProperty().set(I18n.get().text("playground.error.write", file.getName(), e.getMessage()));
        }
    }
}
