package dev.eqc.runtime;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The row reductions of {@link Fused} with {@code jdk.incubator.vector}: floats are widened to
 * double lanes and summed there, so the result is as accurate as the scalar loop's (both
 * accumulate in double) while eight floats go through per step. Only loaded when {@link
 * VectorSupport#ENABLED}.
 */
final class FusedVectorKernels {
  private static final VectorSpecies<Float> F = FloatVector.SPECIES_256;
  private static final VectorSpecies<Double> D = DoubleVector.SPECIES_256;

  private FusedVectorKernels() {}

  static double sum(float[] a, int off, int len) {
    DoubleVector s0 = DoubleVector.zero(D);
    DoubleVector s1 = DoubleVector.zero(D);
    int i = 0;
    for (int bound = F.loopBound(len); i < bound; i += F.length()) {
      FloatVector v = FloatVector.fromArray(F, a, off + i);
      s0 = s0.add((DoubleVector) v.convertShape(VectorOperators.F2D, D, 0));
      s1 = s1.add((DoubleVector) v.convertShape(VectorOperators.F2D, D, 1));
    }
    double s = s0.add(s1).reduceLanes(VectorOperators.ADD);
    for (; i < len; i++) {
      s += a[off + i];
    }
    return s;
  }

  static double sumSquaredDeviations(float[] a, int off, int len, double mean) {
    DoubleVector m = DoubleVector.broadcast(D, mean);
    DoubleVector s0 = DoubleVector.zero(D);
    DoubleVector s1 = DoubleVector.zero(D);
    int i = 0;
    for (int bound = F.loopBound(len); i < bound; i += F.length()) {
      FloatVector v = FloatVector.fromArray(F, a, off + i);
      DoubleVector d0 = ((DoubleVector) v.convertShape(VectorOperators.F2D, D, 0)).sub(m);
      DoubleVector d1 = ((DoubleVector) v.convertShape(VectorOperators.F2D, D, 1)).sub(m);
      s0 = d0.fma(d0, s0);
      s1 = d1.fma(d1, s1);
    }
    double s = s0.add(s1).reduceLanes(VectorOperators.ADD);
    for (; i < len; i++) {
      double d = a[off + i] - mean;
      s += d * d;
    }
    return s;
  }

  /**
   * Sums of {@code a[i] - a[off]} and of their squares, in double lanes, into {@code result[0..1]}.
   * Four accumulators of each: a fused multiply-add takes about five cycles, and with fewer chains
   * the loop waits on them rather than on memory.
   */
  static void shiftedMoments(float[] a, int off, int len, double[] result) {
    DoubleVector k = DoubleVector.broadcast(D, a[off]);
    DoubleVector s0 = DoubleVector.zero(D);
    DoubleVector s1 = s0;
    DoubleVector s2 = s0;
    DoubleVector s3 = s0;
    DoubleVector q0 = s0;
    DoubleVector q1 = s0;
    DoubleVector q2 = s0;
    DoubleVector q3 = s0;
    int i = 0;
    for (int bound = len - 2 * F.length(); i <= bound; i += 2 * F.length()) {
      FloatVector v = FloatVector.fromArray(F, a, off + i);
      FloatVector w = FloatVector.fromArray(F, a, off + i + F.length());
      DoubleVector d0 = ((DoubleVector) v.convertShape(VectorOperators.F2D, D, 0)).sub(k);
      DoubleVector d1 = ((DoubleVector) v.convertShape(VectorOperators.F2D, D, 1)).sub(k);
      DoubleVector d2 = ((DoubleVector) w.convertShape(VectorOperators.F2D, D, 0)).sub(k);
      DoubleVector d3 = ((DoubleVector) w.convertShape(VectorOperators.F2D, D, 1)).sub(k);
      s0 = s0.add(d0);
      s1 = s1.add(d1);
      s2 = s2.add(d2);
      s3 = s3.add(d3);
      q0 = d0.fma(d0, q0);
      q1 = d1.fma(d1, q1);
      q2 = d2.fma(d2, q2);
      q3 = d3.fma(d3, q3);
    }
    double s = s0.add(s1).add(s2.add(s3)).reduceLanes(VectorOperators.ADD);
    double q = q0.add(q1).add(q2.add(q3)).reduceLanes(VectorOperators.ADD);
    double shift = a[off];
    for (; i < len; i++) {
      double d = a[off + i] - shift;
      s += d;
      q += d * d;
    }
    result[0] = s;
    result[1] = q;
  }

  static double sum(double[] a, int off, int len) {
    DoubleVector s0 = DoubleVector.zero(D);
    DoubleVector s1 = DoubleVector.zero(D);
    int i = 0;
    int step = D.length();
    for (int bound = len - 2 * step; i <= bound; i += 2 * step) {
      s0 = s0.add(DoubleVector.fromArray(D, a, off + i));
      s1 = s1.add(DoubleVector.fromArray(D, a, off + i + step));
    }
    double s = s0.add(s1).reduceLanes(VectorOperators.ADD);
    for (; i < len; i++) {
      s += a[off + i];
    }
    return s;
  }

  /** The largest element; NaN if any is NaN; -Infinity when empty. */
  static double max(float[] a, int off, int len) {
    FloatVector m = FloatVector.broadcast(F, Float.NEGATIVE_INFINITY);
    FloatVector nan = FloatVector.zero(F);
    int i = 0;
    for (int bound = F.loopBound(len); i < bound; i += F.length()) {
      FloatVector v = FloatVector.fromArray(F, a, off + i);
      m = m.max(v);
      nan = nan.add(v.sub(v)); // NaN - NaN stays NaN; finite - finite is 0; Inf - Inf is NaN
    }
    double result = m.reduceLanes(VectorOperators.MAX);
    for (; i < len; i++) {
      result = Math.max(result, a[off + i]);
    }
    for (int lane = 0; lane < F.length(); lane++) {
      if (Float.isNaN(nan.lane(lane))) {
        // Either a NaN or an infinity went through: let the scalar loop decide exactly.
        double exact = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < len; j++) {
          exact = Math.max(exact, a[off + j]);
        }
        return exact;
      }
    }
    return result;
  }

  /** {@code sum(exp(a[i] - max))} in double lanes, with the exponentials in float lanes. */
  static double sumExpShifted(float[] a, int off, int len, float max) {
    FloatVector m = FloatVector.broadcast(F, max);
    DoubleVector s0 = DoubleVector.zero(D);
    DoubleVector s1 = DoubleVector.zero(D);
    int i = 0;
    for (int bound = F.loopBound(len); i < bound; i += F.length()) {
      FloatVector e = FloatVector.fromArray(F, a, off + i).sub(m).lanewise(VectorOperators.EXP);
      s0 = s0.add((DoubleVector) e.convertShape(VectorOperators.F2D, D, 0));
      s1 = s1.add((DoubleVector) e.convertShape(VectorOperators.F2D, D, 1));
    }
    double s = s0.add(s1).reduceLanes(VectorOperators.ADD);
    for (; i < len; i++) {
      s += Math.exp(a[off + i] - (double) max);
    }
    return s;
  }
  static void scaleShift(float[] out, int outOff, float[] x, int xOff, int len, float shift, float scale,
      float[] mul, int mulOff, float[] add, int addOff) {
    int bound = F.loopBound(len);
    int i = 0;
    if (mul != null && add != null) {
      for (; i < bound; i += F.length()) {
        FloatVector v = FloatVector.fromArray(F, x, xOff + i).sub(shift).mul(scale);
        v.mul(FloatVector.fromArray(F, mul, mulOff + i)).add(FloatVector.fromArray(F, add, addOff + i))
            .intoArray(out, outOff + i);
      }
    } else if (mul != null) {
      for (; i < bound; i += F.length()) {
        FloatVector.fromArray(F, x, xOff + i).sub(shift).mul(scale).mul(FloatVector.fromArray(F, mul, mulOff + i))
            .intoArray(out, outOff + i);
      }
    } else if (add != null) {
      for (; i < bound; i += F.length()) {
        FloatVector.fromArray(F, x, xOff + i).sub(shift).mul(scale).add(FloatVector.fromArray(F, add, addOff + i))
            .intoArray(out, outOff + i);
      }
    } else {
      for (; i < bound; i += F.length()) {
        FloatVector.fromArray(F, x, xOff + i).sub(shift).mul(scale).intoArray(out, outOff + i);
      }
    }
    Fused.scalarScaleShift(out, outOff, x, xOff, len, shift, scale, mul, mulOff, add, addOff, i);
  }

  static void scaleShift(double[] out, int outOff, double[] x, int xOff, int len, double shift, double scale,
      double[] mul, int mulOff, double[] add, int addOff) {
    int bound = D.loopBound(len);
    int i = 0;
    for (; i < bound; i += D.length()) {
      DoubleVector v = DoubleVector.fromArray(D, x, xOff + i).sub(shift).mul(scale);
      if (mul != null) {
        v = v.mul(DoubleVector.fromArray(D, mul, mulOff + i));
      }
      if (add != null) {
        v = v.add(DoubleVector.fromArray(D, add, addOff + i));
      }
      v.intoArray(out, outOff + i);
    }
    Fused.scalarScaleShift(out, outOff, x, xOff, len, shift, scale, mul, mulOff, add, addOff, i);
  }
}
