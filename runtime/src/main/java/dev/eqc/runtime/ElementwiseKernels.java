package dev.eqc.runtime;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/** Element-wise loops over double arrays: unary maps and broadcasting binary zips. */
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
}
