package dev.eqc.runtime;

/**
 * Helpers for the fused loops eqc generates: the guards that decide whether a call can take the
 * fused path (every operand the full shape, one row broadcast over all rows, or a single number),
 * and the row reductions those loops call. Reductions read float or double storage and
 * accumulate in double, in several independent sums so that the loop is not one long chain of
 * dependent additions.
 */
public final class Fused {
  /** Elements per block of a fused element-wise loop: its scratch arrays stay in L1. */
  public static final int BLOCK = 1024;

  private Fused() {}

  /** Whether every tensor has the shape of the first, so one flat loop covers them all. */
  public static boolean sameShapes(Tensor... ts) {
    int[] first = ts[0].shapeRef();
    for (int i = 1; i < ts.length; i++) {
      if (!java.util.Arrays.equals(first, ts[i].shapeRef())) {
        return false;
      }
    }
    return true;
  }

  /** Whether every tensor is of {@code dtype}. */
  public static boolean allOf(DType dtype, Tensor... ts) {
    for (Tensor t : ts) {
      if (t.dtype() != dtype) {
        return false;
      }
    }
    return true;
  }

  /** Whether each tensor holds a single number (any rank, e.g. a scalar input without batch axes). */
  public static boolean singleNumbers(Tensor... ts) {
    for (Tensor t : ts) {
      if (t.numel() != 1) {
        return false;
      }
    }
    return true;
  }

  /** Of tensors whose last axis is a row, the one with the most elements: it gives the result shape. */
  public static Tensor widest(Tensor... ts) {
    Tensor best = ts[0];
    for (Tensor t : ts) {
      if (t.numel() > best.numel()) {
        best = t;
      }
    }
    return best;
  }

  /**
   * How far apart the rows of {@code t} lie when a fused row loop walks the rows of
   * {@code result}: {@code rowLength} when {@code t} has the result's shape, 0 when {@code t} is
   * one row shared by all, and -1 when neither (the caller then takes the general path).
   */
  public static int rowStride(Tensor t, Tensor result, int rowLength) {
    if (java.util.Arrays.equals(t.shapeRef(), result.shapeRef())) {
      return rowLength;
    }
    return t.rank() == 1 && t.size(0) == rowLength ? 0 : -1;
  }

  /** The sum of {@code a[off .. off+len)}, accumulated in double. */
  public static double sum(float[] a, int off, int len) {
    return VectorSupport.ENABLED ? FusedVectorKernels.sum(a, off, len) : scalarSum(a, off, len);
  }

  static double scalarSum(float[] a, int off, int len) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int i = 0;
    for (; i + 4 <= len; i += 4) {
      s0 += a[off + i];
      s1 += a[off + i + 1];
      s2 += a[off + i + 2];
      s3 += a[off + i + 3];
    }
    for (; i < len; i++) {
      s0 += a[off + i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** The sum of {@code a[off .. off+len)}, in interleaved partial sums. */
  public static double sum(double[] a, int off, int len) {
    return VectorSupport.ENABLED ? FusedVectorKernels.sum(a, off, len) : scalarSum(a, off, len);
  }

  static double scalarSum(double[] a, int off, int len) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int i = 0;
    for (; i + 4 <= len; i += 4) {
      s0 += a[off + i];
      s1 += a[off + i + 1];
      s2 += a[off + i + 2];
      s3 += a[off + i + 3];
    }
    for (; i < len; i++) {
      s0 += a[off + i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** {@code sum((a[i] - mean)^2)} over the range, accumulated in double: the variance numerator. */
  public static double sumSquaredDeviations(float[] a, int off, int len, double mean) {
    return VectorSupport.ENABLED ? FusedVectorKernels.sumSquaredDeviations(a, off, len, mean)
        : scalarSumSquaredDeviations(a, off, len, mean);
  }

  static double scalarSumSquaredDeviations(float[] a, int off, int len, double mean) {
    double s0 = 0;
    double s1 = 0;
    int i = 0;
    for (; i + 2 <= len; i += 2) {
      double d0 = a[off + i] - mean;
      double d1 = a[off + i + 1] - mean;
      s0 += d0 * d0;
      s1 += d1 * d1;
    }
    for (; i < len; i++) {
      double d = a[off + i] - mean;
      s0 += d * d;
    }
    return s0 + s1;
  }

  /** {@code sum((a[i] - mean)^2)} over the range. */
  public static double sumSquaredDeviations(double[] a, int off, int len, double mean) {
    double s0 = 0;
    double s1 = 0;
    int i = 0;
    for (; i + 2 <= len; i += 2) {
      double d0 = a[off + i] - mean;
      double d1 = a[off + i + 1] - mean;
      s0 += d0 * d0;
      s1 += d1 * d1;
    }
    for (; i < len; i++) {
      double d = a[off + i] - mean;
      s0 += d * d;
    }
    return s0 + s1;
  }

  /** The largest of the range (NaN if any is NaN, like {@code np.max}); -Infinity when empty. */
  public static double max(float[] a, int off, int len) {
    if (VectorSupport.ENABLED) {
      return FusedVectorKernels.max(a, off, len);
    }
    double m = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < len; i++) {
      m = Math.max(m, a[off + i]);
    }
    return m;
  }

  /** The largest of the range (NaN if any is NaN); -Infinity when empty. */
  public static double max(double[] a, int off, int len) {
    double m = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < len; i++) {
      m = Math.max(m, a[off + i]);
    }
    return m;
  }

  /** The smallest of the range (NaN if any is NaN); +Infinity when empty. */
  public static double min(float[] a, int off, int len) {
    double m = Double.POSITIVE_INFINITY;
    for (int i = 0; i < len; i++) {
      m = Math.min(m, a[off + i]);
    }
    return m;
  }

  /** The smallest of the range (NaN if any is NaN); +Infinity when empty. */
  public static double min(double[] a, int off, int len) {
    double m = Double.POSITIVE_INFINITY;
    for (int i = 0; i < len; i++) {
      m = Math.min(m, a[off + i]);
    }
    return m;
  }

  /**
   * {@code log(sum(exp(a[i])))} over the range, stably: the largest element is taken out first,
   * so {@code exp} never overflows, and the sum is accumulated in double. -Infinity when empty
   * or when every element is -Infinity; NaN if any element is NaN; +Infinity if any is.
   */
  public static double logSumExp(float[] a, int off, int len) {
    double max = max(a, off, len);
    if (Double.isInfinite(max) || Double.isNaN(max)) {
      return max;
    }
    return max + Math.log(VectorSupport.ENABLED ? FusedVectorKernels.sumExpShifted(a, off, len, (float) max)
        : scalarSumExpShifted(a, off, len, max));
  }

  /** {@code log(sum(exp(a[i])))} over the range, stably (see the float overload). */
  public static double logSumExp(double[] a, int off, int len) {
    double max = max(a, off, len);
    if (Double.isInfinite(max) || Double.isNaN(max)) {
      return max;
    }
    double s = 0;
    for (int i = 0; i < len; i++) {
      s += Math.exp(a[off + i] - max);
    }
    return max + Math.log(s);
  }

  static double scalarSumExpShifted(float[] a, int off, int len, double max) {
    double s = 0;
    for (int i = 0; i < len; i++) {
      s += Math.exp(a[off + i] - max);
    }
    return s;
  }
}
