package dev.eqc.runtime;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * GEMM micro-kernels of 6 rows x 2 vectors on {@code jdk.incubator.vector} ({@link GemmTile}
 * explains the choice): a 6 x 2L tile of C in twelve vector accumulators (6 x 32 floats at 512
 * bits, 6 x 16 at 256, 6 x 8 at 128; half as many doubles), updated per step of k by two loads of
 * packed B, six broadcasts of packed A and twelve fused multiply-adds: fifteen live vectors, which
 * fit a 16-register file (AVX2, SSE) without spilling. The loop walks A and B by their own running
 * indexes rather than {@code p * MR}, {@code p * NR}: about 12% faster on C2 (72 vs 64 GFLOP/s per
 * core on float32, AVX2). The accumulators are written out as locals because C2 keeps locals, not
 * array elements, in registers.
 *
 * <p>Only touched behind {@link VectorSupport#ENABLED}: loading this class needs the module.
 */
final class GemmVectorTile6x2 {
  private static final VectorSpecies<Float> FS = VectorWidth.FLOAT;
  private static final VectorSpecies<Double> DS = VectorWidth.DOUBLE;
  private static final int MR = 6;

  /** The float32 micro-kernel. */
  static final GemmFloatKernel FLOAT = new FloatKernel();
  /** The float64 micro-kernel. */
  static final GemmDoubleKernel DOUBLE = new DoubleKernel();

  private GemmVectorTile6x2() {}

  /** 6 rows x 2 vectors of floats. */
  static final class FloatKernel implements GemmFloatKernel {
    private static final int L = FS.length();
    private static final int NR = 2 * L;

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
      FloatVector c00 = FloatVector.zero(FS);
      FloatVector c01 = c00;
      FloatVector c10 = c00;
      FloatVector c11 = c00;
      FloatVector c20 = c00;
      FloatVector c21 = c00;
      FloatVector c30 = c00;
      FloatVector c31 = c00;
      FloatVector c40 = c00;
      FloatVector c41 = c00;
      FloatVector c50 = c00;
      FloatVector c51 = c00;
      int aEnd = ai + kc * MR;
      for (int p = ai, q = bi; p < aEnd; p += MR, q += NR) {
        FloatVector b0 = FloatVector.fromArray(FS, pb, q);
        FloatVector b1 = FloatVector.fromArray(FS, pb, q + L);
        FloatVector x = FloatVector.broadcast(FS, pa[p]);
        c00 = x.fma(b0, c00);
        c01 = x.fma(b1, c01);
        x = FloatVector.broadcast(FS, pa[p + 1]);
        c10 = x.fma(b0, c10);
        c11 = x.fma(b1, c11);
        x = FloatVector.broadcast(FS, pa[p + 2]);
        c20 = x.fma(b0, c20);
        c21 = x.fma(b1, c21);
        x = FloatVector.broadcast(FS, pa[p + 3]);
        c30 = x.fma(b0, c30);
        c31 = x.fma(b1, c31);
        x = FloatVector.broadcast(FS, pa[p + 4]);
        c40 = x.fma(b0, c40);
        c41 = x.fma(b1, c41);
        x = FloatVector.broadcast(FS, pa[p + 5]);
        c50 = x.fma(b0, c50);
        c51 = x.fma(b1, c51);
      }
      store(c00, c01, c, ci, accumulate);
      store(c10, c11, c, ci + ldc, accumulate);
      store(c20, c21, c, ci + 2 * ldc, accumulate);
      store(c30, c31, c, ci + 3 * ldc, accumulate);
      store(c40, c41, c, ci + 4 * ldc, accumulate);
      store(c50, c51, c, ci + 5 * ldc, accumulate);
    }

    private static void store(FloatVector v0, FloatVector v1, float[] c, int at, boolean accumulate) {
      if (accumulate) {
        v0 = v0.add(FloatVector.fromArray(FS, c, at));
        v1 = v1.add(FloatVector.fromArray(FS, c, at + L));
      }
      v0.intoArray(c, at);
      v1.intoArray(c, at + L);
    }
  }

  /** 6 rows x 2 vectors of doubles. */
  static final class DoubleKernel implements GemmDoubleKernel {
    private static final int L = DS.length();
    private static final int NR = 2 * L;

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
      DoubleVector c00 = DoubleVector.zero(DS);
      DoubleVector c01 = c00;
      DoubleVector c10 = c00;
      DoubleVector c11 = c00;
      DoubleVector c20 = c00;
      DoubleVector c21 = c00;
      DoubleVector c30 = c00;
      DoubleVector c31 = c00;
      DoubleVector c40 = c00;
      DoubleVector c41 = c00;
      DoubleVector c50 = c00;
      DoubleVector c51 = c00;
      int aEnd = ai + kc * MR;
      for (int p = ai, q = bi; p < aEnd; p += MR, q += NR) {
        DoubleVector b0 = DoubleVector.fromArray(DS, pb, q);
        DoubleVector b1 = DoubleVector.fromArray(DS, pb, q + L);
        DoubleVector x = DoubleVector.broadcast(DS, pa[p]);
        c00 = x.fma(b0, c00);
        c01 = x.fma(b1, c01);
        x = DoubleVector.broadcast(DS, pa[p + 1]);
        c10 = x.fma(b0, c10);
        c11 = x.fma(b1, c11);
        x = DoubleVector.broadcast(DS, pa[p + 2]);
        c20 = x.fma(b0, c20);
        c21 = x.fma(b1, c21);
        x = DoubleVector.broadcast(DS, pa[p + 3]);
        c30 = x.fma(b0, c30);
        c31 = x.fma(b1, c31);
        x = DoubleVector.broadcast(DS, pa[p + 4]);
        c40 = x.fma(b0, c40);
        c41 = x.fma(b1, c41);
        x = DoubleVector.broadcast(DS, pa[p + 5]);
        c50 = x.fma(b0, c50);
        c51 = x.fma(b1, c51);
      }
      store(c00, c01, c, ci, accumulate);
      store(c10, c11, c, ci + ldc, accumulate);
      store(c20, c21, c, ci + 2 * ldc, accumulate);
      store(c30, c31, c, ci + 3 * ldc, accumulate);
      store(c40, c41, c, ci + 4 * ldc, accumulate);
      store(c50, c51, c, ci + 5 * ldc, accumulate);
    }

    private static void store(DoubleVector v0, DoubleVector v1, double[] c, int at, boolean accumulate) {
      if (accumulate) {
        v0 = v0.add(DoubleVector.fromArray(DS, c, at));
        v1 = v1.add(DoubleVector.fromArray(DS, c, at + L));
      }
      v0.intoArray(c, at);
      v1.intoArray(c, at + L);
    }
  }
}
