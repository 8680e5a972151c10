package dev.eqc.runtime;

import java.util.Arrays;

/**
 * The single-threaded blocked float32 GEMM {@code C = A * B} over one range of C, in the
 * GotoBLAS/BLIS loop order (see {@link Gemm} for the scheme and {@link GemmPacking} for the packed
 * layouts):
 *
 * <pre>
 * for jc in steps of nc:           B panel kc x nc, packed once per (jc, pc), reused by all ic
 *   for pc in steps of kc:
 *     pack B(pc.., jc..)
 *     for ic in steps of mc:       A block mc x kc, packed, stays in L2
 *       pack A(ic.., pc..)
 *       for jr in steps of NR:     one kc x NR sliver of B stays in L1
 *         for ir in steps of MR:   micro-kernel: MR x NR tile in registers
 * </pre>
 *
 * The first kc slice overwrites C, later slices add to it. Edge tiles are computed into a small
 * scratch tile and only their valid part is copied out. The buffers are this thread's
 * ({@link GemmBuffers}), reused from call to call.
 */
final class GemmFloatBlocked {
  private GemmFloatBlocked() {}

  /**
   * Row-major {@code C[m x n] = A[m x k] * B[k x n]}; A(i, p) is {@code a[aOff + i*lda + p]},
   * B(p, j) is {@code b[bOff + p*ldb + j]} (or {@code b[bOff + j*ldb + p]} when
   * {@code bTransposed}), C(i, j) is {@code c[cOff + i*ldc + j]}.
   */
  static void multiply(GemmFloatKernel kernel, GemmBlocking blocks, int m, int n, int k,
      float[] a, int aOff, int lda, float[] b, int bOff, int ldb, boolean bTransposed,
      float[] c, int cOff, int ldc) {
    if (m <= 0 || n <= 0) {
      return;
    }
    if (k <= 0) {
      for (int i = 0; i < m; i++) {
        Arrays.fill(c, cOff + i * ldc, cOff + i * ldc + n, 0f);
      }
      return;
    }
    int mr = kernel.mr();
    int nr = kernel.nr();
    int mcMax = Math.min(roundUp(blocks.mc, mr), roundUp(m, mr));
    int ncMax = Math.min(roundUp(blocks.nc, nr), roundUp(n, nr));
    int kcMax = Math.min(blocks.kc, k);
    GemmBuffers buffers = GemmBuffers.get();
    float[] pa = buffers.floatA(mcMax * kcMax);
    float[] pb = buffers.floatB(ncMax * kcMax);
    float[] edge = buffers.floatEdge(mr * nr);
    for (int jc = 0; jc < n; jc += ncMax) {
      int nc = Math.min(ncMax, n - jc);
      for (int pc = 0; pc < k; pc += kcMax) {
        int kc = Math.min(kcMax, k - pc);
        GemmPacking.packB(b, bOff, ldb, bTransposed, pc, kc, jc, nc, nr, pb);
        for (int ic = 0; ic < m; ic += mcMax) {
          int mc = Math.min(mcMax, m - ic);
          GemmPacking.packA(a, aOff, lda, ic, mc, pc, kc, mr, pa);
          macroKernel(kernel, mc, nc, kc, pa, pb, c, cOff + ic * ldc + jc, ldc, pc > 0, edge);
        }
      }
    }
  }

  /** Runs the micro-kernel over every MR x NR tile of one packed mc x nc block. */
  private static void macroKernel(GemmFloatKernel kernel, int mc, int nc, int kc, float[] pa,
      float[] pb, float[] c, int cOff, int ldc, boolean accumulate, float[] edge) {
    int mr = kernel.mr();
    int nr = kernel.nr();
    for (int jr = 0, bi = 0; jr < nc; jr += nr, bi += nr * kc) {
      int cols = Math.min(nr, nc - jr);
      for (int ir = 0, ai = 0; ir < mc; ir += mr, ai += mr * kc) {
        int rows = Math.min(mr, mc - ir);
        int ci = cOff + ir * ldc + jr;
        if (rows == mr && cols == nr) {
          kernel.multiply(kc, pa, ai, pb, bi, c, ci, ldc, accumulate);
        } else {
          kernel.multiply(kc, pa, ai, pb, bi, edge, 0, nr, false);
          for (int i = 0; i < rows; i++) {
            int row = ci + i * ldc;
            for (int j = 0; j < cols; j++) {
              c[row + j] = accumulate ? c[row + j] + edge[i * nr + j] : edge[i * nr + j];
            }
          }
        }
      }
    }
  }

  private static int roundUp(int x, int multiple) {
    return (x + multiple - 1) / multiple * multiple;
  }
}
