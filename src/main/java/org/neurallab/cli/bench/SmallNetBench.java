package org.neurallab.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.loss.MeanSquaredError;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.optim.Optimizer;
import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.plain.DenseNet;
import org.neurallab.engine.plain.Heatmap;
import org.neurallab.engine.plain.OutputLoss;

/**
 * The small-network workloads of shared/bench/peer_pytorch.py, so one run compares the plain
 * backend, ND4J and PyTorch on one machine:
 * <ul>
 *   <li>playground: 500 circle points, 2 -> 8 -> 8 -> 8 -> 1 all tanh, SGD lr 0.03, batch 10,
 *       half mean squared error, reshuffled each epoch; 'seconds' covers all epochs;</li>
 *   <li>heatmap: every layer's output over a 100 x 100 grid on [-6, 6]^2; median of 50 passes
 *       after 10 warm-up passes.</li>
 * </ul>
 * Each result is an ordered map with the same fields the Python script prints. Before timing, the
 * playground runs a few untimed epochs on a throwaway network so the JIT has compiled the loops.
 */
public final class SmallNetBench {
    public static final int POINTS = 500;
    public static final int BATCH = 10;
    public static final double LEARNING_RATE = 0.03;
    public static final int WARMUP_EPOCHS = 5;
    /** The plain loops need a few thousand steps before the JIT compiles them fully. */
    public static final int PLAIN_WARMUP_EPOCHS = 100;
    public static final String PLAIN = "neural-lab-plain";
    public static final String ND4J = "neural-lab-nd4j";

    private SmallNetBench() {
    }

    /** The Playground-sized network: 2 -> 8 tanh -> 8 tanh -> 8 tanh -> 1 tanh. */
    public static ModelSpec playgroundSpec() {
        return new ModelSpec(new int[] {2}, List.of(new LayerSpec.Dense(8, Activation.TANH),
                new LayerSpec.Dense(8, Activation.TANH), new LayerSpec.Dense(8, Activation.TANH),
                new LayerSpec.Dense(1, Activation.TANH)), LossType.MSE);
    }

    /**
     * The Playground's circle data: half the points at radius 0..2 labelled +1, half at 3..5
     * labelled -1, at uniform angles, placed at (r sin a, r cos a).
     *
     * @return {inputs, labels}, each one row per point
     */
    public static double[][][] circleData(int n, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[n][2];
        double[][] y = new double[n][1];
        for (int i = 0; i < n; i++) {
            boolean inner = i < n / 2;
            double r = inner ? random.nextDouble() * 2 : 3 + random.nextDouble() * 2;
            double a = random.nextDouble() * 2 * Math.PI;
            x[i][0] = r * Math.sin(a);
            x[i][1] = r * Math.cos(a);
            y[i][0] = inner ? 1 : -1;
        }
        return new double[][][] {x, y};
    }

    /** Playground training on the plain backend (one thread). */
    public static Map<String, Object> playgroundPlain(int epochs, long seed) {
        checkEpochs(epochs);
        double[][][] data = circleData(POINTS, seed);
        trainPlain(DenseNet.build(playgroundSpec(), seed + 1, OutputLoss.HALF_MSE), data, PLAIN_WARMUP_EPOCHS, seed);
        DenseNet net = DenseNet.build(playgroundSpec(), seed, OutputLoss.HALF_MSE);
        long start = System.nanoTime();
        trainPlain(net, data, epochs, seed);
        return playgroundRow(PLAIN, 1, epochs, (System.nanoTime() - start) / 1e9);
    }

    /** The mean loss over the whole data set after {@code epochs} epochs, for checks. */
    static double trainPlain(DenseNet net, double[][][] data, int epochs, long seed) {
        net.setOptimizer(new OptimizerSpec(OptimizerType.SGD, LEARNING_RATE));
        double[][] x = data[0];
        double[][] y = data[1];
        double[][] bx = new double[BATCH][];
        double[][] by = new double[BATCH][];
        int[] order = identity(x.length);
        Random random = new Random(seed ^ 0x5DEECE66DL);
        for (int e = 0; e < epochs; e++) {
            shuffle(order, random);
            for (int i = 0; i < x.length; i += BATCH) {
                int n = Math.min(BATCH, x.length - i);
                for (int r = 0; r < n; r++) {
                    bx[r] = x[order[i + r]];
                    by[r] = y[order[i + r]];
                }
                net.trainBatch(bx, by, n);
            }
        }
        return net.loss(x, y);
    }

