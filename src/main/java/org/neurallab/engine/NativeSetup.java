package org.neurallab.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Configures ND4J's native code before it loads, so every way of starting Neural Lab runs it in its
 * fast mode without the user setting anything.
 *
 * <p>Why: libnd4j runs element-wise work on an OpenMP thread team and matrix products on OpenBLAS's own
 * pthreads. By default OpenMP threads spin for a while after each parallel region, waiting for the next
 * one; on a two-core machine they then take the cores from the BLAS threads of the next matrix product,
 * and a training step became 4 to 15 times slower. {@code OMP_WAIT_POLICY=PASSIVE} makes them sleep
 * instead. libgomp reads that variable once, when it is loaded, so it is set here in the C environment
 * of this process (libc {@code setenv}, which Java itself cannot do) before the first ND4J call.
 *
 * <p>It also makes JavaCPP's off-heap limits explicit ({@value #MAX_BYTES} and {@value #MAX_PHYSICAL});
 * they are read when JavaCPP's {@code Pointer} class initialises, which is why this runs first.
 * A user's own settings (environment variables or -D options) always win.
 */
public final class NativeSetup {
    public static final String WAIT_POLICY = "OMP_WAIT_POLICY";
    public static final String MAX_BYTES = "org.bytedeco.javacpp.maxbytes";
    public static final String MAX_PHYSICAL = "org.bytedeco.javacpp.maxphysicalbytes";
    /** Optional -D option: native thread count for OpenMP, libnd4j and OpenBLAS. */
    public static final String THREADS_PROPERTY = "neurallab.threads";
    /** Off-heap memory for arrays when nothing else is set: enough for the lecture CNN with batch 128. */
    static final long DEFAULT_MAX_BYTES = 1L << 30;
    /** Room for the JVM's own code, libraries and thread stacks above the heap and the arrays. */
    static final long PHYSICAL_HEADROOM = 512L << 20;

    private static final Logger LOG = LoggerFactory.getLogger(NativeSetup.class);
    private static boolean configured;

    private NativeSetup() {
    }

    /**
     * Sets the native environment if ND4J has not loaded yet; afterwards it can only log. Idempotent and
     * cheap; call it first thing in {@code main}.
     */
    public static synchronized void configure() {
        if (configured) {
            return;
        }
        configured = true;
        setPropertyIfAbsent(MAX_BYTES, Long.toString(DEFAULT_MAX_BYTES));
        setPropertyIfAbsent(MAX_PHYSICAL, Long.toString(Runtime.getRuntime().maxMemory()
                + parseBytes(System.getProperty(MAX_BYTES)) + PHYSICAL_HEADROOM));
        if (nativeLoaded()) {
            LOG.warn("ND4J's native code was loaded before NativeSetup.configure(); {} stays {}", WAIT_POLICY,
                    getenv(WAIT_POLICY));
            return;
        }
        if (!isLinux()) {
            return;
        }
        try {
            setenvIfAbsent(WAIT_POLICY, "PASSIVE");
            setThreadEnvironment(configuredThreads(), false);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            LOG.warn("Could not set the native environment ({}); set {}=PASSIVE by hand for full speed",
                    e.toString(), WAIT_POLICY);
        }
    }

    /**
     * Native threads to use: the -D option {@value #THREADS_PROPERTY}, else OMP_NUM_THREADS as the user set it,
     * else the processors this JVM may use.
     */
    static int configuredThreads() {
        Integer fromProperty = Integer.getInteger(THREADS_PROPERTY);
        if (fromProperty != null && fromProperty > 0) {
            return fromProperty;
        }
        String fromEnv = System.getenv("OMP_NUM_THREADS");
        if (fromEnv != null && fromEnv.trim().matches("\\d{1,4}") && Integer.parseInt(fromEnv.trim()) > 0) {
            return Integer.parseInt(fromEnv.trim());
        }
        return Runtime.getRuntime().availableProcessors();
    }

    /** Applies {@link #configuredThreads()} to the loaded back end (called by {@link Engine#warmUp}). */
    static void applyThreads() {
        int threads = configuredThreads();
        org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }

    /**
     * Element-wise ops smaller than this run on the calling thread: waking a sleeping (passive) thread team
     * costs more than adding a few thousand numbers. The -D option {@value #THRESHOLD_PROPERTY} overrides it.
     */
    static final int DEFAULT_ELEMENTWISE_THRESHOLD = 1 << 15;
    public static final String THRESHOLD_PROPERTY = "neurallab.elementwiseThreshold";

