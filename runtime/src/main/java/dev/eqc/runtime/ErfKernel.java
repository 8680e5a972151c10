package dev.eqc.runtime;

/**
 * The error function and the standard normal CDF, from W. J. Cody's rational Chebyshev
 * approximations ("Rational Chebyshev approximation for the error function", Math. Comp. 23,
 * 1969; the coefficients of his SPECFUN routine CALERF). Three intervals of |x|: erf itself
 * below 0.46875, erfc up to 4, and erfc as an asymptotic-style rational in 1/x² beyond. Relative
 * error is a few ulps in double everywhere, also in the tails, because the tails are computed as
 * erfc and never as {@code 1 - erf}.
 */
final class ErfKernel {
  private ErfKernel() {}

  private static final double SMALL = 0.46875;
  private static final double INV_SQRT_PI = 0.56418958354775628695;
  private static final double INV_SQRT_2 = 0.70710678118654752440;
  /** erfc(x) underflows to 0 in double beyond this. */
  private static final double ERFC_ZERO = 26.543;

  // erf(x) = x P(x²) / Q(x²) on |x| <= 0.46875
  private static final double[] A = {3.16112374387056560e00, 1.13864154151050156e02,
      3.77485237685302021e02, 3.20937758913846947e03, 1.85777706184603153e-1};
  private static final double[] B = {2.36012909523441209e01, 2.44024637934444173e02,
      1.28261652607737228e03, 2.84423683343917062e03};
  // erfc(x) = exp(-x²) P(x) / Q(x) on 0.46875 < x <= 4
  private static final double[] C = {5.64188496988670089e-1, 8.88314979438837594e00,
      6.61191906371416295e01, 2.98635138197400131e02, 8.81952221241769090e02,
      1.71204761263407058e03, 2.05107837782607147e03, 1.23033935479799725e03,
      2.15311535474403846e-8};
  private static final double[] D = {1.57449261107098347e01, 1.17693950891312499e02,
      5.37181101862009858e02, 1.62138957456669019e03, 3.29079923573345963e03,
      4.36261909014324716e03, 3.43936767414372164e03, 1.23033935480374942e03};
  // erfc(x) = exp(-x²)/x (1/sqrt(pi) - z P(z) / Q(z)), z = 1/x², on x > 4
  private static final double[] P = {3.05326634961232344e-1, 3.60344899949804439e-1,
      1.25781726111229246e-1, 1.60837851487422766e-2, 6.58749161529837803e-4,
      1.63153871373020978e-2};
  private static final double[] Q = {2.56852019228982242e00, 1.87295284992346047e00,
      5.27905102951428412e-1, 6.05183413124413191e-2, 2.33520497626869185e-3};

  static double erf(double x) {
    double y = Math.abs(x);
    if (y <= SMALL) {
      return x * small(y * y);
    }
    double r = 0.5 - erfcPositive(y) + 0.5;
    return x < 0 ? -r : r;
  }

  static double erfc(double x) {
    double y = Math.abs(x);
    if (y <= SMALL) {
      return 1.0 - x * small(y * y);
    }
    double r = erfcPositive(y);
    return x < 0 ? 2.0 - r : r;
  }

  /** Φ(x) = erfc(-x/√2)/2: accurate relative to its size in the lower tail as well. */
  static double normalCdf(double x) {
    return 0.5 * erfc(-x * INV_SQRT_2);
  }

  /** The exact GELU of Hendrycks and Gimpel, x Φ(x). */
  static double gelu(double x) {
    return x * normalCdf(x);
  }

  /** Below this x, float Φ(x) is taken from {@link #normalCdf(double)} per element. */
  private static final float CDF_TAIL = -1.5f;

  /**
   * Φ over a float range ({@code src != dst}): {@code (1 + erf(x/√2))/2} with the fast float erf
   * of {@link VecMath}, whose absolute error would be large relative to Φ in the lower tail, so
   * elements below -1.5 are recomputed in double from erfc (few enough in typical activations).
   * Relative error within about 8 float ulps everywhere.
   */
  static void normalCdf(float[] src, int so, float[] dst, int d, int len) {
    for (int i = 0; i < len; i++) {
      dst[d + i] = src[so + i] * (float) INV_SQRT_2;
    }
    VecMath.erf(dst, d, len);
    for (int i = 0; i < len; i++) {
      float x = src[so + i];
      dst[d + i] = x < CDF_TAIL ? (float) normalCdf((double) x) : 0.5f + 0.5f * dst[d + i];
    }
  }

  /** The exact GELU {@code x Φ(x)} over a float range ({@code src != dst}). */
  static void gelu(float[] src, int so, float[] dst, int d, int len) {
    normalCdf(src, so, dst, d, len);
    for (int i = 0; i < len; i++) {
      float x = src[so + i];
      // Where Φ(x) is 1 or 0 in float the product is exact; NaN propagates.
      dst[d + i] = x * dst[d + i];
    }
  }

  /** erf(x)/x for x² = {@code z} <= 0.46875². */
  private static double small(double z) {
    double num = A[4] * z;
    double den = z;
    for (int i = 0; i < 3; i++) {
      num = (num + A[i]) * z;
      den = (den + B[i]) * z;
    }
    return (num + A[3]) / (den + B[3]);
  }

  /** erfc(y) for y > 0.46875 (NaN for NaN). */
  private static double erfcPositive(double y) {
    if (y >= ERFC_ZERO) {
      return 0.0;
    }
    double r;
    if (y <= 4.0) {
      double num = C[8] * y;
      double den = y;
      for (int i = 0; i < 7; i++) {
        num = (num + C[i]) * y;
        den = (den + D[i]) * y;
      }
      r = (num + C[7]) / (den + D[7]);
    } else {
      double z = 1.0 / (y * y);
      double num = P[5] * z;
      double den = z;
      for (int i = 0; i < 4; i++) {
        num = (num + P[i]) * z;
        den = (den + Q[i]) * z;
      }
      r = (INV_SQRT_PI - z * (num + P[4]) / (den + Q[4])) / y;
    }
    // exp(-y²) without the rounding error of y*y: split y = hi + lo with hi a multiple of 1/16,
    // so hi*hi is exact and y² - hi² = (y - hi)(y + hi) is small.
    double hi = Math.floor(y * 16.0) / 16.0;
    double del = (y - hi) * (y + hi);
    return Math.exp(-hi * hi) * Math.exp(-del) * r;
  }
}
