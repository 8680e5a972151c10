package dev.eqc.runtime;

/** Softmax and log-softmax along contiguous rows, stabilised by subtracting each row's maximum. */
final class SoftmaxKernel {
  private SoftmaxKernel() {}

  /** Softmax of each of the {@code x.length / rowLength} rows of length {@code rowLength}. */
  static double[] rows(double[] x, int rowLength) {
    double[] out = new double[x.length];
    for (int base = 0; base < x.length; base += rowLength) {
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < rowLength; j++) {
        max = Math.max(max, x[base + j]);
      }
      // After the shift every exponent is <= 0, so nothing overflows and the sum is >= 1.
      double sum = 0.0;
      for (int j = 0; j < rowLength; j++) {
        double e = Math.exp(x[base + j] - max);
        out[base + j] = e;
        sum += e;
      }
      for (int j = 0; j < rowLength; j++) {
        out[base + j] /= sum;
      }
    }
    return out;
  }

  /**
   * Log-softmax of each row, {@code x - max - log(sum(exp(x - max)))}: the sum is at least 1, so
   * its logarithm is finite and no large term is exponentiated.
   */
  static double[] logRows(double[] x, int rowLength) {
    double[] out = new double[x.length];
    for (int base = 0; base < x.length; base += rowLength) {
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < rowLength; j++) {
        max = Math.max(max, x[base + j]);
      }
      double sum = 0.0;
      for (int j = 0; j < rowLength; j++) {
        sum += Math.exp(x[base + j] - max);
      }
      double shift = max + Math.log(sum);
      for (int j = 0; j < rowLength; j++) {
        out[base + j] = x[base + j] - shift;
      }
    }
    return out;
  }

  // ---- float32: parallel over rows, one read of x and one write of the output ----

  /**
   * Float softmax of each row: the row maximum, then {@code e^(x - max)} written to the output
   * by {@link VecMath#exp} and summed in double while the row is in cache, then scaled in place.
   */
  static float[] rows(float[] x, int rowLength) {
    float[] out = new float[x.length];
    int rows = rowLength == 0 ? 0 : x.length / rowLength;
    Parallel.forRange(rows, 12L * rowLength, (lo, hi) -> {
      for (int r = lo; r < hi; r++) {
        int base = r * rowLength;
        float max = ReductionKernels.max(x, base, rowLength);
        for (int j = 0; j < rowLength; j++) {
          out[base + j] = x[base + j] - max;
        }
        VecMath.exp(out, base, rowLength);
        float inv = (float) (1.0 / ReductionKernels.sum(out, base, rowLength));
        for (int j = 0; j < rowLength; j++) {
          out[base + j] *= inv;
        }
      }
    });
    return out;
  }

  /** Float log-softmax of each row, {@code x - (max + log(sum(e^(x - max))))}. */
  static float[] logRows(float[] x, int rowLength) {
    float[] out = new float[x.length];
    int rows = rowLength == 0 ? 0 : x.length / rowLength;
    Parallel.forRange(rows, 12L * rowLength, (lo, hi) -> {
      for (int r = lo; r < hi; r++) {
        int base = r * rowLength;
        double shift = Fused.logSumExp(x, base, rowLength);
        for (int j = 0; j < rowLength; j++) {
          out[base + j] = (float) (x[base + j] - shift);
        }
      }
    });
    return out;
  }
}
