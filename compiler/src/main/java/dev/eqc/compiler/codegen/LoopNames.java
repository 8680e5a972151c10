package dev.eqc.compiler.codegen;

import dev.eqc.compiler.fusion.LoopExpr;
import dev.eqc.compiler.fusion.LoopExpr.Binary;
import dev.eqc.compiler.fusion.LoopExpr.Op;

/**
 * Names for the values a fused loop hoists, made from what they compute: {@code 1 - \beta_1} is
 * {@code oneMinusBeta1}, {@code 1/\sqrt{d_k}} is {@code invSqrtDk}, {@code \frac{1}{2}\delta} is
 * {@code halfDelta}. Null when the value has no short description (then the local is named
 * another way).
 */
final class LoopNames {
    /** Longer descriptions read worse than a plain name. */
    private static final int MAX_LENGTH = 24;

    private LoopNames() {}

    /** A camel-case description of {@code f}, or null. */
    static String describe(LoopExpr f) {
        String d = words(f);
        return d == null || d.isEmpty() || d.length() > MAX_LENGTH ? null : lower(d);
    }

    /** The name of the reciprocal of {@code divisor}: {@code invDelta}, or {@code inv}. */
    static String reciprocal(LoopExpr divisor) {
        if (divisor instanceof LoopExpr.Literal l && number(1.0 / l.value()) != null) {
            return lower(number(1.0 / l.value())); // x / 2: half
        }
        String d = words(divisor);
        return d == null || d.length() > MAX_LENGTH - 3 ? "inv" : "inv" + d;
    }

    /** Capitalised words for {@code f}, or null. */
    private static String words(LoopExpr f) {
        if (f instanceof LoopExpr.Literal l) {
            return number(l.value());
        }
        if (f instanceof LoopExpr.NamedConstant c) {
            return word(c.constant().javaName());
        }
        if (f instanceof LoopExpr.Size s) {
            return word(s.dim());
        }
        if (f instanceof LoopExpr.Scalar s) {
            return word(s.operand());
        }
        if (f instanceof LoopExpr.Negate n) {
            return join("Minus", words(n.operand()));
        }
        if (f instanceof LoopExpr.Call c) {
            return join(word(c.fn().runtimeMethod()), words(c.arg()));
        }
        if (f instanceof LoopExpr.Power p) {
            if (LoopExpr.isNumber(p.exponent(), 0.5)) {
                return join("Sqrt", words(p.base()));
            }
            return join(words(p.base()), "Pow", words(p.exponent()));
        }
        if (f instanceof Binary b) {
            if (b.op() == Op.DIV && b.left() instanceof LoopExpr.Literal l && b.right() instanceof LoopExpr.Literal r
                    && number(l.value() / r.value()) != null) {
                return number(l.value() / r.value()); // \frac{1}{2}: Half
            }
            if (b.op() == Op.DIV && LoopExpr.isNumber(b.left(), 1.0)) {
                return join("Inv", words(b.right()));
            }
            String op = switch (b.op()) {
                case ADD -> "Plus";
                case SUB -> "Minus";
                case MUL -> "";
                case DIV -> "Over";
            };
            return join(words(b.left()), op, words(b.right()));
        }
        return null;
    }

    private static String number(double v) {
        if (v == 0.5) {
            return "Half";
        }
        String[] small = {"Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"};
        return v == Math.rint(v) && v >= 0 && v <= 10 ? small[(int) v] : null;
    }

    /** {@code beta_1} as {@code Beta1}, {@code d_k} as {@code Dk}: capitalised, without underscores or braces. */
    private static String word(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char ch : name.toCharArray()) {
            if (!Character.isLetterOrDigit(ch)) {
                upper = true;
                continue;
            }
            out.append(upper ? Character.toUpperCase(ch) : ch);
            upper = false;
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (p == null) {
                return null;
            }
            out.append(p);
        }
        return out.toString();
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
