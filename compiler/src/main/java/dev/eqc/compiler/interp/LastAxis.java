package dev.eqc.compiler.interp;

import dev.eqc.compiler.builtin.Builtin;
import java.util.Arrays;

/**
 * Reference meanings of the built-ins that work along the last axis, other than softmax:
 * log-softmax (shape kept) and the reductions mean, var, logsumexp and sum (last axis
 * dropped). Written independently of the runtime's kernels: log-sum-exp here is the one-pass
 * form that rescales its running sum whenever a new maximum appears, and the variance is
 * Welford's update; both accumulate in double and never exponentiate a positive number.
 */
final class LastAxis {
    private LastAxis() {}

    /** A last-axis built-in that keeps the shape. */
    static NDArray map(Builtin builtin, NDArray a) {
        if (builtin == Builtin.SOFTMAX) {
            return Softmax.lastAxis(a);
        }
        if (builtin != Builtin.LOG_SOFTMAX) {
            throw new AssertionError("the interpreter does not implement the last-axis built-in " + builtin);
        }
        requireVector(builtin, a);
        int n = a.size(-1);
        double[] out = new double[a.numel()];
        for (int off = 0; off < out.length; off += n) {
            double lse = logSumExp(a, off, n);
            for (int j = 0; j < n; j++) {
                out[off + j] = a.flat(off + j) - lse;
            }
        }
        return NDArray.wrap(out, a.shapeRef());
    }

    /** A built-in that reduces the last axis: [..., n] -> [...]. */
    static NDArray reduce(Builtin builtin, NDArray a) {
        requireVector(builtin, a);
        int n = a.size(-1);
        int[] shape = Arrays.copyOf(a.shapeRef(), a.rank() - 1);
        double[] out = new double[NDArray.numel(shape)];
        for (int r = 0; r < out.length; r++) {
            int off = r * n;
            out[r] = switch (builtin) {
                case SUM -> sum(a, off, n);
                case MEAN -> sum(a, off, n) / n;
                case VAR -> variance(a, off, n);
                case LOGSUMEXP -> logSumExp(a, off, n);
                case NORM2 -> euclidean(a, off, n);
                case NORM1 -> {
                    double t = 0.0;
                    for (int j = 0; j < n; j++) {
                        t += Math.abs(a.flat(off + j));
                    }
                    yield t;
                }
                case NORM_INF -> {
                    double t = 0.0;
                    for (int j = 0; j < n; j++) {
                        t = Math.max(t, Math.abs(a.flat(off + j)));
                    }
                    yield t;
                }
                default -> throw new AssertionError("the interpreter does not implement the reduction " + builtin);
            };
        }
        return NDArray.wrap(out, shape);
    }

    /** The Euclidean norm, scaled by the largest magnitude so squares neither overflow nor underflow. */
    private static double euclidean(NDArray a, int off, int n) {
        double scale = 0.0;
        for (int j = 0; j < n; j++) {
            scale = Math.max(scale, Math.abs(a.flat(off + j)));
        }
        if (scale == 0.0 || Double.isInfinite(scale)) {
            return scale;
        }
        double s = 0.0;
        for (int j = 0; j < n; j++) {
            double v = a.flat(off + j) / scale;
            s += v * v;
        }
        return scale * Math.sqrt(s);
    }

    private static double sum(NDArray a, int off, int n) {
        double s = 0.0;
        for (int j = 0; j < n; j++) {
            s += a.flat(off + j);
        }
        return s;
    }

    /** Population variance (divided by n) by Welford's update; NaN for an empty row. */
    private static double variance(NDArray a, int off, int n) {
        double mean = 0.0;
        double m2 = 0.0;
        for (int j = 0; j < n; j++) {
            double v = a.flat(off + j);
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
    private static double logSumExp(NDArray a, int off, int n) {
        double max = Double.NEGATIVE_INFINITY;
        double scaled = 0.0; // Σ e^{x_j - max} over the elements seen so far
        boolean infinite = false;
        for (int j = 0; j < n; j++) {
            double v = a.flat(off + j);
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

    private static void requireVector(Builtin builtin, NDArray a) {
        if (a.rank() < 1) {
            throw new IllegalArgumentException(builtin.displayName()
                    + " needs an argument of rank at least 1, got a scalar");
        }
    }
}
