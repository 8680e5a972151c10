package dev.eqc.compiler.builtin;

/**
 * erf, erfc and the standard normal CDF as the interpreter's reference meaning, written
 * independently of the runtime's kernel (which uses Cody's rational approximations): a
 * power series with positive terms below |x| = 1.5, and the classical continued fraction for
 * erfc above, so the tails are computed as erfc and keep their relative accuracy.
 */
final class ErrorFunction {
    private ErrorFunction() {}

    /** Below this |x| the series; at and above it the continued fraction, which converges fast there. */
    private static final double SERIES_LIMIT = 1.5;
    /** Terms of the continued fraction, evaluated from the back; 100 already give full precision at 1.5. */
    private static final int FRACTION_TERMS = 150;
    private static final double TWO_OVER_SQRT_PI = 2.0 / Math.sqrt(Math.PI);

    static double erf(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x)) {
            return x;
        }
        if (a < SERIES_LIMIT) {
            return series(x);
        }
        double r = 1.0 - erfcFraction(a);
        return x < 0 ? -r : r;
    }

    static double erfc(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x)) {
            return x;
        }
        if (a < SERIES_LIMIT) {
            return 1.0 - series(x);
        }
        double c = erfcFraction(a);
        return x < 0 ? 2.0 - c : c;
    }

    /** Φ(x) = erfc(-x/√2)/2, which stays accurate relative to its size in the lower tail. */
    static double normalCdf(double x) {
        return 0.5 * erfc(-x / Math.sqrt(2.0));
    }

    /**
     * erf(x) = 2/√π · e^{-x²} · Σ_{n≥0} 2ⁿ x^{2n+1} / (1·3·…·(2n+1)). Every term has the sign of
     * x, so the sum has no cancellation; for |x| < 1.5 it needs fewer than 50 terms.
     */
    private static double series(double x) {
        double x2 = x * x;
        double term = x;
        double sum = x;
        for (int n = 1; n < 200; n++) {
            term *= 2.0 * x2 / (2 * n + 1);
            sum += term;
            if (Math.abs(term) <= 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        return TWO_OVER_SQRT_PI * expOfMinusSquare(x) * sum;
    }

    /**
     * erfc(a) for a ≥ 1.5 from e^{-a²}/√π · 1/(a + (1/2)/(a + 1/(a + (3/2)/(a + …)))), the k-th
     * partial numerator being k/2.
     */
    private static double erfcFraction(double a) {
        double f = a;
        for (int k = FRACTION_TERMS; k >= 1; k--) {
            f = a + 0.5 * k / f;
        }
        return expOfMinusSquare(a) / (Math.sqrt(Math.PI) * f);
    }

    /** e^{-x²}, with the rounding error of x² (recovered exactly by an fma) put back. */
    private static double expOfMinusSquare(double x) {
        double hi = x * x;
        if (hi > 800) {
            return 0.0; // underflows anyway, and an infinite x would make lo NaN
        }
        double lo = Math.fma(x, x, -hi);
        return Math.exp(-hi) * (1.0 - lo);
    }
}
