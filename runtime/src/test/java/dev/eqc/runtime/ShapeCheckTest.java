package dev.eqc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ShapeCheckTest {

  private static Tensor t(int... shape) {
    return Tensor.zeros(DType.FLOAT32, shape);
  }

  private static String message(Executable call) {
    return assertThrows(IllegalArgumentException.class, call).getMessage();
  }

  @Test
  void requireRankAcceptsBatchDimensions() {
    ShapeCheck.requireRank(t(4, 3, 2), 2, "Q", "[n, d_k]");
    ShapeCheck.requireRank(t(3, 2), 2, "Q", "[n, d_k]");
    ShapeCheck.requireRank(Tensor.scalar(1), 0, "s", "[]");
  }

  @Test
  void requireRankMessageShowsDeclaredShape() {
    assertEquals("Q: expected shape [n, d_k] (with optional leading batch dimensions), got [3]",
        message(() -> ShapeCheck.requireRank(t(3), 2, "Q", "[n, d_k]")));
    assertEquals("Q: expected shape [n, d_k] (with optional leading batch dimensions), got []",
        message(() -> ShapeCheck.requireRank(Tensor.scalar(1), 2, "Q", "n, d_k")));
  }

  @Test
  void dimCountsFromTheStartOfTheCore() {
    Tensor q = t(8, 5, 3); // batch [8], core [n=5, d_k=3]
    assertEquals(5, ShapeCheck.dim(q, 2, 0, "Q"));
    assertEquals(3, ShapeCheck.dim(q, 2, 1, "Q"));
    assertEquals(8, ShapeCheck.dim(q, 3, 0, "Q"));
    assertEquals("Q: expected at least 2 dimensions, got [3]",
        message(() -> ShapeCheck.dim(t(3), 2, 0, "Q")));
    assertEquals("Q: core axis 2 is outside a core of rank 2",
        message(() -> ShapeCheck.dim(q, 2, 2, "Q")));
  }

  @Test
  void requireDimNamesTheBindingParameter() {
    ShapeCheck.requireDim(t(7, 4), 2, 1, 4, "K", "d_k", "Q");
    assertEquals("K: dimension d_k is 5, but Q gives d_k = 4",
        message(() -> ShapeCheck.requireDim(t(2, 7, 5), 2, 1, 4, "K", "d_k", "Q")));
  }

  @Test
  void batchShapeBroadcastsEveryBatchPart() {
    int[] batch = ShapeCheck.batchShape(new String[] {"Q", "K", "b"},
        new Tensor[] {t(2, 1, 5, 4), t(3, 6, 4), t(4)}, new int[] {2, 2, 1});
    assertArrayEquals(new int[] {2, 3}, batch);
    assertArrayEquals(new int[0], ShapeCheck.batchShape(new String[] {"W"},
        new Tensor[] {t(3, 4)}, new int[] {2}));
  }

  @Test
  void batchShapeNamesTheConflictingPair() {
    assertEquals("batch dimensions do not broadcast: Q has batch [2, 3], K has batch [4]",
        message(() -> ShapeCheck.batchShape(new String[] {"Q", "K"},
            new Tensor[] {t(2, 3, 5, 4), t(4, 6, 4)}, new int[] {2, 2})));
    // V conflicts with Q, not with the unbatched W in between.
    assertEquals("batch dimensions do not broadcast: Q has batch [2], V has batch [3]",
        message(() -> ShapeCheck.batchShape(new String[] {"Q", "W", "V"},
            new Tensor[] {t(2, 4), t(4, 4), t(3, 4)}, new int[] {1, 2, 1})));
    assertEquals("x: expected at least 1 dimensions, got []",
        message(() -> ShapeCheck.batchShape(new String[] {"x"},
            new Tensor[] {Tensor.scalar(1)}, new int[] {1})));
  }

  @Test
  void requireEqualBuildsTheMessageFromWhat() {
    ShapeCheck.requireEqual(2048, 2048, "d_ff must equal 4 d_model");
    assertEquals("dimension d_ff must equal 4 d_model = 2048, got 100",
        message(() -> ShapeCheck.requireEqual(100, 2048, "d_ff must equal 4 d_model")));
  }
}
