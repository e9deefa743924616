package org.neurallab.app;

import java.util.List;
import java.util.Optional;
import org.neurallab.lab.convolution.view.ConvolutionPage;

/**
 * The labs in navigation order. To plug in a real lab, replace its placeholder line,
 * e.g. {@code new TrainingPage(context)} instead of {@code new PlaceholderPage(context, "training", ...)}.
 */
public final class LabRegistry {
    private final List<LabPage> pages;

    public LabRegistry(AppContext context) {
        pages = List.of(
                new org.neurallab.lab.playground.view.PlaygroundPage(context),
                new org.neurallab.lab.digits.DigitsPage(context),
                new org.neurallab.lab.training.TrainingPage(context),
                new ConvolutionPage(context),
                new org.neurallab.lab.curriculum.CurriculumPage(context));
    }

    public List<LabPage> pages() {
        return pages;
    }

    public Optional<LabPage> find(String id) {
        return pages.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
