package dev.eqc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The packed GEMM against a plain double triple loop: both micro-kernels called directly (the
 * vector one only when the module is loaded), odd sizes around every block and tile edge, offsets
 * and leading dimensions, B read transposed, and small block sizes so several kc / mc / nc blocks
 * occur on small matrices.
 */
class GemmTest {
  /** Around the tile rows (4, 6, 12), the tile widths at every vector width (8, 16, 32, 64), 129. */
  private static final int[] SIZES = {0, 1, 2, 5, 6, 7, 11, 12, 13, 16, 17, 31, 32, 33, 63, 64, 65, 129};
  /** Tiny blocks, so block edges show up at test sizes. */
  private static final GemmBlocking SMALL = new GemmBlocking(13, 11, 37);

  private final SplittableRandom rng = new SplittableRandom(7);

  private static List<GemmFloatKernel> floatKernels() {
    List<GemmFloatKernel> kernels = new ArrayList<>();
    kernels.add(GemmScalarKernels.FLOAT);
    if (VectorSupport.ENABLED) {
      kernels.addAll(VectorKernels.floatKernels());
    }
    return kernels;
  }

  private static List<GemmDoubleKernel> doubleKernels() {
    List<GemmDoubleKernel> kernels = new ArrayList<>();
    kernels.add(GemmScalarKernels.DOUBLE);
    if (VectorSupport.ENABLED) {
      kernels.addAll(VectorKernels.doubleKernels());
    }
    return kernels;
  }

  /** Keeps the references to the vector classes out of code that runs without the module. */
  private static final class VectorKernels {
    /** Every vector tile, whichever this process uses by default. */
    static List<GemmFloatKernel> floatKernels() {
      return List.of(GemmVectorTile6x2.FLOAT, GemmVectorTile12x2.FLOAT);
    }

    static List<GemmDoubleKernel> doubleKernels() {
      return List.of(GemmVectorTile6x2.DOUBLE, GemmVectorTile12x2.DOUBLE);
    }
  }

  /** One random problem with padding around each matrix and leading dimensions > widths. */
  private final class Problem {
    final int m;
    final int n;
    final int k;
    final boolean bt;
    final int aOff = 3;
    final int bOff = 5;
    final int cOff = 2;
    final int lda;
    final int ldb;
    final int ldc;
    final double[] a;
    final double[] b;

    Problem(int m, int n, int k, boolean bt) {
      this.m = m;
      this.n = n;
      this.k = k;
      this.bt = bt;
      lda = k + 1;
      ldb = (bt ? k : n) + 2;
      ldc = n + 3;
      a = random(aOff + m * lda);
      b = random(bOff + (bt ? n : k) * ldb);
    }

    private double[] random(int length) {
      double[] x = new double[length];
      for (int i = 0; i < length; i++) {
        x[i] = rng.nextDouble(-1, 1);
      }
      return x;
    }

    double bAt(double[] bb, int p, int j) {
      return bt ? bb[bOff + j * ldb + p] : bb[bOff + p * ldb + j];
    }

