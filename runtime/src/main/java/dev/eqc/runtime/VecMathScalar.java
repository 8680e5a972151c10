package dev.eqc.runtime;

/**
 * The float32 transcendental kernels of {@link VecMath} one element at a time, with exactly the
 * operations (including the fused multiply-adds) of {@link VecMathVector}, so that both paths
 * give bit-identical results. Used when the vector module is absent, and for loop tails.
 *
 * <p>exp: Cody-Waite reduction {@code x = n ln2 + r}, |r| <= ln2/2, a degree-6 polynomial (the
 * Cephes expf coefficients) and the scale 2^n applied as two factors so that results in the
 * subnormal range and the overflow to infinity come out right without branches. tanh: an odd
 * polynomial below 0.625 (Cephes tanhf), {@code 1 - 2/(e^{2|x|} + 1)} above. sigmoid: one exp of
 * {@code -|x|}, so it never overflows. log: exponent/mantissa split and the Cephes logf
 * polynomial; zero, negatives, subnormals, infinities and NaN go to {@link Math#log}. erf:
 * N. Juffa's float minimax approximations, an odd polynomial below 0.927734375 and
 * {@code 1 - exp(-t - t p(t))} above.
 */
final class VecMathScalar {
  private VecMathScalar() {}

  // exp
  static final float EXP_LO = -104f;
  static final float EXP_HI = 89f;
  static final float LOG2E = 1.44269504088896341f;
  /** 1.5 * 2^23: adding it rounds a float of magnitude below 2^22 to an integer. */
  static final float ROUND_MAGIC = 12582912f;
  static final int ROUND_MAGIC_BITS = 0x4B400000;
  static final float LN2_HI = 0.693359375f;
  static final float LN2_LO = -2.12194440e-4f;
  static final float EXP_P0 = 1.9875691500e-4f;
  static final float EXP_P1 = 1.3981999507e-3f;
  static final float EXP_P2 = 8.3334519073e-3f;
  static final float EXP_P3 = 4.1665795894e-2f;
  static final float EXP_P4 = 1.6666665459e-1f;
  static final float EXP_P5 = 5.0000001201e-1f;

  // tanh
  static final float TANH_SMALL = 0.625f;
  static final float TANH_CLAMP = 10f;
  static final float TANH_P0 = -5.70498872745e-3f;
  static final float TANH_P1 = 2.06390887954e-2f;
  static final float TANH_P2 = -5.37397155531e-2f;
  static final float TANH_P3 = 1.33314422036e-1f;
  static final float TANH_P4 = -3.33332819422e-1f;

  // log
  static final float SQRT2 = 1.41421356237f;
  static final float LOG_P0 = 7.0376836292e-2f;
  static final float LOG_P1 = -1.1514610310e-1f;
  static final float LOG_P2 = 1.1676998740e-1f;
  static final float LOG_P3 = -1.2420140846e-1f;
  static final float LOG_P4 = 1.4249322787e-1f;
  static final float LOG_P5 = -1.6668057665e-1f;
  static final float LOG_P6 = 2.0000714765e-1f;
  static final float LOG_P7 = -2.4999993993e-1f;
  static final float LOG_P8 = 3.3333331174e-1f;

  // erf
  static final float ERF_SPLIT = 0.927734375f;
  static final float ERF_CLAMP = 4.5f;
  static final float ERF_B0 = -1.72853470e-5f;
  static final float ERF_B1 = 3.83197126e-4f;
  static final float ERF_B2 = -3.88396438e-3f;
  static final float ERF_B3 = 2.42546219e-2f;
  static final float ERF_B4 = -1.06777877e-1f;
  static final float ERF_B5 = -6.34846687e-1f;
  static final float ERF_B6 = -1.28717512e-1f;
  static final float ERF_S0 = -5.96761703e-4f;
  static final float ERF_S1 = 4.99119423e-3f;
  static final float ERF_S2 = -2.67681349e-2f;
  static final float ERF_S3 = 1.12819925e-1f;
  static final float ERF_S4 = -3.76125336e-1f;
  static final float ERF_S5 = 1.28379166e-1f;

