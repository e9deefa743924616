package org.neurallab.ui;

import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.controlsfx.control.ToggleSwitch;

/**
 * ControlsFX's {@link ToggleSwitch} for on/off options. Its skin only reacts to clicks on the switch itself; a
 * user also clicks the words, as on a check box, so a click on the text flips it too.
 */
public final class Switches {
    private Switches() {
    }

    /** A switch with this id whose text flips it as well as its thumb (and Space, as ControlsFX gives). */
    public static ToggleSwitch create(String id) {
        ToggleSwitch s = new ToggleSwitch();
        s.setId(id);
        s.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && !s.isDisabled()
                    && !onThumb(e.getPickResult().getIntersectedNode(), s)) {
                s.setSelected(!s.isSelected());
            }
        });
        return s;
    }

    /** Whether the node is (inside) the switch's thumb or track, which flip it themselves. */
    private static boolean onThumb(Node node, ToggleSwitch owner) {
        for (Node n = node; n != null && n != owner; n = n.getParent()) {
            if (n.getStyleClass().contains("thumb") || n.getStyleClass().contains("thumb-area")) {
                return true;
            }
        }
        return false;
    }
}
