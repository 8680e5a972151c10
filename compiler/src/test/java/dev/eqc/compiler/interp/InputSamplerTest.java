package dev.eqc.compiler.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eqc.runtime.DType;
import dev.eqc.runtime.Tensor;
import org.junit.jupiter.api.Test;

/** The sampler must reproduce the runtime's seeded tensors bit for bit: generated tests rely on it. */
class InputSamplerTest {
    private static final int[][] SHAPES = {{}, {7}, {3, 5}, {2, 3, 4}, {0, 4}};

    @Test
    void uniformFloat64EqualsRuntimeRandomBitForBit() {
        for (int[] shape : SHAPES) {
            for (long seed : new long[] {0, 1, 42, -7, Long.MAX_VALUE}) {
                Tensor expected = Tensor.random(DType.FLOAT64, seed, -1.0, 1.0, shape);
                NDArray actual = InputSampler.uniform(seed, -1.0, 1.0, false, shape);
                assertArrayEquals(expected.shape(), actual.shape());
                assertArrayEquals(expected.toDoubleArray(), actual.data());
            }
        }
    }

    @Test
    void uniformFloat32EqualsRuntimeRandomRoundedThroughFloat() {
        for (int[] shape : SHAPES) {
            for (long seed : new long[] {0, 3, 1234567}) {
                Tensor expected = Tensor.random(DType.FLOAT32, seed, -3.0, 5.5, shape);
                NDArray actual = InputSampler.uniform(seed, -3.0, 5.5, true, shape);
                assertArrayEquals(expected.shape(), actual.shape());
                assertArrayEquals(expected.toDoubleArray(), actual.data());
            }
        }
    }

    @Test
    void integersEqualRuntimeRandomIntsInBothPrecisions() {
        for (int[] shape : SHAPES) {
            for (long seed : new long[] {0, 9, -100}) {
                NDArray actual = InputSampler.integers(seed, -5, 17, shape);
                for (DType dtype : DType.values()) {
                    Tensor expected = Tensor.randomInts(dtype, seed, -5, 17, shape);
                    assertArrayEquals(expected.shape(), actual.shape());
                    assertArrayEquals(expected.toDoubleArray(), actual.data());
                }
            }
        }
    }

    @Test
    void integersRejectAnEmptyRange() {
        assertThrows(IllegalArgumentException.class, () -> InputSampler.integers(1, 5, 4, 3));
    }
}
