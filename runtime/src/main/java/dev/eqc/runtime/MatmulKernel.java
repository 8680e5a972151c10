package dev.eqc.runtime;

/**
 * Batched matrix multiplication over row-major double arrays; every product in {@link Ops}
 * reduces to it by viewing vectors as 1 x k or k x 1 matrices.
 */
final class MatmulKernel {
  private MatmulKernel() {}

  /**
   * {@code c = a * b} for each batch position, where {@code a} has batch shape {@code aBatch}
   * and blocks of m x k, {@code b} has batch shape {@code bBatch} and blocks of k x n, and both
   * batch shapes broadcast to {@code outBatch}.
   */
  static double[] batched(double[] a, int[] aBatch, double[] b, int[] bBatch, int[] outBatch,
      int m, int k, int n) {
    int[] aOffsets = Broadcast.blockOffsets(aBatch, outBatch, m * k);
    int[] bOffsets = Broadcast.blockOffsets(bBatch, outBatch, k * n);
    double[] c = new double[Math.multiplyExact(aOffsets.length, m * n)];
    for (int batch = 0; batch < aOffsets.length; batch++) {
      multiply(a, aOffsets[batch], b, bOffsets[batch], c, batch * m * n, m, k, n);
    }
    return c;
  }

  /**
   * One m x k by k x n product into a zeroed block of {@code c}, in i-k-j order so the inner
   * loop streams over contiguous rows of {@code b} and {@code c}; sums accumulate in double.
   */
  static void multiply(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
      int m, int k, int n) {
    for (int i = 0; i < m; i++) {
      int aRow = aOff + i * k;
      int cRow = cOff + i * n;
      for (int p = 0; p < k; p++) {
        // No skip for a zero coefficient: 0 * Inf must still produce NaN.
        double aip = a[aRow + p];
        int bRow = bOff + p * n;
        for (int j = 0; j < n; j++) {
          c[cRow + j] += aip * b[bRow + j];
        }
      }
    }
  }
}
