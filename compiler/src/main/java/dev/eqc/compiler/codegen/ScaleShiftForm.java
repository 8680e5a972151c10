package dev.eqc.compiler.codegen;

import dev.eqc.compiler.codegen.FusionPlan.Binary;
import dev.eqc.compiler.codegen.FusionPlan.Element;
import dev.eqc.compiler.codegen.FusionPlan.Fx;
import dev.eqc.compiler.codegen.FusionPlan.Level;
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
 * runs as one {@code Fused.scaleShift} call per row.
 *
 * @param x the operand being normalised
 * @param shift the row value subtracted from it, or null
 * @param factors row or call values multiplied in
 * @param divisors row or call values divided by
 * @param mul the element-wise gain, or null
 * @param add the element-wise bias, or null
 */
record ScaleShiftForm(String x, Fx shift, List<Fx> factors, List<Fx> divisors, String mul, String add) {

    /** The form of {@code root}, or empty when it is anything else. */
    static Optional<ScaleShiftForm> of(Fx root) {
        List<Fx> terms = new ArrayList<>();
        addends(root, terms);
        Fx product = null;
        String add = null;
        for (Fx t : terms) {
            if (t instanceof Element e && add == null && terms.size() > 1) {
                add = e.param();
            } else if (product == null) {
                product = t;
            } else {
                return Optional.empty();
            }
        }
        if (product == null) {
            return Optional.empty();
        }
        List<Fx> numerator = new ArrayList<>();
        List<Fx> divisors = new ArrayList<>();
        if (!factors(product, numerator, divisors)) {
            return Optional.empty();
        }
        String x = null;
        Fx shift = null;
        Fx shifted = null;
        String mul = null;
        List<Fx> scale = new ArrayList<>();
        // A shifted operand is x; otherwise the first element operand is.
        for (Fx f : numerator) {
            if (f instanceof Binary b && b.op() == '-' && b.left() instanceof Element e
                    && FusionPlan.level(b.right()) != Level.ELEMENT && x == null) {
                x = e.param();
                shift = b.right();
                shifted = f;
            }
        }
        for (Fx f : numerator) {
            if (f == shifted) {
                continue;
            }
            if (FusionPlan.level(f) != Level.ELEMENT) {
                scale.add(f);
            } else if (f instanceof Element e && x == null) {
                x = e.param();
            } else if (f instanceof Element e && mul == null) {
                mul = e.param();
            } else {
                return Optional.empty();
            }
        }
        if (x == null || (mul == null && add == null && shift == null)) {
            return Optional.empty(); // x * s alone: the plain loop is as good
        }
        return Optional.of(new ScaleShiftForm(x, shift, List.copyOf(scale), List.copyOf(divisors), mul, add));
    }

    private static void addends(Fx f, List<Fx> out) {
        if (f instanceof Binary b && b.op() == '+') {
            addends(b.left(), out);
            addends(b.right(), out);
        } else {
            out.add(f);
        }
    }

    /** Splits a product into factors and row-level divisors; false if a divisor varies per element. */
    private static boolean factors(Fx f, List<Fx> numerator, List<Fx> divisors) {
        if (f instanceof Binary b && b.op() == '*') {
            return factors(b.left(), numerator, divisors) && factors(b.right(), numerator, divisors);
        }
        if (f instanceof Binary b && b.op() == '/') {
            if (FusionPlan.level(b.right()) == Level.ELEMENT) {
                return false;
            }
            divisors.add(b.right());
            return factors(b.left(), numerator, divisors);
        }
        numerator.add(f);
        return true;
    }
}
