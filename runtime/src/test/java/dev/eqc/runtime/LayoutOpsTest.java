package dev.eqc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  /** Determinants against the cofactor expansion, with a row swap, a singular matrix and a batch. */
  @Test
  void determinantOfEachTrailingSquareMatrix() {
    // [[0, 2, 1], [3, -1, 4], [1, 5, 2]] needs a pivot swap; cofactors along row 0: -2*2 + 1*16 = 12
    Tensor swapped = Tensor.of(new double[] {0, 2, 1, 3, -1, 4, 1, 5, 2}, 3, 3);
    assertEquals(0 * (-1 * 2 - 4 * 5) - 2 * (3 * 2 - 4 * 1) + 1 * (3 * 5 - (-1) * 1), Ops.det(swapped).get(), 1e-12);
    Tensor batch = Tensor.of(new double[] {1, 2, 3, 4, 1, 2, 2, 4}, 2, 2, 2);
    Tensor d = Ops.det(batch);
    assertArrayEquals(new int[] {2}, d.shape());
    assertArrayEquals(new double[] {1 * 4 - 2 * 3, 0}, d.toDoubleArray(), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> Ops.det(Tensor.zeros(DType.FLOAT32, 2, 3)));
  }

  @Test
  void powerOfADiagonalMatrixRaisesItsDiagonalAndRejectsOtherMatrices() {
    Tensor d = Tensor.of(new double[] {4, 0, 0, 9}, 2, 2);
    assertArrayEquals(new double[] {0.5, 0, 0, 1.0 / 3}, Ops.diagonalPower(d, -0.5).toDoubleArray(), 1e-12);
    Tensor full = Tensor.of(new double[] {4, 1, 0, 9}, 2, 2);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ops.diagonalPower(full, -0.5));
    assertTrue(e.getMessage().contains("neither"), e.getMessage());
  }

  @Test
  void powerOfASymmetricMatrixIsThePowerOfItsEigenvalues() {
    // Shampoo's L^{-1/4}: S = Q diag(w) Q^T with Q a rotation, so S^k = Q diag(w^k) Q^T, worked out here without
    // an eigensolver; a batch of two, the second diagonal.
    double c = Math.cos(0.3);
    double s = Math.sin(0.3);
    double[][] q = {{c, -s, 0}, {s, c, 0}, {0, 0, 1}};
    double[] w = {4.0, 0.5, 2.0};
    double[] data = new double[18];
    double[] expected = new double[18];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        for (int m = 0; m < 3; m++) {
          data[i * 3 + j] += q[i][m] * w[m] * q[j][m];
          expected[i * 3 + j] += q[i][m] * Math.pow(w[m], -0.25) * q[j][m];
        }
      }
      data[9 + i * 4] = w[i];
      expected[9 + i * 4] = Math.pow(w[i], -0.25);
    }
    assertArrayEquals(expected, Ops.diagonalPower(Tensor.of(data, 2, 3, 3), -0.25).toDoubleArray(), 1e-12);
    // a symmetric matrix with a negative eigenvalue has no real square root
    Tensor indefinite = Tensor.of(new double[] {0, 1, 1, 0}, 2, 2);
    assertThrows(ArithmeticException.class, () -> Ops.diagonalPower(indefinite, 0.5));
    // its inverse (a whole power) is fine: [[0, 1], [1, 0]] is its own inverse
    assertArrayEquals(new double[] {0, 1, 1, 0}, Ops.diagonalPower(indefinite, -1).toDoubleArray(), 1e-12);
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
