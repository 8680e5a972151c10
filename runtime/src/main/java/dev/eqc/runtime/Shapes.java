package dev.eqc.runtime;

import java.util.Arrays;

/** Arithmetic on shape arrays shared by tensors, kernels and shape checks. */
final class Shapes {
  private Shapes() {}

  /** Returns a copy of {@code shape} after checking that no dimension is negative. */
  static int[] checked(int[] shape) {
    for (int d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException("negative dimension in shape " + format(shape));
      }
    }
    numel(shape);
    return shape.clone();
  }

  /** The number of elements of a tensor with this shape; rank 0 has one element. */
  static int numel(int[] shape) {
    long n = 1;
    for (int d : shape) {
      if (d == 0) {
        return 0;
      }
    }
    for (int d : shape) {
      n *= d;
      // Java arrays are int-indexed, so larger tensors cannot be stored.
      if (n > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("shape " + format(shape) + " has more than 2^31 - 1 elements");
      }
    }
    return (int) n;
  }

  static String format(int[] shape) {
    return Arrays.toString(shape);
  }

  /** The first {@code n} dimensions. */
  static int[] prefix(int[] shape, int n) {
    return Arrays.copyOf(shape, n);
  }

  /** The shape without its last {@code n} dimensions. */
  static int[] dropLast(int[] shape, int n) {
    return Arrays.copyOf(shape, shape.length - n);
  }

  /** The last dimension, or 1 for rank 0, which behaves like a one-element row. */
  static int lastOrOne(int[] shape) {
    return shape.length == 0 ? 1 : shape[shape.length - 1];
  }

  static int[] concat(int[] a, int... b) {
    int[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** The multi-index of flat position {@code flat} in row-major order. */
  static int[] unflatten(int flat, int[] shape) {
    int[] index = new int[shape.length];
    for (int d = shape.length - 1; d >= 0; d--) {
      index[d] = flat % shape[d];
      flat /= shape[d];
    }
    return index;
  }
}
