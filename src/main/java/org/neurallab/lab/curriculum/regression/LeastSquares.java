package org.neurallab.lab.curriculum.regression;

/**
 * The closed-form straight-line fit that scikit-learn's LinearRegression computes: the slope and
 * intercept minimising the squared error, and the R² score. Sums are taken around the means, which keeps
 * the rounding small for data like heights (all near 160).
 */
public final class LeastSquares {

    /** A fitted line y = slope x + intercept and its R² on the data it was fitted to. */
    public record Fit(double slope, double intercept, double rSquared) {
        public double predict(double x) {
            return slope * x + intercept;
        }
    }

    private LeastSquares() {
    }

    public static Fit fit(RegressionData data) {
        int n = data.size();
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += data.x(i);
            meanY += data.y(i);
        }
        meanX /= n;
        meanY /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = data.x(i) - meanX;
            sxy += dx * (data.y(i) - meanY);
            sxx += dx * dx;
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("all x values are equal: no unique line");
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        return new Fit(slope, intercept, rSquared(data, slope, intercept, meanY));
    }

    /** R² = 1 - (squared error of the line) / (squared error of always guessing the mean). */
    static double rSquared(RegressionData data, double slope, double intercept, double meanY) {
        double residual = 0;
        double total = 0;
        for (int i = 0; i < data.size(); i++) {
            double r = data.y(i) - (slope * data.x(i) + intercept);
            double t = data.y(i) - meanY;
            residual += r * r;
            total += t * t;
        }
        return 1 - residual / total;
    }
}
