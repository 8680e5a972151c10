package dev.eqc.runtime;

import static dev.eqc.runtime.VecMathScalar.*;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float32 kernels of {@link VecMath} on {@code jdk.incubator.vector} lanes. exp, sigmoid and
 * erf are the polynomials of {@link VecMathScalar} evaluated branch-free (both sides of a split
 * computed and blended by a lane mask), bit-identical to the scalar path. tanh and log use the
 * JDK's own lane-wise operators (SVML once C2 has compiled the loop): much faster than our lane
 * kernels were inside loops, but not deterministic, since before C2 compiles a loop they fall back
 * to per-lane {@code Math} calls, which can differ in the last bit (see docs/TRANSCENDENTALS.md).
 * Only touched when {@link VectorSupport#ENABLED}.
 */
final class VecMathVector {
  private VecMathVector() {}

  static final VectorSpecies<Float> F = VectorWidth.FLOAT;
  private static final int LANES = F.length();

  private static FloatVector c(float v) {
    return FloatVector.broadcast(F, v);
  }

  // ---- Array loops ----

  static void exp(float[] src, int srcOff, float[] dst, int dstOff, int len) {
    int i = 0;
    for (int upper = F.loopBound(len); i < upper; i += LANES) {
      exp(FloatVector.fromArray(F, src, srcOff + i)).intoArray(dst, dstOff + i);
    }
    for (; i < len; i++) {
      dst[dstOff + i] = VecMathScalar.exp(src[srcOff + i]);
    }
  }

  /**
   * tanh through the JDK's own vector operator (Intel's SVML once C2 has compiled the loop,
   * about 2 ns/element here), not a lane kernel of our own (the Cephes polynomial of
   * {@link VecMathScalar#tanh} with exp above 0.625): composed with its exp, that kernel is too large for C2 to compile well inside a loop (4-12 ns/element
   * however it was arranged). The price: before C2 compiles this loop the operator runs
   * {@code Math.tanh} lane by lane, so the last bit of a result can depend on JIT timing
   * (both are within 2 ulp; see docs/TRANSCENDENTALS.md).
   */
  static void tanh(float[] src, int srcOff, float[] dst, int dstOff, int len) {
    int i = 0;
    for (int upper = F.loopBound(len); i < upper; i += LANES) {
      FloatVector.fromArray(F, src, srcOff + i).lanewise(VectorOperators.TANH).intoArray(dst, dstOff + i);
    }
    for (; i < len; i++) {
      dst[dstOff + i] = VecMathScalar.tanh(src[srcOff + i]);
    }
  }

  static void sigmoid(float[] src, int srcOff, float[] dst, int dstOff, int len) {
    int i = 0;
    for (int upper = F.loopBound(len); i < upper; i += LANES) {
      sigmoid(FloatVector.fromArray(F, src, srcOff + i)).intoArray(dst, dstOff + i);
    }
    for (; i < len; i++) {
      dst[dstOff + i] = VecMathScalar.sigmoid(src[srcOff + i]);
    }
  }

  /** Elements per chunk of {@link #erf(float[], int, float[], int, int)}: its scratch stays in L1. */
  private static final int ERF_CHUNK = 1024;

  private static final ThreadLocal<float[]> ERF_SCRATCH = ThreadLocal.withInitial(() -> new float[ERF_CHUNK]);

  /**
   * erf in three loops per chunk of up to 1,024 elements, each a small vector loop: the argument
   * of the exponential of the tail formula into a scratch array, {@link #exp(float[], int,
   * float[], int, int)} over it in place, then both branches and the blend. The same operations
   * as the one-loop lane kernel {@link VecMathScalar#erf}, so the same bits; but ten times
   * faster (1.3 instead of 12 ns/element on one core): composed with exp in one loop, the
   * kernel was too large for C2 to compile into tight vector code, as tanh's was (see
   * docs/TRANSCENDENTALS.md). The scratch array is per thread, so {@code src} may be {@code dst}.
   */
  static void erf(float[] src, int srcOff, float[] dst, int dstOff, int len) {
    float[] scratch = ERF_SCRATCH.get();
    for (int done = 0; done < len; done += ERF_CHUNK) {
      int n = Math.min(ERF_CHUNK, len - done);
      erfExponent(src, srcOff + done, scratch, n);
      exp(scratch, 0, scratch, 0, n);
      erfBlend(src, srcOff + done, scratch, dst, dstOff + done, n);
    }
  }

  /** {@code e[i]}: the exponent p(t) of {@code erf(x) = 1 - exp(p(t))}, t = min(|x|, clamp). */
  private static void erfExponent(float[] src, int srcOff, float[] e, int len) {
    int i = 0;
    for (int upper = F.loopBound(len); i < upper; i += LANES) {
      erfExponent(FloatVector.fromArray(F, src, srcOff + i)).intoArray(e, i);
    }
    for (; i < len; i++) {
      e[i] = VecMathScalar.erfExponent(src[srcOff + i]);
    }
  }

  /** erf from x and {@code e[i] = exp(p(t))}: the small-|x| polynomial or {@code ±(1 - e)}. */
  private static void erfBlend(float[] src, int srcOff, float[] e, float[] dst, int dstOff, int len) {
    int i = 0;
    for (int upper = F.loopBound(len); i < upper; i += LANES) {
      FloatVector x = FloatVector.fromArray(F, src, srcOff + i);
      FloatVector large = copySign(c(1f).sub(FloatVector.fromArray(F, e, i)), x);
      erfSmall(x).blend(large, x.abs().compare(VectorOperators.GT, ERF_SPLIT)).intoArray(dst, dstOff + i);
    }
    for (; i < len; i++) {
      float x = src[srcOff + i];
      dst[dstOff + i] = Math.abs(x) > ERF_SPLIT ? Math.copySign(1f - e[i], x) : VecMathScalar.erfSmall(x);
    }
  }

  /**
   * log through the JDK's vector operator (SVML once compiled, under 1 ns/element here; 0.89 ulp
   * measured), for the same reason and at the same price as {@link #tanh(float[], int, float[],
   * int, int)}: the polynomial ran lane by lane at ~20 ns/element.
   */
  static void log(float[] src, int srcOff, float[] dst, int dstOff, int len) {
    int i = 0;
    for (int upper = F.loopBound(len); i < upper; i += LANES) {
      FloatVector.fromArray(F, src, srcOff + i).lanewise(VectorOperators.LOG).intoArray(dst, dstOff + i);
    }
    for (; i < len; i++) {
      dst[dstOff + i] = VecMathScalar.log(src[srcOff + i]);
    }
  }

  // ---- Lane kernels ----

  /** Cody-Waite exp, the polynomial and two-factor scaling of {@link VecMathScalar#exp}. */
  static FloatVector exp(FloatVector x) {
    x = x.max(EXP_LO).min(EXP_HI);
    FloatVector t = x.fma(c(LOG2E), c(ROUND_MAGIC));
    FloatVector n = t.sub(ROUND_MAGIC);
    FloatVector r = n.fma(c(-LN2_HI), x);
    r = n.fma(c(-LN2_LO), r);
    FloatVector p = r.fma(c(EXP_P0), c(EXP_P1));
    p = p.fma(r, c(EXP_P2));
    p = p.fma(r, c(EXP_P3));
    p = p.fma(r, c(EXP_P4));
    p = p.fma(r, c(EXP_P5));
    FloatVector y = p.fma(r.mul(r), r).add(1f);
    IntVector ni = t.reinterpretAsInts().sub(ROUND_MAGIC_BITS);
    IntVector n1 = ni.lanewise(VectorOperators.ASHR, 1);
    IntVector n2 = ni.sub(n1);
    FloatVector s1 = n1.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
    FloatVector s2 = n2.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
    return y.mul(s1).mul(s2);
  }

  static FloatVector sigmoid(FloatVector x) {
    FloatVector e = exp(x.abs().neg());
    FloatVector num = c(1f).blend(e, x.compare(VectorOperators.LT, 0f));
    return num.div(e.add(1f));
  }

  static FloatVector erfExponent(FloatVector x) {
    FloatVector t = x.abs().min(ERF_CLAMP);
    FloatVector s = t.mul(t);
    FloatVector p = t.fma(c(ERF_B0), c(ERF_B1));
    FloatVector u = t.fma(c(ERF_B2), c(ERF_B3));
    p = p.fma(s, u);
    p = p.fma(t, c(ERF_B4));
    p = p.fma(t, c(ERF_B5));
    p = p.fma(t, c(ERF_B6));
    return p.fma(t, t.neg());
  }

  static FloatVector erfSmall(FloatVector x) {
    FloatVector xs = x.mul(x);
    FloatVector q = xs.fma(c(ERF_S0), c(ERF_S1));
    q = q.fma(xs, c(ERF_S2));
    q = q.fma(xs, c(ERF_S3));
    q = q.fma(xs, c(ERF_S4));
    q = q.fma(xs, c(ERF_S5));
    return q.fma(x, x);
  }

  /** |r| with the sign bit of {@code sign}, as {@link Math#copySign}. */
  static FloatVector copySign(FloatVector r, FloatVector sign) {
    IntVector mag = r.reinterpretAsInts().and(0x7FFFFFFF);
    IntVector sgn = sign.reinterpretAsInts().and(0x80000000);
    return mag.or(sgn).reinterpretAsFloats();
  }
}
