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
}
