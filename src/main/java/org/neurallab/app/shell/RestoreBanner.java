package org.neurallab.app.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;
import org.neurallab.app.autosave.AutoSave;

/**
 * A non-modal strip under the top bar offering back what the last session did not save: "Restore the model trained
 * at 14:32 (not saved)?" with Restore and Discard, and, once, what could not be read. Hidden when there is nothing
 * to say; the labs stay usable while it is shown.
 */
public final class RestoreBanner extends VBox {
    private final AutoSave autoSave;
    private final Consumer<String> openLab;
    private final I18n i18n = I18n.get();

    /** @param openLab opens a lab by id (the shell's), before its work is handed back */
    public RestoreBanner(AutoSave autoSave, Consumer<String> openLab) {
        this.autoSave = autoSave;
        this.openLab = openLab;
        setId("restore-banner");
        getStyleClass().add("restore-banner");
        setSpacing(4);
        setPadding(new Insets(6, 12, 6, 12));
        managedProperty().bind(visibleProperty());
        autoSave.offers().addListener((ListChangeListener<AutoSave.Offer<?>>) c -> rebuild());
        autoSave.problems().addListener((ListChangeListener<AutoSave.Problem>) c -> rebuild());
        i18n.onChange(this, this::rebuild);
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        for (AutoSave.Offer<?> offer : autoSave.offers()) {
            getChildren().add(offerRow(offer));
        }
        for (AutoSave.Problem problem : autoSave.problems()) {
            getChildren().add(problemRow(problem));
        }
        setVisible(!getChildren().isEmpty());
    }

    private HBox offerRow(AutoSave.Offer<?> offer) {
        String id = offer.slot().kind().id();
        Label text = new Label(i18n.text("autosave.offer." + id, when(offer.savedAt())));
        text.setId("autosave-offer-" + id);
        Button restore = new Button(i18n.text("autosave.restore"));
        restore.setId("autosave-restore-" + id);
        restore.getStyleClass().add("accent");
        restore.setOnAction(e -> {
            openLab.accept(offer.slot().kind().labId());
            autoSave.restore(offer);
        });
        Button discard = new Button(i18n.text("autosave.discard"));
        discard.setId("autosave-discard-" + id);
        discard.setOnAction(e -> autoSave.discard(offer));
        return row(text, restore, discard);
    }

    private HBox problemRow(AutoSave.Problem problem) {
        Label text = new Label(i18n.text("autosave.unreadable", i18n.text("autosave.what." + problem.slotId()),
                when(problem.savedAt()), problem.reason(), problem.setAsideAs().getFileName()));
        text.setId("autosave-problem-" + problem.slotId());
        text.getStyleClass().add("danger");
        Button ok = new Button(i18n.text("autosave.dismiss"));
        ok.setId("autosave-dismiss-" + problem.slotId());
        ok.setOnAction(e -> autoSave.problems().remove(problem));
        return row(text, ok);
    }

    private static HBox row(Label text, Button... buttons) {
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, text);
        row.getChildren().addAll(buttons);
        for (Button b : buttons) {
            b.setMinWidth(Button.USE_PREF_SIZE);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** "14:32" today, else the short date and time, in the UI's language. */
    String when(Instant time) {
        ZonedDateTime at = time.atZone(ZoneId.systemDefault());
        boolean today = at.toLocalDate().equals(LocalDate.now());
        DateTimeFormatter format = today ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);
        return format.withLocale(i18n.locale()).format(at);
    }
}
