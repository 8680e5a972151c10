package dev.eqc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
