package org.neurallab.engine;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Start-up of the numeric back end (ND4J). Loading its native code takes a second or two. */
public final class Engine {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    private static volatile boolean ready;

    private Engine() {
    }

    /** Loads ND4J and sets float32 as the default type. Safe to call from any thread, any number of times. */
    public static synchronized void warmUp() {
        if (ready) {
            return;
        }
        NativeSetup.configure();
        long start = System.nanoTime();
        Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
        Nd4j.create(DataType.FLOAT, 2, 2).mmul(Nd4j.create(DataType.FLOAT, 2, 2));
        NativeSetup.applyThreads();
        NativeSetup.applyThresholds();
        ready = true;
        LOG.info("ND4J ready in {} ms ({}={}, {} native threads)", (System.nanoTime() - start) / 1_000_000,
                NativeSetup.WAIT_POLICY, NativeSetup.getenv(NativeSetup.WAIT_POLICY), NativeSetup.configuredThreads());
    }

    public static boolean isReady() {
        return ready;
    }
}
