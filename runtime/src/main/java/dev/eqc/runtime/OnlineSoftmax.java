package dev.eqc.runtime;

/**
 * The softmax steps of {@link KeyBlockedAttention}, on a tile of scores laid out with one key
 * per row and one query per lane: {@code s[r * nr + j]} is the score of key r for query j. The
 * tile is the GEMM micro-kernel's output for {@code K_block Q^T}, and after {@link #step} it
 * holds {@code P^T}, exactly the packed B operand the same micro-kernel needs for {@code V^T
 * P^T}: no transpose or repacking between the two products. Every step is lane-wise across
 * queries (a running max and a running sum per query), so the vector form needs no horizontal
 * reductions. Two implementations: {@link #SCALAR} here, and {@code VectorOnlineSoftmax} when
 * {@link VectorSupport#ENABLED}.
 */
interface OnlineSoftmax {
  /** Plain loops; the path without the vector module. */
  OnlineSoftmax SCALAR = new Scalar();

  /** The implementation for this process. */
  static OnlineSoftmax get() {
    return VectorSupport.ENABLED ? VectorImpl.INSTANCE : SCALAR;
  }

  /**
   * One block of {@code rows} keys: with {@code b} the block's largest {@code scale * s} per
   * query and {@code M = max(max[j], b)}, replaces each score by {@code exp(scale * s - M)},
   * sets {@code correction[j] = exp(max[j] - M)} (the factor the sums and outputs so far must be
   * multiplied by), {@code sum[j] = sum[j] * correction[j] + (this block's sum)} and {@code
   * max[j] = M}. On the first block ({@code first}) the running values are ignored and set.
   */
  void step(float[] s, int rows, int nr, float scale, float[] max, float[] sum, float[] correction,
      boolean first);

  /** {@code o[i * nr + j] *= correction[j]} for {@code i < rows}: rescales the outputs so far. */
  void rescale(float[] o, int rows, int nr, float[] correction);

  /** Keeps the vector class out of code that runs without the module. */
  final class VectorImpl {
    static final OnlineSoftmax INSTANCE = new VectorOnlineSoftmax();

    private VectorImpl() {}
  }

  /** Lane by lane in plain Java, with {@link VecMathScalar#exp} (the vector path's polynomial). */
  final class Scalar implements OnlineSoftmax {
    private Scalar() {}

    @Override
    public void step(float[] s, int rows, int nr, float scale, float[] max, float[] sum,
        float[] correction, boolean first) {
      stepLanes(s, rows, nr, 0, nr, scale, max, sum, correction, first);
    }

    /** {@link #step} for the queries (lanes) {@code from .. to-1} only. */
    static void stepLanes(float[] s, int rows, int nr, int from, int to, float scale, float[] max,
        float[] sum, float[] correction, boolean first) {
      for (int j = from; j < to; j++) {
        float b = Float.NEGATIVE_INFINITY;
        for (int r = 0; r < rows; r++) {
          b = Math.max(b, s[r * nr + j] * scale);
        }
        float m = first ? b : Math.max(max[j], b);
        float total = 0f;
        for (int r = 0; r < rows; r++) {
          float p = VecMathScalar.exp(s[r * nr + j] * scale - m);
          s[r * nr + j] = p;
          total += p;
        }
        float c = first ? 0f : VecMathScalar.exp(max[j] - m);
        correction[j] = c;
        sum[j] = first ? total : sum[j] * c + total;
        max[j] = m;
      }
    }

    @Override
    public void rescale(float[] o, int rows, int nr, float[] correction) {
      rescaleLanes(o, rows, nr, 0, nr, correction);
    }

    /** {@link #rescale} for the lanes {@code from .. to-1} only. */
    static void rescaleLanes(float[] o, int rows, int nr, int from, int to, float[] correction) {
      for (int i = 0; i < rows; i++) {
        for (int j = from; j < to; j++) {
          o[i * nr + j] *= correction[j];
        }
      }
    }
  }
}
