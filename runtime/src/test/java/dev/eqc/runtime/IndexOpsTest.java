package dev.eqc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IndexOpsTest {
    private static Tensor matrix(int rows, int cols) {
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        return Tensor.fromDoubles(DType.FLOAT64, v, new int[] {rows, cols});
    }

    @Test
    void spreadingTwoAxesIntoOneSlotReadsTheDiagonal() {
        // A_{ii}: both axes of a 3 x 3 matrix in slot 0.
        Tensor d = IndexOps.spread(matrix(3, 3), 2, new int[] {0, 0}, 1, false);
        assertArrayEquals(new int[] {3}, d.shape());
        assertArrayEquals(new double[] {0, 4, 8}, d.readDoubles());
    }

    @Test
    void theDiagonalKeepsBatchAxesAndOtherSlots() {
        // A batch of two 2 x 2 matrices, A_{ii} in slot 1 of two.
        Tensor batch = Tensor.fromDoubles(DType.FLOAT64, new double[] {1, 2, 3, 4, 5, 6, 7, 8}, new int[] {2, 2, 2});
        Tensor d = IndexOps.spread(batch, 2, new int[] {1, 1}, 2, false);
        assertArrayEquals(new int[] {2, 1, 2}, d.shape());
        assertArrayEquals(new double[] {1, 4, 5, 8}, d.readDoubles());
    }

    @Test
    void distinctSlotsStillPermute() {
        Tensor t = IndexOps.spread(matrix(2, 3), 2, new int[] {1, 0}, 2, false);
        assertArrayEquals(new int[] {3, 2}, t.shape());
        assertArrayEquals(new double[] {0, 3, 1, 4, 2, 5}, t.readDoubles());
    }

    @Test
    void aDiagonalOfUnequalAxesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> IndexOps.spread(matrix(2, 3), 2, new int[] {0, 0}, 1, false));
    }
}
