package dev.eqc.runtime;

import java.util.Arrays;

/** The reverse of broadcasting, for generated gradients: sums (or repeats) a tensor's core axes to a target core shape. */
final class SumToKernel {
  private SumToKernel() {}

  static Tensor sumTo(Tensor t, int coreRank, int[] targetCore) {
    int[] shape = t.shapeRef();
    int batch = shape.length - coreRank;
    if (batch < 0) {
      throw new IllegalArgumentException("sumTo: core rank " + coreRank + " exceeds the rank of "
          + Shapes.format(shape));
    }
    int extra = coreRank - targetCore.length;
    if (extra < 0) {
      // Lower core rank: it broadcasts from the right; align it first.
      return sumTo(Ops.alignCore(t, coreRank, targetCore.length), targetCore.length, targetCore);
    }
    for (int a = 0; a < targetCore.length; a++) {
      int s = shape[batch + extra + a];
      if (s != targetCore[a] && s != 1 && targetCore[a] != 1) {
        throw new IllegalArgumentException("sumTo: cannot bring core " + Shapes.format(
            Arrays.copyOfRange(shape, batch, shape.length)) + " to " + Shapes.format(targetCore));
      }
    }
    int[] outShape = new int[batch + targetCore.length];
    System.arraycopy(shape, 0, outShape, 0, batch);
    System.arraycopy(targetCore, 0, outShape, batch, targetCore.length);
    // Reduce first (axes summed away or kept as 1), then repeat the size-1 axes the target widens.
    int[] reduced = outShape.clone();
    for (int a = 0; a < targetCore.length; a++) {
      if (shape[batch + extra + a] == 1) {
        reduced[batch + a] = 1;
      }
    }
    double[] src = t.readDoubles();
    double[] acc = new double[Shapes.numel(reduced)];
    int[] idx = new int[shape.length];
    for (int flat = 0; flat < src.length; flat++) {
      int off = 0;
      for (int a = 0; a < batch; a++) {
        off = off * reduced[a] + idx[a];
      }
      for (int a = 0; a < targetCore.length; a++) {
        int r = reduced[batch + a];
        off = off * r + (r == 1 ? 0 : idx[batch + extra + a]);
      }
      acc[off] += src[flat];
      for (int a = shape.length - 1; a >= 0; a--) {
        if (++idx[a] < shape[a]) {
          break;
        }
        idx[a] = 0;
      }
    }
    Tensor summed = Tensor.fromDoubles(t.dtype(), acc, reduced);
    if (Arrays.equals(reduced, outShape)) {
      return summed;
    }
    return Ops.add(summed, Tensor.zeros(t.dtype(), outShape));
  }

  static Tensor insertAxis(Tensor t, int coreRank, int axis) {
    int[] shape = t.shapeRef();
    int batch = shape.length - coreRank;
    int at = batch + coreRank + 1 + axis;
    if (batch < 0 || at < batch || at > shape.length) {
      throw new IllegalArgumentException("insertAxis: axis " + axis + " outside core rank " + coreRank + " of "
          + Shapes.format(shape));
    }
    int[] out = new int[shape.length + 1];
    for (int i = 0, j = 0; i < out.length; i++) {
      out[i] = i == at ? 1 : shape[j++];
    }
    return t.reshape(out);
  }
}
