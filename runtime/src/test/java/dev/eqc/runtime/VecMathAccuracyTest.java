package dev.eqc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Maximum float errors of {@link VecMath} against {@link Math} (and Cody's erf) in double, over
 * dense grids plus special values, for the scalar implementation always and the vector one when
 * this JVM has the module. The bounds are the ones in docs/TRANSCENDENTALS.md.
 */
class VecMathAccuracyTest {
  interface Kernel {
    void run(float[] src, float[] dst, int n);
  }

  private static final float[] SPECIAL = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE,
      Float.MIN_NORMAL, 1e-30f, -1e-30f, 1f, -1f, 88.7f, 88.8f, -87.3f, -103f, -104f, 200f,
      -200f, Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY,
      Float.NEGATIVE_INFINITY, Float.NaN};

  /** Max error in ulps of the expected float; infinities, NaN and zeros must match exactly. */
  private static double maxUlp(Kernel k, DoubleUnaryOperator ref, float lo, float hi) {
    int grid = 1 << 18;
    float[] src = new float[grid + SPECIAL.length];
    for (int i = 0; i < grid; i++) {
      src[i] = lo + (hi - lo) * i / grid;
    }
    System.arraycopy(SPECIAL, 0, src, grid, SPECIAL.length);
    float[] dst = new float[src.length];
    k.run(src, dst, src.length);
    double worst = 0;
    for (int i = 0; i < src.length; i++) {
      double e = ref.applyAsDouble(src[i]);
      float ef = (float) e;
      if (Float.isNaN(ef) || Float.isInfinite(ef) || ef == 0f) {
        assertTrue(Float.compare(ef, dst[i]) == 0 || (ef == 0f && dst[i] == 0f)
            || (ef == 0f && Math.abs(dst[i]) <= Float.MIN_VALUE),
            "at " + src[i] + ": expected " + ef + ", got " + dst[i]);
        continue;
      }
      worst = Math.max(worst, Math.abs(dst[i] - e) / Math.ulp(ef));
    }
    return worst;
  }

  private static void check(String name, Kernel scalar, Kernel vector, DoubleUnaryOperator ref,
      float lo, float hi, double bound) {
    double s = maxUlp(scalar, ref, lo, hi);
    assertTrue(s <= bound, name + " scalar: " + s + " ulp");
    if (VectorSupport.ENABLED) {
      double v = maxUlp(vector, ref, lo, hi);
      assertTrue(v <= bound, name + " vector: " + v + " ulp");
    }
    System.out.printf("%s max error: scalar %.2f ulp%s%n", name, s, "");
  }

  private static Kernel scalar(java.util.function.Function<Float, Float> f) {
    return (s, d, n) -> {
      for (int i = 0; i < n; i++) {
        d[i] = f.apply(s[i]);
      }
    };
  }

  @Test
  void exp() {
    check("exp", scalar(VecMathScalar::exp), (s, d, n) -> VecMathVector.exp(s, 0, d, 0, n),
        Math::exp, -104f, 89f, 3);
  }

  @Test
  void log() {
    check("log", scalar(VecMathScalar::log), (s, d, n) -> VecMathVector.log(s, 0, d, 0, n),
        Math::log, 1e-6f, 1e4f, 3);
    check("log near 1", scalar(VecMathScalar::log),
        (s, d, n) -> VecMathVector.log(s, 0, d, 0, n), Math::log, 0.5f, 2f, 3);
  }

  @Test
  void tanh() {
    check("tanh", scalar(VecMathScalar::tanh), (s, d, n) -> VecMathVector.tanh(s, 0, d, 0, n),
        Math::tanh, -12f, 12f, 3);
    check("tanh small", scalar(VecMathScalar::tanh),
        (s, d, n) -> VecMathVector.tanh(s, 0, d, 0, n), Math::tanh, -1e-3f, 1e-3f, 3);
  }

  @Test
  void sigmoid() {
    check("sigmoid", scalar(VecMathScalar::sigmoid),
        (s, d, n) -> VecMathVector.sigmoid(s, 0, d, 0, n), VecMath::sigmoid, -100f, 40f, 3);
  }

  @Test
  void erf() {
    check("erf", scalar(VecMathScalar::erf), (s, d, n) -> VecMathVector.erf(s, 0, d, 0, n),
        ErfKernel::erf, -5f, 5f, 2);
    check("erf small", scalar(VecMathScalar::erf),
        (s, d, n) -> VecMathVector.erf(s, 0, d, 0, n), ErfKernel::erf, -1e-3f, 1e-3f, 2);
  }

  @Test
  void erfInChunksEqualsTheScalarKernelBitForBitAlsoInPlace() {
    // The vector erf runs in chunks of 1,024 through a per-thread scratch array: lengths around
    // the chunk and the lane count, an offset, and src == dst must all give the scalar bits.
    java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
    for (int len : new int[] {0, 1, 7, 8, 9, 1023, 1024, 1025, 3000}) {
      float[] src = new float[len + 3];
      for (int i = 0; i < src.length; i++) {
        src[i] = (float) (rng.nextDouble(-6, 6) * (i % 5 == 0 ? 0.1 : 1));
      }
      src[src.length - 1] = Float.NaN;
      float[] expected = new float[len];
      for (int i = 0; i < len; i++) {
        expected[i] = VecMathScalar.erf(src[3 + i]);
      }
      float[] dst = new float[len + 1];
      VecMath.erf(src, 3, dst, 1, len);
      float[] inPlace = src.clone();
      VecMath.erf(inPlace, 3, len);
      for (int i = 0; i < len; i++) {
        String at = "len " + len + " element " + i + " x " + src[3 + i];
        assertEquals(Float.floatToIntBits(expected[i]), Float.floatToIntBits(dst[1 + i]), at);
        assertEquals(Float.floatToIntBits(expected[i]), Float.floatToIntBits(inPlace[3 + i]), at + " in place");
      }
      assertEquals(0f, dst[0], "nothing written before the range");
    }
  }

  @Test
  void expSigmoidAndErfEqualTheScalarPolynomialsBitForBitAtEveryTail() {
    // The vector loops run whole vectors and then the scalar polynomial for the tail: lengths
    // around every lane count and block, at an offset, must give the scalar path's bits.
    java.util.SplittableRandom rng = new java.util.SplittableRandom(11);
    for (int len : TailLengths.ALL) {
      float[] src = new float[len + 5];
      for (int i = 0; i < src.length; i++) {
        src[i] = (float) rng.nextDouble(-30, 30);
      }
      float[] exp = new float[len + 2];
      float[] sigmoid = new float[len + 2];
      float[] erf = new float[len + 2];
      VecMath.exp(src, 5, exp, 2, len);
      VecMath.sigmoid(src, 5, sigmoid, 2, len);
      VecMath.erf(src, 5, erf, 2, len);
      for (int i = 0; i < len; i++) {
        float x = src[5 + i];
        String at = "len " + len + " element " + i + " x " + x;
        assertEquals(Float.floatToIntBits(VecMathScalar.exp(x)), Float.floatToIntBits(exp[2 + i]), "exp " + at);
        assertEquals(Float.floatToIntBits(VecMathScalar.sigmoid(x)), Float.floatToIntBits(sigmoid[2 + i]),
            "sigmoid " + at);
        assertEquals(Float.floatToIntBits(VecMathScalar.erf(x)), Float.floatToIntBits(erf[2 + i]), "erf " + at);
      }
      assertEquals(0f, exp[0] + exp[1] + sigmoid[0] + sigmoid[1] + erf[0] + erf[1], "nothing written before");
    }
  }

  @Test
  void tanhAndLogStayWithinTheirBoundsOfTheScalarPathAtEveryTail() {
    // The JDK's own lane-wise operators: not bit-identical to the scalar polynomials, but both
    // within 3 ulp of Math, so within 6 ulp of each other, tails included.
    java.util.SplittableRandom rng = new java.util.SplittableRandom(12);
    for (int len : TailLengths.ALL) {
      float[] src = new float[len];
      for (int i = 0; i < len; i++) {
        src[i] = (float) rng.nextDouble(0.01, 20);
      }
      float[] tanh = new float[len];
      float[] log = new float[len];
      VecMath.tanh(src, 0, tanh, 0, len);
      VecMath.log(src, 0, log, 0, len);
      for (int i = 0; i < len; i++) {
        float t = VecMathScalar.tanh(src[i]);
        float l = VecMathScalar.log(src[i]);
        assertTrue(Math.abs(tanh[i] - t) <= 6 * Math.ulp(t), "tanh len " + len + " x " + src[i]);
        assertTrue(Math.abs(log[i] - l) <= 6 * Math.ulp(l), "log len " + len + " x " + src[i]);
      }
    }
  }

  @Test
  void publicEntryPointsWorkInPlaceAndOnRanges() {
    float[] a = {0f, 1f, 2f, 3f};
    VecMath.exp(a, 1, 2);
    assertEquals(0f, a[0]);
    assertEquals((float) Math.E, a[1], 1e-6f);
    assertEquals(3f, a[3]);
    double[] d = {1, 2};
    VecMath.log(d, 0, 2);
    assertEquals(Math.log(2), d[1]);
  }
}
