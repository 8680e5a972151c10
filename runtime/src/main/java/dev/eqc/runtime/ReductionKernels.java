package dev.eqc.runtime;

/** Reductions of contiguous rows (the last axis) to one value per row, accumulated in double. */
final class ReductionKernels {
  private ReductionKernels() {}

  static double[] sumRows(double[] x, int rows, int rowLength) {
    double[] out = new double[rows];
    for (int r = 0; r < rows; r++) {
      double sum = 0.0;
      for (int j = r * rowLength, end = j + rowLength; j < end; j++) {
        sum += x[j];
      }
      out[r] = sum;
    }
    return out;
  }

  static double[] meanRows(double[] x, int rows, int rowLength) {
    double[] out = sumRows(x, rows, rowLength);
    for (int r = 0; r < rows; r++) {
      out[r] /= rowLength; // an empty row gives 0/0 = NaN, as in NumPy
    }
    return out;
  }

  /** Row maxima, NaN if the row holds a NaN; callers reject empty rows. */
  static double[] maxRows(double[] x, int rows, int rowLength) {
    double[] out = new double[rows];
    for (int r = 0; r < rows; r++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int j = r * rowLength, end = j + rowLength; j < end; j++) {
        max = Math.max(max, x[j]);
      }
      out[r] = max;
    }
    return out;
  }
}
