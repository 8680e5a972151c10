package dev.eqc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LayoutOpsTest {

  @Test
  void transposeSwapsTheLastTwoAxes() {
    Tensor a = Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
    Tensor t = Ops.transpose(a);
    assertArrayEquals(new int[] {3, 2}, t.shape());
    assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, t.toDoubleArray());
  }

  @Test
  void transposeIsBatched() {
    Tensor a = Tensor.random(DType.FLOAT32, 9, 0, 1, 2, 3, 4, 5);
    Tensor t = Ops.transpose(a);
    assertArrayEquals(new int[] {2, 3, 5, 4}, t.shape());
    assertEquals(DType.FLOAT32, t.dtype());
    for (int b = 0; b < 2; b++) {
      for (int c = 0; c < 3; c++) {
        for (int i = 0; i < 4; i++) {
          for (int j = 0; j < 5; j++) {
            assertEquals(a.get(b, c, i, j), t.get(b, c, j, i));
          }
        }
      }
    }
    assertThrows(IllegalArgumentException.class, () -> Ops.transpose(Tensor.zeros(DType.FLOAT32, 3)));
  }

  @Test
  void alignCoreInsertsOnesBetweenBatchAndCore() {
    Tensor batchedScalar = Tensor.zeros(DType.FLOAT64, 5);
    assertArrayEquals(new int[] {5, 1}, Ops.alignCore(batchedScalar, 0, 1).shape());
    Tensor batchedVector = Tensor.zeros(DType.FLOAT64, 2, 7, 3);
    assertArrayEquals(new int[] {2, 7, 1, 3}, Ops.alignCore(batchedVector, 1, 2).shape());
    assertArrayEquals(new int[] {1, 1, 3}, Ops.alignCore(Tensor.zeros(DType.FLOAT64, 3), 1, 3)
        .shape());
    assertSame(batchedVector, Ops.alignCore(batchedVector, 2, 2));
  }

  @Test
  void alignCoreMakesBatchedScalarCombineWithBatchedVector() {
    Tensor scale = Tensor.of(new double[] {1, 10}, 2); // [B]
    Tensor v = Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3); // [B, d]
    Tensor r = Ops.mul(Ops.alignCore(scale, 0, 1), v);
    assertArrayEquals(new double[] {1, 2, 3, 40, 50, 60}, r.toDoubleArray());
  }

  @Test
  void alignCoreRejectsImpossibleRanks() {
    Tensor t = Tensor.zeros(DType.FLOAT64, 3);
    assertThrows(IllegalArgumentException.class, () -> Ops.alignCore(t, 2, 2));
    assertThrows(IllegalArgumentException.class, () -> Ops.alignCore(t, 1, 0));
  }
}
