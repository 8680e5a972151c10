package dev.eqc.runtime;

/**
 * Comparisons and selections for {@code cases}, indicators and the Kronecker delta:
 * comparisons give 1 where they hold and 0 elsewhere, broadcasting like every element-wise op.
 */
public final class Conditions {
  private Conditions() {}

  public static Tensor lt(Tensor a, Tensor b) {
    return compare(a, b, -1, false);
  }

  public static Tensor le(Tensor a, Tensor b) {
    return compare(a, b, -1, true);
  }

  public static Tensor gt(Tensor a, Tensor b) {
    return compare(a, b, 1, false);
  }

  public static Tensor ge(Tensor a, Tensor b) {
    return compare(a, b, 1, true);
  }

  public static Tensor eq(Tensor a, Tensor b) {
    return compare(a, b, 0, true);
  }

  public static Tensor ne(Tensor a, Tensor b) {
    return compare(a, b, 0, false);
  }

  /** {@code then} where {@code condition} is non-zero, else {@code otherwise}; all three broadcast. */
  public static Tensor where(Tensor condition, Tensor then, Tensor otherwise) {
    Tensor zero = Ops.mul(condition, 0.0);
    Tensor t = Ops.add(then, zero);
    Tensor o = Ops.add(otherwise, zero);
    int[] shape = Broadcast.shapes(t.shape(), o.shape());
    Tensor tt = Ops.add(t, Tensor.zeros(t.dtype(), shape));
    Tensor oo = Ops.add(o, Tensor.zeros(o.dtype(), shape));
    Tensor cc = Ops.add(condition, Tensor.zeros(condition.dtype(), shape));
    double[] c = cc.readDoubles();
    double[] x = tt.readDoubles();
    double[] y = oo.readDoubles();
    double[] out = new double[x.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = c[i] != 0 ? x[i] : y[i];
    }
    DType dtype = tt.dtype() == DType.FLOAT64 || oo.dtype() == DType.FLOAT64 ? DType.FLOAT64 : DType.FLOAT32;
    return Tensor.fromDoubles(dtype, out, shape);
  }

  /** sign: -1 for less, 1 for greater, 0 for equality; orEqual admits equality. */
  private static Tensor compare(Tensor a, Tensor b, int sign, boolean orEqual) {
    int[] shape = Broadcast.shapes(a.shape(), b.shape());
    double[] x = Ops.add(a, Tensor.zeros(a.dtype(), shape)).readDoubles();
    double[] y = Ops.add(b, Tensor.zeros(b.dtype(), shape)).readDoubles();
    double[] out = new double[x.length];
    for (int i = 0; i < out.length; i++) {
      boolean holds;
      if (sign == 0) {
        holds = (x[i] == y[i]) == orEqual;
      } else {
        int c = Double.compare(x[i], y[i]) * sign;
        holds = c > 0 || (orEqual && x[i] == y[i]);
      }
      out[i] = holds ? 1.0 : 0.0;
    }
    DType dtype = a.dtype() == DType.FLOAT64 || b.dtype() == DType.FLOAT64 ? DType.FLOAT64 : DType.FLOAT32;
    return Tensor.fromDoubles(dtype, out, shape);
  }
}