    /** The same training on ND4J's Sequential in float32, as every other lab trains. */
    public static Map<String, Object> playgroundNd4j(int epochs, long seed) {
        checkEpochs(epochs);
        double[][][] data = circleData(POINTS, seed);
        INDArray x = Nd4j.create(data[0]).castTo(DataType.FLOAT);
        INDArray y = Nd4j.create(data[1]).castTo(DataType.FLOAT);
        trainNd4j(Sequential.build(playgroundSpec(), seed + 1), x, y, WARMUP_EPOCHS, seed);
        Sequential model = Sequential.build(playgroundSpec(), seed);
        long start = System.nanoTime();
        trainNd4j(model, x, y, epochs, seed);
        return playgroundRow(ND4J, Nd4j.getEnvironment().maxThreads(), epochs, (System.nanoTime() - start) / 1e9);
    }

    private static void trainNd4j(Sequential model, INDArray x, INDArray y, int epochs, long seed) {
        Optimizer optimizer = new OptimizerSpec(OptimizerType.SGD, LEARNING_RATE).create();
        MeanSquaredError loss = MeanSquaredError.half();
        int[] order = identity((int) x.rows());
        Random random = new Random(seed ^ 0x5DEECE66DL);
        int[] idx = new int[BATCH];
        for (int e = 0; e < epochs; e++) {
            shuffle(order, random);
            for (int i = 0; i + BATCH <= order.length; i += BATCH) {
                System.arraycopy(order, i, idx, 0, BATCH);
                INDArray out = model.forward(x.getRows(idx), true);
                loss.forward(out, y.getRows(idx));
                model.backward(loss.backward());
                optimizer.step(model.params());
            }
        }
    }

    /** Every layer's output over the 100 x 100 grid, on the plain backend. */
    public static Map<String, Object> heatmap(long seed) {
        DenseNet net = DenseNet.build(playgroundSpec(), seed, OutputLoss.HALF_MSE);
        Heatmap map = Heatmap.square(net, 100, -6, 6, Heatmap.IDENTITY);
        double[] times = new double[50];
        for (int i = 0; i < 60; i++) {
            long start = System.nanoTime();
            map.compute();
            if (i >= 10) {
                times[i - 10] = (System.nanoTime() - start) / 1e9;
            }
        }
        Arrays.sort(times);
        double median = (times[24] + times[25]) / 2;
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("workload", "heatmap");
        row.put("engine", PLAIN);
        row.put("threads", 1);
        row.put("points", map.points());
        row.put("seconds", round(median, 5));
        row.put("ms_per_pass", round(1000 * median, 3));
        return row;
    }

    /**
     * Runs the named workloads ("playground" gives a plain and an ND4J row, "heatmap" one row).
     *
     * @throws IllegalArgumentException for an unknown workload name
     */
    public static List<Map<String, Object>> run(List<String> workloads, int epochs, long seed) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String w : workloads) {
            switch (w) {
                case "playground":
                    rows.add(playgroundPlain(epochs, seed));
                    rows.add(playgroundNd4j(epochs, seed));
                    break;
                case "heatmap":
                    rows.add(heatmap(seed));
                    break;
                default:
                    throw new IllegalArgumentException("Unknown workload '" + w + "'; allowed: playground, heatmap");
            }
        }
        return rows;
    }

    /** {@code SmallNetBench [--epochs N] playground heatmap}: prints one JSON line per result. */
    public static void main(String[] args) throws Exception {
        int epochs = 20;
        List<String> workloads = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--epochs") && i + 1 < args.length) {
                epochs = Integer.parseInt(args[++i]);
            } else {
                workloads.add(args[i]);
            }
        }
        if (workloads.isEmpty()) {
            workloads = List.of("playground", "heatmap");
        }
        ObjectMapper json = new ObjectMapper();
        for (Map<String, Object> row : run(workloads, epochs, 0)) {
            System.out.println(json.writeValueAsString(row));
        }
    }

    private static Map<String, Object> playgroundRow(String engine, int threads, int epochs, double seconds) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("workload", "playground");
        row.put("engine", engine);
        row.put("threads", threads);
        row.put("epochs", epochs);
        row.put("seconds", round(seconds, 4));
        row.put("ms_per_epoch", round(1000 * seconds / epochs, 3));
        return row;
    }

    private static void checkEpochs(int epochs) {
        if (epochs < 1 || epochs > 100_000) {
            throw new IllegalArgumentException("epochs must be between 1 and 100000, got " + epochs);
        }
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}
