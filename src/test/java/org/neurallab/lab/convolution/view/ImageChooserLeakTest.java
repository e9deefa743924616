package org.neurallab.lab.convolution.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurallab.app.I18n;
import org.neurallab.lab.convolution.LabImage;
import org.neurallab.lab.convolution.SharedImages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Image choosers that are thrown away are not kept alive by the shared drawing or the language. */
@ExtendWith(ApplicationExtension.class)
class ImageChooserLeakTest {
    @Start
    void start(Stage stage) {
        I18n.get().setLocale(I18n.ENGLISH);
    }

    @Test
    void discardedChoosersAreCollectedAndALiveOneStillHearsTheDrawing(FxRobot robot) throws InterruptedException {
        collectGarbage();
        int sharedBefore = SharedImages.listenerCount();
        int languageBefore = I18n.get().liveListenerCount();
        List<WeakReference<ImageChooser>> discarded = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            robot.interact(() -> discarded.add(new WeakReference<>(new ImageChooser(img -> { }))));
        }
        AtomicReference<LabImage> shown = new AtomicReference<>();
        AtomicReference<ImageChooser> kept = new AtomicReference<>();
        robot.interact(() -> {
            kept.set(new ImageChooser(shown::set));
            kept.get().showDrawing();
        });
        collectGarbage();
        assertThat(discarded.stream().filter(r -> r.get() != null).count()).isZero();
        assertThat(SharedImages.listenerCount()).isLessThanOrEqualTo(sharedBefore + 1);
        assertThat(I18n.get().liveListenerCount()).isLessThanOrEqualTo(languageBefore + 20);

        // the chooser still in use follows a new drawing
        SharedImages.setLatestDrawing(new double[][] {{0, 1, 0}, {1, 1, 1}});
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown.get()).isNotNull();
        assertThat(shown.get().width()).isEqualTo(3);
        assertThat(kept.get()).isNotNull();
    }

    private static void collectGarbage() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
        }
    }
}
