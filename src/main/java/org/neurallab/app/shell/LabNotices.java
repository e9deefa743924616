package org.neurallab.app.shell;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.neurallab.app.I18n;
import org.neurallab.app.LabNotice;

/**
 * Shows a lab's notice as a ControlsFX notification in the window's lower right corner, but only while that lab
 * is not the visible page (whoever looks at the lab sees the news there). Clicking the notification opens the lab.
 */
final class LabNotices implements Consumer<LabNotice> {
    static final Duration SHOWN_FOR = Duration.seconds(10);

    private final Supplier<Window> owner;
    private final Supplier<String> visibleLab;
    private final Consumer<String> openLab;

    /** The notification takes the theme's colours from app.css, light or dark. */
    LabNotices(Supplier<Window> owner, Supplier<String> visibleLab, Consumer<String> openLab) {
        this.owner = owner;
        this.visibleLab = visibleLab;
        this.openLab = openLab;
    }

    @Override
    public void accept(LabNotice notice) {
        Window window = owner.get();
        if (notice.labId().equals(visibleLab.get()) || window == null || !window.isShowing()) {
            return;
        }
        Notifications n = Notifications.create()
                .owner(window)
                .title(notice.title())
                .text(notice.text() + "\n" + I18n.get().text("app.notice.open"))
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN_FOR)
                .onAction(e -> openLab.accept(notice.labId()));
        if (notice.failure()) {
            n.showError();
        } else {
            n.showInformation();
        }
    }
}
