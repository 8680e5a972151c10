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

  // ---- float32 rows: read without widening, accumulated in double, parallel over rows ----

  /** A per-row float reduction to a double. */
  @FunctionalInterface
  interface FloatRow {
    double reduce(float[] x, int off, int len);
  }

  /** {@code f} of each row, in parallel over rows, narrowed to float. */
  static float[] rows(float[] x, int rows, int rowLength, long costPerElement, FloatRow f) {
    float[] out = new float[rows];
    Parallel.forRange(rows, costPerElement * Math.max(1, rowLength), (lo, hi) -> {
      for (int r = lo; r < hi; r++) {
        out[r] = (float) f.reduce(x, r * rowLength, rowLength);
      }
    });
    return out;
  }

  /** Sum of a float range in double: {@link Fused#sum}, the one row sum (vector lanes when present). */
  static double sum(float[] x, int off, int len) {
    return Fused.sum(x, off, len);
  }

  static double mean(float[] x, int off, int len) {
    return sum(x, off, len) / len;
  }

  /** Population variance in two passes (mean, then squared deviations), in double. */
  static double var(float[] x, int off, int len) {
    return Fused.sumSquaredDeviations(x, off, len, mean(x, off, len)) / len;
  }

  /** Euclidean norm in double. */
  static double norm2(float[] x, int off, int len) {
    double s0 = 0;
    double s1 = 0;
    int j = 0;
    for (; j + 1 < len; j += 2) {
      double a = x[off + j];
      double b = x[off + j + 1];
      s0 += a * a;
      s1 += b * b;
    }
    for (; j < len; j++) {
      double a = x[off + j];
      s0 += a * a;
    }
    return Math.sqrt(s0 + s1);
  }

  /** The maximum of a float range; NaN if it holds NaN, -infinity if empty. */
  static float max(float[] x, int off, int len) {
    return (float) Fused.max(x, off, len);
  }

  /** Row-wise logsumexp of float rows. */
  static float[] logsumexpRows(float[] x, int rows, int rowLength) {
    float[] out = new float[rows];
    Parallel.forRange(rows, 12L * Math.max(1, rowLength), (lo, hi) -> {
      for (int r = lo; r < hi; r++) {
        out[r] = (float) Fused.logSumExp(x, r * rowLength, rowLength);
      }
    });
    return out;
  }
}
