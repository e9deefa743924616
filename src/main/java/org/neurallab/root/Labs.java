package org.neurallab.root;

import java.util.List;
import org.neurallab.app.AppContext;
import org.neurallab.app.LabPage;
import org.neurallab.lab.convolution.view.ConvolutionPage;
import org.neurallab.lab.curriculum.view.CurriculumPage;
import org.neurallab.lab.digits.view.DigitsPage;
import org.neurallab.lab.playground.view.PlaygroundPage;
import org.neurallab.lab.training.view.TrainingPage;

/**
 * The labs in navigation order. This is the one place that knows every lab: the shell in {@code app} only
 * sees {@link LabPage}s, and no lab knows another. A new lab is one more line here.
 */
public final class Labs {
    private Labs() {
    }

    /** One page per lab for the window of this context; views are built later, when a lab is first opened. */
    public static List<LabPage> create(AppContext context) {
        return List.of(
                new PlaygroundPage(context),
                new DigitsPage(context),
                new TrainingPage(context),
                new ConvolutionPage(context),
                new CurriculumPage(context));
    }
}
