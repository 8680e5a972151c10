package dev.eqc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The blocked attention kernel against the composition it replaces ({@code
 * matmul(softmax(scale * matmul(Q, K^T)), V)}) computed in double, at sizes that straddle the
 * row block, with broadcast batch axes, and at magnitudes where an unshifted exp overflows.
 */
class AttentionTest {
  private static Tensor reference(Tensor q, Tensor k, Tensor v, double scale) {
    Tensor q64 = q.toDType(DType.FLOAT64);
    Tensor k64 = k.toDType(DType.FLOAT64);
    Tensor v64 = v.toDType(DType.FLOAT64);
    return Ops.matmul(Ops.softmax(Ops.mul(Ops.matmul(q64, Ops.transpose(k64)), scale)), v64);
  }

  private static void assertClose(Tensor expected, Tensor actual, double tol) {
    assertArrayEquals(expected.shape(), actual.shape());
    for (int i = 0; i < expected.numel(); i++) {
      double e = expected.getFlat(i);
      double a = actual.getFlat(i);
      assertTrue(Math.abs(a - e) <= tol * (1 + Math.abs(e)), "element " + i + ": " + a + " vs " + e);
    }
  }

  @Test
  void matchesTheCompositionAcrossBlockEdges() {
    int[][] sizes = {{1, 1, 1, 1}, {3, 5, 4, 2}, {63, 17, 8, 5}, {64, 64, 16, 16}, {65, 130, 9, 3}, {200, 33, 64, 7}};
    long seed = 1;
    for (int[] s : sizes) {
      Tensor q = Tensor.random(DType.FLOAT32, seed++, -1, 1, s[0], s[2]);
      Tensor k = Tensor.random(DType.FLOAT32, seed++, -1, 1, s[1], s[2]);
      Tensor v = Tensor.random(DType.FLOAT32, seed++, -1, 1, s[1], s[3]);
      double scale = 1 / Math.sqrt(s[2]);
      Tensor out = Attention.scaledDotProduct(q, k, v, scale);
      assertEquals(DType.FLOAT32, out.dtype());
      assertClose(reference(q, k, v, scale), out, 2e-5);
    }
  }

  @Test
  void broadcastsBatchAxes() {
    Tensor q = Tensor.random(DType.FLOAT32, 11, -1, 1, 2, 3, 70, 8);
    Tensor k = Tensor.random(DType.FLOAT32, 12, -1, 1, 3, 40, 8);
    Tensor v = Tensor.random(DType.FLOAT32, 13, -1, 1, 2, 1, 40, 5);
    Tensor out = Attention.scaledDotProduct(q, k, v, 0.3);
    assertArrayEquals(new int[] {2, 3, 70, 5}, out.shape());
    assertClose(reference(q, k, v, 0.3), out, 2e-5);
  }

  @Test
  void staysFiniteWhereUnshiftedExpOverflows() {
    Tensor q = Tensor.random(DType.FLOAT32, 21, 20, 30, 9, 4);
    Tensor k = Tensor.random(DType.FLOAT32, 22, 20, 30, 6, 4);
    Tensor v = Tensor.random(DType.FLOAT32, 23, -1, 1, 6, 3);
    Tensor out = Attention.scaledDotProduct(q, k, v, 1.0);
    for (int i = 0; i < out.numel(); i++) {
      assertTrue(Double.isFinite(out.getFlat(i)));
    }
    assertClose(reference(q, k, v, 1.0), out, 1e-4);
  }

  @Test
  void doubleOperandsTakeTheExactComposition() {
    Tensor q = Tensor.random(DType.FLOAT64, 31, -1, 1, 5, 3);
    Tensor k = Tensor.random(DType.FLOAT64, 32, -1, 1, 4, 3);
    Tensor v = Tensor.random(DType.FLOAT64, 33, -1, 1, 4, 2);
    Tensor out = Attention.scaledDotProduct(q, k, v, 0.5);
    assertEquals(DType.FLOAT64, out.dtype());
    assertClose(reference(q, k, v, 0.5), out, 1e-14);
  }

  @Test
  void singleAndMultipleThreadsAgree() {
    Tensor q = Tensor.random(DType.FLOAT32, 41, -1, 1, 300, 16);
    Tensor k = Tensor.random(DType.FLOAT32, 42, -1, 1, 100, 16);
    Tensor v = Tensor.random(DType.FLOAT32, 43, -1, 1, 100, 8);
    int before = Parallel.threads();
    try {
      Parallel.setThreads(1);
      float[] one = Attention.scaledDotProduct(q, k, v, 0.25).toFloatArray();
      Parallel.setThreads(2);
      float[] two = Attention.scaledDotProduct(q, k, v, 0.25).toFloatArray();
      assertArrayEquals(one, two);
    } finally {
      Parallel.setThreads(before);
    }
  }
}
