package dev.eqc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProductOpsTest {
  private final SplittableRandom rng = new SplittableRandom(2024);

  private Tensor rand(int... shape) {
    return Tensor.random(DType.FLOAT64, rng.nextLong(), -1, 1, shape);
  }

  private static int[] with(int[] batch, int... core) {
    int[] s = Arrays.copyOf(batch, batch.length + core.length);
    System.arraycopy(core, 0, s, batch.length, core.length);
    return s;
  }

  /** A random suffix of {@code batch} with some dims replaced by 1, so it broadcasts to it. */
  private int[] broadcastableTo(int[] batch) {
    int[] s = Arrays.copyOfRange(batch, rng.nextInt(batch.length + 1), batch.length);
    for (int d = 0; d < s.length; d++) {
      if (rng.nextInt(3) == 0) {
        s[d] = 1;
      }
    }
    return s;
  }

  private int dim() {
    return rng.nextInt(10) == 0 ? 0 : 1 + rng.nextInt(5);
  }

  private static void assertAllClose(Tensor expected, Tensor actual) {
    TensorAssert.assertClose(actual, expected.shape(), expected.toDoubleArray(), 1e-12, 1e-12);
  }

  @Test
  void matmulMatchesNaiveTripleLoopOnRandomBroadcastShapes() {
    for (int trial = 0; trial < 300; trial++) {
      int[] batch = new int[rng.nextInt(4)];
      Arrays.setAll(batch, d -> 1 + rng.nextInt(3));
      int m = dim();
      int k = dim();
      int n = dim();
      Tensor a = rand(with(broadcastableTo(batch), m, k));
      Tensor b = rand(with(broadcastableTo(batch), k, n));
      assertAllClose(NaiveMatmul.matmul(a, b), Ops.matmul(a, b));
    }
  }

  @Test
  void float32MatmulIsCloseToDoubleReference() {
    Tensor a = Tensor.random(DType.FLOAT32, 1, -1, 1, 2, 17, 33);
    Tensor b = Tensor.random(DType.FLOAT32, 2, -1, 1, 33, 9);
    Tensor c = Ops.matmul(a, b);
    assertEquals(DType.FLOAT32, c.dtype());
    Tensor expected = NaiveMatmul.matmul(a, b);
    TensorAssert.assertClose(c, expected.shape(), expected.toDoubleArray(), 1e-6, 1e-6);
  }

  @Test
  void matrixPowerIsRepeatedMatmulPerBroadcastExponent() {
    // ChebNet's \sum_k \theta_k L^k x: L [n, n] beside the exponents k [K, 1, 1] gives L^0 … L^{K-1}.
    Tensor l = rand(2, 4, 4);                                   // two graphs
    Tensor k = Tensor.of(new double[] {0, 1, 3}, 3, 1, 1, 1);  // three powers of each
    Tensor p = Ops.matrixPower(l, k);
    assertArrayEquals(new int[] {3, 2, 4, 4}, p.shape());
    for (int e = 0; e < 3; e++) {
      for (int g = 0; g < 2; g++) {
        double[] graph = Arrays.copyOfRange(l.readDoubles(), g * 16, g * 16 + 16);
        Tensor expected = Tensor.of(new double[] {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1}, 4, 4);
        for (int step = 0; step < (int) k.readDoubles()[e]; step++) {
          expected = NaiveMatmul.matmul(expected, Tensor.of(graph, 4, 4));
        }
        double[] got = Arrays.copyOfRange(p.readDoubles(), (e * 2 + g) * 16, (e * 2 + g) * 16 + 16);
        assertArrayEquals(expected.readDoubles(), got, 1e-12, "power " + k.readDoubles()[e] + " of graph " + g);
      }
    }
    assertArrayEquals(Ops.matmul(Ops.matmul(l, l), l).readDoubles(), Ops.matrixPower(l, 3.0).readDoubles(), 1e-12);
    assertThrows(ArithmeticException.class, () -> Ops.matrixPower(l, 1.5));
    assertThrows(IllegalArgumentException.class, () -> Ops.matrixPower(rand(2, 3), 2.0));
  }

  @Test
  void matmulSmallExample() {
    Tensor a = Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
    Tensor b = Tensor.of(new double[] {7, 8, 9, 10, 11, 12}, 3, 2);
    assertArrayEquals(new double[] {58, 64, 139, 154}, Ops.matmul(a, b).toDoubleArray());
  }

  @Test
  void matvecBroadcastsBatchesAsInTheSpecExample() {
    Tensor a = rand(5, 3, 4);
    Tensor x = rand(2, 1, 4);
    Tensor y = Ops.matvec(a, x);
    assertArrayEquals(new int[] {2, 5, 3}, y.shape());
    Tensor expected = NaiveMatmul.matmul(a, x.reshape(2, 1, 4, 1)).reshape(2, 5, 3);
    assertAllClose(expected, y);
  }

  @Test
  void vecmatIsTheRowVectorProductWithBatchedRows() {
    Tensor x = rand(7, 4);
    Tensor w = rand(4, 6);
    Tensor y = Ops.vecmat(x, w);
    assertArrayEquals(new int[] {7, 6}, y.shape());
    assertAllClose(NaiveMatmul.matmul(x, w), y);
    // Batch on the matrix side: x [4] with a [3, 4, 2] -> [3, 2].
    Tensor stack = rand(3, 4, 2);
    Tensor v = rand(4);
    assertAllClose(NaiveMatmul.matmul(v.reshape(1, 1, 4), stack).reshape(3, 2),
        Ops.vecmat(v, stack));
  }

  @Test
  void dotSumsTheLastAxisWithBatchBroadcast() {
    Tensor u = Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
    Tensor v = Tensor.of(new double[] {1, 0, -1}, 3);
    Tensor d = Ops.dot(u, v);
    assertArrayEquals(new int[] {2}, d.shape());
    assertArrayEquals(new double[] {-2, -2}, d.toDoubleArray());
    Tensor s = Ops.dot(v, v);
    assertEquals(0, s.rank());
    assertEquals(2.0, s.get());
    Tensor a = rand(3, 1, 5);
    Tensor b = rand(4, 5);
    assertAllClose(NaiveMatmul.matmul(a.reshape(3, 1, 1, 5), b.reshape(4, 5, 1)).reshape(3, 4),
        Ops.dot(a, b));
  }

  @Test
  void outerProductWithBatchBroadcast() {
    Tensor u = Tensor.of(new double[] {1, 2}, 2);
    Tensor v = Tensor.of(new double[] {3, 4, 5}, 3);
    Tensor o = Ops.outer(u, v);
    assertArrayEquals(new int[] {2, 3}, o.shape());
    assertArrayEquals(new double[] {3, 4, 5, 6, 8, 10}, o.toDoubleArray());
    Tensor a = rand(4, 1, 2);
    Tensor b = rand(3, 5);
    Tensor batched = Ops.outer(a, b);
    assertArrayEquals(new int[] {4, 3, 2, 5}, batched.shape());
    assertAllClose(NaiveMatmul.matmul(a.reshape(4, 1, 2, 1), b.reshape(3, 1, 5)), batched);
  }

  @Test
  void innerDimensionMismatchNamesBothShapes() {
    assertEquals("matmul: inner dimensions differ: [2, 3] x [4, 5]",
        assertThrows(IllegalArgumentException.class,
            () -> Ops.matmul(rand(2, 3), rand(4, 5))).getMessage());
    assertEquals("matvec: inner dimensions differ: [2, 3] x [4]",
        assertThrows(IllegalArgumentException.class,
            () -> Ops.matvec(rand(2, 3), rand(4))).getMessage());
    assertEquals("vecmat: inner dimensions differ: [3] x [4, 5]",
        assertThrows(IllegalArgumentException.class,
            () -> Ops.vecmat(rand(3), rand(4, 5))).getMessage());
    assertEquals("dot: inner dimensions differ: [3] x [4]",
        assertThrows(IllegalArgumentException.class,
            () -> Ops.dot(rand(3), rand(4))).getMessage());
  }

  @Test
  void batchMismatchAndLowRankAreRejected() {
    assertEquals("matmul: batch dimensions do not broadcast: [2, 3, 4] x [3, 4, 5]",
        assertThrows(IllegalArgumentException.class,
            () -> Ops.matmul(rand(2, 3, 4), rand(3, 4, 5))).getMessage());
    assertEquals("matmul: expected an operand of rank >= 2, got shape [3]",
        assertThrows(IllegalArgumentException.class,
            () -> Ops.matmul(rand(3), rand(3, 4))).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Ops.matvec(rand(2, 3), Tensor.scalar(1)));
    assertThrows(IllegalArgumentException.class, () -> Ops.outer(Tensor.scalar(1), rand(2)));
  }

  private static void assertFloatClose(Tensor expected, Tensor actual, int k) {
    assertEquals(DType.FLOAT32, actual.dtype());
    TensorAssert.assertClose(actual, expected.shape(), expected.toDoubleArray(), 2e-6 * (1 + k),
        1e-5);
  }

  private Tensor rand32(int... shape) {
    return Tensor.random(DType.FLOAT32, rng.nextLong(), -1, 1, shape);
  }

  @Test
  void float32ProductsStayFloat32OnEveryBatchLayout() {
    int k = 65;
    // vecmat x [3, 4, k] x a [k, n]: one GEMM over the 12 rows.
    Tensor x = rand32(3, 4, k);
    Tensor w = rand32(k, 37);
    Tensor y = Ops.vecmat(x, w);
    assertArrayEquals(new int[] {3, 4, 37}, y.shape());
    assertFloatClose(NaiveMatmul.matmul(x.reshape(3, 4, 1, k), w).reshape(3, 4, 37), y, k);
    // vecmat against a with broadcast batch dims of size 1 is still one GEMM.
    assertFloatClose(NaiveMatmul.matmul(x.reshape(3, 4, 1, k), w).reshape(3, 4, 37),
        Ops.vecmat(x, w.reshape(1, 1, k, 37)), k);
    // matvec a [m, k] x x [B..., k]: x times a^T.
    Tensor a = rand32(29, k);
    Tensor xs = rand32(2, 5, k);
    Tensor mv = Ops.matvec(a, xs);
    assertArrayEquals(new int[] {2, 5, 29}, mv.shape());
    assertFloatClose(NaiveMatmul.matmul(a, xs.reshape(2, 5, k, 1)).reshape(2, 5, 29), mv, k);
    // matvec with batched a and a single x, and with both batched.
    Tensor as = rand32(3, 29, k);
    Tensor xs1 = rand32(2, 1, k);
    assertFloatClose(NaiveMatmul.matmul(as, xs1.reshape(2, 1, k, 1)).reshape(2, 3, 29),
        Ops.matvec(as, xs1), k);
    Tensor x1 = rand32(k);
    assertFloatClose(NaiveMatmul.matmul(as, x1.reshape(k, 1)).reshape(3, 29),
        Ops.matvec(as, x1), k);
    Tensor xb = rand32(3, k);
    assertFloatClose(NaiveMatmul.matmul(as, xb.reshape(3, k, 1)).reshape(3, 29),
        Ops.matvec(as, xb), k);
    // matmul a [B, m, k] x b [k, n]: one GEMM; and batched on both sides with 1s broadcasting.
    Tensor ab = rand32(2, 3, 17, k);
    Tensor b = rand32(k, 40);
    assertFloatClose(NaiveMatmul.matmul(ab, b), Ops.matmul(ab, b), k);
    Tensor bb = rand32(3, 1, k, 40);
    Tensor ab1 = rand32(1, 4, 17, k);
    assertFloatClose(NaiveMatmul.matmul(ab1, bb), Ops.matmul(ab1, bb), k);
    // dot and outer in float32.
    Tensor u = rand32(4, k);
    Tensor v = rand32(k);
    assertFloatClose(NaiveMatmul.matmul(u.reshape(4, 1, k), v.reshape(k, 1)).reshape(4),
        Ops.dot(u, v), k);
    assertFloatClose(NaiveMatmul.matmul(v.reshape(k, 1), u.reshape(4, 1, k)),
        Ops.outer(v, u), 1);
  }

  @Test
  void mixedDtypesComputeInFloat64() {
    Tensor a = rand32(7, 9);
    Tensor b = rand(9, 11);
    Tensor c = Ops.matmul(a, b);
    assertEquals(DType.FLOAT64, c.dtype());
    assertAllClose(NaiveMatmul.matmul(a, b), c);
  }

  @Test
  void largeOddProductsMatchTheReferenceInBothDtypes() {
    int[][] shapes = {{129, 257, 65}, {1, 300, 5}, {300, 1, 7}, {257, 64, 9}, {63, 17, 300}};
    for (int[] s : shapes) {
      Tensor a32 = rand32(s[0], s[1]);
      Tensor b32 = rand32(s[1], s[2]);
      assertFloatClose(NaiveMatmul.matmul(a32, b32), Ops.matmul(a32, b32), s[1]);
      Tensor a64 = rand(s[0], s[1]);
      Tensor b64 = rand(s[1], s[2]);
      assertAllClose(NaiveMatmul.matmul(a64, b64), Ops.matmul(a64, b64));
    }
  }

  @Test
  void zeroTimesInfinityIsNaNThroughOps() {
    for (DType dtype : DType.values()) {
      Tensor a = Tensor.zeros(dtype, 20, 3);
      Tensor b = Tensor.zeros(dtype, 3, 20);
      b.setFlat(20 + 5, Double.POSITIVE_INFINITY);
      Tensor c = Ops.matmul(a, b);
      for (int i = 0; i < 20; i++) {
        for (int j = 0; j < 20; j++) {
          assertEquals(j == 5, Double.isNaN(c.get(i, j)), dtype + " (" + i + ", " + j + ")");
        }
      }
      Tensor x = Tensor.zeros(dtype, 3);
      assertTrue(Double.isNaN(Ops.vecmat(x, b).get(5)));
      assertTrue(Double.isNaN(Ops.matvec(b.reshape(3, 20), Tensor.zeros(dtype, 20)).get(1)));
    }
  }

  @Test
  void productsAreIdenticalOnOneAndTwoThreads() {
    int before = Parallel.threads();
    try {
      Tensor a = rand32(3, 70, 90);
      Tensor b = rand32(90, 130);
      Tensor x = rand32(5, 90);
      Parallel.setThreads(1);
      Tensor mm1 = Ops.matmul(a, b);
      Tensor vm1 = Ops.vecmat(x, b);
      Tensor mv1 = Ops.matvec(a, x.reshape(5, 1, 90));
      Parallel.setThreads(2);
      assertArrayEquals(mm1.toDoubleArray(), Ops.matmul(a, b).toDoubleArray());
      assertArrayEquals(vm1.toDoubleArray(), Ops.vecmat(x, b).toDoubleArray());
      assertArrayEquals(mv1.toDoubleArray(), Ops.matvec(a, x.reshape(5, 1, 90)).toDoubleArray());
    } finally {
      Parallel.setThreads(before);
    }
  }
}
