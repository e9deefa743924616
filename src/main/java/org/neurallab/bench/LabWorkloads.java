package org.neurallab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds the lab workloads the app was put together with (every registered {@link LabWorkload.Provider}). */
public final class LabWorkloads {
    private LabWorkloads() {
    }

    /** Every registered workload, in the providers' order. */
    public static List<LabWorkload> all() {
        List<LabWorkload> all = new ArrayList<>();
        for (LabWorkload.Provider provider : ServiceLoader.load(LabWorkload.Provider.class,
                LabWorkloads.class.getClassLoader())) {
            all.addAll(provider.workloads());
        }
        return all;
    }

    /** Every registered lab distortion (see {@link LabWorkload.Provider#distortions()}), in the providers' order. */
    public static List<org.neurallab.data.Distortion> distortions() {
        List<org.neurallab.data.Distortion> all = new ArrayList<>();
        for (LabWorkload.Provider provider : ServiceLoader.load(LabWorkload.Provider.class,
                LabWorkloads.class.getClassLoader())) {
            all.addAll(provider.distortions());
        }
        return all;
    }

    /** The workload with this name; an unknown name is an error that lists the known ones. */
    public static LabWorkload named(String name) {
        List<LabWorkload> all = all();
        return all.stream().filter(w -> w.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No lab workload '" + name + "'; known: "
                        + all.stream().map(LabWorkload::name).toList()));
    }
}
