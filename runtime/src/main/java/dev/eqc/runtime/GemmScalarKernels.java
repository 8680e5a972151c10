package dev.eqc.runtime;

import java.util.Arrays;

/**
 * Plain-Java GEMM micro-kernels, used when the vector module is absent. Each step of k adds an
 * MR x NR outer product straight into the C tile (which stays in L1 for the whole kc loop), with
 * a constant-length innermost loop over NR contiguous elements that C2 unrolls and
 * auto-vectorises (SuperWord). Multiplies and adds are separate operations, not fused.
 */
final class GemmScalarKernels {
  /** The float32 micro-kernel: 4 x 16. */
  static final GemmFloatKernel FLOAT = new FloatKernel();
  /** The float64 micro-kernel: 4 x 8. */
  static final GemmDoubleKernel DOUBLE = new DoubleKernel();

  private GemmScalarKernels() {}

  private static final class FloatKernel implements GemmFloatKernel {
    private static final int MR = 4;
    private static final int NR = 16;

    @Override
    public int mr() {
      return MR;
    }

    @Override
    public int nr() {
      return NR;
    }

    @Override
    public void multiply(int kc, float[] pa, int ai, float[] pb, int bi, float[] c, int ci,
        int ldc, boolean accumulate) {
      if (!accumulate) {
        for (int i = 0; i < MR; i++) {
          Arrays.fill(c, ci + i * ldc, ci + i * ldc + NR, 0f);
        }
      }
      for (int p = 0; p < kc; p++, ai += MR, bi += NR) {
        for (int i = 0; i < MR; i++) {
          float x = pa[ai + i];
          int row = ci + i * ldc;
          for (int j = 0; j < NR; j++) {
            c[row + j] += x * pb[bi + j];
          }
        }
      }
    }
  }

  private static final class DoubleKernel implements GemmDoubleKernel {
    private static final int MR = 4;
    private static final int NR = 8;

    @Override
    public int mr() {
      return MR;
    }

    @Override
    public int nr() {
      return NR;
    }

    @Override
    public void multiply(int kc, double[] pa, int ai, double[] pb, int bi, double[] c, int ci,
        int ldc, boolean accumulate) {
      if (!accumulate) {
        for (int i = 0; i < MR; i++) {
          Arrays.fill(c, ci + i * ldc, ci + i * ldc + NR, 0d);
        }
      }
      for (int p = 0; p < kc; p++, ai += MR, bi += NR) {
        for (int i = 0; i < MR; i++) {
          double x = pa[ai + i];
          int row = ci + i * ldc;
          for (int j = 0; j < NR; j++) {
            c[row + j] += x * pb[bi + j];
          }
        }
      }
    }
  }
}
