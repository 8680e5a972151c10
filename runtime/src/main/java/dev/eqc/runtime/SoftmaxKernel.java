package dev.eqc.runtime;

/** Softmax along contiguous rows, stabilised by subtracting each row's maximum. */
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
}
