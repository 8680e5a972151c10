package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.models.Softmax;
import dev.eqc.runtime.DType;
import dev.eqc.runtime.Tensor;
import org.junit.jupiter.api.Test;

class ProbabilitiesTest {
    @Test
    void probabilitiesSumToOneEvenForLargeScores() {
        double[] p = Probabilities.of(1000.0, 1000.0, 999.0);
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-12);
        assertEquals(p[0], p[1], 0.0);
    }

    @Test
    void generatedCodeComputesInDoublePrecision() {
        assertEquals(DType.FLOAT64, Softmax.softmax(Tensor.of(new double[] {1, 2}, 2)).dtype());
    }
}
