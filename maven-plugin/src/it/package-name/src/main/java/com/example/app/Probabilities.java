package com.example.app;

import com.example.models.Softmax;
import dev.eqc.runtime.Tensor;

/** Hand-written code calling a generated class by the package set in the POM. */
public final class Probabilities {
    private Probabilities() {}

    public static double[] of(double... scores) {
        return Softmax.softmax(Tensor.of(scores, scores.length)).toDoubleArray();
    }
}
