package org.neurallab.cli;

import org.neurallab.data.AugmentationSettings;
import picocli.CommandLine.Option;

/**
 * The {@code train} options that augment the training images. {@code --augment} is the classic small set
 * (rotation 10 degrees, zoom 10 %, shift 2 px); each range option sets (or overrides) one range on its own.
 */
final class AugmentOptions {
    @Option(names = "--augment", description = "augment training images: random rotation up to 10 degrees, zoom 10%%, shift 2 px")
    boolean augment;

    @Option(names = "--rotate", paramLabel = "DEG", description = "random rotation up to DEG degrees either way, 0-180")
    Double rotate;

    @Option(names = "--zoom", paramLabel = "F", description = "random zoom by a factor within 1-F..1+F, 0-0.9")
    Double zoom;

    @Option(names = "--shift", paramLabel = "PX", description = "random shift up to PX pixels on each axis, 0-14")
    Double shift;

    @Option(names = "--flip", description = "flip half of the images left to right (clothing, not digits)")
    boolean flip;

    @Option(names = "--shear", paramLabel = "DEG", description = "slant half of the images by up to DEG degrees either way, 0-60")
    double shear;

    @Option(names = "--elastic", paramLabel = "ALPHA", description = "elastic wobble on half of the images, strength up to ALPHA (34 is strong), 0-100")
    double elastic;

    @Option(names = "--stroke", paramLabel = "PX", description = "strokes wider or narrower by up to PX pixels on half of the images, 0-4")
    double stroke;

    @Option(names = "--thin", paramLabel = "PX", description = "strokes narrower by up to PX pixels on half of the images, besides --stroke (thin pens), 0-4")
    double thin;

    @Option(names = "--blur", paramLabel = "SIGMA", description = "Gaussian blur up to SIGMA pixels on half of the images, 0-3")
    double blur;

    @Option(names = "--noise", paramLabel = "STD", description = "pixel noise up to STD (ink is 1) on half of the images, 0-0.5")
    double noise;

    AugmentationSettings settings() {
        double r = rotate != null ? rotate : augment ? 10 : 0;
        double z = zoom != null ? zoom : augment ? 0.1 : 0;
        double s = shift != null ? shift : augment ? 2 : 0;
        return new AugmentationSettings(r, z, s, flip, shear, elastic, stroke, blur, noise, thin);
    }

    /** A short description for the run's first lines, or "none". */
    String describe() {
        AugmentationSettings a = settings();
        if (a.isNone()) {
            return "none";
        }
        return String.format(java.util.Locale.ROOT,
                "rotate %s, zoom %s, shift %s, flip %s, shear %s, elastic %s, stroke %s, thin %s, blur %s, noise %s",
                a.rotationDeg(), a.zoom(), a.shiftPx(), a.flip(), a.shearDeg(), a.elastic(), a.strokePx(),
                a.thinPx(), a.blur(), a.noise());
    }
}
