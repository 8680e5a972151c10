package dev.eqc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ScansTest {
    private static Tensor of(int[] shape, double... v) {
        return Tensor.fromDoubles(DType.FLOAT64, v, shape);
    }

    @Test
    void aStepIsTheBlockAtThatPositionOfTheFirstCoreAxis() {
        Tensor u = of(new int[] {3, 2}, 0, 1, 2, 3, 4, 5);
        Tensor step = Scans.at(u, 2, 1);
        assertArrayEquals(new int[] {2}, step.shape());
        assertArrayEquals(new double[] {2, 3}, step.readDoubles());
    }

    @Test
    void aStepKeepsTheBatchAxesBeforeTheSequence() {
        // a batch of two sequences of three numbers: step 2 of each
        Tensor u = of(new int[] {2, 3}, 0, 1, 2, 3, 4, 5);
        Tensor step = Scans.at(u, 1, 2);
        assertArrayEquals(new int[] {2}, step.shape());
        assertArrayEquals(new double[] {2, 5}, step.readDoubles());
    }

    @Test
    void aStepPastTheEndIsAnError() {
        assertThrows(IndexOutOfBoundsException.class, () -> Scans.at(of(new int[] {2}, 1, 2), 1, 2));
    }

    @Test
    void theStatesStackInPositionOrderBeforeTheirCell() {
        Tensor[] states = {of(new int[] {2}, 1, 2), of(new int[] {2}, 3, 4), of(new int[] {2}, 5, 6)};
        Tensor s = Scans.stack(states, 1);
        assertArrayEquals(new int[] {3, 2}, s.shape());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, s.readDoubles());
    }

    @Test
    void batchedStatesStackAlongTheAxisBeforeTheCell() {
        // the first state has no batch axis (the zero start), the others a batch of two
        Tensor[] states = {of(new int[] {1}, 0), of(new int[] {2, 1}, 1, 2)};
        Tensor s = Scans.stack(states, 1);
        assertArrayEquals(new int[] {2, 2, 1}, s.shape());
        assertArrayEquals(new double[] {0, 1, 0, 2}, s.readDoubles());
    }

    @Test
    void aNumberStartFillsTheStatesShape() {
        Tensor s = Scans.start(Tensor.scalar(DType.FLOAT64, 0.5), DType.FLOAT64, 2, 2);
        assertArrayEquals(new int[] {2, 2}, s.shape());
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, s.readDoubles());
    }
}
