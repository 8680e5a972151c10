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
