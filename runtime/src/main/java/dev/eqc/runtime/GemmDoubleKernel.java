package dev.eqc.runtime;

/**
 * A float64 GEMM micro-kernel: multiplies one packed MR x kc sliver of A by one packed kc x NR
 * sliver of B and writes (or adds) the MR x NR product into C. {@link GemmPacking} defines the
 * packed layouts; {@link GemmDoubleBlocked} drives the kernel over cache blocks.
 */
interface GemmDoubleKernel {
  /** Rows of the register tile (MR). */
  int mr();

  /** Columns of the register tile (NR). */
  int nr();

  /**
   * {@code C[0..MR, 0..NR] (+)= A~ * B~}, where {@code pa[ai + p * MR + i]} is A(i, p) and
   * {@code pb[bi + p * NR + j]} is B(p, j) for {@code p < kc}; C(i, j) is at
   * {@code c[ci + i * ldc + j]}. Overwrites C unless {@code accumulate}.
   */
  void multiply(int kc, double[] pa, int ai, double[] pb, int bi, double[] c, int ci, int ldc,
      boolean accumulate);
}
