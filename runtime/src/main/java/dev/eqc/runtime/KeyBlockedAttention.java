package dev.eqc.runtime;

/**
 * Float32 {@code softmax(scale * Q K^T) V} blocked over keys, flash-attention style (Dao et al.,
 * 2022): for a sliver of NR queries, the keys are visited a block at a time with a running max
 * and a running sum per query, so no row of scores is ever longer than a block, and everything a
 * block touches stays in L1.
 *
 * <p>Both products run on the GEMM micro-kernel ({@link Gemm#FLOAT_KERNEL}), computed transposed
 * so that no score is ever repacked:
 *
 * <pre>
 * S^T (block x NR)  = K_block (block x d_k) * Q_sliver^T (d_k x NR)   A = K, packed once per call
 * P^T               = exp(scale * S^T - running max), lane-wise        OnlineSoftmax.step
 * O^T (d_v x NR)   += V_block^T (d_v x block) * P^T (block x NR)      A = V^T, packed once per call
 * </pre>
 *
 * The micro-kernel writes its MR x NR tile of {@code S^T} row by row with a leading dimension of
 * NR, which is exactly the packed layout of a B operand: {@code P^T} goes straight back into the
 * kernel as B. Each row of the tiles is one key (or one output feature) and each lane one query,
 * so the softmax is lane-wise (no horizontal reductions) and O^T is rescaled by a per-lane
 * factor when a later block raises a query's max. At the end {@code O = (O^T)^T / sum}.
 *
 * <p>K (as MR-key slivers over d_k) and V^T (as MR-feature slivers over all m keys) are packed
 * once per call, into the calling thread's buffers, and shared read-only by every task; each task packs its sliver of Q^T and keeps
 * its score, output and per-query buffers. Slivers of queries run in parallel on {@link Parallel}.
 */
final class KeyBlockedAttention {
  /** Keys per block, rounded up to the kernel's MR: 128 keys x 32 queries of scores is 16 KiB. */
  static final int KEYS_PER_BLOCK = 128;

  private KeyBlockedAttention() {}

  /**
   * {@code out[outOff + i*dv + c] = sum_p softmax_p(scale * q_i . k_p) v[p][c]} for the n queries
   * at {@code q[qOff ..]} ([n, dk] row-major), m keys at {@code k[kOff ..]} ([m, dk]) and values
   * at {@code v[vOff ..]} ([m, dv]).
   */
  static void compute(int n, int m, int dk, int dv, float[] q, int qOff, float[] k, int kOff,
      float[] v, int vOff, float scale, float[] out, int outOff) {
    compute(Gemm.FLOAT_KERNEL, OnlineSoftmax.get(), KEYS_PER_BLOCK, n, m, dk, dv, q, qOff, k, kOff,
        v, vOff, scale, out, outOff);
  }

