package dev.eqc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TensorTest {

  @Test
  void zerosHasShapeAndDtype() {
    Tensor t = Tensor.zeros(DType.FLOAT64, 2, 3);
    assertArrayEquals(new int[] {2, 3}, t.shape());
    assertEquals(2, t.rank());
    assertEquals(6, t.numel());
    assertEquals(DType.FLOAT64, t.dtype());
    assertArrayEquals(new double[6], t.toDoubleArray());
  }

  @Test
  void scalarHasRankZeroAndOneElement() {
    Tensor s = Tensor.scalar(2.5);
    assertEquals(DType.FLOAT32, s.dtype());
    assertEquals(0, s.rank());
    assertEquals(1, s.numel());
    assertEquals(2.5, s.get());
    assertEquals(DType.FLOAT64, Tensor.scalar(DType.FLOAT64, 0.1).dtype());
    assertEquals(0.1, Tensor.scalar(DType.FLOAT64, 0.1).getFlat(0));
  }

  @Test
  void ofCopiesDataAndChecksLength() {
    float[] data = {1, 2, 3, 4, 5, 6};
    Tensor t = Tensor.of(data, 2, 3);
    data[0] = 99;
    assertEquals(1.0, t.get(0, 0));
    assertEquals(6.0, t.get(1, 2));
    assertEquals(DType.FLOAT32, t.dtype());
    assertEquals(DType.FLOAT64, Tensor.of(new double[] {1, 2}, 2).dtype());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Tensor.of(new double[] {1, 2, 3}, 2, 2));
    assertEquals("data has 3 elements but shape [2, 2] needs 4", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(DType.FLOAT32, 2, -1));
  }

  @Test
  void sizeAcceptsNegativeAxes() {
    Tensor t = Tensor.zeros(DType.FLOAT32, 2, 3, 4);
    assertEquals(4, t.size(-1));
    assertEquals(2, t.size(-3));
    assertEquals(3, t.size(1));
    assertThrows(IllegalArgumentException.class, () -> t.size(3));
    assertThrows(IllegalArgumentException.class, () -> t.size(-4));
  }

  @Test
  void getIsRowMajorAndChecksBounds() {
    Tensor t = Tensor.of(new double[] {0, 1, 2, 3, 4, 5}, 2, 3);
    assertEquals(5.0, t.get(1, 2));
    assertEquals(3.0, t.get(1, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> t.get(0, 3));
    assertThrows(IllegalArgumentException.class, () -> t.get(1));
  }

  @Test
  void shapeIsACopy() {
    Tensor t = Tensor.zeros(DType.FLOAT32, 2, 3);
    t.shape()[0] = 7;
    assertArrayEquals(new int[] {2, 3}, t.shape());
  }

  @Test
  void setFlatNarrowsToFloatForFloat32() {
    Tensor t = Tensor.zeros(DType.FLOAT32, 1);
    t.setFlat(0, 0.1);
    assertEquals((double) 0.1f, t.getFlat(0));
    assertArrayEquals(new float[] {0.1f}, t.toFloatArray());
  }

  @Test
  void reshapeSharesDataAndChecksCount() {
    Tensor t = Tensor.zeros(DType.FLOAT64, 2, 3);
    Tensor r = t.reshape(3, 2);
    r.setFlat(5, 7);
    assertEquals(7.0, t.get(1, 2));
    assertArrayEquals(new int[] {6}, t.reshape(6).shape());
    assertEquals(0, Tensor.zeros(DType.FLOAT32, 1, 1).reshape().rank());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.reshape(4));
    assertEquals("cannot reshape [2, 3] (6 elements) to [4] (4 elements)", e.getMessage());
  }

  @Test
  void toDTypeConvertsAndReturnsSelfWhenSame() {
    Tensor t = Tensor.of(new double[] {0.1, 2}, 2);
    Tensor f = t.toDType(DType.FLOAT32);
    assertEquals(DType.FLOAT32, f.dtype());
    assertArrayEquals(new float[] {0.1f, 2f}, f.toFloatArray());
    assertSame(t, t.toDType(DType.FLOAT64));
    assertEquals((double) 0.1f, f.toDType(DType.FLOAT64).getFlat(0));
  }

  @Test
  void randomFollowsTheDocumentedFormula() {
    Tensor t = Tensor.random(DType.FLOAT64, 42, -1, 3, 2, 5);
    SplittableRandom rng = new SplittableRandom(42);
    for (int i = 0; i < 10; i++) {
      assertEquals(-1 + (3 - -1) * rng.nextDouble(), t.getFlat(i));
    }
    Tensor f = Tensor.random(DType.FLOAT32, 42, -1, 3, 10);
    SplittableRandom rng32 = new SplittableRandom(42);
    for (int i = 0; i < 10; i++) {
      assertEquals((float) (-1 + 4 * rng32.nextDouble()), (float) f.getFlat(i));
    }
    assertArrayEquals(t.toDoubleArray(), Tensor.random(DType.FLOAT64, 42, -1, 3, 10)
        .toDoubleArray());
  }

  @Test
  void randomIntsFollowsTheDocumentedFormulaAndStaysInRange() {
    Tensor t = Tensor.randomInts(DType.FLOAT32, 7, -2, 2, 1000);
    SplittableRandom rng = new SplittableRandom(7);
    boolean sawLo = false;
    boolean sawHi = false;
    for (int i = 0; i < t.numel(); i++) {
      double v = t.getFlat(i);
      assertEquals(-2 + rng.nextInt(5), v);
      sawLo |= v == -2;
      sawHi |= v == 2;
    }
    assertTrue(sawLo && sawHi, "both ends of the inclusive range occur");
    assertThrows(IllegalArgumentException.class,
        () -> Tensor.randomInts(DType.FLOAT32, 7, 3, 2, 4));
  }

  @Test
  void toStringShowsDtypeShapeAndFirstValues() {
    assertEquals("Tensor(FLOAT32, [2, 2], [1.0, 2.0, 3.0, 0.1])",
        Tensor.of(new float[] {1, 2, 3, 0.1f}, 2, 2).toString());
    assertEquals("Tensor(FLOAT64, [10], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, ... (10"
        + " elements)])", Tensor.zeros(DType.FLOAT64, 10).toString());
    assertEquals("Tensor(FLOAT64, [], [1.5])", Tensor.scalar(DType.FLOAT64, 1.5).toString());
  }

  @Test
  void zeroSizedDimensionsAreAllowed() {
    Tensor t = Tensor.zeros(DType.FLOAT32, 0, 3);
    assertEquals(0, t.numel());
    assertArrayEquals(new int[] {0, 3}, Ops.add(t, Tensor.zeros(DType.FLOAT32, 3)).shape());
  }
}