    /** The reference product, in double, of the given (possibly rounded) operands. */
    double[] expected(double[] aa, double[] bb) {
      double[] c = new double[cOff + m * ldc];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          double s = 0;
          for (int p = 0; p < k; p++) {
            s += aa[aOff + i * lda + p] * bAt(bb, p, j);
          }
          c[cOff + i * ldc + j] = s;
        }
      }
      return c;
    }

    void checkFloat(GemmFloatKernel kernel, GemmBlocking blocks) {
      float[] af = toFloats(a);
      float[] bf = toFloats(b);
      float[] c = new float[cOff + m * ldc];
      java.util.Arrays.fill(c, Float.NaN); // overwritten, never read
      Gemm.sgemm(kernel, blocks, m, n, k, af, aOff, lda, bf, bOff, ldb, bt, c, cOff, ldc);
      double[] want = expected(toDoubles(af), toDoubles(bf));
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          int at = cOff + i * ldc + j;
          assertEquals(want[at], c[at], 1e-5 * (1 + k), where(kernel, i, j));
        }
      }
    }

    void checkDouble(GemmDoubleKernel kernel, GemmBlocking blocks) {
      double[] c = new double[cOff + m * ldc];
      java.util.Arrays.fill(c, Double.NaN);
      Gemm.dgemm(kernel, blocks, m, n, k, a, aOff, lda, b, bOff, ldb, bt, c, cOff, ldc);
      double[] want = expected(a, b);
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          int at = cOff + i * ldc + j;
          assertEquals(want[at], c[at], 1e-13 * (1 + k), where(kernel, i, j));
        }
      }
    }

    private String where(Object kernel, int i, int j) {
      return kernel.getClass().getName() + " m=" + m + " n=" + n + " k=" + k + " bt=" + bt
          + " at (" + i + ", " + j + ")";
    }
  }

  private static float[] toFloats(double[] x) {
    float[] f = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      f[i] = (float) x[i];
    }
    return f;
  }

  private static double[] toDoubles(float[] x) {
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = x[i];
    }
    return d;
  }

  @Test
  void everyKernelMatchesTheReferenceOnOddSizesWithOffsets() {
    for (int m : SIZES) {
      for (int n : SIZES) {
        int k = SIZES[rng.nextInt(SIZES.length)];
        boolean bt = rng.nextBoolean();
        Problem problem = new Problem(m, n, k, bt);
        for (GemmFloatKernel kernel : floatKernels()) {
          problem.checkFloat(kernel, GemmBlocking.FLOAT);
          problem.checkFloat(kernel, SMALL);
        }
        for (GemmDoubleKernel kernel : doubleKernels()) {
          problem.checkDouble(kernel, GemmBlocking.DOUBLE);
          problem.checkDouble(kernel, SMALL);
        }
      }
    }
  }

  @Test
  void everyKernelHandlesEveryInnerSizeAndLargerAndRectangularShapes() {
    int[][] shapes = {{1, 300, 5}, {300, 1, 7}, {5, 7, 300}, {257, 33, 40}, {40, 257, 257},
        {3, 65, 129}, {129, 3, 65}, {257, 257, 1}, {6, 16, 0}};
    for (int[] s : shapes) {
      for (boolean bt : new boolean[] {false, true}) {
        Problem problem = new Problem(s[0], s[1], s[2], bt);
        for (GemmFloatKernel kernel : floatKernels()) {
          problem.checkFloat(kernel, GemmBlocking.FLOAT);
        }
        for (GemmDoubleKernel kernel : doubleKernels()) {
          problem.checkDouble(kernel, GemmBlocking.DOUBLE);
        }
      }
    }
    for (int k : SIZES) {
      Problem problem = new Problem(13, 35, k, false);
      for (GemmFloatKernel kernel : floatKernels()) {
        problem.checkFloat(kernel, SMALL);
      }
      for (GemmDoubleKernel kernel : doubleKernels()) {
        problem.checkDouble(kernel, SMALL);
      }
    }
  }

  @Test
  void zeroTimesInfinityIsNaNAndNaNPropagatesInEveryKernel() {
    int m = 9;
    int n = 19;
    int k = 5;
    for (GemmFloatKernel kernel : floatKernels()) {
      float[] a = new float[m * k];
      float[] b = new float[k * n];
      java.util.Arrays.fill(b, 1f);
      b[2 * n + 4] = Float.POSITIVE_INFINITY; // row 2, col 4; A is all zeros
      a[7 * k + 1] = Float.NaN; // row 7
      float[] c = new float[m * n];
      Gemm.sgemm(kernel, GemmBlocking.FLOAT, m, n, k, a, 0, k, b, 0, n, false, c, 0, n);
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          boolean nan = j == 4 || i == 7;
          assertEquals(nan, Float.isNaN(c[i * n + j]), kernel + " (" + i + ", " + j + ")");
        }
      }
    }
    for (GemmDoubleKernel kernel : doubleKernels()) {
      double[] a = new double[m * k];
      double[] b = new double[k * n];
      java.util.Arrays.fill(b, 1d);
      b[2 * n + 4] = Double.NEGATIVE_INFINITY;
      a[7 * k + 1] = Double.NaN;
      double[] c = new double[m * n];
      Gemm.dgemm(kernel, GemmBlocking.DOUBLE, m, n, k, a, 0, k, b, 0, n, false, c, 0, n);
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          boolean nan = j == 4 || i == 7;
          assertEquals(nan, Double.isNaN(c[i * n + j]), kernel + " (" + i + ", " + j + ")");
        }
      }
    }
  }

  @Test
  void resultsAreIdenticalOnOneAndTwoThreads() {
    int before = Parallel.threads();
    try {
      int[][] shapes = {{257, 129, 65}, {9, 300, 70}, {1, 513, 64}, {300, 200, 1}, {40, 3, 700}};
      for (int[] s : shapes) {
        for (boolean bt : new boolean[] {false, true}) {
          Problem p = new Problem(s[0], s[1], s[2], bt);
          float[] af = toFloats(p.a);
          float[] bf = toFloats(p.b);
          float[] c1 = new float[p.cOff + p.m * p.ldc];
          float[] c2 = c1.clone();
          double[] d1 = new double[c1.length];
          double[] d2 = new double[c1.length];
          Parallel.setThreads(1);
          Gemm.sgemm(p.m, p.n, p.k, af, p.aOff, p.lda, bf, p.bOff, p.ldb, bt, c1, p.cOff, p.ldc);
          Gemm.dgemm(p.m, p.n, p.k, p.a, p.aOff, p.lda, p.b, p.bOff, p.ldb, bt, d1, p.cOff,
              p.ldc);
          Parallel.setThreads(2);
          Gemm.sgemm(p.m, p.n, p.k, af, p.aOff, p.lda, bf, p.bOff, p.ldb, bt, c2, p.cOff, p.ldc);
          Gemm.dgemm(p.m, p.n, p.k, p.a, p.aOff, p.lda, p.b, p.bOff, p.ldb, bt, d2, p.cOff,
              p.ldc);
          assertArrayEquals(c1, c2);
          assertArrayEquals(d1, d2);
          assertTrue(c1.length > 0);
        }
      }
    } finally {
      Parallel.setThreads(before);
    }
  }

  @Test
  void vectorKernelIsTheDefaultWhenTheModuleIsLoaded() {
    assumeTrue(VectorSupport.ENABLED);
    assertEquals("vector", Gemm.describe());
    // two vectors wide at the process's width, the rows of the rule
    assertEquals(2 * VectorSupport.BITS / 32, Gemm.FLOAT_KERNEL.nr());
    assertEquals(2 * VectorSupport.BITS / 64, Gemm.DOUBLE_KERNEL.nr());
    assertEquals(GemmTile.ROWS, Gemm.FLOAT_KERNEL.mr());
    assertEquals(GemmTile.ROWS, Gemm.DOUBLE_KERNEL.mr());
  }

  @Test
  void theTileRuleFollowsTheRegisterFileAndTheOverride() {
    assertEquals(32, GemmTile.registers(512, "amd64"));
    assertEquals(16, GemmTile.registers(256, "amd64"));
    assertEquals(16, GemmTile.registers(128, "amd64"));
    assertEquals(32, GemmTile.registers(128, "aarch64"));
    assertEquals(6, GemmTile.rowsThatFit(16), "15 of AVX2's 16 registers");
    assertEquals(14, GemmTile.rowsThatFit(32));
    for (int bits : new int[] {128, 256, 512}) {
      assertEquals(6, GemmTile.rows(bits, "amd64", null), "capped at 16 registers by measurement");
      assertEquals(12, GemmTile.rows(bits, "amd64", "12"));
      assertEquals(6, GemmTile.rows(bits, "amd64", "7"), "no 7-row tile: the rule");
    }
  }

  @Test
  void everyVectorTileGivesTheSameBitsAsTheDefaultOne() {
    // Each element of C is the same chain of fused multiply-adds over k whatever the tile's rows.
    assumeTrue(VectorSupport.ENABLED);
    Problem p = new Problem(77, 71, 300, false);
    float[] af = toFloats(p.a);
    float[] bf = toFloats(p.b);
    float[] expected = null;
    for (GemmFloatKernel kernel : VectorKernels.floatKernels()) {
      float[] c = new float[p.cOff + p.m * p.ldc];
      Gemm.sgemm(kernel, GemmBlocking.FLOAT, p.m, p.n, p.k, af, p.aOff, p.lda, bf, p.bOff, p.ldb, false, c, p.cOff,
          p.ldc);
      if (expected == null) {
        expected = c;
      } else {
        assertArrayEquals(expected, c, kernel.getClass().getName());
      }
    }
  }
}
