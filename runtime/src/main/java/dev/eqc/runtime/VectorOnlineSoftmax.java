package dev.eqc.runtime;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link OnlineSoftmax} on {@code jdk.incubator.vector} lanes of the process's width ({@link
 * VectorWidth}): one vector covers {@code L} queries, and a column of the score tile is walked
 * row by row, so the running max and sum stay in registers. The exponential is {@link
 * VecMathVector#exp(FloatVector)}, the same polynomial as the scalar path. Only touched when
 * {@link VectorSupport#ENABLED}.
 */
final class VectorOnlineSoftmax implements OnlineSoftmax {
  private static final VectorSpecies<Float> F = VectorWidth.FLOAT;
  private static final int L = F.length();

  @Override
  public void step(float[] s, int rows, int nr, float scale, float[] max, float[] sum,
      float[] correction, boolean first) {
    int j = 0;
    for (; j + L <= nr; j += L) {
      stepLanes(s, rows, nr, j, scale, max, sum, correction, first);
    }
    // Lanes past the last whole vector (none with the vector GEMM kernel, whose tile is whole
    // vectors wide) take the scalar steps.
    OnlineSoftmax.Scalar.stepLanes(s, rows, nr, j, nr, scale, max, sum, correction, first);
  }

  /** The steps for the {@code L} queries at lane offset {@code j}. */
  private static void stepLanes(float[] s, int rows, int nr, int j, float scale, float[] max, float[] sum,
      float[] correction, boolean first) {
    FloatVector b0 = FloatVector.broadcast(F, Float.NEGATIVE_INFINITY);
    FloatVector b1 = b0;
    int r = 0;
    // Two independent maxima, so consecutive rows do not wait on one another.
    for (; r + 1 < rows; r += 2) {
      b0 = b0.max(FloatVector.fromArray(F, s, r * nr + j).mul(scale));
      b1 = b1.max(FloatVector.fromArray(F, s, (r + 1) * nr + j).mul(scale));
    }
    if (r < rows) {
      b0 = b0.max(FloatVector.fromArray(F, s, r * nr + j).mul(scale));
    }
    FloatVector b = b0.max(b1);
    FloatVector old = first ? b : FloatVector.fromArray(F, max, j);
    FloatVector m = first ? b : old.max(b);
    FloatVector t0 = FloatVector.zero(F);
    FloatVector t1 = t0;
    r = 0;
    for (; r + 1 < rows; r += 2) {
      FloatVector p0 = VecMathVector.exp(FloatVector.fromArray(F, s, r * nr + j).mul(scale).sub(m));
      FloatVector p1 = VecMathVector.exp(FloatVector.fromArray(F, s, (r + 1) * nr + j).mul(scale).sub(m));
      p0.intoArray(s, r * nr + j);
      p1.intoArray(s, (r + 1) * nr + j);
      t0 = t0.add(p0);
      t1 = t1.add(p1);
    }
    if (r < rows) {
      FloatVector p0 = VecMathVector.exp(FloatVector.fromArray(F, s, r * nr + j).mul(scale).sub(m));
      p0.intoArray(s, r * nr + j);
      t0 = t0.add(p0);
    }
    FloatVector total = t0.add(t1);
    if (first) {
      FloatVector.zero(F).intoArray(correction, j);
      total.intoArray(sum, j);
    } else {
      FloatVector c = VecMathVector.exp(old.sub(m));
      c.intoArray(correction, j);
      FloatVector.fromArray(F, sum, j).mul(c).add(total).intoArray(sum, j);
    }
    m.intoArray(max, j);
  }

  @Override
  public void rescale(float[] o, int rows, int nr, float[] correction) {
    int j = 0;
    for (; j + L <= nr; j += L) {
      FloatVector c = FloatVector.fromArray(F, correction, j);
      for (int i = 0; i < rows; i++) {
        FloatVector.fromArray(F, o, i * nr + j).mul(c).intoArray(o, i * nr + j);
      }
    }
    OnlineSoftmax.Scalar.rescaleLanes(o, rows, nr, j, nr, correction);
  }
}
