package dev.eqc.runtime;

/**
 * Plain-Java GEMM micro-kernels, used when the vector module is absent: a 4 x 4 tile of C in
 * sixteen local accumulators, which C2 keeps in registers, updated per step of k from four
 * packed values of A and four of B (multiplies and adds are separate operations, not fused).
 * Written out by hand because C2 neither vectorises nor register-allocates a tile held in an
 * array: an earlier version that added each outer product into the C tile in memory ran at
 * 1.6 GFLOP/s, slower than the naive loop.
 */
final class GemmScalarKernels {
  private static final int MR = 4;
  private static final int NR = 4;

  /** The float32 micro-kernel. */
  static final GemmFloatKernel FLOAT = new FloatKernel();
  /** The float64 micro-kernel. */
  static final GemmDoubleKernel DOUBLE = new DoubleKernel();

  private GemmScalarKernels() {}

  /** The 4 x 4 float tile. */
  private static final class FloatKernel implements GemmFloatKernel {
    @Override
    public int mr() {
      return MR;
    }

    @Override
    public int nr() {
      return NR;
    }

    @Override
    public void multiply(int kc, float[] pa, int ai, float[] pb, int bi, float[] c, int ci, int ldc,
        boolean accumulate) {
      float c00 = 0;
      float c01 = 0;
      float c02 = 0;
      float c03 = 0;
      float c10 = 0;
      float c11 = 0;
      float c12 = 0;
      float c13 = 0;
      float c20 = 0;
      float c21 = 0;
      float c22 = 0;
      float c23 = 0;
      float c30 = 0;
      float c31 = 0;
      float c32 = 0;
      float c33 = 0;
      for (int p = 0; p < kc; p++, ai += MR, bi += NR) {
        float b0 = pb[bi];
        float b1 = pb[bi + 1];
        float b2 = pb[bi + 2];
        float b3 = pb[bi + 3];
        float a0 = pa[ai + 0];
        c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
        float a1 = pa[ai + 1];
        c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
        float a2 = pa[ai + 2];
        c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
        float a3 = pa[ai + 3];
        c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
      }
      store(c, ci + 0 * ldc, accumulate, c00, c01, c02, c03);
      store(c, ci + 1 * ldc, accumulate, c10, c11, c12, c13);
      store(c, ci + 2 * ldc, accumulate, c20, c21, c22, c23);
      store(c, ci + 3 * ldc, accumulate, c30, c31, c32, c33);
    }

    private static void store(float[] c, int at, boolean accumulate, float x0, float x1, float x2,
        float x3) {
      if (accumulate) {
        c[at] += x0;
        c[at + 1] += x1;
        c[at + 2] += x2;
        c[at + 3] += x3;
      } else {
        c[at] = x0;
        c[at + 1] = x1;
        c[at + 2] = x2;
        c[at + 3] = x3;
      }
    }
  }

  /** The 4 x 4 double tile. */
  private static final class DoubleKernel implements GemmDoubleKernel {
    @Override
    public int mr() {
      return MR;
    }

    @Override
    public int nr() {
      return NR;
    }

    @Override
    public void multiply(int kc, double[] pa, int ai, double[] pb, int bi, double[] c, int ci, int ldc,
        boolean accumulate) {
      double c00 = 0;
      double c01 = 0;
      double c02 = 0;
      double c03 = 0;
      double c10 = 0;
      double c11 = 0;
      double c12 = 0;
      double c13 = 0;
      double c20 = 0;
      double c21 = 0;
      double c22 = 0;
      double c23 = 0;
      double c30 = 0;
      double c31 = 0;
      double c32 = 0;
      double c33 = 0;
      for (int p = 0; p < kc; p++, ai += MR, bi += NR) {
        double b0 = pb[bi];
        double b1 = pb[bi + 1];
        double b2 = pb[bi + 2];
        double b3 = pb[bi + 3];
        double a0 = pa[ai + 0];
        c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
        double a1 = pa[ai + 1];
        c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
        double a2 = pa[ai + 2];
        c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
        double a3 = pa[ai + 3];
        c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
      }
      store(c, ci + 0 * ldc, accumulate, c00, c01, c02, c03);
      store(c, ci + 1 * ldc, accumulate, c10, c11, c12, c13);
      store(c, ci + 2 * ldc, accumulate, c20, c21, c22, c23);
      store(c, ci + 3 * ldc, accumulate, c30, c31, c32, c33);
    }

    private static void store(double[] c, int at, boolean accumulate, double x0, double x1, double x2,
        double x3) {
      if (accumulate) {
        c[at] += x0;
        c[at + 1] += x1;
        c[at + 2] += x2;
        c[at + 3] += x3;
      } else {
        c[at] = x0;
        c[at + 1] = x1;
        c[at + 2] = x2;
        c[at + 3] = x3;
      }
    }
  }
}
