package dev.eqc.runtime;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link OnlineSoftmax} on {@code jdk.incubator.vector} lanes of the process's width ({@link
 * VectorWidth}): one vector covers {@code L} queries, and a column of the score tile is walked
 * row by row, so the running max and sum stay in registers.
 *
 * <p>The exponentials are one call of {@link VecMathVector#exp(float[], int, float[], int, int)}
 * over the whole tile (it is contiguous), between loops that only load, compare, multiply and add.
 * Not the lane kernel {@link VecMathVector#exp(FloatVector)} inside these loops: C2 did not inline
 * it there ("NodeCountInliningCutoff"), so every vector crossing the call was boxed (JFR: ~4 GB/s
 * allocated, attention 2-3x slower). Only touched when {@link VectorSupport#ENABLED}.
 */
final class VectorOnlineSoftmax implements OnlineSoftmax {
  private static final VectorSpecies<Float> F = VectorWidth.FLOAT;
  private static final int L = F.length();

  @Override
  public void step(float[] s, int rows, int nr, float scale, float[] max, float[] sum,
      float[] correction, boolean first) {
    if (nr % L != 0) {
      // A tile that is not whole vectors wide (never with the vector GEMM kernel): plain loops.
      OnlineSoftmax.SCALAR.step(s, rows, nr, scale, max, sum, correction, first);
      return;
    }
    for (int j = 0; j < nr; j += L) {
      shiftLanes(s, rows, nr, j, scale, max, correction, first);
    }
    VecMathVector.exp(s, 0, s, 0, rows * nr);
    if (!first) {
      VecMathVector.exp(correction, 0, correction, 0, nr);
    }
    for (int j = 0; j < nr; j += L) {
      sumLanes(s, rows, nr, j, sum, correction, first);
    }
  }

  /**
   * For the queries at lane offset {@code j}: the new running max {@code M} into {@code max},
   * {@code scale * s - M} into the tile (the exponentials' arguments) and {@code old max - M}
   * into {@code correction} (its exponential is taken afterwards).
   */
  private static void shiftLanes(float[] s, int rows, int nr, int j, float scale, float[] max,
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
    FloatVector m = b0.max(b1);
    if (!first) {
      FloatVector old = FloatVector.fromArray(F, max, j);
      m = old.max(m);
      old.sub(m).intoArray(correction, j);
    }
    m.intoArray(max, j);
    for (r = 0; r < rows; r++) {
      FloatVector.fromArray(F, s, r * nr + j).mul(scale).sub(m).intoArray(s, r * nr + j);
    }
  }

  /** {@code sum = sum * correction + (the block's sum)} for the queries at lane offset {@code j}. */
  private static void sumLanes(float[] s, int rows, int nr, int j, float[] sum, float[] correction,
      boolean first) {
    FloatVector t0 = FloatVector.zero(F);
    FloatVector t1 = t0;
    int r = 0;
    for (; r + 1 < rows; r += 2) {
      t0 = t0.add(FloatVector.fromArray(F, s, r * nr + j));
      t1 = t1.add(FloatVector.fromArray(F, s, (r + 1) * nr + j));
    }
    if (r < rows) {
      t0 = t0.add(FloatVector.fromArray(F, s, r * nr + j));
    }
    FloatVector total = t0.add(t1);
    if (first) {
      FloatVector.zero(F).intoArray(correction, j);
      total.intoArray(sum, j);
    } else {
      FloatVector.fromArray(F, sum, j).mul(FloatVector.fromArray(F, correction, j)).add(total).intoArray(sum, j);
    }
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
