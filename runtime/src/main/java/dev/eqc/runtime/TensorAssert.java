package dev.eqc.runtime;

import java.util.Arrays;

/**
 * Tolerance comparison for generated tests, throwing {@link AssertionError} so that it works
 * under any test framework without depending on one.
 */
public final class TensorAssert {
  private TensorAssert() {}

  /**
   * Asserts that {@code actual} has shape {@code expectedShape} and that every element satisfies
   * {@code |a - e| <= atol + rtol * |e|} (NumPy's {@code isclose}). NaN matches only NaN, and an
   * infinity only the same infinity.
   */
  public static void assertClose(Tensor actual, int[] expectedShape, double[] expected,
      double rtol, double atol) {
    if (expected.length != Shapes.numel(expectedShape)) {
      throw new IllegalArgumentException("assertClose: " + expected.length
          + " expected values for shape " + Shapes.format(expectedShape));
    }
    if (!Arrays.equals(actual.shapeRef(), expectedShape)) {
      throw new AssertionError("shape differs: expected " + Shapes.format(expectedShape)
          + ", got " + Shapes.format(actual.shapeRef()));
    }
    int failures = 0;
    int first = -1;
    for (int i = 0; i < expected.length; i++) {
      if (!close(actual.getFlat(i), expected[i], rtol, atol)) {
        failures++;
        if (first < 0) {
          first = i;
        }
      }
    }
    if (failures > 0) {
      throw new AssertionError(failures + " of " + expected.length
          + " elements differ beyond atol " + atol + " + rtol " + rtol + " * |expected|; first"
          + " at flat index " + first + " " + Arrays.toString(Shapes.unflatten(first, expectedShape))
          + ": actual " + actual.getFlat(first) + ", expected " + expected[first]);
    }
  }

  /**
   * The numbers written in {@code parts}, separated by commas and spaces ({@code NaN},
   * {@code Infinity} and {@code -Infinity} included), the parts read as one text. Generated tests
   * hold their expected values this way: one string constant per test instead of a class-file
   * constant per number, so a file with thousands of definitions still fits the constant pool.
   */
  public static double[] values(String... parts) {
    String text = String.join("", parts).strip();
    if (text.isEmpty()) {
      return new double[0];
    }
    String[] items = text.split("\\s*,\\s*");
    double[] out = new double[items.length];
    for (int i = 0; i < items.length; i++) {
      out[i] = Double.parseDouble(items[i]);
    }
    return out;
  }

  /**
   * Asserts that {@code gradient} is the gradient of the scalar {@code loss} at {@code at}, like
   * {@code torch.autograd.gradcheck}: every element against the central difference
   * {@code (loss(at + h e_k) - loss(at - h e_k)) / 2h}, computed in float64, within
   * {@code atol + rtol * |difference|}.
   */
  public static void assertGradient(Tensor gradient, Tensor at,
      java.util.function.UnaryOperator<Tensor> loss, double h, double rtol, double atol) {
    if (!Arrays.equals(gradient.shapeRef(), at.shapeRef())) {
      throw new AssertionError("gradient shape " + Shapes.format(gradient.shapeRef())
          + " differs from the input's " + Shapes.format(at.shapeRef()));
    }
    double[] base = at.toDoubleArray();
    int[] shape = at.shape();
    for (int k = 0; k < base.length; k++) {
      double[] plus = base.clone();
      double[] minus = base.clone();
      plus[k] += h;
      minus[k] -= h;
      Tensor up = loss.apply(Tensor.of(plus, shape));
      Tensor down = loss.apply(Tensor.of(minus, shape));
      if (up.numel() != 1 || down.numel() != 1) {
        throw new IllegalArgumentException("assertGradient: the loss must be a scalar, got shape "
            + Shapes.format(up.shapeRef()));
      }
      double numeric = (up.getFlat(0) - down.getFlat(0)) / (2 * h);
      if (!close(gradient.getFlat(k), numeric, rtol, atol)) {
        throw new AssertionError("gradient element " + Arrays.toString(Shapes.unflatten(k, shape))
            + " is " + gradient.getFlat(k) + ", central differences give " + numeric
            + " (atol " + atol + ", rtol " + rtol + ")");
      }
    }
  }

  private static boolean close(double a, double e, double rtol, double atol) {
    if (Double.isNaN(a) || Double.isNaN(e)) {
      return Double.isNaN(a) && Double.isNaN(e);
    }
    if (Double.isInfinite(a) || Double.isInfinite(e)) {
      // The tolerance formula would accept any value against an infinity (inf <= inf).
      return a == e;
    }
    return Math.abs(a - e) <= atol + rtol * Math.abs(e);
  }
}