  static float exp(float x) {
    x = Math.min(Math.max(x, EXP_LO), EXP_HI); // NaN stays NaN
    float t = Math.fma(x, LOG2E, ROUND_MAGIC);
    float n = t - ROUND_MAGIC;
    float r = Math.fma(n, -LN2_HI, x);
    r = Math.fma(n, -LN2_LO, r);
    float p = Math.fma(EXP_P0, r, EXP_P1);
    p = Math.fma(p, r, EXP_P2);
    p = Math.fma(p, r, EXP_P3);
    p = Math.fma(p, r, EXP_P4);
    p = Math.fma(p, r, EXP_P5);
    float y = Math.fma(p, r * r, r) + 1f;
    int ni = Float.floatToRawIntBits(t) - ROUND_MAGIC_BITS;
    int n1 = ni >> 1;
    int n2 = ni - n1;
    return y * Float.intBitsToFloat((n1 + 127) << 23) * Float.intBitsToFloat((n2 + 127) << 23);
  }

  static float tanh(float x) {
    float ax = Math.abs(x);
    float r;
    if (ax < TANH_SMALL) {
      float z = ax * ax;
      float p = Math.fma(TANH_P0, z, TANH_P1);
      p = Math.fma(p, z, TANH_P2);
      p = Math.fma(p, z, TANH_P3);
      p = Math.fma(p, z, TANH_P4);
      r = Math.fma(p * z, ax, ax);
    } else {
      float e = exp(Math.min(ax, TANH_CLAMP) * 2f);
      r = 1f - 2f / (e + 1f);
    }
    return Math.copySign(r, x);
  }

  static float sigmoid(float x) {
    float e = exp(-Math.abs(x));
    return (x < 0f ? e : 1f) / (1f + e);
  }

  static float log(float x) {
    if (!(x >= Float.MIN_NORMAL && x < Float.POSITIVE_INFINITY)) {
      return (float) Math.log(x);
    }
    int bits = Float.floatToRawIntBits(x);
    float m = Float.intBitsToFloat((bits & 0x007FFFFF) | 0x3F800000); // [1, 2)
    int e = (bits >>> 23) - 127;
    if (m > SQRT2) {
      m *= 0.5f;
      e += 1;
    }
    float f = m - 1f;
    float fe = e;
    float z = f * f;
    float p = Math.fma(LOG_P0, f, LOG_P1);
    p = Math.fma(p, f, LOG_P2);
    p = Math.fma(p, f, LOG_P3);
    p = Math.fma(p, f, LOG_P4);
    p = Math.fma(p, f, LOG_P5);
    p = Math.fma(p, f, LOG_P6);
    p = Math.fma(p, f, LOG_P7);
    p = Math.fma(p, f, LOG_P8);
    float y = p * f * z;
    y = Math.fma(fe, LN2_LO, y);
    y = Math.fma(-0.5f, z, y);
    float r = f + y;
    return Math.fma(fe, LN2_HI, r);
  }

  static float erf(float x) {
    return Math.abs(x) > ERF_SPLIT ? Math.copySign(1f - exp(erfExponent(x)), x) : erfSmall(x);
  }

  /** For |x| above the split: p(t), t = min(|x|, clamp), with {@code erf(x) = ±(1 - exp(p(t)))}. */
  static float erfExponent(float x) {
    float t = Math.min(Math.abs(x), ERF_CLAMP);
    float s = t * t;
    float p = Math.fma(ERF_B0, t, ERF_B1);
    float u = Math.fma(ERF_B2, t, ERF_B3);
    p = Math.fma(p, s, u);
    p = Math.fma(p, t, ERF_B4);
    p = Math.fma(p, t, ERF_B5);
    p = Math.fma(p, t, ERF_B6);
    return Math.fma(p, t, -t);
  }

  /** For |x| up to the split: the odd polynomial {@code x + x q(x²)}. */
  static float erfSmall(float x) {
    float s = x * x;
    float p = Math.fma(ERF_S0, s, ERF_S1);
    p = Math.fma(p, s, ERF_S2);
    p = Math.fma(p, s, ERF_S3);
    p = Math.fma(p, s, ERF_S4);
    p = Math.fma(p, s, ERF_S5);
    return Math.fma(p, x, x);
  }
}
