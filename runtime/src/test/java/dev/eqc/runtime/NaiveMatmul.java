package dev.eqc.runtime;

import java.util.Arrays;

/**
 * A deliberately simple batched matmul reference for tests: multi-index loops through
 * {@link Tensor#get}, with its own broadcasting, sharing no code with the kernels.
 */
final class NaiveMatmul {
  private NaiveMatmul() {}

  static Tensor matmul(Tensor a, Tensor b) {
    int[] as = a.shape();
    int[] bs = b.shape();
    int m = as[as.length - 2];
    int k = as[as.length - 1];
    int n = bs[bs.length - 1];
    int[] batch = broadcast(Arrays.copyOf(as, as.length - 2), Arrays.copyOf(bs, bs.length - 2));
    int[] outShape = Arrays.copyOf(batch, batch.length + 2);
    outShape[batch.length] = m;
    outShape[batch.length + 1] = n;
    Tensor out = Tensor.zeros(DType.FLOAT64, outShape);
    int batches = out.numel() / Math.max(1, m * n);
    int flat = 0;
    for (int bi = 0; bi < batches && m * n > 0; bi++) {
      int[] bIndex = unflatten(bi, batch);
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          double sum = 0;
          for (int p = 0; p < k; p++) {
            sum += a.get(index(as, bIndex, i, p)) * b.get(index(bs, bIndex, p, j));
          }
          out.setFlat(flat++, sum);
        }
      }
    }
    return out;
  }

  private static int[] broadcast(int[] a, int[] b) {
    int rank = Math.max(a.length, b.length);
    int[] out = new int[rank];
    for (int d = 0; d < rank; d++) {
      int da = d - (rank - a.length) >= 0 ? a[d - (rank - a.length)] : 1;
      int db = d - (rank - b.length) >= 0 ? b[d - (rank - b.length)] : 1;
      if (da != db && da != 1 && db != 1) {
        throw new IllegalArgumentException("test setup: batches do not broadcast");
      }
      out[d] = Math.max(da, db);
    }
    return out;
  }

  /** The operand index for an output batch index: right-aligned, size-1 dims pinned to 0. */
  private static int[] index(int[] shape, int[] batchIndex, int row, int col) {
    int batchRank = shape.length - 2;
    int[] index = new int[shape.length];
    for (int d = 0; d < batchRank; d++) {
      index[d] = shape[d] == 1 ? 0 : batchIndex[batchIndex.length - batchRank + d];
    }
    index[batchRank] = row;
    index[batchRank + 1] = col;
    return index;
  }

  private static int[] unflatten(int flat, int[] shape) {
    int[] index = new int[shape.length];
    for (int d = shape.length - 1; d >= 0; d--) {
      index[d] = flat % shape[d];
      flat /= shape[d];
    }
    return index;
  }
}
