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

  /** Population variance (divided by n) in two passes: the mean, then the squared deviations. */
  static double[] varRows(double[] x, int rows, int rowLength) {
    double[] mean = meanRows(x, rows, rowLength);
    double[] out = new double[rows];
    for (int r = 0; r < rows; r++) {
      double m = mean[r];
      double sum = 0.0;
      for (int j = r * rowLength, end = j + rowLength; j < end; j++) {
        double d = x[j] - m;
        sum += d * d;
      }
      out[r] = sum / rowLength; // an empty row gives NaN, as in NumPy
    }
    return out;
  }

  /**
   * {@code log(sum(exp(x)))} of each row as {@code max + log(sum(exp(x - max)))}, so no term
   * overflows; an empty or all -infinity row gives -infinity, a row holding +infinity gives
   * +infinity, a row holding NaN gives NaN.
   */
  static double[] logsumexpRows(double[] x, int rows, int rowLength) {
    double[] max = maxRows(x, rows, rowLength);
    double[] out = new double[rows];
    for (int r = 0; r < rows; r++) {
      double m = max[r];
      if (Double.isInfinite(m)) {
        out[r] = m;
        continue;
      }
      double sum = 0.0;
      for (int j = r * rowLength, end = j + rowLength; j < end; j++) {
        sum += Math.exp(x[j] - m);
      }
      out[r] = m + Math.log(sum);
    }
    return out;
  }

  /** Euclidean norm of each row, accumulated in double. */
  static double[] norm2Rows(double[] x, int rows, int rowLength) {
    double[] out = new double[rows];
    for (int r = 0; r < rows; r++) {
      double s = 0.0;
      for (int j = 0; j < rowLength; j++) {
        double v = x[r * rowLength + j];
        s += v * v;
      }
      out[r] = Math.sqrt(s);
    }
    return out;
  }
}
