package dev.eqc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LastAxisOpsTest {

  @Test
  void softmaxNormalisesEachRow() {
    Tensor x = Tensor.of(new double[] {1, 2, 3, 0, 0, 0}, 2, 3);
    Tensor s = Ops.softmax(x);
    double z = Math.exp(1) + Math.exp(2) + Math.exp(3);
    assertArrayEquals(new double[] {Math.exp(1) / z, Math.exp(2) / z, Math.exp(3) / z,
        1 / 3.0, 1 / 3.0, 1 / 3.0}, s.toDoubleArray(), 1e-15);
    assertArrayEquals(new int[] {2, 3}, s.shape());
  }

  @Test
  void softmaxIsStableAtMagnitudeThousand() {
    for (DType dtype : DType.values()) {
      Tensor x = Tensor.of(new double[] {1000, 1000, -1000, 1000, 999, -1000}, 2, 3)
          .toDType(dtype);
      Tensor s = Ops.softmax(x);
      assertEquals(dtype, s.dtype());
      double e = Math.exp(-1);
      double[] expected = {0.5, 0.5, 0, 1 / (1 + e), e / (1 + e), 0};
      assertArrayEquals(expected, s.toDoubleArray(), 1e-7);
      for (double v : s.toDoubleArray()) {
        assertTrue(Double.isFinite(v));
      }
    }
  }

  @Test
  void softmaxOfVectorAndBatchedTensor() {
    Tensor v = Ops.softmax(Tensor.of(new double[] {0, Math.log(3)}, 2));
    assertArrayEquals(new double[] {0.25, 0.75}, v.toDoubleArray(), 1e-15);
    Tensor b = Ops.softmax(Tensor.random(DType.FLOAT64, 3, -5, 5, 2, 3, 4));
    for (int row = 0; row < 6; row++) {
      double sum = 0;
      for (int j = 0; j < 4; j++) {
        sum += b.getFlat(row * 4 + j);
      }
      assertEquals(1.0, sum, 1e-12);
    }
    assertThrows(IllegalArgumentException.class, () -> Ops.softmax(Tensor.scalar(1)));
  }

  @Test
  void reductionsDropTheLastAxis() {
    Tensor x = Tensor.of(new double[] {1, 5, 3, -1, -7, -2}, 2, 3);
    assertArrayEquals(new double[] {9, -10}, Ops.sumLast(x).toDoubleArray());
    assertArrayEquals(new double[] {3, -10 / 3.0}, Ops.meanLast(x).toDoubleArray(), 1e-15);
    assertArrayEquals(new double[] {5, -1}, Ops.maxLast(x).toDoubleArray());
    assertArrayEquals(new int[] {2}, Ops.sumLast(x).shape());
    Tensor s = Ops.sumLast(Tensor.of(new double[] {1, 2}, 2));
    assertEquals(0, s.rank());
    assertEquals(3.0, s.get());
  }

  @Test
  void float32SumAccumulatesInDouble() {
    // 1 + 1e-8 * 1000 rounds away entirely if each partial sum is stored as float.
    float[] data = new float[1001];
    data[0] = 1f;
    java.util.Arrays.fill(data, 1, data.length, 1e-8f);
    Tensor s = Ops.sumLast(Tensor.of(data, data.length));
    assertEquals((float) (1 + 1000 * (double) 1e-8f), (float) s.get());
    assertTrue(s.get() > 1.0);
  }

  @Test
  void maxLastPropagatesNaNAndRejectsEmptyRows() {
    Tensor x = Tensor.of(new double[] {1, Double.NaN, 0}, 3);
    assertTrue(Double.isNaN(Ops.maxLast(x).get()));
    assertThrows(IllegalArgumentException.class,
        () -> Ops.maxLast(Tensor.zeros(DType.FLOAT64, 2, 0)));
    assertTrue(Double.isNaN(Ops.meanLast(Tensor.zeros(DType.FLOAT64, 2, 0)).getFlat(0)));
  }

  @Test
  void logSoftmaxIsTheLogOfSoftmax() {
    Tensor x = Tensor.random(DType.FLOAT64, 7, -3, 3, 2, 5);
    double[] log = Ops.logSoftmax(x).toDoubleArray();
    double[] soft = Ops.softmax(x).toDoubleArray();
    for (int i = 0; i < log.length; i++) {
      assertEquals(Math.log(soft[i]), log[i], 1e-14);
    }
    assertArrayEquals(new int[] {2, 5}, Ops.logSoftmax(x).shape());
    assertThrows(IllegalArgumentException.class, () -> Ops.logSoftmax(Tensor.scalar(1)));
  }

  @Test
  void logSoftmaxAndLogsumexpAreFiniteAtMagnitude500() {
    for (DType dtype : DType.values()) {
      Tensor x = Tensor.of(new double[] {500, 499, -500, -500, -499, -500}, 2, 3).toDType(dtype);
      double lse0 = 500 + Math.log1p(Math.exp(-1) + Math.exp(-1000));
      double lse1 = -499 + Math.log1p(2 * Math.exp(-1));
      double[] lse = Ops.logsumexpLast(x).toDoubleArray();
      assertArrayEquals(new double[] {lse0, lse1}, lse, dtype == DType.FLOAT64 ? 1e-12 : 1e-4);
      double[] ls = Ops.logSoftmax(x).toDoubleArray();
      double[] expected = {500 - lse0, 499 - lse0, -500 - lse0, -500 - lse1, -499 - lse1,
          -500 - lse1};
      // float32 stores each result with a relative error of 2^-24 (1000 -> 6e-5).
      assertArrayEquals(expected, ls, dtype == DType.FLOAT64 ? 1e-12 : 1e-4);
      for (double v : ls) {
        assertTrue(Double.isFinite(v));
      }
      assertEquals(dtype, Ops.logSoftmax(x).dtype());
    }
  }

  @Test
  void logsumexpOfRowsAndEdgeCases() {
    Tensor x = Tensor.of(new double[] {0, Math.log(3), 1, 1}, 2, 2);
    assertArrayEquals(new double[] {Math.log(4), 1 + Math.log(2)},
        Ops.logsumexpLast(x).toDoubleArray(), 1e-15);
    assertEquals(Double.NEGATIVE_INFINITY,
        Ops.logsumexpLast(Tensor.of(new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}, 2)).get());
    assertEquals(Double.POSITIVE_INFINITY,
        Ops.logsumexpLast(Tensor.of(new double[] {Double.POSITIVE_INFINITY, 1}, 2)).get());
    assertEquals(Double.NEGATIVE_INFINITY,
        Ops.logsumexpLast(Tensor.zeros(DType.FLOAT64, 3, 0)).getFlat(0));
    assertTrue(Double.isNaN(Ops.logsumexpLast(Tensor.of(new double[] {1, Double.NaN}, 2)).get()));
    assertThrows(IllegalArgumentException.class, () -> Ops.logsumexpLast(Tensor.scalar(1)));
  }

  @Test
  void varLastIsThePopulationVarianceInTwoPasses() {
    Tensor x = Tensor.of(new double[] {1, 2, 3, 4, 5, 5, 5, 5}, 2, 4);
    assertArrayEquals(new double[] {1.25, 0}, Ops.varLast(x).toDoubleArray(), 1e-15);
    assertArrayEquals(new int[] {2}, Ops.varLast(x).shape());
    // A large offset defeats the one-pass E[x^2] - E[x]^2 formula, not the two-pass one.
    Tensor shifted = Tensor.of(new double[] {1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4}, 4);
    assertEquals(1.25, Ops.varLast(shifted).get(), 1e-6);
    assertTrue(Double.isNaN(Ops.varLast(Tensor.zeros(DType.FLOAT64, 2, 0)).getFlat(0)));
    assertThrows(IllegalArgumentException.class, () -> Ops.varLast(Tensor.scalar(1)));
  }
}
