package dev.eqc.runtime;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Element-wise loops: unary maps and broadcasting binary zips over double arrays, and the same
 * over float arrays without widening (in parallel through {@link Parallel}, in ranges aligned to
 * whole vectors so that results do not depend on the thread count).
 */
final class ElementwiseKernels {
  private ElementwiseKernels() {}

  static double[] map(double[] x, DoubleUnaryOperator f) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = f.applyAsDouble(x[i]);
    }
    return out;
  }

  /**
   * {@code f(a, b)} over {@code outShape}, the broadcast of both operand shapes. Iterates the
   * output row by row (last axis) so the inner loop is a strided walk with stride 0 or 1.
   */
  static double[] zip(double[] a, int[] aShape, double[] b, int[] bShape, int[] outShape,
      DoubleBinaryOperator f) {
    double[] out = new double[Shapes.numel(outShape)];
    if (Arrays.equals(aShape, bShape)) {
      for (int i = 0; i < out.length; i++) {
        out[i] = f.applyAsDouble(a[i], b[i]);
      }
      return out;
    }
    int rowLength = outShape[outShape.length - 1]; // rank >= 1: rank-0 shapes are equal above
    int[] outer = Shapes.dropLast(outShape, 1);
    int aLast = Shapes.lastOrOne(aShape);
    int bLast = Shapes.lastOrOne(bShape);
    int[] aRows = Broadcast.blockOffsets(dropLastIfAny(aShape), outer, aLast);
    int[] bRows = Broadcast.blockOffsets(dropLastIfAny(bShape), outer, bLast);
    int aStep = aLast == 1 ? 0 : 1;
    int bStep = bLast == 1 ? 0 : 1;
    for (int row = 0; row < aRows.length; row++) {
      int ai = aRows[row];
      int bi = bRows[row];
      int base = row * rowLength;
      for (int j = 0; j < rowLength; j++, ai += aStep, bi += bStep) {
        out[base + j] = f.applyAsDouble(a[ai], b[bi]);
      }
    }
    return out;
  }

  private static int[] dropLastIfAny(int[] shape) {
    return shape.length == 0 ? shape : Shapes.dropLast(shape, 1);
  }

  /**
   * The logistic function in a form that never overflows: {@code exp} is only taken of a
   * non-positive number, so the result stays finite and accurate for large |x|.
   */
  static double sigmoid(double x) {
    if (x >= 0) {
      return 1.0 / (1.0 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1.0 + e);
  }

  static double relu(double x) {
    // Math.max keeps NaN, like np.maximum(x, 0).
    return Math.max(x, 0.0);
  }

  /**
   * {@code log(1 + e^x)} as {@code log1p(e^-|x|) + max(x, 0)}: {@code exp} only ever sees a
   * non-positive number, so large positive x gives x (not infinity) and large negative x gives
   * e^x (not 0 through cancellation).
   */
  static double softplus(double x) {
    return Math.log1p(Math.exp(-Math.abs(x))) + Math.max(x, 0.0);
  }
  // ---- float32, without widening ----

  /** Parallel ranges start at multiples of this many elements (whole vectors). */
  private static final int ALIGN = 64;
  /** Scratch block length for float maps that need a second buffer (L1-sized). */
  static final int BLOCK = 2048;

  /** A float binary operation; +, -, *, / in float round exactly as in double then narrowed. */
  enum FloatBinary { ADD, SUB, MUL, DIV, POW, MAX, MIN }

  /** A loop over a range of a float array into another, as {@link VecMath}'s kernels are. */
  @FunctionalInterface
  interface FloatBlock {
    void apply(float[] src, int srcOff, float[] dst, int dstOff, int len);
  }

  /** {@code op} over all of {@code x} into a new array, in parallel ranges of whole vectors. */
  static float[] map(float[] x, long costPerElement, FloatBlock op) {
    float[] out = new float[x.length];
    Parallel.forRange(x.length, costPerElement, ALIGN, (lo, hi) -> op.apply(x, lo, out, lo, hi - lo));
    return out;
  }

  /** A generic unary map computed in double per element and narrowed, in parallel. */
  static float[] map(float[] x, DoubleUnaryOperator f) {
    float[] out = new float[x.length];
    Parallel.forRange(x.length, 8, ALIGN, (lo, hi) -> {
      for (int i = lo; i < hi; i++) {
        out[i] = (float) f.applyAsDouble(x[i]);
      }
    });
    return out;
  }

  /** {@code f(a, b)} with NumPy broadcasting over float arrays, in parallel over rows. */
  static float[] zip(float[] a, int[] aShape, float[] b, int[] bShape, int[] outShape,
      FloatBinary op) {
    float[] out = new float[Shapes.numel(outShape)];
    long cost = op == FloatBinary.POW ? 16 : 1;
    if (Arrays.equals(aShape, bShape)) {
      Parallel.forRange(out.length, cost, ALIGN,
          (lo, hi) -> row(op, a, lo, 1, b, lo, 1, out, lo, hi - lo));
      return out;
    }
    int rowLength = outShape[outShape.length - 1];
    int[] outer = Shapes.dropLast(outShape, 1);
    int aLast = Shapes.lastOrOne(aShape);
    int bLast = Shapes.lastOrOne(bShape);
    int[] aRows = Broadcast.blockOffsets(dropLastIfAny(aShape), outer, aLast);
    int[] bRows = Broadcast.blockOffsets(dropLastIfAny(bShape), outer, bLast);
    int aStep = aLast == 1 ? 0 : 1;
    int bStep = bLast == 1 ? 0 : 1;
    Parallel.forRange(aRows.length, cost * rowLength, (lo, hi) -> {
      for (int r = lo; r < hi; r++) {
        row(op, a, aRows[r], aStep, b, bRows[r], bStep, out, r * rowLength, rowLength);
      }
    });
    return out;
  }

  /**
   * One row of a broadcast binary op: each operand steps by 1 or 0 (a stretched value). A loop
   * per case so that the JIT vectorises the common ones.
   */
  private static void row(FloatBinary op, float[] a, int ai, int aStep, float[] b, int bi,
      int bStep, float[] out, int o, int len) {
    if (aStep == 0 && bStep == 0) {
      aStep = 1; // both stretched: one element, read through the equal-steps loop
      bStep = 1;
    }
    switch (op) {
      case ADD:
        if (aStep == bStep) {
          for (int j = 0; j < len; j++) {
            out[o + j] = a[ai + j] + b[bi + j];
          }
        } else if (bStep == 0) {
          float s = b[bi];
          for (int j = 0; j < len; j++) {
            out[o + j] = a[ai + j] + s;
          }
        } else {
          float s = a[ai];
          for (int j = 0; j < len; j++) {
            out[o + j] = s + b[bi + j];
          }
        }
        break;
      case SUB:
        if (aStep == bStep) {
          for (int j = 0; j < len; j++) {
            out[o + j] = a[ai + j] - b[bi + j];
          }
        } else if (bStep == 0) {
          float s = b[bi];
          for (int j = 0; j < len; j++) {
            out[o + j] = a[ai + j] - s;
          }
        } else {
          float s = a[ai];
          for (int j = 0; j < len; j++) {
            out[o + j] = s - b[bi + j];
          }
        }
        break;
      case MUL:
        if (aStep == bStep) {
          for (int j = 0; j < len; j++) {
            out[o + j] = a[ai + j] * b[bi + j];
          }
        } else if (bStep == 0) {
          float s = b[bi];
          for (int j = 0; j < len; j++) {
            out[o + j] = a[ai + j] * s;
          }
        } else {
          float s = a[ai];
          for (int j = 0; j < len; j++) {
            out[o + j] = s * b[bi + j];
          }
        }
        break;
      case DIV:
        if (aStep == bStep) {
          for (int j = 0; j < len; j++) {
            out[o + j] = a[ai + j] / b[bi + j];
          }
        } else if (bStep == 0) {
          float s = b[bi];
          for (int j = 0; j < len; j++) {
            out[o + j] = a[ai + j] / s;
          }
        } else {
          float s = a[ai];
          for (int j = 0; j < len; j++) {
            out[o + j] = s / b[bi + j];
          }
        }
        break;
      case POW:
        if (aStep == bStep) {
          for (int j = 0; j < len; j++) {
            out[o + j] = (float) Math.pow(a[ai + j], b[bi + j]);
          }
        } else if (bStep == 0) {
          float s = b[bi];
          for (int j = 0; j < len; j++) {
            out[o + j] = (float) Math.pow(a[ai + j], s);
          }
        } else {
          float s = a[ai];
          for (int j = 0; j < len; j++) {
            out[o + j] = (float) Math.pow(s, b[bi + j]);
          }
        }
        break;
      case MAX:
        if (aStep == bStep) {
          for (int j = 0; j < len; j++) {
            out[o + j] = Math.max(a[ai + j], b[bi + j]);
          }
        } else if (bStep == 0) {
          float s = b[bi];
          for (int j = 0; j < len; j++) {
            out[o + j] = Math.max(a[ai + j], s);
          }
        } else {
          float s = a[ai];
          for (int j = 0; j < len; j++) {
            out[o + j] = Math.max(s, b[bi + j]);
          }
        }
        break;
      case MIN:
        if (aStep == bStep) {
          for (int j = 0; j < len; j++) {
            out[o + j] = Math.min(a[ai + j], b[bi + j]);
          }
        } else if (bStep == 0) {
          float s = b[bi];
          for (int j = 0; j < len; j++) {
            out[o + j] = Math.min(a[ai + j], s);
          }
        } else {
          float s = a[ai];
          for (int j = 0; j < len; j++) {
            out[o + j] = Math.min(s, b[bi + j]);
          }
        }
        break;
      default:
        throw new AssertionError(op);
    }
  }

  /**
   * {@code (float) f(x[i], s)} with the scalar kept in double, as the double path computes.
   * One loop per operation (no switch inside the loop), so the JIT vectorises it; when the
   * scalar is exactly a float, +, -, *, / and max/min are computed in float, which rounds the
   * same as computing in double and narrowing (double carries more than twice float's bits).
   */
  static float[] mapScalar(float[] x, double s, FloatBinary op, boolean scalarFirst) {
    float f = (float) s;
    boolean exact = f == s || Double.isNaN(s);
    return map(x, op == FloatBinary.POW ? 16 : 1, (src, so, dst, d, len) -> {
      if (exact && op != FloatBinary.POW) {
        floatScalarOp(op, scalarFirst, f, src, so, dst, d, len);
        return;
      }
      for (int i = 0; i < len; i++) {
        double v = src[so + i];
        double l = scalarFirst ? s : v;
        double r = scalarFirst ? v : s;
        double y;
        switch (op) {
          case ADD: y = l + r; break;
          case SUB: y = l - r; break;
          case MUL: y = l * r; break;
          case DIV: y = l / r; break;
          case POW: y = Math.pow(l, r); break;
          case MAX: y = Math.max(l, r); break;
          default: y = Math.min(l, r); break;
        }
        dst[d + i] = (float) y;
      }
    });
  }

  private static void floatScalarOp(FloatBinary op, boolean scalarFirst, float s, float[] src, int so,
      float[] dst, int d, int len) {
    switch (op) {
      case ADD:
        for (int i = 0; i < len; i++) {
          dst[d + i] = src[so + i] + s;
        }
        break;
      case MUL:
        for (int i = 0; i < len; i++) {
          dst[d + i] = src[so + i] * s;
        }
        break;
      case SUB:
        if (scalarFirst) {
          for (int i = 0; i < len; i++) {
            dst[d + i] = s - src[so + i];
          }
        } else {
          for (int i = 0; i < len; i++) {
            dst[d + i] = src[so + i] - s;
          }
        }
        break;
      case DIV:
        if (scalarFirst) {
          for (int i = 0; i < len; i++) {
            dst[d + i] = s / src[so + i];
          }
        } else {
          for (int i = 0; i < len; i++) {
            dst[d + i] = src[so + i] / s;
          }
        }
        break;
      case MAX:
        // Math.max keeps NaN from either side, like np.maximum; operand order does not matter.
        for (int i = 0; i < len; i++) {
          dst[d + i] = Math.max(src[so + i], s);
        }
        break;
      case MIN:
        for (int i = 0; i < len; i++) {
          dst[d + i] = Math.min(src[so + i], s);
        }
        break;
      default:
        throw new AssertionError(op);
    }
  }

  static void neg(float[] src, int so, float[] dst, int d, int len) {
    for (int i = 0; i < len; i++) {
      dst[d + i] = -src[so + i];
    }
  }

  static void abs(float[] src, int so, float[] dst, int d, int len) {
    for (int i = 0; i < len; i++) {
      dst[d + i] = Math.abs(src[so + i]);
    }
  }

  static void square(float[] src, int so, float[] dst, int d, int len) {
    for (int i = 0; i < len; i++) {
      float v = src[so + i];
      dst[d + i] = v * v;
    }
  }

  /** sqrt in float is correctly rounded, the same as the double sqrt narrowed. */
  static void sqrt(float[] src, int so, float[] dst, int d, int len) {
    for (int i = 0; i < len; i++) {
      dst[d + i] = (float) Math.sqrt(src[so + i]);
    }
  }

  static void relu(float[] src, int so, float[] dst, int d, int len) {
    for (int i = 0; i < len; i++) {
      dst[d + i] = Math.max(src[so + i], 0f);
    }
  }

  static void reciprocal(float[] src, int so, float[] dst, int d, int len) {
    for (int i = 0; i < len; i++) {
      dst[d + i] = 1f / src[so + i];
    }
  }

  /**
   * softplus in float, {@code max(x, 0) + log1p(e^-|x|)}, with log1p(e) as
   * {@code log(u) * e / (u - 1)}, u = 1 + e (Goldberg's trick), which keeps tiny e accurate.
   * Needs {@code src != dst}.
   */
  static void softplus(float[] src, int so, float[] dst, int d, int len) {
    float[] e = new float[Math.min(len, BLOCK)];
    for (int start = 0; start < len; start += BLOCK) {
      int n = Math.min(BLOCK, len - start);
      for (int i = 0; i < n; i++) {
        e[i] = -Math.abs(src[so + start + i]);
      }
      VecMath.exp(e, 0, n);
      for (int i = 0; i < n; i++) {
        dst[d + start + i] = 1f + e[i];
      }
      VecMath.log(dst, d + start, n);
      for (int i = 0; i < n; i++) {
        float u = 1f + e[i];
        float log1p = u == 1f ? e[i] : dst[d + start + i] * (e[i] / (u - 1f));
        dst[d + start + i] = Math.max(src[so + start + i], 0f) + log1p;
      }
    }
  }
}