  /** {@link #compute} with an explicit kernel, softmax steps and key block (tests and tuning). */
  static void compute(GemmFloatKernel kernel, OnlineSoftmax softmax, int keysPerBlock, int n, int m,
      int dk, int dv, float[] q, int qOff, float[] k, int kOff, float[] v, int vOff, float scale,
      float[] out, int outOff) {
    if (n == 0 || dv == 0) {
      return;
    }
    if (m == 0) {
      // softmax over no keys: 0/0, as the composition gives
      java.util.Arrays.fill(out, outOff, outOff + n * dv, Float.NaN);
      return;
    }
    int mr = kernel.mr();
    int nr = kernel.nr();
    int block = (Math.max(1, keysPerBlock) + mr - 1) / mr * mr;
    int keySlivers = (m + mr - 1) / mr;
    int featureSlivers = (dv + mr - 1) / mr;
    // K as the A operand: MR-key slivers over d_k. V^T as the A operand: MR-feature slivers over
    // all m keys, so a block of keys is a contiguous run of every sliver.
    float[] packedK = BUFFERS.get().keys(keySlivers * mr * dk);
    float[] packedVt = BUFFERS.get().values(featureSlivers * mr * m);
    Parallel.forRange(keySlivers, (long) mr * dk, (lo, hi) ->
        GemmPacking.packA(k, kOff, dk, lo * mr, Math.min(m, hi * mr) - lo * mr, 0, dk, mr, packedK, lo * mr * dk));
    Parallel.forRange(featureSlivers, (long) mr * m, (lo, hi) -> {
      for (int s = lo; s < hi; s++) {
        packTransposedSliver(v, vOff, dv, m, s * mr, mr, packedVt, s * mr * m);
      }
    });
    int querySlivers = (n + nr - 1) / nr;
    long costPerSliver = (long) nr * m * (2L * dk + 2L * dv + 20);
    Parallel.forRange(querySlivers, costPerSliver, (lo, hi) -> {
      float[] packedQt = new float[dk * nr];
      float[] scores = new float[block * nr];
      float[] outT = new float[featureSlivers * mr * nr];
      float[] max = new float[nr];
      float[] sum = new float[nr];
      float[] correction = new float[nr];
      for (int sliver = lo; sliver < hi; sliver++) {
        int q0 = sliver * nr;
        int queries = Math.min(nr, n - q0);
        GemmPacking.packB(q, qOff, dk, true, 0, dk, q0, queries, nr, packedQt);
        for (int k0 = 0; k0 < m; k0 += block) {
          int keys = Math.min(block, m - k0);
          boolean first = k0 == 0;
          // S^T = K_block Q^T, MR keys at a time
          for (int r = 0; r < keys; r += mr) {
            kernel.multiply(dk, packedK, (k0 + r) * dk, packedQt, 0, scores, r * nr, nr, false);
          }
          softmax.step(scores, keys, nr, scale, max, sum, correction, first);
          if (!first) {
            softmax.rescale(outT, featureSlivers * mr, nr, correction);
          }
          // O^T += V_block^T P^T, MR output features at a time
          for (int f = 0; f < featureSlivers; f++) {
            kernel.multiply(keys, packedVt, f * mr * m + k0 * mr, scores, 0, outT, f * mr * nr, nr, !first);
          }
        }
        for (int j = 0; j < queries; j++) {
          float inv = 1f / sum[j];
          int row = outOff + (q0 + j) * dv;
          for (int c = 0; c < dv; c++) {
            out[row + c] = outT[c * nr + j] * inv;
          }
        }
      }
    });
  }

  /**
   * Packs {@code A = V^T} rows {@code f0 .. f0+mr-1} (features) over all m keys: {@code
   * dst[at + p*mr + i] = v[vOff + p*dv + f0 + i]}, zeros for features past {@code dv}.
   */
  private static void packTransposedSliver(float[] v, int vOff, int dv, int m, int f0, int mr, float[] dst,
      int at) {
    int width = Math.min(mr, dv - f0);
    for (int p = 0; p < m; p++) {
      System.arraycopy(v, vOff + p * dv + f0, dst, at + p * mr, width);
      if (width < mr) {
        // features past d_v: their outputs are never stored, but keep them finite and exact
        java.util.Arrays.fill(dst, at + p * mr + width, at + p * mr + mr, 0f);
      }
    }
  }

  /**
   * The calling thread's packed K and V^T, kept between calls (1 MiB for n = m = 2048, d = 64):
   * read-only while the tasks of one call run, and one call runs at a time per thread.
   */
  private static final ThreadLocal<Packed> BUFFERS = ThreadLocal.withInitial(Packed::new);

  /** Grow-only buffers for the packed operands. */
  private static final class Packed {
    private float[] keys = new float[0];
    private float[] values = new float[0];

    float[] keys(int length) {
      if (keys.length < length) {
        keys = new float[length];
      }
      return keys;
    }

    float[] values(int length) {
      if (values.length < length) {
        values = new float[length];
      }
      return values;
    }
  }
}
