package dev.eqc.runtime;

/**
 * Copies blocks of the GEMM operands into the contiguous layouts the micro-kernels stream over.
 *
 * <p>A block of A (mc rows x kc columns) becomes ceil(mc / MR) slivers; sliver r holds rows
 * {@code r*MR .. r*MR+MR-1} column by column, so {@code pa[r*MR*kc + p*MR + i]} is
 * A(r*MR + i, p). A panel of B (kc rows x nc columns) becomes ceil(nc / NR) slivers; sliver s
 * holds columns {@code s*NR .. s*NR+NR-1} row by row, so {@code pb[s*NR*kc + p*NR + j]} is
 * B(p, s*NR + j). Rows or columns past the edge of the matrix are packed as zeros; their products
 * land only in the parts of edge tiles that are never copied to C.
 *
 * <p>B may be read transposed (element (p, j) at {@code b[off + j*ldb + p]}), which lets
 * {@code x * a^T} run as a GEMM without materialising the transpose.
 */
final class GemmPacking {
  private GemmPacking() {}

  /** Packs A(i0 .. i0+mc, p0 .. p0+kc) of a row-major A into {@code pa}. */
  static void packA(float[] a, int aOff, int lda, int i0, int mc, int p0, int kc, int mr,
      float[] pa) {
    packA(a, aOff, lda, i0, mc, p0, kc, mr, pa, 0);
  }

  /** {@link #packA(float[], int, int, int, int, int, int, int, float[])} from {@code pa[paOff]} on. */
  static void packA(float[] a, int aOff, int lda, int i0, int mc, int p0, int kc, int mr,
      float[] pa, int paOff) {
    int dst = paOff;
    for (int r = 0; r < mc; r += mr) {
      int rows = Math.min(mr, mc - r);
      for (int i = 0; i < rows; i++) {
        int src = aOff + (i0 + r + i) * lda + p0;
        for (int p = 0, d = dst + i; p < kc; p++, d += mr) {
          pa[d] = a[src + p];
        }
      }
      for (int i = rows; i < mr; i++) {
        for (int p = 0, d = dst + i; p < kc; p++, d += mr) {
          pa[d] = 0f;
        }
      }
      dst += mr * kc;
    }
  }

  /** Packs B(p0 .. p0+kc, j0 .. j0+nc) into {@code pb}; see the class comment for transposed. */
  static void packB(float[] b, int bOff, int ldb, boolean transposed, int p0, int kc, int j0,
      int nc, int nr, float[] pb) {
    int dst = 0;
    for (int s = 0; s < nc; s += nr) {
      int cols = Math.min(nr, nc - s);
      if (transposed) {
        for (int j = 0; j < cols; j++) {
          int src = bOff + (j0 + s + j) * ldb + p0;
          for (int p = 0, d = dst + j; p < kc; p++, d += nr) {
            pb[d] = b[src + p];
          }
        }
      } else {
        for (int p = 0; p < kc; p++) {
          System.arraycopy(b, bOff + (p0 + p) * ldb + j0 + s, pb, dst + p * nr, cols);
        }
      }
      if (cols < nr) {
        for (int p = 0; p < kc; p++) {
          java.util.Arrays.fill(pb, dst + p * nr + cols, dst + p * nr + nr, 0f);
        }
      }
      dst += nr * kc;
    }
  }

  /** {@link #packA(float[], int, int, int, int, int, int, int, float[])} for doubles. */
  static void packA(double[] a, int aOff, int lda, int i0, int mc, int p0, int kc, int mr,
      double[] pa) {
    int dst = 0;
    for (int r = 0; r < mc; r += mr) {
      int rows = Math.min(mr, mc - r);
      for (int i = 0; i < rows; i++) {
        int src = aOff + (i0 + r + i) * lda + p0;
        for (int p = 0, d = dst + i; p < kc; p++, d += mr) {
          pa[d] = a[src + p];
        }
      }
      for (int i = rows; i < mr; i++) {
        for (int p = 0, d = dst + i; p < kc; p++, d += mr) {
          pa[d] = 0d;
        }
      }
      dst += mr * kc;
    }
  }

  /** {@link #packB(float[], int, int, boolean, int, int, int, int, int, float[])} for doubles. */
  static void packB(double[] b, int bOff, int ldb, boolean transposed, int p0, int kc, int j0,
      int nc, int nr, double[] pb) {
    int dst = 0;
    for (int s = 0; s < nc; s += nr) {
      int cols = Math.min(nr, nc - s);
      if (transposed) {
        for (int j = 0; j < cols; j++) {
          int src = bOff + (j0 + s + j) * ldb + p0;
          for (int p = 0, d = dst + j; p < kc; p++, d += nr) {
            pb[d] = b[src + p];
          }
        }
      } else {
        for (int p = 0; p < kc; p++) {
          System.arraycopy(b, bOff + (p0 + p) * ldb + j0 + s, pb, dst + p * nr, cols);
        }
      }
      if (cols < nr) {
        for (int p = 0; p < kc; p++) {
          java.util.Arrays.fill(pb, dst + p * nr + cols, dst + p * nr + nr, 0d);
        }
      }
      dst += nr * kc;
    }
  }
}
