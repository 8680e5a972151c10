package dev.eqc.compiler.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NDArrayTest {
    @Test
    void scalarHasRankZeroAndOneElement() {
        NDArray s = NDArray.scalar(2.5);
        assertEquals(0, s.rank());
        assertEquals(1, s.numel());
        assertEquals(2.5, s.get());
        assertArrayEquals(new int[0], s.shape());
    }

    @Test
    void getIndexesRowMajorAndSizeCountsNegativeAxesFromTheEnd() {
        NDArray a = NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
        assertEquals(2, a.rank());
        assertEquals(6, a.numel());
        assertEquals(6.0, a.get(1, 2));
        assertEquals(2.0, a.get(0, 1));
        assertEquals(3, a.size(-1));
        assertEquals(2, a.size(-2));
        assertEquals(2, a.size(0));
        assertThrows(IllegalArgumentException.class, () -> a.size(2));
        assertThrows(IllegalArgumentException.class, () -> a.get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> a.get(2, 0));
    }

    @Test
    void factoryAndAccessorsCopySoTheArrayCannotBeChangedFromOutside() {
        double[] data = {1, 2};
        int[] shape = {2};
        NDArray a = NDArray.of(data, shape);
        data[0] = 99;
        shape[0] = 1;
        a.data()[1] = 99;
        a.shape()[0] = 5;
        assertArrayEquals(new double[] {1, 2}, a.data());
        assertArrayEquals(new int[] {2}, a.shape());
    }

    @Test
    void rejectsDataOfTheWrongLengthAndNegativeDimensions() {
        assertThrows(IllegalArgumentException.class, () -> NDArray.of(new double[5], 2, 3));
        assertThrows(IllegalArgumentException.class, () -> NDArray.of(new double[0], -1));
    }

    @Test
    void zeroSizedAxesAreAllowed() {
        NDArray e = NDArray.of(new double[0], 0, 3);
        assertEquals(0, e.numel());
        assertEquals(3, e.size(1));
    }

    @Test
    void equalityComparesShapeAndElements() {
        assertEquals(NDArray.of(new double[] {1, 2}, 2), NDArray.of(new double[] {1, 2}, 2));
        assertNotEquals(NDArray.of(new double[] {1, 2}, 2), NDArray.of(new double[] {1, 2}, 1, 2));
        assertNotEquals(NDArray.of(new double[] {1, 2}, 2), NDArray.of(new double[] {1, 3}, 2));
    }
}
