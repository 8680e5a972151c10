package dev.eqc.runtime;

import java.util.Arrays;

/** Kernels that rearrange elements: diagonals and concatenation. */
final class StructureKernels {
  private StructureKernels() {}

  static Tensor diagMatrix(Tensor x) {
    int[] shape = x.shape();
    int n = shape[shape.length - 1];
    int rows = x.numel() / Math.max(1, n);
    double[] src = x.readDoubles();
    double[] out = new double[rows * n * n];
    for (int r = 0; r < rows; r++) {
      for (int i = 0; i < n; i++) {
        out[r * n * n + i * n + i] = src[r * n + i];
      }
    }
    return Tensor.fromDoubles(x.dtype(), out, Shapes.concat(shape, n));
  }

  static Tensor diagonal(Tensor x) {
    int[] shape = x.shape();
    if (shape.length < 2 || shape[shape.length - 1] != shape[shape.length - 2]) {
      throw new IllegalArgumentException("diagonal: expected square last axes, got " + Shapes.format(shape));
    }
    int n = shape[shape.length - 1];
    int blocks = x.numel() / Math.max(1, n * n);
    double[] src = x.readDoubles();
    double[] out = new double[blocks * n];
    for (int b = 0; b < blocks; b++) {
      for (int i = 0; i < n; i++) {
        out[b * n + i] = src[b * n * n + i * n + i];
      }
    }
    return Tensor.fromDoubles(x.dtype(), out, Arrays.copyOf(shape, shape.length - 1));
  }

  static Tensor sliceLast(Tensor t, int start, int length) {
    int[] shape = t.shape();
    int n = shape.length == 0 ? 0 : shape[shape.length - 1];
    if (shape.length == 0 || start < 0 || length < 0 || start + length > n) {
      throw new IllegalArgumentException("sliceLast: [" + start + ", " + (start + length) + ") outside the last axis of "
          + Shapes.format(shape));
    }
    int rows = n == 0 ? 0 : t.numel() / n;
    double[] src = t.readDoubles();
    double[] out = new double[rows * length];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(src, r * n + start, out, r * length, length);
    }
    int[] outShape = shape.clone();
    outShape[outShape.length - 1] = length;
    return Tensor.fromDoubles(t.dtype(), out, outShape);
  }

  static Tensor concatLast(Tensor[] parts) {
    if (parts.length == 0) {
      throw new IllegalArgumentException("concatLast: nothing to concatenate");
    }
    int[] lead = new int[0];
    int total = 0;
    boolean wide = false;
    for (Tensor p : parts) {
      int[] s = p.shape();
      if (s.length == 0) {
        throw new IllegalArgumentException("concatLast: a scalar has no last axis");
      }
      lead = Broadcast.shapes(lead, Arrays.copyOf(s, s.length - 1));
      total += s[s.length - 1];
      wide |= p.dtype() == DType.FLOAT64;
    }
    int rows = Shapes.numel(lead);
    double[] out = new double[rows * total];
    int col = 0;
    for (Tensor p : parts) {
      int n = p.size(-1);
      // Broadcast the part's leading axes to the common ones, then copy its rows into place.
      Tensor expanded = Ops.add(p, Tensor.zeros(p.dtype(), Shapes.concat(lead, n)));
      double[] src = expanded.readDoubles();
      for (int r = 0; r < rows; r++) {
        System.arraycopy(src, r * n, out, r * total + col, n);
      }
      col += n;
    }
    return Tensor.fromDoubles(wide ? DType.FLOAT64 : DType.FLOAT32, out, Shapes.concat(lead, total));
  }
}
