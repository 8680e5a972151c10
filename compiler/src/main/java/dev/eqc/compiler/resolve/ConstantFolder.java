package dev.eqc.compiler.resolve;

import dev.eqc.compiler.term.Term;

/**
 * Folds a term made only of numbers, constants and element-wise math into its value, so that
 * {@code \epsilon = 10^{-5}} becomes a constant rather than a method.
 */
final class ConstantFolder {
    private ConstantFolder() {}

    /** The value, or null when the term depends on anything but numbers. */
    static Double fold(Term t) {
        if (t instanceof Term.Literal l) {
            return l.value();
        }
        if (t instanceof Term.ConstRef c) {
            return c.constant().value();
        }
        if (t instanceof Term.Negate n) {
            Double v = fold(n.operand());
            return v == null ? null : -v;
        }
        if (t instanceof Term.Arith a) {
            Double l = fold(a.left());
            Double r = l == null ? null : fold(a.right());
            if (r == null) {
                return null;
            }
            return switch (a.op()) {
                case ADD -> l + r;
                case SUB -> l - r;
                case MUL -> l * r;
                case DIV -> l / r;
            };
        }
        if (t instanceof Term.Product p) {
            Double l = fold(p.left());
            Double r = l == null ? null : fold(p.right());
            return r == null ? null : l * r;
        }
        if (t instanceof Term.Power p) {
            Double l = fold(p.base());
            Double r = l == null ? null : fold(p.exponent());
            return r == null ? null : Math.pow(l, r);
        }
        if (t instanceof Term.BuiltinCall b) {
            if (b.builtin().unary() != null && b.args().size() == 1) {
                Double v = fold(b.args().get(0));
                return v == null ? null : b.builtin().unary().applyAsDouble(v);
            }
            if (b.builtin().binary() != null && b.args().size() == 2) {
                Double l = fold(b.args().get(0));
                Double r = l == null ? null : fold(b.args().get(1));
                return r == null ? null : b.builtin().binary().applyAsDouble(l, r);
            }
        }
        return null;
    }
}
