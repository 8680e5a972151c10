package dev.eqc.runtime;

/**
 * Scaled dot-product attention, {@code softmax(scale * Q K^T) V} (Vaswani et al., 2017, Eq. 1),
 * as one kernel: generated code calls it when an equation has that form.
 *
 * <p>For float32 operands the work goes a block of query rows at a time: the block's scores
 * ({@code rows x m}) are computed into a scratch tile, turned into probabilities row by row
 * (max-shifted, so they never overflow; sums in double), and multiplied by V straight into the
 * output. The full {@code n x m} score matrix is never materialised, so the tile stays in cache
 * and memory traffic is that of Q, K, V and the output. Blocks run in parallel on the shared
 * pool. Other dtypes take the composition of the general operations.
 */
public final class Attention {
  /** Query rows per block: 64 rows of 2048 scores are a 512 KiB tile, about one core's L2. */
  static final int ROWS_PER_BLOCK = 64;

  private Attention() {}

  /**
   * {@code softmax(scale * Q K^T) V} over the last two axes; leading axes are batch axes and
   * broadcast. Q is [..., n, d_k], K is [..., m, d_k], V is [..., m, d_v]; the result is
   * [..., n, d_v].
   */
  public static Tensor scaledDotProduct(Tensor q, Tensor k, Tensor v, double scale) {
    requireMatrix("Q", q);
    requireMatrix("K", k);
    requireMatrix("V", v);
    int n = q.size(-2);
    int dk = q.size(-1);
    int m = k.size(-2);
    int dv = v.size(-1);
    if (k.size(-1) != dk || v.size(-2) != m) {
      throw new IllegalArgumentException("attention: shapes do not fit: Q " + Shapes.format(q.shapeRef())
          + ", K " + Shapes.format(k.shapeRef()) + ", V " + Shapes.format(v.shapeRef()));
    }
    if (q.dtype() != DType.FLOAT32 || k.dtype() != DType.FLOAT32 || v.dtype() != DType.FLOAT32) {
      return Ops.matmul(Ops.softmax(Ops.mul(Ops.matmul(q, Ops.transpose(k)), scale)), v);
    }
    int[] qBatch = Shapes.dropLast(q.shapeRef(), 2);
    int[] kBatch = Shapes.dropLast(k.shapeRef(), 2);
    int[] vBatch = Shapes.dropLast(v.shapeRef(), 2);
    int[] batch = Broadcast.shapes(Broadcast.shapes(qBatch, kBatch), vBatch);
    int[] qOff = Broadcast.blockOffsets(qBatch, batch, n * dk);
    int[] kOff = Broadcast.blockOffsets(kBatch, batch, m * dk);
    int[] vOff = Broadcast.blockOffsets(vBatch, batch, m * dv);
    int[] outShape = Shapes.concat(batch, new int[] {n, dv});
    float[] out = new float[Shapes.numel(outShape)];
    float[] qs = q.floatData();
    float[] ks = k.floatData();
    float[] vs = v.floatData();
    for (int b = 0; b < qOff.length; b++) {
      int kBase = kOff[b];
      int qBase = qOff[b];
      int vBase = vOff[b];
      int outBase = b * n * dv;
      int blocks = (n + ROWS_PER_BLOCK - 1) / ROWS_PER_BLOCK;
      float f = (float) scale;
      Parallel.forRange(blocks, (long) ROWS_PER_BLOCK * m * (2L * dk + 2L * dv + 20), (lo, hi) -> {
        float[] tile = new float[ROWS_PER_BLOCK * m];
        for (int block = lo; block < hi; block++) {
          int row0 = block * ROWS_PER_BLOCK;
          int rows = Math.min(ROWS_PER_BLOCK, n - row0);
          // scores = Q_block K^T (the GEMM reads K transposed in place)
          Gemm.sgemm(rows, m, dk, qs, qBase + row0 * dk, dk, ks, kBase, dk, true, tile, 0, m);
          // softmax(scale * scores), row by row
          for (int r = 0; r < rows; r++) {
            softmaxRow(tile, r * m, m, f);
          }
          // out_block = P V
          Gemm.sgemm(rows, dv, m, tile, 0, m, vs, vBase, dv, false, out, outBase + row0 * dv, dv);
        }
      });
    }
    return Tensor.wrap(out, outShape);
  }

  /** One row of {@code softmax(scale * s)} in place: max-shifted exp, sum in double, scale. */
  private static void softmaxRow(float[] s, int off, int len, float scale) {
    for (int j = 0; j < len; j++) {
      s[off + j] *= scale;
    }
    double max = Fused.max(s, off, len);
    float shift = (float) max;
    for (int j = 0; j < len; j++) {
      s[off + j] -= shift;
    }
    VecMath.exp(s, off, len);
    float inv = (float) (1.0 / Fused.sum(s, off, len));
    for (int j = 0; j < len; j++) {
      s[off + j] *= inv;
    }
  }

  private static void requireMatrix(String name, Tensor t) {
    if (t.rank() < 2) {
      throw new IllegalArgumentException("attention: " + name + " needs rank >= 2, got shape "
          + Shapes.format(t.shapeRef()));
    }
  }
}
