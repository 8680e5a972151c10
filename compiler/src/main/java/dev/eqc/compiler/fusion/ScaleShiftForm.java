package dev.eqc.compiler.fusion;

import dev.eqc.compiler.fusion.LoopExpr.Binary;
import dev.eqc.compiler.fusion.LoopExpr.Level;
import dev.eqc.compiler.fusion.LoopExpr.Load;
import dev.eqc.compiler.fusion.LoopExpr.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The element step of a normalisation, recognised in a row-wise plan: {@code ((x - shift) *
 * scale) * mul + add}, where {@code x}, {@code mul} and {@code add} are operands read element by
 * element ({@code mul} and {@code add} optional) and {@code shift} and the factors of {@code
 * scale} are fixed for the row. LayerNorm ({@code \gamma \odot \frac{x - \mu}{\sigma} + \beta},
 * or {@code \frac{g_i}{\sigma}(a_i - \mu) + b_i}), RMSNorm ({@code \frac{a_i}{\mathrm{RMS}(a)}
 * g_i}) and standardisation all take this form, whichever way the paper orders the factors; it
 * runs as one SIMD pass per row ({@code Fused.scaleShift}).
 *
 * @param x the operand being normalised
 * @param shift the row value subtracted from it, or null
 * @param factors row or call values multiplied in
 * @param divisors row or call values divided by
 * @param mul the element-wise gain, or null
 * @param add the element-wise bias, or null
 */
public record ScaleShiftForm(String x, LoopExpr shift, List<LoopExpr> factors, List<LoopExpr> divisors, String mul, String add) {

    /** The form of {@code root}, or empty when it is anything else. */
    public static Optional<ScaleShiftForm> of(LoopExpr root) {
        List<LoopExpr> terms = new ArrayList<>();
        addends(root, terms);
        LoopExpr product = null;
        String add = null;
        for (LoopExpr t : terms) {
            if (t instanceof Load e && add == null && terms.size() > 1) {
                add = e.operand();
            } else if (product == null) {
                product = t;
            } else {
                return Optional.empty();
            }
        }
        if (product == null) {
            return Optional.empty();
        }
        List<LoopExpr> numerator = new ArrayList<>();
        List<LoopExpr> divisors = new ArrayList<>();
        if (!factors(product, numerator, divisors)) {
            return Optional.empty();
        }
        String x = null;
        LoopExpr shift = null;
        LoopExpr shifted = null;
        String mul = null;
        List<LoopExpr> scale = new ArrayList<>();
        // A shifted operand is x; otherwise the first element operand is.
        for (LoopExpr f : numerator) {
            if (f instanceof Binary b && b.op() == Op.SUB && b.left() instanceof Load e
                    && LoopExpr.level(b.right()) != Level.ELEMENT && x == null) {
                x = e.operand();
                shift = b.right();
                shifted = f;
            }
        }
        for (LoopExpr f : numerator) {
            if (f == shifted) {
                continue;
            }
            if (LoopExpr.level(f) != Level.ELEMENT) {
                scale.add(f);
            } else if (f instanceof Load e && x == null) {
                x = e.operand();
            } else if (f instanceof Load e && mul == null) {
                mul = e.operand();
            } else {
                return Optional.empty();
            }
        }
        if (x == null || (mul == null && add == null && shift == null)) {
            return Optional.empty(); // x * s alone: the plain loop is as good
        }
        return Optional.of(new ScaleShiftForm(x, shift, List.copyOf(scale), List.copyOf(divisors), mul, add));
    }

    private static void addends(LoopExpr f, List<LoopExpr> out) {
        if (f instanceof Binary b && b.op() == Op.ADD) {
            addends(b.left(), out);
            addends(b.right(), out);
        } else {
            out.add(f);
        }
    }

    /** Splits a product into factors and row-level divisors; false if a divisor varies per element. */
    private static boolean factors(LoopExpr f, List<LoopExpr> numerator, List<LoopExpr> divisors) {
        if (f instanceof Binary b && b.op() == Op.MUL) {
            return factors(b.left(), numerator, divisors) && factors(b.right(), numerator, divisors);
        }
        if (f instanceof Binary b && b.op() == Op.DIV) {
            if (LoopExpr.level(b.right()) == Level.ELEMENT) {
                return false;
            }
            divisors.add(b.right());
            return factors(b.left(), numerator, divisors);
        }
        numerator.add(f);
        return true;
    }
}
