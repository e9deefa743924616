package org.neurallab.lab.digits.view;

import java.text.NumberFormat;
import java.util.List;
import org.neurallab.app.I18n;
import org.neurallab.lab.digits.model.Certainty;
import org.neurallab.lab.digits.model.Prediction;

/** The sentence under the pad for a reading: what the model reads, or, when it is not sure, its three best guesses. */
public final class ReadingHint {
    private ReadingHint() {
    }

    /**
     * @param ownClasses the student's own classes (always announced: there is no calibration to go by)
     * @param digits     the pixels are a digit drawing (so too much ink means "not a digit")
     */
    public static String reads(I18n i18n, List<String> labels, Prediction p, float[] pixels, boolean ownClasses,
                               boolean digits) {
        if (ownClasses || p.classCount() < 3 || !Certainty.unsure(p, pixels, digits)) {
            return i18n.text("digits.hint.reads", labels.get(p.top()));
        }
        NumberFormat percent = NumberFormat.getPercentInstance(i18n.locale());
        Object[] args = new Object[6];
        int[] top = p.topClasses(3);
        for (int i = 0; i < 3; i++) {
            args[2 * i] = labels.get(top[i]);
            args[2 * i + 1] = percent.format(p.probability(top[i]));
        }
        return i18n.text("digits.hint.unsure", args);
    }
}
