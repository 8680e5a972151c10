package dev.eqc.compiler.interp;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * NumPy broadcasting written as plain index loops: shapes align on the right, a missing or
 * size-1 axis stretches. Used for element-wise operations and for the batch part of a call.
 */
final class Broadcasting {
    private Broadcasting() {}

    /**
     * The broadcast of two shapes, or an IllegalArgumentException naming {@code what} and both
     * shapes when some axis differs and neither side is 1.
     */
    static int[] shape(int[] a, int[] b, String what) {
        int[] out = shapeOrNull(a, b);
        if (out == null) {
            throw new IllegalArgumentException(what + ": shapes " + Arrays.toString(a) + " and " + Arrays.toString(b)
                    + " do not broadcast");
        }
        return out;
    }

    /** The broadcast of two shapes, or null when they do not broadcast. */
    static int[] shapeOrNull(int[] a, int[] b) {
        int rank = Math.max(a.length, b.length);
        int[] out = new int[rank];
        for (int i = 1; i <= rank; i++) {
            int da = i <= a.length ? a[a.length - i] : 1;
            int db = i <= b.length ? b[b.length - i] : 1;
            if (da != db && da != 1 && db != 1) {
                return null;
            }
            out[rank - i] = da == 1 ? db : da;
        }
        return out;
    }

    /** {@code op} applied to every element. */
    static NDArray map(NDArray a, DoubleUnaryOperator op) {
        double[] out = new double[a.numel()];
        for (int i = 0; i < out.length; i++) {
            out[i] = op.applyAsDouble(a.flat(i));
        }
        return NDArray.wrap(out, a.shapeRef());
    }

    /** {@code op(a, b)} element by element over the broadcast shape. */
    static NDArray zip(NDArray a, NDArray b, DoubleBinaryOperator op, String what) {
        int[] shape = shape(a.shapeRef(), b.shapeRef(), what);
        double[] out = new double[NDArray.numel(shape)];
        int[] idx = new int[shape.length];
        for (int i = 0; i < out.length; i++) {
            double x = a.flat(sourceOffset(idx, a.shapeRef()));
            double y = b.flat(sourceOffset(idx, b.shapeRef()));
            out[i] = op.applyAsDouble(x, y);
            increment(idx, shape);
        }
        return NDArray.wrap(out, shape);
    }

    /**
     * The row-major offset in an array of shape {@code source} of the element that broadcasts to
     * position {@code idx} of a (possibly larger) broadcast shape: right-aligned, and an axis of
     * size 1 always reads index 0.
     */
    static int sourceOffset(int[] idx, int[] source) {
        int skip = idx.length - source.length;
        int offset = 0;
        for (int d = 0; d < source.length; d++) {
            int i = source[d] == 1 ? 0 : idx[skip + d];
            offset = offset * source[d] + i;
        }
        return offset;
    }

    /** Advances a row-major multi-index by one (wrapping to all zeros after the last). */
    static void increment(int[] idx, int[] shape) {
        for (int d = shape.length - 1; d >= 0; d--) {
            if (++idx[d] < shape[d]) {
                return;
            }
            idx[d] = 0;
        }
    }
}
