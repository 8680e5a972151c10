package dev.eqc.compiler.shape;

/** What a written product means once shapes are known (SPEC 3.2). */
public enum ProductKind {
    /** One side is a scalar: element-wise scaling. */
    SCALE,
    /** Both sides have rank at least 2: NumPy matmul, leading core axes batch. */
    MATMUL,
    /** Matrix times column vector: {@code W x}. */
    MATVEC,
    /** Row vector times matrix: {@code x W}, {@code x^\top W}. */
    VECMAT,
    /** {@code u^\top v}: a scalar. */
    DOT,
    /** {@code u v^\top}: a matrix. */
    OUTER,
    /** Two untransposed vectors side by side ({@code x \tanh(x)}): element-wise. */
    ELEMENTWISE
}
