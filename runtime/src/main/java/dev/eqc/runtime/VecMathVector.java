package dev.eqc.runtime;

import static dev.eqc.runtime.VecMathScalar.*;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float32 kernels of {@link VecMath} on {@code jdk.incubator.vector} lanes. exp, tanh and log
 * are the JDK's own lane-wise operators (backed by Intel SVML on x86), which measured faster and
 * more accurate than our polynomials on the same lanes; sigmoid is built on that exp, and erf is
 * the {@link VecMathScalar} polynomial evaluated branch-free (both sides of the split computed
 * and blended by a lane mask). Loop tails shorter than a vector go through
 * {@link VecMathScalar}, so results may differ from a whole-vector lane by an ulp; kernels split
 * work on vector boundaries so that results do not depend on the thread count. Only touched
 * when {@link VectorSupport#ENABLED}.
 */
final class VecMathVector {
  private VecMathVector() {}

  static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
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

  static void tanh(float[] src, int srcOff, float[] dst, int dstOff, int len) {
    int i = 0;
    for (int upper = F.loopBound(len); i < upper; i += LANES) {
      tanh(FloatVector.fromArray(F, src, srcOff + i)).intoArray(dst, dstOff + i);
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

  static void erf(float[] src, int srcOff, float[] dst, int dstOff, int len) {
    int i = 0;
    for (int upper = F.loopBound(len); i < upper; i += LANES) {
      erf(FloatVector.fromArray(F, src, srcOff + i)).intoArray(dst, dstOff + i);
    }
    for (; i < len; i++) {
      dst[dstOff + i] = VecMathScalar.erf(src[srcOff + i]);
    }
  }

  static void log(float[] src, int srcOff, float[] dst, int dstOff, int len) {
    int i = 0;
    for (int upper = F.loopBound(len); i < upper; i += LANES) {
      FloatVector.fromArray(F, src, srcOff + i).lanewise(VectorOperators.LOG)
          .intoArray(dst, dstOff + i);
    }
    for (; i < len; i++) {
      dst[dstOff + i] = VecMathScalar.log(src[srcOff + i]);
    }
  }

  // ---- Lane kernels ----

  /** The JDK's own lane-wise exp (SVML on x86): faster and more accurate than a polynomial here. */
  static FloatVector exp(FloatVector x) {
    return x.lanewise(VectorOperators.EXP);
  }

  static FloatVector tanh(FloatVector x) {
    return x.lanewise(VectorOperators.TANH);
  }

  static FloatVector sigmoid(FloatVector x) {
    FloatVector e = exp(x.abs().neg());
    FloatVector num = c(1f).blend(e, x.compare(VectorOperators.LT, 0f));
    return num.div(e.add(1f));
  }

  static FloatVector erf(FloatVector x) {
    FloatVector t = x.abs().min(ERF_CLAMP);
    FloatVector s = t.mul(t);
    FloatVector p = t.fma(c(ERF_B0), c(ERF_B1));
    FloatVector u = t.fma(c(ERF_B2), c(ERF_B3));
    p = p.fma(s, u);
    p = p.fma(t, c(ERF_B4));
    p = p.fma(t, c(ERF_B5));
    p = p.fma(t, c(ERF_B6));
    p = p.fma(t, t.neg());
    FloatVector large = copySign(c(1f).sub(exp(p)), x);
    FloatVector xs = x.mul(x);
    FloatVector q = xs.fma(c(ERF_S0), c(ERF_S1));
    q = q.fma(xs, c(ERF_S2));
    q = q.fma(xs, c(ERF_S3));
    q = q.fma(xs, c(ERF_S4));
    q = q.fma(xs, c(ERF_S5));
    FloatVector small = q.fma(x, x);
    return small.blend(large, x.abs().compare(VectorOperators.GT, ERF_SPLIT));
  }

  /** |r| with the sign bit of {@code sign}, as {@link Math#copySign}. */
  static FloatVector copySign(FloatVector r, FloatVector sign) {
    IntVector mag = r.reinterpretAsInts().and(0x7FFFFFFF);
    IntVector sgn = sign.reinterpretAsInts().and(0x80000000);
    return mag.or(sgn).reinterpretAsFloats();
  }
}
