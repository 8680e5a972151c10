package dev.eqc.cli;

import dev.eqc.runtime.DType;
import dev.eqc.runtime.Tensor;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A tensor as NumPy's {@code print(array)} shows it: nested brackets, one row per line, every
 * element in a column of one width; fixed notation with as many decimals as the most precise
 * element needs (at most 8), or scientific notation when the magnitudes span too much; arrays of
 * more than 1,000 elements summarised with {@code ...} after the first and before the last three
 * of each axis. A 0-d array prints as its number.
 */
final class NumpyText {
    private static final int PRECISION = 8;
    private static final int THRESHOLD = 1000;
    private static final int EDGE = 3;

    private NumpyText() {}

    static String format(Tensor t) {
        int[] shape = t.shape();
        boolean scientific = scientific(t);
        // In scientific notation NumPy gives every element the mantissa digits the longest needs.
        int digits = 0;
        for (int i = 0; scientific && i < t.numel(); i++) {
            digits = Math.max(digits, mantissaDigits(t.getFlat(i), t.dtype()));
        }
        String[] texts = new String[t.numel()];
        int intWidth = 0;
        int fracWidth = 0;
        for (int i = 0; i < texts.length; i++) {
            texts[i] = number(t.getFlat(i), t.dtype(), scientific, digits);
            int point = pointOf(texts[i]);
            intWidth = Math.max(intWidth, point);
            fracWidth = Math.max(fracWidth, texts[i].length() - point);
        }
        if (shape.length == 0) {
            return texts[0];
        }
        // Decimal points line up: integer parts padded on the left, fractions on the right.
        for (int i = 0; i < texts.length; i++) {
            int point = pointOf(texts[i]);
            texts[i] = " ".repeat(intWidth - point) + texts[i] + " ".repeat(fracWidth - (texts[i].length() - point));
        }
        StringBuilder b = new StringBuilder();
        block(b, texts, shape, 0, 0, t.numel() > THRESHOLD);
        return b.toString();
    }

    /** Where the decimal point is (or would be, for nan and inf). */
    private static int pointOf(String s) {
        int p = s.indexOf('.');
        return p < 0 ? s.length() : p;
    }

    private static void block(StringBuilder b, String[] texts, int[] shape, int axis, int offset, boolean summarise) {
        int n = shape[axis];
        int stride = 1;
        for (int k = axis + 1; k < shape.length; k++) {
            stride *= shape[k];
        }
        boolean last = axis == shape.length - 1;
        b.append('[');
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(last ? " " : "\n".repeat(shape.length - axis - 1) + " ".repeat(axis + 1));
            }
            if (summarise && n > 2 * EDGE && i == EDGE) {
                b.append("...");
                i = n - EDGE - 1;
                continue;
            }
            if (last) {
                b.append(texts[offset + i]);
            } else {
                block(b, texts, shape, axis + 1, offset + i * stride, summarise);
            }
        }
        b.append(']');
    }

    /** NumPy switches to scientific notation when |x| >= 1e8, or 0 < |x| < 1e-4, or max/min > 1e3. */
    private static boolean scientific(Tensor t) {
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < t.numel(); i++) {
            double a = Math.abs(t.getFlat(i));
            if (Double.isFinite(a) && a != 0) {
                max = Math.max(max, a);
                min = Math.min(min, a);
            }
        }
        return max >= 1e8 || (min < 1e-4 && min > 0) || (min > 0 && max / min > 1e3);
    }

    /**
     * One number in NumPy's default ("maxprec") style: the shortest digits that read back as the
     * same float32 or float64, rounded to at most 8 decimals, a trailing point for whole numbers
     * ({@code 1.}); in scientific notation {@code 1.5e-05}.
     */
    /** Decimals of the shortest mantissa that reads back as the same number, at most {@link #PRECISION}. */
    private static int mantissaDigits(double v, DType dtype) {
        if (!Double.isFinite(v) || v == 0) {
            return 0;
        }
        BigDecimal d = new BigDecimal(dtype == DType.FLOAT32 ? Float.toString((float) v) : Double.toString(v));
        BigDecimal m = d.round(new java.math.MathContext(PRECISION + 1, java.math.RoundingMode.HALF_EVEN))
                .stripTrailingZeros();
        return Math.max(0, m.precision() - 1);
    }

    private static String number(double v, DType dtype, boolean scientific, int digits) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        BigDecimal d = new BigDecimal(dtype == DType.FLOAT32 ? Float.toString((float) v) : Double.toString(v));
        if (scientific) {
            String s = String.format(Locale.ROOT, "%." + digits + "e", d);
            int e = s.indexOf('e');
            String mantissa = s.substring(0, e);
            return (mantissa.contains(".") ? mantissa : mantissa + ".") + s.substring(e);
        }
        BigDecimal fixed = d.setScale(Math.min(PRECISION, Math.max(0, d.scale())), java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        String s = fixed.scale() <= 0 ? fixed.setScale(0).toPlainString() + "." : fixed.toPlainString();
        return s.equals("-0.") || (v == 0 && 1 / v < 0) ? "-0." : s;
    }
}
