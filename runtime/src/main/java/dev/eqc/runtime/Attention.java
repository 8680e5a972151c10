package dev.eqc.runtime;

/**
 * Scaled dot-product attention, {@code softmax(scale * Q K^T) V} (Vaswani et al., 2017, Eq. 1),
 * as one kernel: generated code calls it when an equation has that form.
 *
 * <p>For float32 operands the work is blocked over keys with a running max and sum per query
 * ({@link KeyBlockedAttention}, flash-attention style), on the GEMM micro-kernel: the {@code n x
 * m} score matrix is never materialised, and a block of scores never leaves L1. Slivers of
 * queries run in parallel on the shared pool. Other dtypes take the composition of the general
 * operations.
 */
public final class Attention {
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
      KeyBlockedAttention.compute(n, m, dk, dv, qs, qOff[b], ks, kOff[b], vs, vOff[b], (float) scale, out,
          b * n * dv);
    }
    return Tensor.wrap(out, outShape);
  }

  private static void requireMatrix(String name, Tensor t) {
    if (t.rank() < 2) {
      throw new IllegalArgumentException("attention: " + name + " needs rank >= 2, got shape "
          + Shapes.format(t.shapeRef()));
    }
  }
}
