package dev.eqc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The reshaping ops generated gradients use, and the finite-difference gradient check. */
class GradientOpsTest {
  private static Tensor iota(int... shape) {
    Tensor t = Tensor.zeros(DType.FLOAT64, shape);
    for (int i = 0; i < t.numel(); i++) {
      t.setFlat(i, i);
    }
    return t;
  }

  @Test
  void sumToSumsLeadingCoreAxesAndKeepsBatchAxes() {
    // batch [2], core [3, 2] summed to core [2]
    Tensor r = Ops.sumTo(iota(2, 3, 2), 2, new int[] {2});
    assertArrayEquals(new int[] {2, 2}, r.shape());
    assertArrayEquals(new double[] {0 + 2 + 4, 1 + 3 + 5, 6 + 8 + 10, 7 + 9 + 11}, r.toDoubleArray());
  }

  @Test
  void sumToKeepsSizeOneAxesAndRepeatsWhereTheValueHasSizeOne() {
    Tensor kept = Ops.sumTo(iota(3, 2), 2, new int[] {3, 1});
    assertArrayEquals(new int[] {3, 1}, kept.shape());
    assertArrayEquals(new double[] {1, 5, 9}, kept.toDoubleArray());
    Tensor repeated = Ops.sumTo(iota(3, 1), 2, new int[] {3, 2});
    assertArrayEquals(new double[] {0, 0, 1, 1, 2, 2}, repeated.toDoubleArray());
    Tensor fromScalar = Ops.sumTo(Tensor.scalar(2.0), 0, new int[] {3});
    assertArrayEquals(new double[] {2, 2, 2}, fromScalar.toDoubleArray());
    assertThrows(IllegalArgumentException.class, () -> Ops.sumTo(iota(3, 2), 2, new int[] {3, 4}));
  }

  @Test
  void insertAxisCountsFromTheEndOfTheCore() {
    assertArrayEquals(new int[] {4, 3, 1}, Ops.insertAxis(iota(4, 3), 1, -1).shape());
    assertArrayEquals(new int[] {4, 1, 3}, Ops.insertAxis(iota(4, 3), 1, -2).shape());
    assertArrayEquals(new int[] {4, 1}, Ops.insertAxis(iota(4), 0, -1).shape());
  }

  @Test
  void expandBatchBroadcastsAResultThatIgnoredTheBatch() {
    Tensor r = Ops.expandBatch(iota(2), 1, new int[] {3});
    assertArrayEquals(new int[] {3, 2}, r.shape());
    assertArrayEquals(new double[] {0, 1, 0, 1, 0, 1}, r.toDoubleArray());
    Tensor same = iota(3, 2);
    assertSame(same, Ops.expandBatch(same, 1, new int[] {3}));
  }

  @Test
  void sliceLastTakesOnePartOfAConcatenation() {
    Tensor r = Ops.sliceLast(iota(2, 5), 1, 3);
    assertArrayEquals(new double[] {1, 2, 3, 6, 7, 8}, r.toDoubleArray());
    assertThrows(IllegalArgumentException.class, () -> Ops.sliceLast(iota(2, 5), 3, 3));
  }

  @Test
  void assertGradientAcceptsTheTrueGradientAndRejectsAWrongOne() {
    Tensor x = Tensor.of(new double[] {0.5, -1, 2}, 3);
    // L = sum(x^3): dL/dx = 3x^2
    Tensor right = Ops.mul(3.0, Ops.square(x));
    TensorAssert.assertGradient(right, x, p -> Ops.sumLast(Ops.pow(p, 3.0)), 1e-6, 1e-6, 1e-8);
    Tensor wrong = Ops.mul(2.0, x);
    assertThrows(AssertionError.class,
        () -> TensorAssert.assertGradient(wrong, x, p -> Ops.sumLast(Ops.pow(p, 3.0)), 1e-6, 1e-6, 1e-8));
  }
}
