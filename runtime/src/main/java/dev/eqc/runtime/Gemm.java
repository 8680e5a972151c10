package dev.eqc.runtime;

/**
 * Row-major general matrix multiplication {@code C = A * B} for float32 ({@link #sgemm}) and
 * float64 ({@link #dgemm}), overwriting C; the engine behind every product in {@link Ops}.
 *
 * <p>Scheme (GotoBLAS / BLIS): B is packed kc x nc at a time into NR-wide column slivers and A
 * mc x kc at a time into MR-tall row slivers ({@link GemmPacking}); a micro-kernel keeps an
 * MR x NR tile of C in registers while it runs down kc steps of one A sliver and one B sliver
 * ({@link GemmFloatBlocked} has the loop nest). The micro-kernel is chosen when the class loads:
 * a vector tile two vectors wide at the process's vector width ({@link GemmTile}: 6 x 32 floats
 * with AVX-512, 6 x 16 with AVX2) when {@link VectorSupport#ENABLED}, else {@link
 * GemmScalarKernels}. Very thin
 * products (m <= 2 or n == 1) skip packing and run as streaming loops ({@link GemmThin}).
 *
 * <p>Parallelism goes through {@link Parallel}: C is split along its larger dimension into
 * contiguous row ranges (multiples of MR) or column ranges (multiples of NR); each task packs
 * into its thread's buffers ({@link GemmBuffers}, reused from call to call) and runs the whole
 * blocked loop nest on its part. Repacking the unsplit operand per task costs about 1/(its
 * other dimension) of the arithmetic. Each element of C is
 * computed by the same operations in the same order whatever the split, so results do not depend
 * on the thread count.
 *
 * <p>Block sizes ({@link GemmBlocking}) and measured speed, float32, GFLOP/s, on a 2-core AMD
 * EPYC Zen 5 VM (AVX-512, JDK 17, 512-bit vectors, the 6 x 32 tile), shared with other jobs, so
 * the best of alternating runs; docs/PERFORMANCE.md has the tile measurements and the comparison
 * with OpenBLAS run by run:
 *
 * <pre>
 *   shape (m x k x n)        1 thread   2 threads   OpenBLAS 2 threads, same minutes
 *   2048 x 2048 x 2048        167-185    ~335         ~200 (its AVX2 kernel on this CPU)
 *   FFN 1024 x 1024 x 4096,
 *       then x 4096 x 1024       -       ~200 (86.7 ms for both, with bias and ReLU)   ~170
 *
 * A C loop of independent 512-bit FMAs runs at 184-188 GFLOP/s on one core here, so the 6 x 32
 * tile is at ~95% of the FMA peak on one core. kc = 256 keeps one kc x NR B sliver at 32 KiB
 * (of the 48 KiB L1d) at 512 bits and 16 KiB at 256; mc = 120 (a 120 KiB A block of the 1 MiB
 * L2) and nc = 2048 (2 MiB B panel in L3) were chosen on a Zen 3 (AVX2) where mc 72-240 and nc
 * 1024-4096 were within noise: the micro-kernel is the limit. The thin 2048 x 2048 x 64 shape
 * spends a larger share of its time packing A.
 * </pre>
 */
final class Gemm {
  /** The float32 micro-kernel every product uses (attention's key blocks too). */
  static final GemmFloatKernel FLOAT_KERNEL =
      VectorSupport.ENABLED ? GemmTile.floatKernel() : GemmScalarKernels.FLOAT;
  /** The float64 micro-kernel. */
  static final GemmDoubleKernel DOUBLE_KERNEL =
      VectorSupport.ENABLED ? GemmTile.doubleKernel() : GemmScalarKernels.DOUBLE;

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
    } else if (splitRows(m, n)) {
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
    } else if (splitRows(m, n)) {
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
   * Split the larger dimension of C: each task packs all of the operand along the dimension it
   * does not split (B for a row split, A for a column split) and its own part of the other, so
   * splitting the larger one packs the least in total. For the FFN's [1024 x 1024] x [1024 x
   * 4096], a row split packs 4.5k x 1024 floats per task, a column split 3k x 1024.
   */
  private static boolean splitRows(int m, int n) {
    return m >= n;
  }
}
