package dev.eqc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TensorAssertTest {
  private static final double NAN = Double.NaN;
  private static final double INF = Double.POSITIVE_INFINITY;

  @Test
  void passesWithinTolerance() {
    Tensor t = Tensor.of(new double[] {1.0, 100.0005, NAN, INF}, 2, 2);
    TensorAssert.assertClose(t, new int[] {2, 2}, new double[] {1.0 + 1e-9, 100, NAN, INF},
        1e-5, 1e-8);
  }

  @Test
  void shapeMismatchShowsBothShapes() {
    AssertionError e = assertThrows(AssertionError.class, () -> TensorAssert.assertClose(
        Tensor.zeros(DType.FLOAT32, 3, 2), new int[] {2, 3}, new double[6], 0, 0));
    assertEquals("shape differs: expected [2, 3], got [3, 2]", e.getMessage());
  }

  @Test
  void elementMismatchReportsFirstIndexAndCount() {
    Tensor t = Tensor.of(new double[] {0, 1, 2, 3, 4.5, 6}, 2, 3);
    AssertionError e = assertThrows(AssertionError.class, () -> TensorAssert.assertClose(
        t, new int[] {2, 3}, new double[] {0, 1, 2, 3, 4, 5}, 1e-3, 1e-6));
    assertEquals("2 of 6 elements differ beyond atol 1.0E-6 + rtol 0.001 * |expected|; first"
        + " at flat index 4 [1, 1]: actual 4.5, expected 4.0", e.getMessage());
  }

  @Test
  void toleranceIsAtolPlusRtolTimesExpected() {
    Tensor t = Tensor.of(new double[] {110}, 1);
    TensorAssert.assertClose(t, new int[] {1}, new double[] {100}, 0.1, 0);
    assertThrows(AssertionError.class,
        () -> TensorAssert.assertClose(t, new int[] {1}, new double[] {100}, 0.09, 0.5));
    // The tolerance scales with expected, not actual: |100 - 110| > 0.095 * 100.
    assertThrows(AssertionError.class, () -> TensorAssert.assertClose(
        Tensor.of(new double[] {100}, 1), new int[] {1}, new double[] {110}, 0.09, 0));
  }

  @Test
  void nanMatchesOnlyNan() {
    Tensor nan = Tensor.of(new double[] {NAN}, 1);
    Tensor one = Tensor.of(new double[] {1}, 1);
    assertThrows(AssertionError.class,
        () -> TensorAssert.assertClose(nan, new int[] {1}, new double[] {1}, 1, 1));
    assertThrows(AssertionError.class,
        () -> TensorAssert.assertClose(one, new int[] {1}, new double[] {NAN}, 1, 1));
  }

  @Test
  void infinityMatchesOnlyTheSameInfinity() {
    Tensor inf = Tensor.of(new double[] {INF}, 1);
    assertThrows(AssertionError.class,
        () -> TensorAssert.assertClose(inf, new int[] {1}, new double[] {-INF}, 1, 1));
    assertThrows(AssertionError.class,
        () -> TensorAssert.assertClose(inf, new int[] {1}, new double[] {1e308}, 1, 1));
  }

  @Test
  void scalarShapesCompare() {
    TensorAssert.assertClose(Tensor.scalar(2), new int[0], new double[] {2}, 0, 0);
    assertThrows(AssertionError.class, () -> TensorAssert.assertClose(
        Tensor.scalar(2), new int[] {1}, new double[] {2}, 0, 0));
  }
}
