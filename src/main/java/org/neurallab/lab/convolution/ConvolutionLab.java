package org.neurallab.lab.convolution;

import java.util.Optional;

/**
 * The state of the convolution lab without any UI: the input image, the kernel as typed, normalise, stride and
 * padding. {@link #recompute()} either gives a new output or a {@link Problem}; on a problem the last good output
 * stays, so the picture never goes blank while a student is half-way through typing.
 */
public final class ConvolutionLab {
    /** What went wrong, as a bundle key suffix plus the numbers the message needs. */
    public record Problem(String key, Object... args) {
    }

    /** A successful computation and the settings it came from. */
    public record Output(double[][] input, double[][] kernel, int stride, int padding, double[][] map) {
        public Convolution.Window window(int row, int col) {
            return Convolution.window(input, kernel, stride, padding, row, col);
        }

        public int formulaRows() {
            return OutputSize.of(input.length, kernel.length, padding, stride);
        }

        public int formulaCols() {
            return OutputSize.of(input[0].length, kernel[0].length, padding, stride);
        }
    }

    public static final int MAX_STRIDE = 3;
    public static final int MAX_PADDING = 4;

    private LabImage image;
    private String[][] kernelCells;
    private String kernelId;
    private boolean normalise;
    private int stride = 1;
    private PaddingMode paddingMode = PaddingMode.VALID;
    private int customPadding = 1;
    private Output lastGood;
    private Problem problem;

    public ConvolutionLab(LabImage image, Kernel kernel) {
        this.image = image;
        setKernel(kernel);
        recompute();
    }

    public void setImage(LabImage image) {
        this.image = image;
    }

    /** Puts a gallery (or any) kernel into the editor cells. */
    public void setKernel(Kernel kernel) {
        this.kernelId = kernel.id();
        double[][] w = kernel.weights();
        kernelCells = new String[w.length][w[0].length];
        for (int r = 0; r < w.length; r++) {
            for (int c = 0; c < w[0].length; c++) {
                kernelCells[r][c] = KernelText.format(w[r][c]);
            }
        }
    }

    /** A cell edited by hand; the kernel then counts as the student's own. */
    public void setCell(int row, int col, String text) {
        kernelCells[row][col] = text;
        kernelId = "custom";
    }

    /** An empty editor of the given odd side, with 1 in the middle (identity) so the output is the input. */
    public void resizeKernel(int side) {
        if (side < 1 || side % 2 == 0) {
            throw new IllegalArgumentException("kernel side must be an odd number such as 3 or 5, was " + side);
        }
        double[][] w = new double[side][side];
        w[side / 2][side / 2] = 1;
        setKernel(new Kernel("custom", w));
    }

    public void setNormalise(boolean normalise) {
        this.normalise = normalise;
    }

    /** Stride as typed; checked by {@link #recompute()} so a bad value becomes a message, not an exception. */
    public void setStride(int stride) {
        this.stride = stride;
    }

    public void setPadding(PaddingMode mode, int custom) {
        this.paddingMode = mode;
        this.customPadding = custom;
    }

    public Optional<Problem> recompute() {
        problem = check();
        if (problem == null) {
            double[][] weights = kernelWeights();
            double[][] input = image.grey();
            int p = paddingMode.amount(weights.length, customPadding);
            lastGood = new Output(input, weights, stride, p, Convolution.apply(input, weights, stride, p));
        }
        return Optional.ofNullable(problem);
    }

    private Problem check() {
        double[][] parsed;
        try {
            parsed = KernelText.parse(kernelCells);
        } catch (KernelText.BadCellException e) {
            return new Problem("badCell", e.row() + 1, e.col() + 1, e.text());
        }
        if (stride < 1 || stride > MAX_STRIDE) {
            return new Problem("badStride", stride, MAX_STRIDE);
        }
        int p = paddingMode.amount(parsed.length, customPadding);
        if (p < 0 || p > MAX_PADDING) {
            return new Problem("badPadding", p, MAX_PADDING);
        }
        int n = Math.min(image.height(), image.width());
        if (parsed.length > n + 2 * p) {
            return new Problem("kernelTooBig", parsed.length, image.width(), image.height(), p);
        }
        return null;
    }

    /** The kernel as numbers (normalised if asked); only call when the cells parse. */
    private double[][] kernelWeights() {
        Kernel k = new Kernel(kernelId, KernelText.parse(kernelCells));
        return normalise ? k.normalised() : k.weights();
    }

    public Output output() {
        return lastGood;
    }

    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }

    public LabImage image() {
        return image;
    }

    public String cell(int row, int col) {
        return kernelCells[row][col];
    }

    public int kernelSide() {
        return kernelCells.length;
    }

    public String kernelId() {
        return kernelId;
    }

    public boolean normalise() {
        return normalise;
    }

    public int stride() {
        return stride;
    }

    public PaddingMode paddingMode() {
        return paddingMode;
    }

    public int customPadding() {
        return customPadding;
    }
}
