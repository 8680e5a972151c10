package dev.eqc.compiler.interp;

import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.shape.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds the dimension symbols of a call's core signature to the sizes of the actual arguments'
 * trailing axes, checking that every occurrence of a symbol, every known size and every
 * compound dimension ({@code 2d}, {@code h d_v}) agrees.
 */
final class DimensionBinder {
    private DimensionBinder() {}

    /** One core axis whose dimension is a compound, checked once its symbols are bound. */
    private record Pending(Dim dim, int size, String where) {}

    /**
     * The sizes seen inside the call: {@code inherited} (the caller's sizes, or sizes given by
     * the user) overridden by those bound from this call's own arguments.
     *
     * @param labels the arguments' names, for messages
     * @param core the arguments' core shapes (the signature), one per argument
     * @param args the actual arguments; each has at least its core rank (checked by the caller)
     */
    static Map<String, Integer> bind(List<String> labels, List<Shape> core, List<NDArray> args,
            Map<String, Integer> inherited) {
        Map<String, Integer> own = new HashMap<>();
        Map<String, String> boundAt = new HashMap<>();
        List<Pending> compounds = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Shape shape = core.get(i);
            NDArray arg = args.get(i);
            int batchRank = arg.rank() - shape.rank();
            for (int axis = 0; axis < shape.rank(); axis++) {
                Dim dim = shape.dim(axis);
                int size = arg.size(batchRank + axis);
                String where = "axis " + (batchRank + axis) + " of `" + labels.get(i) + "` " + arg.shapeString();
                if (dim instanceof Dim.Symbol s) {
                    Integer previous = own.putIfAbsent(s.name(), size);
                    if (previous == null) {
                        boundAt.put(s.name(), where);
                    } else if (previous != size) {
                        throw new IllegalArgumentException("dimension " + s.name() + " is " + previous + " from "
                                + boundAt.get(s.name()) + " but " + size + " from " + where);
                    }
                } else if (dim instanceof Dim.Known k) {
                    if (k.value() != size) {
                        throw new IllegalArgumentException(where + " must have size " + k.value() + ", got " + size);
                    }
                } else {
                    compounds.add(new Pending(dim, size, where));
                }
            }
        }
        solveCompounds(compounds, own);
        Map<String, Integer> sizes = new HashMap<>(inherited);
        sizes.putAll(own);
        for (Pending p : compounds) {
            Integer expected = p.dim().evaluate(sizes);
            if (expected != null && expected != p.size()) {
                throw new IllegalArgumentException(p.where() + " must have size " + p.dim() + " = " + expected
                        + ", got " + p.size() + " (with " + symbolSizes(p.dim(), sizes) + ")");
            }
        }
        return sizes;
    }

    /** Binds symbols that occur only inside compounds ({@code x \in R^{2d}} binds d) where that is exact. */
    private static void solveCompounds(List<Pending> compounds, Map<String, Integer> own) {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Pending p : compounds) {
                if (p.dim().evaluate(own) == null) {
                    progress |= solve(p.dim(), p.size(), own, p);
                }
            }
        }
    }

    /** Binds the single unbound symbol of {@code dim} so that it evaluates to {@code value}. */
    private static boolean solve(Dim dim, int value, Map<String, Integer> own, Pending origin) {
        if (dim instanceof Dim.Symbol s) {
            if (value < 0) {
                throw unsolvable(origin);
            }
            own.put(s.name(), value);
            return true;
        }
        if (!(dim instanceof Dim.Compound c)) {
            return false;
        }
        Integer l = c.left().evaluate(own);
        Integer r = c.right().evaluate(own);
        if (l != null && r == null) {
            Integer rv = switch (c.op()) {
                case '+' -> value - l;
                case '-' -> l - value;
                case '*' -> l != 0 && value % l == 0 ? Integer.valueOf(value / l) : null;
                case '/' -> value != 0 && l % value == 0 ? Integer.valueOf(l / value) : null;
                default -> throw new AssertionError(c.op());
            };
            if (rv == null) {
                throw unsolvable(origin);
            }
            return solve(c.right(), rv, own, origin);
        }
        if (r != null && l == null) {
            Integer lv = switch (c.op()) {
                case '+' -> value - r;
                case '-' -> value + r;
                case '*' -> r != 0 && value % r == 0 ? Integer.valueOf(value / r) : null;
                case '/' -> value * r;
                default -> throw new AssertionError(c.op());
            };
            if (lv == null) {
                throw unsolvable(origin);
            }
            return solve(c.left(), lv, own, origin);
        }
        return false;
    }

    private static IllegalArgumentException unsolvable(Pending p) {
        return new IllegalArgumentException(p.where() + " has size " + p.size() + ", which is not " + p.dim()
                + " for any size of its symbols");
    }

    private static String symbolSizes(Dim dim, Map<String, Integer> sizes) {
        if (dim instanceof Dim.Symbol s) {
            return s.name() + " = " + sizes.get(s.name());
        }
        if (dim instanceof Dim.Compound c) {
            String l = symbolSizes(c.left(), sizes);
            String r = symbolSizes(c.right(), sizes);
            return l.isEmpty() ? r : r.isEmpty() ? l : l + ", " + r;
        }
        return "";
    }
}
