package dev.eqc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ElementwiseOpsTest {

  private static Tensor f64(double[] data, int... shape) {
    return Tensor.of(data, shape);
  }

  private static Tensor iota(int... shape) {
    Tensor t = Tensor.zeros(DType.FLOAT64, shape);
    for (int i = 0; i < t.numel(); i++) {
      t.setFlat(i, i);
    }
    return t;
  }

  @Test
  void sameShapeAdds() {
    Tensor r = Ops.add(f64(new double[] {1, 2, 3}, 3), f64(new double[] {10, 20, 30}, 3));
    assertArrayEquals(new double[] {11, 22, 33}, r.toDoubleArray());
  }

  @Test
  void rowVectorBroadcastsAcrossRows() {
    Tensor r = Ops.add(iota(2, 3), f64(new double[] {10, 20, 30}, 3));
    assertArrayEquals(new int[] {2, 3}, r.shape());
    assertArrayEquals(new double[] {10, 21, 32, 13, 24, 35}, r.toDoubleArray());
  }

  @Test
  void columnBroadcastsAcrossColumns() {
    Tensor r = Ops.sub(iota(2, 3), f64(new double[] {1, 2}, 2, 1));
    assertArrayEquals(new double[] {-1, 0, 1, 1, 2, 3}, r.toDoubleArray());
  }

  @Test
  void columnAndRowBroadcastToAGrid() {
    Tensor r = Ops.mul(f64(new double[] {1, 2, 3}, 3, 1), f64(new double[] {1, 10}, 1, 2));
    assertArrayEquals(new int[] {3, 2}, r.shape());
    assertArrayEquals(new double[] {1, 10, 2, 20, 3, 30}, r.toDoubleArray());
  }

  @Test
  void middleAxisStretchesWithLeadingBatch() {
    // [2, 1, 3] with [4, 1] -> [2, 4, 3]: out[b, i, j] = a[b, 0, j] + c[i, 0]
    Tensor a = iota(2, 1, 3);
    Tensor c = Ops.mul(iota(4, 1), 100);
    Tensor r = Ops.add(a, c);
    assertArrayEquals(new int[] {2, 4, 3}, r.shape());
    for (int b = 0; b < 2; b++) {
      for (int i = 0; i < 4; i++) {
        for (int j = 0; j < 3; j++) {
          assertEquals(a.get(b, 0, j) + c.get(i, 0), r.get(b, i, j));
        }
      }
    }
  }

  @Test
  void scalarTensorBroadcastsToAnyShape() {
    Tensor r = Ops.div(iota(2, 2), Tensor.scalar(DType.FLOAT64, 2));
    assertArrayEquals(new double[] {0, 0.5, 1, 1.5}, r.toDoubleArray());
    Tensor s = Ops.sub(Tensor.scalar(DType.FLOAT64, 1), iota(3));
    assertArrayEquals(new double[] {1, 0, -1}, s.toDoubleArray());
    assertEquals(0, Ops.add(Tensor.scalar(1), Tensor.scalar(2)).rank());
  }

  @Test
  void incompatibleShapesNameBoth() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Ops.add(iota(2, 3), iota(4)));
    assertEquals("cannot broadcast [2, 3] with [4]", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Ops.mul(iota(2, 3), iota(3, 3)));
  }

  @Test
  void scalarOverloadsKeepOperandOrder() {
    Tensor x = f64(new double[] {1, 2, 4}, 3);
    assertArrayEquals(new double[] {11, 12, 14}, Ops.add(x, 10).toDoubleArray());
    assertArrayEquals(new double[] {11, 12, 14}, Ops.add(10, x).toDoubleArray());
    assertArrayEquals(new double[] {-9, -8, -6}, Ops.sub(x, 10).toDoubleArray());
    assertArrayEquals(new double[] {9, 8, 6}, Ops.sub(10, x).toDoubleArray());
    assertArrayEquals(new double[] {3, 6, 12}, Ops.mul(x, 3).toDoubleArray());
    assertArrayEquals(new double[] {3, 6, 12}, Ops.mul(3, x).toDoubleArray());
    assertArrayEquals(new double[] {0.5, 1, 2}, Ops.div(x, 2).toDoubleArray());
    assertArrayEquals(new double[] {4, 2, 1}, Ops.div(4, x).toDoubleArray());
    assertArrayEquals(new double[] {1, 4, 16}, Ops.pow(x, 2).toDoubleArray());
    assertArrayEquals(new double[] {2, 4, 16}, Ops.pow(2, x).toDoubleArray());
    assertArrayEquals(new double[] {2, 2, 4}, Ops.max(x, 2).toDoubleArray());
    assertArrayEquals(new double[] {2, 2, 4}, Ops.max(2, x).toDoubleArray());
    assertArrayEquals(new double[] {1, 2, 2}, Ops.min(x, 2).toDoubleArray());
    assertArrayEquals(new double[] {1, 2, 2}, Ops.min(2, x).toDoubleArray());
  }

  @Test
  void tensorPowMaxMinBroadcast() {
    Tensor x = f64(new double[] {1, 2, 3, 4}, 2, 2);
    Tensor e = f64(new double[] {2, 0.5}, 2);
    assertArrayEquals(new double[] {1, Math.sqrt(2), 9, 2}, Ops.pow(x, e).toDoubleArray());
    assertArrayEquals(new double[] {2, 2, 3, 4}, Ops.max(x, e).toDoubleArray());
    assertArrayEquals(new double[] {1, 0.5, 2, 0.5}, Ops.min(x, e).toDoubleArray());
  }

  @Test
  void maxAndMinPropagateNaN() {
    Tensor a = f64(new double[] {Double.NaN, 1}, 2);
    Tensor b = f64(new double[] {0, Double.NaN}, 2);
    assertTrue(Double.isNaN(Ops.max(a, b).getFlat(0)));
    assertTrue(Double.isNaN(Ops.max(a, b).getFlat(1)));
    assertTrue(Double.isNaN(Ops.min(a, b).getFlat(0)));
    assertTrue(Double.isNaN(Ops.min(a, 5).getFlat(0)));
    assertTrue(Double.isNaN(Ops.relu(a).getFlat(0)));
  }

  @Test
  void resultIsFloat64WhenAnyTensorOperandIs() {
    Tensor f = Tensor.of(new float[] {1, 2}, 2);
    Tensor d = Tensor.of(new double[] {1, 2}, 2);
    assertEquals(DType.FLOAT64, Ops.add(f, d).dtype());
    assertEquals(DType.FLOAT64, Ops.add(d, f).dtype());
    assertEquals(DType.FLOAT32, Ops.add(f, f).dtype());
    assertEquals(DType.FLOAT32, Ops.add(f, 0.1).dtype());
    assertEquals(DType.FLOAT32, Ops.exp(f).dtype());
    assertEquals(DType.FLOAT64, Ops.matmul(f.reshape(1, 2), d.reshape(2, 1)).dtype());
  }

  @Test
  void float32ComputesInDoubleThenRounds() {
    // 0.1 is used at full double precision; only the result is rounded to float.
    Tensor f = Tensor.of(new float[] {3f}, 1);
    assertEquals((double) (float) (3.0 * 0.1), Ops.mul(f, 0.1).getFlat(0));
  }

  @Test
  void operationsDoNotMutateInputs() {
    Tensor x = f64(new double[] {1, -2, 3, -4}, 2, 2);
    double[] before = x.toDoubleArray();
    Ops.add(x, x);
    Ops.neg(x);
    Ops.softmax(x);
    Ops.transpose(x);
    Ops.matmul(x, x);
    assertArrayEquals(before, x.toDoubleArray());
  }

  @Test
  void unaryFunctionsMatchJavaMath() {
    double[] v = {-2, -0.5, 0.25, 3};
    Tensor x = f64(v, 4);
    assertArrayEquals(new double[] {2, 0.5, -0.25, -3}, Ops.neg(x).toDoubleArray());
    assertArrayEquals(new double[] {2, 0.5, 0.25, 3}, Ops.abs(x).toDoubleArray());
    assertArrayEquals(new double[] {0, 0, 0.25, 3}, Ops.relu(x).toDoubleArray());
    assertArrayEquals(new double[] {4, 0.25, 0.0625, 9}, Ops.square(x).toDoubleArray());
    assertArrayEquals(new double[] {-0.5, -2, 4, 1 / 3.0}, Ops.reciprocal(x).toDoubleArray());
    for (int i = 0; i < v.length; i++) {
      assertEquals(Math.exp(v[i]), Ops.exp(x).getFlat(i));
      assertEquals(Math.tanh(v[i]), Ops.tanh(x).getFlat(i));
      assertEquals(Math.sin(v[i]), Ops.sin(x).getFlat(i));
      assertEquals(Math.cos(v[i]), Ops.cos(x).getFlat(i));
      assertEquals(1 / (1 + Math.exp(-v[i])), Ops.sigmoid(x).getFlat(i), 1e-15);
    }
    Tensor p = f64(new double[] {0.25, 4, 0}, 3);
    assertArrayEquals(new double[] {0.5, 2, 0}, Ops.sqrt(p).toDoubleArray());
    assertArrayEquals(new double[] {Math.log(0.25), Math.log(4), Double.NEGATIVE_INFINITY},
        Ops.log(p).toDoubleArray());
  }

  @Test
  void sigmoidIsStableAtMagnitudeThousand() {
    for (DType dtype : DType.values()) {
      Tensor s = Ops.sigmoid(Tensor.of(new double[] {-1000, 1000, -40, 0}, 4).toDType(dtype));
      assertEquals(0.0, s.getFlat(0));
      assertEquals(1.0, s.getFlat(1));
      assertTrue(s.getFlat(2) > 0, "tiny but positive");
      assertEquals(0.5, s.getFlat(3));
    }
  }
}
