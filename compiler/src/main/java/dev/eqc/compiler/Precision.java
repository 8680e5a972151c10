package dev.eqc.compiler;

/** Element type of generated tensors (SPEC 3.5): float32 by default, float64 on request. */
public enum Precision {
    FLOAT, DOUBLE
}
