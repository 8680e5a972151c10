package dev.eqc.compiler.interp;

import dev.eqc.compiler.builtin.Builtin;
import java.util.List;

/**
 * Applies a built-in function to evaluated arguments, using the reference meanings held by
 * {@link Builtin} and this package's own last-axis functions ({@link LastAxis}, {@link Softmax}).
 */
final class BuiltinEvaluator {
    private BuiltinEvaluator() {}

    static NDArray apply(Builtin builtin, List<NDArray> args) {
        if (builtin.arity() >= 0 ? args.size() != builtin.arity() : args.size() < 2) {
            throw new IllegalStateException(builtin.displayName() + " takes " + builtin.arity() + " argument(s), got "
                    + args.size());
        }
        // A switch expression without default: a new Kind fails to compile here.
        return switch (builtin.kind()) {
            case UNARY -> {
                if (builtin.unary() == null) {
                    throw new AssertionError("unary built-in " + builtin + " has no reference meaning");
                }
                yield Broadcasting.map(args.get(0), builtin.unary());
            }
            case BINARY -> {
                if (builtin.binary() == null) {
                    throw new AssertionError("binary built-in " + builtin + " has no reference meaning");
                }
                yield Broadcasting.zip(args.get(0), args.get(1), builtin.binary(), builtin.displayName());
            }
            case LAST_AXIS -> LastAxis.map(builtin, args.get(0));
            case REDUCE_LAST -> args.get(0).rank() == 0
                    && (builtin == Builtin.NORM1 || builtin == Builtin.NORM2 || builtin == Builtin.NORM_INF)
                    ? Broadcasting.map(args.get(0), Math::abs) : LastAxis.reduce(builtin, args.get(0));
            case STRUCTURAL -> Structural.apply(builtin, args);
        };
    }
}
