package org.neurallab.lab.playground.view;

import org.neurallab.app.autosave.AutoSaveSlot;
import org.neurallab.app.autosave.SlotKind;
import org.neurallab.lab.playground.state.ConfigJson;
import org.neurallab.lab.playground.state.PlaygroundConfig;

/**
 * Keeps the Playground's setup (data, network, settings, the trained weights) in the autosave folder, as the same
 * JSON its File menu saves: after a change, every few minutes while it trains, and when the window closes. A save
 * from the File menu removes it; restoring installs it like an opened file (a locked lesson stays as it is).
 */
public final class PlaygroundAutoSave {
    /** The slot: {@code autosave/playground-setup.json}. */
    public static final SlotKind<PlaygroundConfig> KIND = new SlotKind<>("playground-setup", "playground",
            "playground-setup.json", ConfigJson::save, ConfigJson::load);

    private boolean wasPlaying;

    private PlaygroundAutoSave() {
    }

    /** Connects the lab to its slot (FX thread, when the lab's view is made). */
    public static void attach(PlaygroundView view, AutoSaveSlot<PlaygroundConfig> slot) {
        PlaygroundController controller = view.controller();
        PlaygroundAutoSave keeper = new PlaygroundAutoSave();
        slot.track(controller::snapshot);
        controller.configProperty().addListener((o, before, now) -> slot.markDirty());
        // the weights change while it plays: written at each tick, and once more after it stopped
        slot.changedWhen(() -> {
            boolean playing = controller.loop().playing();
            boolean changed = playing || keeper.wasPlaying;
            keeper.wasPlaying = playing;
            return changed;
        });
        controller.setAfterSave(slot::clear);
        slot.onRestore(controller::install);
    }
}
