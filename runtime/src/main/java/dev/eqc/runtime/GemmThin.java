package dev.eqc.runtime;

/**
 * Products too thin for packing to pay off: one or two rows of A (vector times matrix) or a single
 * column of B (matrix times vector). These are bound by reading the big operand once, so they use
 * plain streaming loops: an axpy over rows of B, or dot products with four partial sums. Work is
 * split over output columns (or rows) through {@link Parallel}; each output element is always
 * computed by the same sequence of operations, whatever the thread count.
 */
final class GemmThin {
  private GemmThin() {}

  /** True when {@link Gemm} should use these loops instead of the packed kernels. */
  static boolean applies(int m, int n) {
    return m <= 2 || n == 1;
  }

  /** The same contract as {@link GemmFloatBlocked#multiply}, without the kernel. */
  static void multiply(int m, int n, int k, float[] a, int aOff, int lda, float[] b, int bOff,
      int ldb, boolean bTransposed, float[] c, int cOff, int ldc) {
    if (!bTransposed && n > 1) {
      Parallel.forRange(n, (long) m * k, 16, (lo, hi) -> {
        for (int i = 0; i < m; i++) {
          int row = cOff + i * ldc;
          java.util.Arrays.fill(c, row + lo, row + hi, 0f);
          for (int p = 0; p < k; p++) {
            float x = a[aOff + i * lda + p];
            int src = bOff + p * ldb;
            for (int j = lo; j < hi; j++) {
              c[row + j] += x * b[src + j];
            }
          }
        }
      });
      return;
    }
    int stepP = bTransposed ? 1 : ldb;
    int stepJ = bTransposed ? ldb : 1;
    Parallel.forRange(m * n, k, (lo, hi) -> {
      for (int q = lo; q < hi; q++) {
        int i = q / n;
        int j = q - i * n;
        c[cOff + i * ldc + j] = dot(k, a, aOff + i * lda, b, bOff + j * stepJ, stepP);
      }
    });
  }

  private static float dot(int k, float[] a, int ai, float[] b, int bi, int bStep) {
    float s0 = 0f;
    float s1 = 0f;
    float s2 = 0f;
    float s3 = 0f;
    int p = 0;
    for (; p + 3 < k; p += 4, bi += 4 * bStep) {
      s0 += a[ai + p] * b[bi];
      s1 += a[ai + p + 1] * b[bi + bStep];
      s2 += a[ai + p + 2] * b[bi + 2 * bStep];
      s3 += a[ai + p + 3] * b[bi + 3 * bStep];
    }
    for (; p < k; p++, bi += bStep) {
      s0 += a[ai + p] * b[bi];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** {@link #multiply(int, int, int, float[], int, int, float[], int, int, boolean, float[], int,
   * int)} for doubles. */
  static void multiply(int m, int n, int k, double[] a, int aOff, int lda, double[] b, int bOff,
      int ldb, boolean bTransposed, double[] c, int cOff, int ldc) {
    if (!bTransposed && n > 1) {
      Parallel.forRange(n, (long) m * k, 8, (lo, hi) -> {
        for (int i = 0; i < m; i++) {
          int row = cOff + i * ldc;
          java.util.Arrays.fill(c, row + lo, row + hi, 0d);
          for (int p = 0; p < k; p++) {
            double x = a[aOff + i * lda + p];
            int src = bOff + p * ldb;
            for (int j = lo; j < hi; j++) {
              c[row + j] += x * b[src + j];
            }
          }
        }
      });
      return;
    }
    int stepP = bTransposed ? 1 : ldb;
    int stepJ = bTransposed ? ldb : 1;
    Parallel.forRange(m * n, k, (lo, hi) -> {
      for (int q = lo; q < hi; q++) {
        int i = q / n;
        int j = q - i * n;
        c[cOff + i * ldc + j] = dot(k, a, aOff + i * lda, b, bOff + j * stepJ, stepP);
      }
    });
  }

  private static double dot(int k, double[] a, int ai, double[] b, int bi, int bStep) {
    double s0 = 0d;
    double s1 = 0d;
    double s2 = 0d;
    double s3 = 0d;
    int p = 0;
    for (; p + 3 < k; p += 4, bi += 4 * bStep) {
      s0 += a[ai + p] * b[bi];
      s1 += a[ai + p + 1] * b[bi + bStep];
      s2 += a[ai + p + 2] * b[bi + 2 * bStep];
      s3 += a[ai + p + 3] * b[bi + 3 * bStep];
    }
    for (; p < k; p++, bi += bStep) {
      s0 += a[ai + p] * b[bi];
    }
    return (s0 + s1) + (s2 + s3);
  }
}
