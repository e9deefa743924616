package org.neurallab.app;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** One lab in the left navigation. The shell asks for {@link #view()} only when the lab is first opened. */
public interface LabPage {
    /** Stable id, used in settings ("last lab") and as the nav item id {@code nav-<id>}. */
    String id();

    /** Bundle key of the lab's name, e.g. {@code app.nav.training}. */
    String titleKey();

    Ikon icon();

    /** The page's content; called once, on the FX thread, the first time the lab is shown. */
    Node view();

    /** Called after the page became visible. */
    default void onShow() {
    }

    /** Called before another lab replaces this page. */
    default void onHide() {
    }

    /**
     * Called once when the app closes, only if {@link #view()} was built: stop timers and end every
     * background worker the lab started.
     */
    default void close() {
    }
}
