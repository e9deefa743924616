package org.neurallab.engine;

import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J workspaces: a block of off-heap memory that the temporaries of one training step (or one
 * prediction) are carved from and that the next step reuses. Arrays that must outlive the step
 * (weights, gradients, optimizer state) are made outside any workspace.
 */
public final class Workspaces {
    public static final String TRAIN = "neurallab-train";
    public static final String PREDICT = "neurallab-predict";
    public static final String EVALUATE = "neurallab-evaluate";

    private static final WorkspaceConfiguration CONFIG = WorkspaceConfiguration.builder()
            .initialSize(0)
            .policyAllocation(AllocationPolicy.STRICT)
            .policyLearning(LearningPolicy.FIRST_LOOP)
            .build();

    private Workspaces() {
    }

    /** Opens (and activates for this thread) the named workspace; close it with try-with-resources. */
    public static MemoryWorkspace open(String id) {
        return Nd4j.getWorkspaceManager().getAndActivateWorkspace(CONFIG, id);
    }
}