    /** libnd4j's size thresholds for going parallel (called by {@link Engine#warmUp}). */
    static void applyThresholds() {
        int threshold = Integer.getInteger(THRESHOLD_PROPERTY, DEFAULT_ELEMENTWISE_THRESHOLD);
        LOG.debug("libnd4j element-wise threshold {} (was {})", threshold, Nd4j.getEnvironment().elementwiseThreshold());
        if (threshold > 0) {
            Nd4j.getEnvironment().setElementwiseThreshold(threshold);
        }
    }

    /**
     * Chooses the native thread count; must come before ND4J loads, because libnd4j sizes its thread pool
     * once, from OMP_NUM_THREADS, when it loads.
     *
     * @throws IllegalStateException when ND4J has already loaded
     */
    public static synchronized void useThreads(int threads) {
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("threads must be between 1 and 1024, got " + threads);
        }
        configure();
        if (Engine.isReady() || nativeLoaded()) {
            throw new IllegalStateException("the native thread count must be chosen before ND4J loads");
        }
        System.setProperty(THREADS_PROPERTY, Integer.toString(threads));
        if (isLinux()) {
            setThreadEnvironment(threads, true);
        }
    }

    /**
     * OpenMP (libgomp) and libnd4j's pool read OMP_NUM_THREADS when they load, OpenBLAS its own variable. ND4J's
     * Java side reads Java's start-up copy of the environment, so {@link #applyThreads} repeats the count
     * through its API once loaded.
     */
    private static void setThreadEnvironment(int threads, boolean overwrite) {
        String n = Integer.toString(threads);
        for (String name : new String[] {"OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS"}) {
            if (overwrite || getenv(name) == null) {
                org.bytedeco.systems.global.linux.setenv(name, n, 1);
            }
        }
    }

    /** The settings the native side really uses, for {@code bench} and the log. Loads ND4J. */
    public static Settings effective() {
        Engine.warmUp();
        return new Settings(getenv(WAIT_POLICY), org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads(),
                Nd4j.getEnvironment().maxThreads(), Nd4j.factory().blas().getMaxThreads(),
                org.bytedeco.javacpp.Pointer.maxBytes(), org.bytedeco.javacpp.Pointer.maxPhysicalBytes(),
                Runtime.getRuntime().maxMemory(), Nd4j.getEnvironment().elementwiseThreshold());
    }

    /**
     * What the native code runs with.
     *
     * @param waitPolicy     OMP_WAIT_POLICY in the C environment of this process (null when unset)
     * @param ompThreads     OpenMP's maximum team size
     * @param nd4jThreads    libnd4j's own thread limit
     * @param blasThreads    OpenBLAS threads
     * @param maxBytes       JavaCPP's off-heap limit
     * @param maxPhysical    JavaCPP's limit on the process's resident memory
     * @param maxHeap        the JVM's heap limit
     * @param elementwiseThreshold element-wise ops with fewer elements run on one thread
     */
    public record Settings(String waitPolicy, int ompThreads, int nd4jThreads, int blasThreads, long maxBytes,
                           long maxPhysical, long maxHeap, int elementwiseThreshold) {
        /** Passive waiting and one thread count for all three pools. */
        public boolean fast() {
            return "PASSIVE".equalsIgnoreCase(waitPolicy) && ompThreads == blasThreads && nd4jThreads == ompThreads;
        }
    }

    /** The C environment's value (not Java's snapshot from start-up), or null. */
    public static String getenv(String name) {
        if (!isLinux()) {
            return System.getenv(name);
        }
        try (org.bytedeco.javacpp.BytePointer key = new org.bytedeco.javacpp.BytePointer(name)) {
            org.bytedeco.javacpp.BytePointer value = org.bytedeco.systems.global.linux.getenv(key);
            return value == null || value.isNull() ? null : value.getString();
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            return System.getenv(name);
        }
    }

    private static void setenvIfAbsent(String name, String value) {
        if (getenv(name) == null) {
            org.bytedeco.systems.global.linux.setenv(name, value, 0);
        }
    }

    private static void setPropertyIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Whether libnd4j or its OpenMP runtime is already mapped into this process (too late to configure). */
    static boolean nativeLoaded() {
        Path maps = Path.of("/proc/self/maps");
        if (!Files.isReadable(maps)) {
            return false;
        }
        try {
            String text = Files.readString(maps, StandardCharsets.ISO_8859_1);
            return text.contains("libnd4jcpu") || text.contains("libgomp");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }

    /** JavaCPP's size syntax: a number with an optional k, m, g or t (binary) suffix; 0 when unreadable. */
    static long parseBytes(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        long unit = 1;
        char last = t.charAt(t.length() - 1);
        int shift = "kmgt".indexOf(last);
        if (shift >= 0) {
            unit = 1L << (10 * (shift + 1));
            t = t.substring(0, t.length() - 1);
        }
        try {
            return Long.parseLong(t) * unit;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
