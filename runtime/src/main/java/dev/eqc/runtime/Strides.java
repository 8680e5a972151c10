package dev.eqc.runtime;

/**
 * Runtime support for SPEC level 3 in generated code: strided subscripts ({@code x_{2i+1}}),
 * strided element-wise definitions that together fill one tensor ({@code PE_{(pos, 2i)}} and
 * {@code PE_{(pos, 2i+1)}}), and the concatenation of an indexed family
 * ({@code \mathrm{Concat}(\mathrm{head}_1, \ldots, \mathrm{head}_h)}). Axes are counted from the
 * end, so leading batch axes pass through.
 */
public final class Strides {
  private Strides() {}

  /** The elements {@code offset, offset + stride, …} along {@code axis} (negative: from the end). */
  public static Tensor slice(Tensor t, int axis, int stride, int offset) {
    int[] shape = t.shape();
    int a = shape.length + axis;
    if (a < 0 || a >= shape.length) {
      throw new IllegalArgumentException("no axis " + axis + " in " + Shapes.format(shape));
    }
    if (shape[a] % stride != 0) {
      throw new IllegalArgumentException("axis of size " + shape[a] + " in " + Shapes.format(shape)
          + " is read in steps of " + stride + ", so its size must be a multiple of " + stride);
    }
    int[] out = shape.clone();
    out[a] = shape[a] / stride;
    int outer = 1;
    for (int i = 0; i < a; i++) {
      outer *= shape[i];
    }
    int inner = 1;
    for (int i = a + 1; i < shape.length; i++) {
      inner *= shape[i];
    }
    double[] src = t.readDoubles();
    double[] dst = new double[Shapes.numel(out)];
    int n = 0;
    for (int o = 0; o < outer; o++) {
      for (int k = 0; k < out[a]; k++) {
        System.arraycopy(src, (o * shape[a] + k * stride + offset) * inner, dst, n, inner);
        n += inner;
      }
    }
    return Tensor.fromDoubles(t.dtype(), dst, out);
  }

  /**
   * The tensor whose elements along {@code axis} (negative: from the end) are taken in turn from
   * {@code parts}: element {@code stride * k + p} is element {@code k} of part {@code p}. The parts
   * broadcast against each other first.
   */
  public static Tensor interleave(int axis, Tensor... parts) {
    Tensor common = parts[0];
    for (int p = 1; p < parts.length; p++) {
      common = Ops.add(Ops.mul(common, Tensor.scalar(common.dtype(), 0)), parts[p]);
    }
    int[] shape = common.shape();
    Tensor zeros = Tensor.zeros(common.dtype(), shape);
    int a = shape.length + axis;
    int stride = parts.length;
    int[] out = shape.clone();
    out[a] = shape[a] * stride;
    int outer = 1;
    for (int i = 0; i < a; i++) {
      outer *= shape[i];
    }
    int inner = 1;
    for (int i = a + 1; i < shape.length; i++) {
      inner *= shape[i];
    }
    double[] dst = new double[Shapes.numel(out)];
    for (int p = 0; p < stride; p++) {
      double[] src = Ops.add(parts[p], zeros).readDoubles();
      for (int o = 0; o < outer; o++) {
        for (int k = 0; k < shape[a]; k++) {
          System.arraycopy(src, (o * shape[a] + k) * inner, dst, (o * out[a] + k * stride + p) * inner, inner);
        }
      }
    }
    return Tensor.fromDoubles(common.dtype(), dst, out);
  }

  /**
   * {@code \mathrm{Concat}} of a family's members along their last axis: the family axis sits
   * {@code memberRank} axes before the end ({@code [..., h, n, d] → [..., n, h d]}).
   */
  public static Tensor concatFamily(Tensor t, int memberRank) {
    if (memberRank < 1 || t.rank() < memberRank + 1) {
      throw new IllegalArgumentException("cannot concatenate the members of " + Shapes.format(t.shape()));
    }
    Tensor moved = IndexOps.moveAxis(t, -(memberRank + 1), -2);
    int[] shape = moved.shape();
    int[] out = java.util.Arrays.copyOf(shape, shape.length - 1);
    out[out.length - 1] = shape[shape.length - 2] * shape[shape.length - 1];
    return Tensor.fromDoubles(moved.dtype(), moved.readDoubles(), out);
  }
}
