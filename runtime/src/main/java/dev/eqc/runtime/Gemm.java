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
 * <p>Block sizes ({@link GemmBlocking}) and measured speed: see the table at the end of this
 * comment (2-core AMD EPYC, AVX2 + FMA, Java 17; OpenBLAS sgemm reaches ~183 GFLOP/s on 2048^3
 * with 2 threads).
 *
 * <pre>
 * Measured 2026-11-28 on a 2-core EPYC shared with other jobs (load average 8-14 during all
 * runs, so wall-clock numbers on 2 threads are unreliable). "cpu" is flops per CPU-second of
 * the process (times the thread count), i.e. the speed with cores to itself; "wall" is the best
 * of 10 runs. Float32, GFLOP/s.
 *
 *   shape (m x k x n)        vector 1t cpu   vector 2t cpu   vector 2t wall (best)  scalar 1t cpu
 *   2048 x 2048 x 2048            78.9           149.4              53.9                 -
 *   1024 x 1024 x 4096 (FFN)      78.1           143.2              84.4                6.8
 *   1024 x 4096 x 1024 (FFN)      78.0           143.2              64.8                 -
 *   2048 x 64 x 2048 (QK^T)       79.9             -                74.1                6.5
 *   2048 x 2048 x 64 (PV)         53.8           107.4              62.5                 -
 *   float64 1024x1024x2048        35.5             -                  -                 6.6 (512^3)
 *
 * Block sizes: NR x MR = 16 x 6 floats (8 x 6 doubles) is the largest tile whose 12 vector
 * accumulators plus 2 B vectors and a broadcast fit AVX2's 16 registers; a 24 x 4 float tile
 * measured 38 GFLOP/s against 72-78 for 16 x 6. kc = 256 keeps one kc x NR B sliver at 16 KiB,
 * half of L1d; kc 128 gave 58, 256-512 gave 65-68 (before the loop-index change), so 256.
 * mc = 120 floats (A block 120 KiB of the 512 KiB L2) and nc = 2048 (2 MiB B panel in L3):
 * mc 72-240 and nc 1024-4096 were all within noise (63-67), the micro-kernel is the limit.
 * The thin 2048 x 2048 x 64 shape spends a larger share of its time packing A.
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
