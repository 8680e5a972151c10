package dev.eqc.compiler.builtin;

/**
 * How Java computes a built-in of one plain {@code double}: a {@code java.lang.Math} method, or
 * one written out ({@link #LOGISTIC}, {@link #RELU}). The only forms code generation writes for a
 * number; a built-in without one is computed as a tensor.
 */
public enum ScalarForm {
    EXP, LOG, SQRT, TANH, SIN, COS, TAN, SINH, COSH, ASIN, ACOS, ATAN, ABS, FLOOR, CEIL, ROUND, SIGNUM,
    /** {@code 1 / (1 + e^{-x})}. */
    LOGISTIC,
    /** {@code max(x, 0)}. */
    RELU,
    /** The runtime's {@code Ops.arsinh(double)}, accurate from tiny to huge arguments. */
    ARSINH,
    /** The runtime's {@code Ops.arcosh(double)}. */
    ARCOSH,
    /** The runtime's {@code Ops.artanh(double)}. */
    ARTANH;

    /** Whether the {@code java.lang.Math} method keeps a {@code float} argument a {@code float} (no cast needed). */
    public boolean keepsFloat() {
        return this == ABS || this == SIGNUM;
    }
}
