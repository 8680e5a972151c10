package dev.eqc.runtime;

/**
 * Row-major general matrix multiplication {@code C = A * B} for float32 ({@link #sgemm}) and
 * float64 ({@link #dgemm}), overwriting C; the engine behind every product in {@link Ops}.
 *
 * <p>Scheme (GotoBLAS / BLIS): B is packed kc x nc at a time into NR-wide column slivers and A
 * mc x kc at a time into MR-tall row slivers ({@link GemmPacking}); a micro-kernel keeps an
 * MR x NR tile of C in registers while it runs down kc steps of one A sliver and one B sliver
 * ({@link GemmFloatBlocked} has the loop nest). Two micro-kernels exist and one is chosen when the
 * class loads: {@link GemmVectorKernels} (jdk.incubator.vector, 6 x 16 floats / 6 x 8 doubles
 * with AVX2, FMA) when {@link VectorSupport#ENABLED}, else {@link GemmScalarKernels}. Very thin
 * products (m <= 2 or n == 1) skip packing and run as streaming loops ({@link GemmThin}).
 *
 * <p>Parallelism goes through {@link Parallel}: C is split into contiguous row ranges (multiples
 * of MR), or column ranges (multiples of NR) when there are few rows; each task packs its own
 * buffers (allocated once per task, never inside the loops) and runs the whole blocked loop nest
 * on its part. Repacking B per task costs about 1/rows of the arithmetic. Each element of C is
 * computed by the same operations in the same order whatever the split, so results do not depend
 * on the thread count.
 *
 * <p>Block sizes ({@link GemmBlocking}) and measured speed: see the table at the end of this
 * comment (2-core AMD EPYC, AVX2 + FMA, Java 17; OpenBLAS sgemm reaches ~183 GFLOP/s on 2048^3
 * with 2 threads).
 *
 * <pre>
 * MEASUREMENTS_PLACEHOLDER
 * </pre>
 */
final class Gemm {
  private static final GemmFloatKernel FLOAT_KERNEL =
      VectorSupport.ENABLED ? GemmVectorKernels.FLOAT : GemmScalarKernels.FLOAT;
  private static final GemmDoubleKernel DOUBLE_KERNEL =
      VectorSupport.ENABLED ? GemmVectorKernels.DOUBLE : GemmScalarKernels.DOUBLE;

  private Gemm() {}

  /**
   * {@code C[m x n] = A[m x k] * B[k x n]} in float32: A(i, p) is {@code a[aOff + i*lda + p]},
   * B(p, j) is {@code b[bOff + p*ldb + j]}, or {@code b[bOff + j*ldb + p]} when
   * {@code bTransposed} (so {@code x * a^T} needs no transposed copy), C(i, j) is
   * {@code c[cOff + i*ldc + j]}. Zeros are not skipped: 0 * Inf and NaN propagate.
   */
  static void sgemm(int m, int n, int k, float[] a, int aOff, int lda, float[] b, int bOff,
      int ldb, boolean bTransposed, float[] c, int cOff, int ldc) {
    sgemm(FLOAT_KERNEL, GemmBlocking.FLOAT, m, n, k, a, aOff, lda, b, bOff, ldb, bTransposed, c,
        cOff, ldc);
  }

  /** {@link #sgemm} with an explicit micro-kernel and block sizes (tests and tuning). */
  static void sgemm(GemmFloatKernel kernel, GemmBlocking blocks, int m, int n, int k, float[] a,
      int aOff, int lda, float[] b, int bOff, int ldb, boolean bTransposed, float[] c, int cOff,
      int ldc) {
    if (m <= 0 || n <= 0) {
      return;
    }
    if (GemmThin.applies(m, n)) {
      GemmThin.multiply(m, n, k, a, aOff, lda, b, bOff, ldb, bTransposed, c, cOff, ldc);
    } else if (splitRows(m, n, kernel.mr())) {
      Parallel.forRange(m, (long) n * k, kernel.mr(), (lo, hi) ->
          GemmFloatBlocked.multiply(kernel, blocks, hi - lo, n, k, a, aOff + lo * lda, lda,
              b, bOff, ldb, bTransposed, c, cOff + lo * ldc, ldc));
    } else {
      Parallel.forRange(n, (long) m * k, kernel.nr(), (lo, hi) ->
          GemmFloatBlocked.multiply(kernel, blocks, m, hi - lo, k, a, aOff, lda,
              b, bOff + lo * (bTransposed ? ldb : 1), ldb, bTransposed, c, cOff + lo, ldc));
    }
  }

  /** {@link #sgemm} in float64. */
  static void dgemm(int m, int n, int k, double[] a, int aOff, int lda, double[] b, int bOff,
      int ldb, boolean bTransposed, double[] c, int cOff, int ldc) {
    dgemm(DOUBLE_KERNEL, GemmBlocking.DOUBLE, m, n, k, a, aOff, lda, b, bOff, ldb, bTransposed,
        c, cOff, ldc);
  }

  /** {@link #dgemm} with an explicit micro-kernel and block sizes (tests and tuning). */
  static void dgemm(GemmDoubleKernel kernel, GemmBlocking blocks, int m, int n, int k,
      double[] a, int aOff, int lda, double[] b, int bOff, int ldb, boolean bTransposed,
      double[] c, int cOff, int ldc) {
    if (m <= 0 || n <= 0) {
      return;
    }
    if (GemmThin.applies(m, n)) {
      GemmThin.multiply(m, n, k, a, aOff, lda, b, bOff, ldb, bTransposed, c, cOff, ldc);
    } else if (splitRows(m, n, kernel.mr())) {
      Parallel.forRange(m, (long) n * k, kernel.mr(), (lo, hi) ->
          GemmDoubleBlocked.multiply(kernel, blocks, hi - lo, n, k, a, aOff + lo * lda, lda,
              b, bOff, ldb, bTransposed, c, cOff + lo * ldc, ldc));
    } else {
      Parallel.forRange(n, (long) m * k, kernel.nr(), (lo, hi) ->
          GemmDoubleBlocked.multiply(kernel, blocks, m, hi - lo, k, a, aOff, lda,
              b, bOff + lo * (bTransposed ? ldb : 1), ldb, bTransposed, c, cOff + lo, ldc));
    }
  }

  /** The kernel {@link #sgemm} uses, for reports. */
  static String describe() {
    return VectorSupport.describe();
  }

  /**
   * Split by rows unless there are too few of them to give every thread several MR-row strips
   * and there are more columns than rows.
   */
  private static boolean splitRows(int m, int n, int mr) {
    return m >= 8 * mr * Parallel.threads() || m >= n;
  }
}
