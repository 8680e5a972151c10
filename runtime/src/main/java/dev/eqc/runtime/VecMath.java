package dev.eqc.runtime;

/**
 * Transcendental functions over array ranges, for {@link Ops} and for generated fused loops that
 * work on small scratch blocks (a few thousand elements, in L1 cache).
 *
 * <p>The float versions are fast: with the vector module they run on SIMD lanes
 * ({@code VecMathVector}), otherwise on the same float polynomials one element at a time
 * ({@code VecMathScalar}); both paths give bit-identical results, independent of JIT warm-up. Maximum errors, measured against {@link Math} in double over dense grids, are in
 * {@code docs/TRANSCENDENTALS.md} and asserted by {@code VecMathAccuracyTest}: within 3 ulp for
 * exp, log, tanh and sigmoid and within 2 ulp for erf. Special values follow {@link Math}: NaN in gives NaN,
 * exp overflows to infinity and underflows through the subnormals to 0, log(0) = -infinity,
 * log of a negative number is NaN, tanh, sigmoid and erf saturate at ±1 / 0 / 1.
 *
 * <p>The double versions call {@link Math} (and Cody's erf), which is accurate to 1 ulp; they
 * exist so that fused loops can call one API for both dtypes.
 *
 * <p>Ranges may overlap only when they coincide ({@code src == dst}, same offset: in place).
 */
public final class VecMath {
  private static final boolean VECTOR = VectorSupport.ENABLED;

  private VecMath() {}

  // ---- float, src -> dst ----

  /** {@code dst[dstOff + i] = e^src[srcOff + i]} for {@code i < len}. */
  public static void exp(float[] src, int srcOff, float[] dst, int dstOff, int len) {
    checkRanges(src.length, srcOff, dst.length, dstOff, len);
    if (VECTOR) {
      VecMathVector.exp(src, srcOff, dst, dstOff, len);
    } else {
      for (int i = 0; i < len; i++) {
        dst[dstOff + i] = VecMathScalar.exp(src[srcOff + i]);
      }
    }
  }

  /** Natural logarithm of a range into {@code dst}. */
  public static void log(float[] src, int srcOff, float[] dst, int dstOff, int len) {
    checkRanges(src.length, srcOff, dst.length, dstOff, len);
    if (VECTOR) {
      VecMathVector.log(src, srcOff, dst, dstOff, len);
    } else {
      for (int i = 0; i < len; i++) {
        dst[dstOff + i] = VecMathScalar.log(src[srcOff + i]);
      }
    }
  }

  /** Hyperbolic tangent of a range into {@code dst}. */
  public static void tanh(float[] src, int srcOff, float[] dst, int dstOff, int len) {
    checkRanges(src.length, srcOff, dst.length, dstOff, len);
    if (VECTOR) {
      VecMathVector.tanh(src, srcOff, dst, dstOff, len);
    } else {
      for (int i = 0; i < len; i++) {
        dst[dstOff + i] = VecMathScalar.tanh(src[srcOff + i]);
      }
    }
  }

  /** The logistic function {@code 1 / (1 + e^-x)} of a range, without overflow for any x. */
  public static void sigmoid(float[] src, int srcOff, float[] dst, int dstOff, int len) {
    checkRanges(src.length, srcOff, dst.length, dstOff, len);
    if (VECTOR) {
      VecMathVector.sigmoid(src, srcOff, dst, dstOff, len);
    } else {
      for (int i = 0; i < len; i++) {
        dst[dstOff + i] = VecMathScalar.sigmoid(src[srcOff + i]);
      }
    }
  }

  /** The error function of a range into {@code dst}. */
  public static void erf(float[] src, int srcOff, float[] dst, int dstOff, int len) {
    checkRanges(src.length, srcOff, dst.length, dstOff, len);
    if (VECTOR) {
      VecMathVector.erf(src, srcOff, dst, dstOff, len);
    } else {
      for (int i = 0; i < len; i++) {
        dst[dstOff + i] = VecMathScalar.erf(src[srcOff + i]);
      }
    }
  }

  // ---- float, in place ----

