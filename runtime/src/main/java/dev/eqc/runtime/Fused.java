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

  /**
   * The float storage a fused loop writes its result into: a new array when {@code out} is null,
   * else the storage of {@code out}, which must be FLOAT32 and have the result's shape. A loop may
   * write into an argument this way (an in-place update): every fused loop reads an element of
   * its operands before it writes that element of the result, and no loop reads an element it
   * has written. When {@code out} is a {@linkplain Tensor#isBufferView() buffer view}, the loop
   * writes into a copy, which {@link #result(float[], int[], Tensor)} stores into the buffer.
   */
  public static float[] floatsInto(Tensor out, int[] shape) {
    if (out == null) {
      return new float[Shapes.numel(shape)];
    }
    requireOut(out, DType.FLOAT32, shape);
    return out.floatsView();
  }

  /** As {@link #floatsInto}, for FLOAT64 results. */
  public static double[] doublesInto(Tensor out, int[] shape) {
    if (out == null) {
      return new double[Shapes.numel(shape)];
    }
    requireOut(out, DType.FLOAT64, shape);
    return out.doublesView();
  }

  /**
   * The result of a fused loop over {@code data}: a new tensor, or {@code out} itself holding
   * {@code data} (already there unless {@code out} is a buffer view).
   */
  public static Tensor result(float[] data, int[] shape, Tensor out) {
    if (out == null) {
      return Tensor.ofOwned(data, shape);
    }
    out.storeFrom(data);
    return out;
  }

  /** As {@link #result(float[], int[], Tensor)}, for FLOAT64. */
  public static Tensor result(double[] data, int[] shape, Tensor out) {
    if (out == null) {
      return Tensor.ofOwned(data, shape);
    }
    out.storeFrom(data);
    return out;
  }

  /**
   * A result computed by the general path, delivered: itself when {@code out} is null, else
   * copied into {@code out} (which must have its shape and dtype), and {@code out} returned.
   */
  public static Tensor into(Tensor result, Tensor out) {
    if (out == null) {
      return result;
    }
    requireOut(out, result.dtype(), result.shapeRef());
    if (out.isBufferView()) {
      if (out.dtype() == DType.FLOAT32) {
        out.storeFrom(result.floatsView());
      } else {
        out.storeFrom(result.doublesView());
      }
    } else if (out.dtype() == DType.FLOAT32) {
      System.arraycopy(result.floatsView(), 0, out.floatsView(), 0, result.numel());
    } else {
      System.arraycopy(result.doublesView(), 0, out.doublesView(), 0, result.numel());
    }
    return out;
  }

  private static void requireOut(Tensor out, DType dtype, int[] shape) {
    if (out.dtype() != dtype || !java.util.Arrays.equals(out.shapeRef(), shape)) {
      throw new IllegalArgumentException("out is " + out.dtype() + " " + java.util.Arrays.toString(out.shapeRef())
          + " but the result is " + dtype + " " + java.util.Arrays.toString(shape)
          + ": pass a tensor of the result's shape and dtype, or null for a new one");
    }
  }

  /** The sum of {@code a[off .. off+len)}, accumulated in double. */
  public static double sum(float[] a, int off, int len) {
    return VectorSupport.ENABLED ? FusedVectorKernels.rowSums(a, off, len, 0.0, FusedVectorKernels.SUM, null)
        : scalarSum(a, off, len);
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
    return VectorSupport.ENABLED ? FusedVectorKernels.rowSums(a, off, len, mean, FusedVectorKernels.SQUARES, null)
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

  /**
   * The mean and the (biased, divided by {@code len}) variance of the range in one pass over it:
   * {@code result[0]} and {@code result[1]}. The values are shifted by the range's first element
   * and their sum and sum of squares accumulated in double, so the variance is {@code (sum of
   * squares - sum^2 / len) / len} of values near zero: float inputs square exactly in double,
   * and the subtraction loses at most about {@code 1e-16 * (mean - first)^2 / variance}
   * relatively. One read of the row instead of two, as LayerNorm's statistics need.
   */
  public static void meanAndVariance(float[] a, int off, int len, double[] result) {
    if (len == 0) {
      result[0] = Double.NaN;
      result[1] = Double.NaN;
      return;
    }
    shiftedMoments(a, off, len, result);
    double sum = result[0];
    result[0] = a[off] + sum / len;
    result[1] = variance(sum, result[1], len);
  }

  /** Sums of {@code a[i] - a[off]} and of their squares into {@code sums[0]}, {@code sums[1]}, in double. */
  private static void shiftedMoments(float[] a, int off, int len, double[] sums) {
    if (VectorSupport.ENABLED) {
      sums[0] = FusedVectorKernels.rowSums(a, off, len, a[off], FusedVectorKernels.MOMENTS, sums);
    } else {
      scalarShiftedMoments(a, off, len, sums);
    }
  }

  /** The biased variance from the sum of shifted values and of their squares; never negative. */
  private static double variance(double sum, double squares, int len) {
    double meanShifted = sum / len;
    return Math.max(0.0, squares / len - meanShifted * meanShifted);
  }

  /** Sums of {@code a[i] - a[off]} and of their squares into {@code result[0]}, {@code result[1]}. */
  static void scalarShiftedMoments(float[] a, int off, int len, double[] result) {
    double shift = a[off];
    double s0 = 0;
    double s1 = 0;
    double q0 = 0;
    double q1 = 0;
    int i = 0;
    for (; i + 2 <= len; i += 2) {
      double d0 = a[off + i] - shift;
      double d1 = a[off + i + 1] - shift;
      s0 += d0;
      s1 += d1;
      q0 += d0 * d0;
      q1 += d1 * d1;
    }
    for (; i < len; i++) {
      double d = a[off + i] - shift;
      s0 += d;
      q0 += d * d;
    }
    result[0] = s0 + s1;
    result[1] = q0 + q1;
  }

  /** The mean and biased variance of the range (two passes: double storage gains nothing from one). */
  public static void meanAndVariance(double[] a, int off, int len, double[] result) {
    double mean = sum(a, off, len) / len;
    result[0] = mean;
    result[1] = sumSquaredDeviations(a, off, len, mean) / len;
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
    double sumExp = VectorSupport.ENABLED
        ? FusedVectorKernels.sumExp(a, off, len, (float) max)
        : scalarSumExpShifted(a, off, len, max);
    return max + Math.log(sumExp);
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

  /**
   * One row of a normalisation: {@code out[e] = ((x[e] - shift) * scale) * mul[e] + add[e]} for
   * {@code e} in {@code [0, len)}, where {@code mul} and {@code add} may be null (no gain, no
   * bias). LayerNorm, RMSNorm, batch norm and standardisation all end in this form once their
   * row statistics are known; the generated loop calls it so the element pass runs in SIMD
   * lanes (the JIT does not vectorise the same loop over arrays at different offsets). The
   * operations are done in this order, without fused multiply-add, so both paths round alike.
   */
  public static void scaleShift(float[] out, int outOff, float[] x, int xOff, int len, float shift, float scale,
      float[] mul, int mulOff, float[] add, int addOff) {
    if (VectorSupport.ENABLED) {
      FusedVectorKernels.scaleShift(out, outOff, x, xOff, len, shift, scale, mul, mulOff, add, addOff);
    } else {
      scalarScaleShift(out, outOff, x, xOff, len, shift, scale, mul, mulOff, add, addOff, 0);
    }
  }

  static void scalarScaleShift(float[] out, int outOff, float[] x, int xOff, int len, float shift, float scale,
      float[] mul, int mulOff, float[] add, int addOff, int from) {
    if (mul != null && add != null) {
      for (int e = from; e < len; e++) {
        out[outOff + e] = ((x[xOff + e] - shift) * scale) * mul[mulOff + e] + add[addOff + e];
      }
    } else if (mul != null) {
      for (int e = from; e < len; e++) {
        out[outOff + e] = ((x[xOff + e] - shift) * scale) * mul[mulOff + e];
      }
    } else if (add != null) {
      for (int e = from; e < len; e++) {
        out[outOff + e] = ((x[xOff + e] - shift) * scale) + add[addOff + e];
      }
    } else {
      for (int e = from; e < len; e++) {
        out[outOff + e] = (x[xOff + e] - shift) * scale;
      }
    }
  }

  /**
   * The sums a normalisation row's statistics come from, in one pass over {@code a[off ..
   * off+len)}: {@code sums[0]} is the sum of {@code a[i] - f}, {@code sums[1]} the sum of their
   * squares, {@code sums[2]} the shift {@code f}, which is the range's first element (0 when the
   * range is empty). Accumulated in double, as {@link #meanAndVariance(float[], int, int,
   * double[])} does; {@link #sumOf}, {@link #meanOf}, {@link #varianceOf} and {@link
   * #squaredDeviationsOf} read the statistics off them. A generated row loop calls this for its
   * first row only: {@link #scaleShiftThenSums} fills {@code sums} for each next row.
   */
  public static void shiftedSums(float[] a, int off, int len, double[] sums) {
    if (len == 0) {
      sums[0] = 0;
      sums[1] = 0;
      sums[2] = 0;
      return;
    }
    shiftedMoments(a, off, len, sums);
    sums[2] = a[off];
  }

  /** The sum of the range that {@link #shiftedSums} summed. */
  public static double sumOf(double[] sums, int len) {
    return len * sums[2] + sums[0];
  }

  /** The mean of the range that {@link #shiftedSums} summed (NaN when it is empty). */
  public static double meanOf(double[] sums, int len) {
    return sums[2] + sums[0] / len;
  }

  /**
   * The biased variance of the range that {@link #shiftedSums} summed: as {@link
   * #meanAndVariance(float[], int, int, double[])} computes it, never negative (NaN when empty).
   */
  public static double varianceOf(double[] sums, int len) {
    return variance(sums[0], sums[1], len);
  }

  /**
   * {@code sum((a[i] - c)^2)} over the range that {@link #shiftedSums} summed, for any {@code c}:
   * with {@code d = c - f}, it is {@code sum((a[i] - f)^2) - 2 d sum(a[i] - f) + len d^2}. With
   * {@code c} the row's mean this is the variance numerator; with 0, the sum of squares. Exact
   * algebra on double sums of values near zero, so it loses about {@code 1e-16 * len * d^2}
   * absolutely: nothing a float row notices unless its first element lies thousands of standard
   * deviations from {@code c}.
   */
  public static double squaredDeviationsOf(double[] sums, int len, double c) {
    double d = c - sums[2];
    return Math.max(0.0, sums[1] - 2 * d * sums[0] + len * d * d);
  }

  /**
   * {@link #scaleShift(float[], int, float[], int, int, float, float, float[], int, float[], int)}
   * of one row, then {@link #shiftedSums} of the next row, {@code x[nextOff .. nextOff+len)}, into
   * {@code sums} (nothing when {@code nextOff} is negative: the last row of a range). The output
   * is the same, bit for bit, as {@code scaleShift}'s; the sums are {@code shiftedSums}'s (in double,
   * up to the order of the last few additions).
   * With the vector module both happen in one loop, which writes one row while it reads the
   * next: a normalisation row loop then keeps one stream of loads and one of stores going at
   * once, instead of a read-only phase and a write-only phase per row, and takes about a fifth
   * less time on LayerNorm [4096, 1024] (docs/PERFORMANCE.md). {@code out} may be {@code x} (an
   * in-place update): the next row is read before this loop writes it.
   */
  public static void scaleShiftThenSums(float[] out, int outOff, float[] x, int xOff, int len, float shift,
      float scale, float[] mul, int mulOff, float[] add, int addOff, int nextOff, double[] sums) {
    if (nextOff < 0) {
      scaleShift(out, outOff, x, xOff, len, shift, scale, mul, mulOff, add, addOff);
    } else if (VectorSupport.ENABLED && len > 0) {
      double nextShift = x[nextOff];
      sums[0] = FusedVectorKernels.scaleShiftThenSums(out, outOff, x, xOff, len, shift, scale, mul, mulOff, add,
          addOff, nextOff, nextShift, sums);
      sums[2] = nextShift;
    } else {
      scalarScaleShift(out, outOff, x, xOff, len, shift, scale, mul, mulOff, add, addOff, 0);
      shiftedSums(x, nextOff, len, sums);
    }
  }

  /** {@link #scaleShift(float[], int, float[], int, int, float, float, float[], int, float[], int)} in double. */
  public static void scaleShift(double[] out, int outOff, double[] x, int xOff, int len, double shift,
      double scale, double[] mul, int mulOff, double[] add, int addOff) {
    if (VectorSupport.ENABLED) {
      FusedVectorKernels.scaleShift(out, outOff, x, xOff, len, shift, scale, mul, mulOff, add, addOff);
    } else {
      scalarScaleShift(out, outOff, x, xOff, len, shift, scale, mul, mulOff, add, addOff, 0);
    }
  }

  static void scalarScaleShift(double[] out, int outOff, double[] x, int xOff, int len, double shift,
      double scale, double[] mul, int mulOff, double[] add, int addOff, int from) {
    for (int e = from; e < len; e++) {
      double v = (x[xOff + e] - shift) * scale;
      if (mul != null) {
        v = v * mul[mulOff + e];
      }
      out[outOff + e] = add != null ? v + add[addOff + e] : v;
    }
  }
}
