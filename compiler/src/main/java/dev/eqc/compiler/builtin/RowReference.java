package dev.eqc.compiler.builtin;

/**
 * Reference meanings of the built-ins that work along the last axis, one row at a time, for the
 * interpreter. Written independently of the runtime's kernels: softmax shifts each row by its
 * maximum; log-sum-exp is the one-pass form that rescales its running sum whenever a new maximum
 * appears; the variance is Welford's update; the Euclidean norm is scaled by the largest
 * magnitude. All accumulate in double and never exponentiate a positive number.
 */
final class RowReference {
    private RowReference() {}

    /** SELU's α and λ (Klambauer et al. 2017), as PyTorch has them. */
    static final double SELU_ALPHA = 1.6732632423543772848170429916717;
    static final double SELU_SCALE = 1.0507009873554804934193349852946;

    /** A built-in that keeps the row's length: {@code out[off..off+n)} from {@code in[off..off+n)}. */
    @FunctionalInterface
    interface RowMap {
        void apply(double[] in, int off, int n, double[] out);
    }

    /** A built-in that reduces a row to one number. */
    @FunctionalInterface
    interface RowReduction {
        double apply(double[] in, int off, int n);
    }

    static void softmax(double[] in, int off, int n, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            max = Math.max(max, in[off + j]);
        }
        double sum = 0.0;
        for (int j = 0; j < n; j++) {
            out[off + j] = Math.exp(in[off + j] - max);
            sum += out[off + j];
        }
        for (int j = 0; j < n; j++) {
            out[off + j] /= sum;
        }
    }

    static void logSoftmax(double[] in, int off, int n, double[] out) {
        double lse = logSumExp(in, off, n);
        for (int j = 0; j < n; j++) {
            out[off + j] = in[off + j] - lse;
        }
    }

    /** The epsilon of LayerNorm and RMSNorm under the square root, PyTorch's LayerNorm default. */
    static final double NORM_EPSILON = 1e-5;

    /** (x - mean) / sqrt(var + eps), the variance divided by n (two passes). */
    static void layerNorm(double[] in, int off, int n, double[] out) {
        double mean = mean(in, off, n);
        double ss = 0.0;
        for (int j = 0; j < n; j++) {
            double c = in[off + j] - mean;
            ss += c * c;
        }
        double s = Math.sqrt(ss / n + NORM_EPSILON);
        for (int j = 0; j < n; j++) {
            out[off + j] = (in[off + j] - mean) / s;
        }
    }

    /** x / sqrt(mean(x^2) + eps). */
    static void rmsNorm(double[] in, int off, int n, double[] out) {
        double ss = 0.0;
        for (int j = 0; j < n; j++) {
            ss += in[off + j] * in[off + j];
        }
        double r = Math.sqrt(ss / n + NORM_EPSILON);
        for (int j = 0; j < n; j++) {
            out[off + j] = in[off + j] / r;
        }
    }

    static void cumsum(double[] in, int off, int n, double[] out) {
        double acc = 0.0;
        for (int j = 0; j < n; j++) {
            acc += in[off + j];
            out[off + j] = acc;
        }
    }

    /** The row's largest element (NaN if the row holds NaN, as the runtime's maxLast). */
    static double largest(double[] in, int off, int n) {
        double t = in[off];
        for (int j = 1; j < n; j++) {
            double v = in[off + j];
            if (Double.isNaN(v) || Double.isNaN(t)) {
                t = Double.NaN;
            } else if (v > t) {
                t = v;
            }
        }
        return t;
    }

    /** The first position of the row's largest element, from 0. */
    static double argmax(double[] in, int off, int n) {
        int best = 0;
        for (int j = 1; j < n; j++) {
            if (in[off + j] > in[off + best]) {
                best = j;
            }
        }
        return best;
    }

    /** The first position of the row's smallest element, from 0. */
    static double argmin(double[] in, int off, int n) {
        int best = 0;
        for (int j = 1; j < n; j++) {
            if (in[off + j] < in[off + best]) {
                best = j;
            }
        }
        return best;
    }

    static double sum(double[] in, int off, int n) {
        double s = 0.0;
        for (int j = 0; j < n; j++) {
            s += in[off + j];
        }
        return s;
    }

    static double mean(double[] in, int off, int n) {
        return sum(in, off, n) / n;
    }

    /** Population variance (divided by n) by Welford's update; NaN for an empty row. */
    static double variance(double[] in, int off, int n) {
        double mean = 0.0;
        double m2 = 0.0;
        for (int j = 0; j < n; j++) {
            double v = in[off + j];
            double delta = v - mean;
            mean += delta / (j + 1);
            m2 += delta * (v - mean);
        }
        return m2 / n;
    }

    /**
     * log Σ e^{x_j}, keeping the running sum relative to the largest element seen so far:
     * NaN if the row holds NaN, +∞ if it holds +∞, -∞ if it is empty or all -∞.
     */
    static double logSumExp(double[] in, int off, int n) {
        double max = Double.NEGATIVE_INFINITY;
        double scaled = 0.0; // Σ e^{x_j - max} over the elements seen so far
        boolean infinite = false;
        for (int j = 0; j < n; j++) {
            double v = in[off + j];
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            if (v == Double.POSITIVE_INFINITY) {
                infinite = true;
            } else if (v == Double.NEGATIVE_INFINITY) {
                continue; // contributes e^{-∞} = 0
            } else if (v <= max) {
                scaled += Math.exp(v - max);
            } else {
                scaled = scaled * Math.exp(max - v) + 1.0;
                max = v;
            }
        }
        if (infinite) {
            return Double.POSITIVE_INFINITY;
        }
        return scaled == 0.0 ? Double.NEGATIVE_INFINITY : max + Math.log(scaled);
    }

    /** The Euclidean norm, scaled by the largest magnitude so squares neither overflow nor underflow. */
    static double euclidean(double[] in, int off, int n) {
        double scale = 0.0;
        for (int j = 0; j < n; j++) {
            scale = Math.max(scale, Math.abs(in[off + j]));
        }
        if (scale == 0.0 || Double.isInfinite(scale)) {
            return scale;
        }
        double s = 0.0;
        for (int j = 0; j < n; j++) {
            double v = in[off + j] / scale;
            s += v * v;
        }
        return scale * Math.sqrt(s);
    }

    static double manhattan(double[] in, int off, int n) {
        double t = 0.0;
        for (int j = 0; j < n; j++) {
            t += Math.abs(in[off + j]);
        }
        return t;
    }

    static double largestMagnitude(double[] in, int off, int n) {
        double t = 0.0;
        for (int j = 0; j < n; j++) {
            t = Math.max(t, Math.abs(in[off + j]));
        }
        return t;
    }

    /** log(1 + e^x) without overflow: x + log(1 + e^-x) for positive x, log(1 + e^x) otherwise. */
    static double softplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    /** {@code \log(x + \sqrt{x^2 + 1})}, odd (the runtime's is arranged for tiny and huge x; they are compared). */
    static double arsinh(double x) {
        return Math.copySign(Math.log(Math.abs(x) + Math.sqrt(x * x + 1.0)), x);
    }

    /** {@code \log(x + \sqrt{x^2 - 1})}, NaN below 1. */
    static double arcosh(double x) {
        return Math.log(x + Math.sqrt(x * x - 1.0));
    }

    /** {@code \frac{1}{2}\log\frac{1 + x}{1 - x}}. */
    static double artanh(double x) {
        return 0.5 * Math.log((1.0 + x) / (1.0 - x));
    }

    static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }
}