  /** {@code a[i] = e^a[i]} over {@code [off, off + len)}. */
  public static void exp(float[] a, int off, int len) { exp(a, off, a, off, len); }
  /** {@code a[i] = log(a[i])} over {@code [off, off + len)}. */
  public static void log(float[] a, int off, int len) { log(a, off, a, off, len); }
  /** {@code a[i] = tanh(a[i])} over {@code [off, off + len)}. */
  public static void tanh(float[] a, int off, int len) { tanh(a, off, a, off, len); }
  /** {@code a[i] = sigmoid(a[i])} over {@code [off, off + len)}. */
  public static void sigmoid(float[] a, int off, int len) { sigmoid(a, off, a, off, len); }
  /** {@code a[i] = erf(a[i])} over {@code [off, off + len)}. */
  public static void erf(float[] a, int off, int len) { erf(a, off, a, off, len); }

  // ---- float, one value (the scalar polynomials; the same results as the array versions) ----

  /** e^x in float, as the array version computes it. */
  public static float exp(float x) { return VecMathScalar.exp(x); }
  /** log(x) in float, as the array version computes it. */
  public static float log(float x) { return VecMathScalar.log(x); }
  /** tanh(x) in float, as the array version computes it. */
  public static float tanh(float x) { return VecMathScalar.tanh(x); }
  /** sigmoid(x) in float, as the array version computes it. */
  public static float sigmoid(float x) { return VecMathScalar.sigmoid(x); }
  /** erf(x) in float, as the array version computes it. */
  public static float erf(float x) { return VecMathScalar.erf(x); }

  // ---- double (accurate: Math and Cody's erf) ----

  /** {@code dst[dstOff + i] = e^src[srcOff + i]} in double. */
  public static void exp(double[] src, int srcOff, double[] dst, int dstOff, int len) {
    checkRanges(src.length, srcOff, dst.length, dstOff, len);
    for (int i = 0; i < len; i++) {
      dst[dstOff + i] = Math.exp(src[srcOff + i]);
    }
  }

  /** Natural logarithm in double. */
  public static void log(double[] src, int srcOff, double[] dst, int dstOff, int len) {
    checkRanges(src.length, srcOff, dst.length, dstOff, len);
    for (int i = 0; i < len; i++) {
      dst[dstOff + i] = Math.log(src[srcOff + i]);
    }
  }

  /** Hyperbolic tangent in double. */
  public static void tanh(double[] src, int srcOff, double[] dst, int dstOff, int len) {
    checkRanges(src.length, srcOff, dst.length, dstOff, len);
    for (int i = 0; i < len; i++) {
      dst[dstOff + i] = Math.tanh(src[srcOff + i]);
    }
  }

  /** The logistic function in double, without overflow for any x. */
  public static void sigmoid(double[] src, int srcOff, double[] dst, int dstOff, int len) {
    checkRanges(src.length, srcOff, dst.length, dstOff, len);
    for (int i = 0; i < len; i++) {
      dst[dstOff + i] = sigmoid(src[srcOff + i]);
    }
  }

  /** The error function in double (Cody's rational approximations, a few ulps). */
  public static void erf(double[] src, int srcOff, double[] dst, int dstOff, int len) {
    checkRanges(src.length, srcOff, dst.length, dstOff, len);
    for (int i = 0; i < len; i++) {
      dst[dstOff + i] = ErfKernel.erf(src[srcOff + i]);
    }
  }

  /** In place: {@code a[i] = e^a[i]}. */
  public static void exp(double[] a, int off, int len) { exp(a, off, a, off, len); }
  /** In place: {@code a[i] = log(a[i])}. */
  public static void log(double[] a, int off, int len) { log(a, off, a, off, len); }
  /** In place: {@code a[i] = tanh(a[i])}. */
  public static void tanh(double[] a, int off, int len) { tanh(a, off, a, off, len); }
  /** In place: {@code a[i] = sigmoid(a[i])}. */
  public static void sigmoid(double[] a, int off, int len) { sigmoid(a, off, a, off, len); }
  /** In place: {@code a[i] = erf(a[i])}. */
  public static void erf(double[] a, int off, int len) { erf(a, off, a, off, len); }

  /**
   * The logistic function in double: {@code exp} is only taken of a non-positive number, so the
   * result stays finite and accurate for large |x|.
   */
  public static double sigmoid(double x) {
    if (x >= 0) {
      return 1.0 / (1.0 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1.0 + e);
  }

  private static void checkRanges(int srcLength, int srcOff, int dstLength, int dstOff, int len) {
    if (len < 0 || srcOff < 0 || dstOff < 0 || srcOff > srcLength - len
        || dstOff > dstLength - len) {
      throw new IndexOutOfBoundsException("range of " + len + " at " + srcOff + " -> " + dstOff
          + " does not fit arrays of " + srcLength + " and " + dstLength);
    }
  }
}
