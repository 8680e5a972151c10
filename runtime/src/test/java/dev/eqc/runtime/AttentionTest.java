package dev.eqc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The key-blocked attention kernel against the composition it replaces ({@code
 * matmul(softmax(scale * matmul(Q, K^T)), V)}) computed in double: at sizes that straddle the
 * query slivers, key blocks and feature slivers at every vector width, with small key blocks that
 * force the running max to rise block after block, with broadcast batch axes, and at magnitudes
 * where an unshifted exp overflows.
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

  @Test
  void matchesTheCompositionAtEveryTailOfQuerySliversKeyBlocksAndFeatures() {
    // Queries around the micro-kernel's NR (8, 16, 32 lanes at 128, 256, 512 bits; 4 scalar),
    // keys around MR (4, 6, 12) and the 128-key block, value features around MR.
    int[] queries = {1, 7, 8, 9, 31, 32, 33, 65};
    int[] keys = {1, 5, 6, 7, 12, 13, 127, 128, 129, 257};
    int[] features = {1, 5, 6, 7, 13, 64};
    long seed = 100;
    for (int n : queries) {
      for (int m : keys) {
        int dv = features[(int) (seed % features.length)];
        int dk = 1 + (int) (seed % 9);
        Tensor q = Tensor.random(DType.FLOAT32, seed++, -2, 2, n, dk);
        Tensor k = Tensor.random(DType.FLOAT32, seed++, -2, 2, m, dk);
        Tensor v = Tensor.random(DType.FLOAT32, seed++, -1, 1, m, dv);
        assertClose(reference(q, k, v, 0.7), Attention.scaledDotProduct(q, k, v, 0.7), 2e-5);
      }
    }
  }

  @Test
  void smallKeyBlocksRescaleEarlierBlocksWhenALaterOneRaisesTheMax() {
    // Keys whose scores grow block after block: every block raises each query's running max,
    // so every block rescales the outputs and sums so far. Both softmax implementations, blocks
    // of one kernel sliver (MR keys) and of 128 keys, a negative scale too.
    int n = 37;
    int m = 300;
    int dk = 3;
    int dv = 11;
    float[] q = Tensor.random(DType.FLOAT32, 51, 0.5, 1, n, dk).toFloatArray();
    float[] k = new float[m * dk];
    for (int p = 0; p < m; p++) {
      for (int c = 0; c < dk; c++) {
        k[p * dk + c] = p * 0.05f + c;
      }
    }
    float[] v = Tensor.random(DType.FLOAT32, 52, -1, 1, m, dv).toFloatArray();
    Tensor expected = reference(Tensor.wrap(q.clone(), new int[] {n, dk}), Tensor.wrap(k.clone(), new int[] {m, dk}),
        Tensor.wrap(v.clone(), new int[] {m, dv}), 1.5);
    Tensor expectedNegative = reference(Tensor.wrap(q.clone(), new int[] {n, dk}),
        Tensor.wrap(k.clone(), new int[] {m, dk}), Tensor.wrap(v.clone(), new int[] {m, dv}), -1.5);
    for (OnlineSoftmax softmax : softmaxes()) {
      for (int block : new int[] {1, 128}) {
        float[] out = new float[n * dv + 2];
        KeyBlockedAttention.compute(Gemm.FLOAT_KERNEL, softmax, block, n, m, dk, dv, q, 0, k, 0, v, 0, 1.5f, out, 1);
        assertEquals(0f, out[0], "nothing before the output");
        assertEquals(0f, out[n * dv + 1], "nothing after the output");
        assertClose(expected, Tensor.wrap(java.util.Arrays.copyOfRange(out, 1, 1 + n * dv), new int[] {n, dv}), 2e-5);
        KeyBlockedAttention.compute(Gemm.FLOAT_KERNEL, softmax, block, n, m, dk, dv, q, 0, k, 0, v, 0, -1.5f, out, 1);
        assertClose(expectedNegative, Tensor.wrap(java.util.Arrays.copyOfRange(out, 1, 1 + n * dv), new int[] {n, dv}),
            2e-5);
      }
    }
  }

  @Test
  void vectorAndScalarSoftmaxStepsAgree() {
    // The same score tile through both implementations: probabilities, sums, maxima, corrections.
    int nr = Gemm.FLOAT_KERNEL.nr();
    int rows = 13;
    java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
    float[] tile = new float[rows * nr];
    for (int i = 0; i < tile.length; i++) {
      tile[i] = (float) rng.nextDouble(-20, 20);
    }
    float[][] results = new float[2][];
    int which = 0;
    for (OnlineSoftmax softmax : softmaxes()) {
      float[] s = tile.clone();
      float[] max = new float[nr];
      float[] sum = new float[nr];
      float[] correction = new float[nr];
      softmax.step(s, rows, nr, 0.3f, max, sum, correction, true);
      float[] s2 = tile.clone();
      for (int i = 0; i < s2.length; i++) {
        s2[i] += 10f; // a second block with larger scores: the max rises, correction < 1
      }
      softmax.step(s2, rows, nr, 0.3f, max, sum, correction, false);
      float[] all = new float[s.length + s2.length + 3 * nr];
      System.arraycopy(s, 0, all, 0, s.length);
      System.arraycopy(s2, 0, all, s.length, s2.length);
      System.arraycopy(max, 0, all, 2 * s.length, nr);
      System.arraycopy(sum, 0, all, 2 * s.length + nr, nr);
      System.arraycopy(correction, 0, all, 2 * s.length + 2 * nr, nr);
      results[which++] = all;
    }
    if (which == 2) {
      for (int i = 0; i < results[0].length; i++) {
        assertEquals(results[0][i], results[1][i], 4e-7f * Math.max(1f, Math.abs(results[0][i])), "at " + i);
      }
    }
  }

  private static java.util.List<OnlineSoftmax> softmaxes() {
    java.util.List<OnlineSoftmax> list = new java.util.ArrayList<>();
    list.add(OnlineSoftmax.SCALAR);
    if (VectorSupport.ENABLED) {
      list.add(OnlineSoftmax.get());
    }
    return list;
  }
}
