package dev.eqc.runtime;

/**
 * Batched matrix multiplication over row-major float or double arrays; every product in
 * {@link Ops} reduces to it by viewing vectors as 1 x k or k x 1 matrices.
 *
 * <p>When B has no real batch dimensions (all absent or 1) and A is not broadcast, the batch of
 * A's m x k blocks is one contiguous (batch*m) x k matrix, so the whole product is a single
 * {@link Gemm} call. Otherwise each batch position is its own GEMM: many small ones are spread
 * over threads by batch, a few large ones run one after another, each parallel inside.
 */
final class MatmulKernel {
  /** Below this many multiply-adds a single GEMM is not worth splitting across threads. */
  private static final long SMALL_GEMM = 1L << 21;

  private MatmulKernel() {}

  /**
   * {@code c = a * b} for each batch position, where {@code a} has batch shape {@code aBatch}
   * and blocks of m x k, {@code b} has batch shape {@code bBatch} and blocks of k x n (stored
   * n x k when {@code bTransposed}), and both batch shapes broadcast to {@code outBatch}.
   */
  static float[] batched(float[] a, int[] aBatch, float[] b, int[] bBatch, boolean bTransposed,
      int[] outBatch, int m, int k, int n) {
    int batches = Shapes.numel(outBatch);
    float[] c = new float[Math.multiplyExact(batches, m * n)];
    int ldb = bTransposed ? k : n;
    if (isOneGemm(aBatch, bBatch, batches)) {
      Gemm.sgemm(batches * m, n, k, a, 0, k, b, 0, ldb, bTransposed, c, 0, n);
      return c;
    }
    int[] aOffsets = Broadcast.blockOffsets(aBatch, outBatch, m * k);
    int[] bOffsets = Broadcast.blockOffsets(bBatch, outBatch, k * n);
    forEachBatch(batches, (long) m * n * k, batch -> Gemm.sgemm(m, n, k, a, aOffsets[batch], k,
        b, bOffsets[batch], ldb, bTransposed, c, batch * m * n, n));
    return c;
  }

  /** {@link #batched(float[], int[], float[], int[], boolean, int[], int, int, int)} in double. */
  static double[] batched(double[] a, int[] aBatch, double[] b, int[] bBatch,
      boolean bTransposed, int[] outBatch, int m, int k, int n) {
    int batches = Shapes.numel(outBatch);
    double[] c = new double[Math.multiplyExact(batches, m * n)];
    int ldb = bTransposed ? k : n;
    if (isOneGemm(aBatch, bBatch, batches)) {
      Gemm.dgemm(batches * m, n, k, a, 0, k, b, 0, ldb, bTransposed, c, 0, n);
      return c;
    }
    int[] aOffsets = Broadcast.blockOffsets(aBatch, outBatch, m * k);
    int[] bOffsets = Broadcast.blockOffsets(bBatch, outBatch, k * n);
    forEachBatch(batches, (long) m * n * k, batch -> Gemm.dgemm(m, n, k, a, aOffsets[batch], k,
        b, bOffsets[batch], ldb, bTransposed, c, batch * m * n, n));
    return c;
  }

  /** B is a single matrix and A's blocks, in order, are exactly the output's batch positions. */
  private static boolean isOneGemm(int[] aBatch, int[] bBatch, int batches) {
    return Shapes.numel(bBatch) == 1 && Shapes.numel(aBatch) == batches;
  }

  /** One GEMM per batch position. */
  private interface BatchBody {
    void run(int batch);
  }

  /**
   * Runs the batch positions in parallel when there are many or each is small (a GEMM called
   * from a pool task runs on that thread), else one after another so each GEMM uses all threads.
   */
  private static void forEachBatch(int batches, long workPerBatch, BatchBody body) {
    if (batches >= 4 * Parallel.threads() || workPerBatch < SMALL_GEMM) {
      Parallel.forRange(batches, workPerBatch, (lo, hi) -> {
        for (int batch = lo; batch < hi; batch++) {
          body.run(batch);
        }
      });
    } else {
      for (int batch = 0; batch < batches; batch++) {
        body.run(batch);
      }
    }
  }
}
