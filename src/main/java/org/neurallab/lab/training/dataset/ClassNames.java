package org.neurallab.lab.training.dataset;

import java.util.ArrayList;
import java.util.List;
import org.neurallab.app.I18n;
import org.neurallab.data.DatasetKind;

/** A dataset's class names in the current language (English when a translation is missing). */
public final class ClassNames {
    private ClassNames() {
    }

    public static List<String> of(DatasetKind kind) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < kind.classCount(); i++) {
            names.add(name(kind, i));
        }
        return names;
    }

    /** From the data bundle if the app has one, else from this lab's own bundle, else English. */
    public static String name(DatasetKind kind, int index) {
        String key = kind.classKey(index);
        if (I18n.get().has(I18n.get().locale(), key)) {
            return I18n.get().text(key);
        }
        String own = "training." + key.substring("data.".length());
        return I18n.get().has(I18n.get().locale(), own) ? I18n.get().text(own) : kind.englishClassName(index);
    }

    /** English names, as model files store them. */
    public static List<String> english(DatasetKind kind) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < kind.classCount(); i++) {
            names.add(kind.englishClassName(i));
        }
        return names;
    }
}
