package dev.eqc.compiler.interp;

import dev.eqc.compiler.builtin.Builtin;
import java.util.Arrays;
import java.util.List;

/**
 * Applies a built-in function to evaluated arguments, by the reference meaning its entry in the
 * {@link Builtin} table declares: of numbers element by element, of rows along the last axis.
 */
final class BuiltinEvaluator {
    private BuiltinEvaluator() {}

    static NDArray apply(Builtin builtin, List<NDArray> args) {
        if (builtin.arity() >= 0 ? args.size() != builtin.arity() : args.size() < 2) {
            throw new IllegalStateException(builtin.displayName() + " takes " + builtin.arity() + " argument(s), got "
                    + args.size());
        }
        NDArray x = args.get(0);
        return switch (builtin.kind()) {
            case UNARY -> Broadcasting.map(x, builtin.unary());
            case BINARY -> Broadcasting.zip(x, args.get(1), builtin.binary(), builtin.displayName());
            case LAST_AXIS -> alongRows(builtin, x);
            case REDUCE_LAST -> x.rank() == 0 && builtin.absOfNumber() ? Broadcasting.map(x, Math::abs)
                    : x.rank() == 0 && builtin == Builtin.MEAN ? x // the expectation of a single draw (W0321)
                    : reduceRows(builtin, x);
            case STRUCTURAL -> Structural.apply(builtin.structure(), args);
        };
    }

    /** A last-axis built-in that keeps the shape, row by row. */
    private static NDArray alongRows(Builtin builtin, NDArray a) {
        requireVector(builtin, a);
        int n = a.size(-1);
        double[] in = a.dataRef();
        double[] out = new double[in.length];
        for (int off = 0; n > 0 && off < out.length; off += n) {
            builtin.applyToRow(in, off, n, out);
        }
        return NDArray.wrap(out, a.shapeRef());
    }

    /** A built-in that reduces the last axis: [..., n] -> [...]. */
    private static NDArray reduceRows(Builtin builtin, NDArray a) {
        requireVector(builtin, a);
        int n = a.size(-1);
        int[] shape = Arrays.copyOf(a.shapeRef(), a.rank() - 1);
        double[] in = a.dataRef();
        double[] out = new double[NDArray.numel(shape)];
        for (int r = 0; r < out.length; r++) {
            out[r] = builtin.reduceRow(in, r * n, n);
        }
        return NDArray.wrap(out, shape);
    }

    private static void requireVector(Builtin builtin, NDArray a) {
        if (a.rank() < 1) {
            throw new IllegalArgumentException(builtin.displayName()
                    + " needs an argument of rank at least 1, got a scalar");
        }
    }
}
