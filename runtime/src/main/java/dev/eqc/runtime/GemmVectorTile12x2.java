package dev.eqc.runtime;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * GEMM micro-kernels of 12 rows x 2 vectors on {@code jdk.incubator.vector}, for 32-register
 * machines when {@code -Deqc.gemm.rows=12} asks for them ({@link GemmTile}): twenty-four vector
 * accumulators, two B vectors and one broadcast, 27 live vectors. Half the loads of packed B per
 * multiply-add of the 6-row tile. Measured slower than the 6-row tile on the AMD Zen 5 the
 * defaults were tuned on (JDK 17's C2 spills one accumulator to the stack every step; JDK 25's
 * does not, and still ran at ~0.7x), faster on an Intel Xeon in the issue that asked for it; see
 * docs/PERFORMANCE.md. Same layout and contract as {@link GemmVectorTile6x2}.
 *
 * <p>Only touched behind {@link VectorSupport#ENABLED}: loading this class needs the module.
 */
final class GemmVectorTile12x2 {
  private static final VectorSpecies<Float> FS = VectorWidth.FLOAT;
  private static final VectorSpecies<Double> DS = VectorWidth.DOUBLE;
  private static final int MR = 12;

  /** The float32 micro-kernel. */
  static final GemmFloatKernel FLOAT = new FloatKernel();
  /** The float64 micro-kernel. */
  static final GemmDoubleKernel DOUBLE = new DoubleKernel();

  private GemmVectorTile12x2() {}

  /** 12 rows x 2 vectors of floats. */
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
      FloatVector c000 = FloatVector.zero(FS);
      FloatVector c001 = c000;
      FloatVector c010 = c000;
      FloatVector c011 = c000;
      FloatVector c020 = c000;
      FloatVector c021 = c000;
      FloatVector c030 = c000;
      FloatVector c031 = c000;
      FloatVector c040 = c000;
      FloatVector c041 = c000;
      FloatVector c050 = c000;
      FloatVector c051 = c000;
      FloatVector c060 = c000;
      FloatVector c061 = c000;
      FloatVector c070 = c000;
      FloatVector c071 = c000;
      FloatVector c080 = c000;
      FloatVector c081 = c000;
      FloatVector c090 = c000;
      FloatVector c091 = c000;
      FloatVector c100 = c000;
      FloatVector c101 = c000;
      FloatVector c110 = c000;
      FloatVector c111 = c000;
      int aEnd = ai + kc * MR;
      for (int p = ai, q = bi; p < aEnd; p += MR, q += NR) {
        FloatVector b0 = FloatVector.fromArray(FS, pb, q);
        FloatVector b1 = FloatVector.fromArray(FS, pb, q + L);
        FloatVector x = FloatVector.broadcast(FS, pa[p]);
        c000 = x.fma(b0, c000);
        c001 = x.fma(b1, c001);
        x = FloatVector.broadcast(FS, pa[p + 1]);
        c010 = x.fma(b0, c010);
        c011 = x.fma(b1, c011);
        x = FloatVector.broadcast(FS, pa[p + 2]);
        c020 = x.fma(b0, c020);
        c021 = x.fma(b1, c021);
        x = FloatVector.broadcast(FS, pa[p + 3]);
        c030 = x.fma(b0, c030);
        c031 = x.fma(b1, c031);
        x = FloatVector.broadcast(FS, pa[p + 4]);
        c040 = x.fma(b0, c040);
        c041 = x.fma(b1, c041);
        x = FloatVector.broadcast(FS, pa[p + 5]);
        c050 = x.fma(b0, c050);
        c051 = x.fma(b1, c051);
        x = FloatVector.broadcast(FS, pa[p + 6]);
        c060 = x.fma(b0, c060);
        c061 = x.fma(b1, c061);
        x = FloatVector.broadcast(FS, pa[p + 7]);
        c070 = x.fma(b0, c070);
        c071 = x.fma(b1, c071);
        x = FloatVector.broadcast(FS, pa[p + 8]);
        c080 = x.fma(b0, c080);
        c081 = x.fma(b1, c081);
        x = FloatVector.broadcast(FS, pa[p + 9]);
        c090 = x.fma(b0, c090);
        c091 = x.fma(b1, c091);
        x = FloatVector.broadcast(FS, pa[p + 10]);
        c100 = x.fma(b0, c100);
        c101 = x.fma(b1, c101);
        x = FloatVector.broadcast(FS, pa[p + 11]);
        c110 = x.fma(b0, c110);
        c111 = x.fma(b1, c111);
      }
      store(c000, c001, c, ci, accumulate);
      store(c010, c011, c, ci + ldc, accumulate);
      store(c020, c021, c, ci + 2 * ldc, accumulate);
      store(c030, c031, c, ci + 3 * ldc, accumulate);
      store(c040, c041, c, ci + 4 * ldc, accumulate);
      store(c050, c051, c, ci + 5 * ldc, accumulate);
      store(c060, c061, c, ci + 6 * ldc, accumulate);
      store(c070, c071, c, ci + 7 * ldc, accumulate);
      store(c080, c081, c, ci + 8 * ldc, accumulate);
      store(c090, c091, c, ci + 9 * ldc, accumulate);
      store(c100, c101, c, ci + 10 * ldc, accumulate);
      store(c110, c111, c, ci + 11 * ldc, accumulate);
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

  /** 12 rows x 2 vectors of doubles. */
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
      DoubleVector c000 = DoubleVector.zero(DS);
      DoubleVector c001 = c000;
      DoubleVector c010 = c000;
      DoubleVector c011 = c000;
      DoubleVector c020 = c000;
      DoubleVector c021 = c000;
      DoubleVector c030 = c000;
      DoubleVector c031 = c000;
      DoubleVector c040 = c000;
      DoubleVector c041 = c000;
      DoubleVector c050 = c000;
      DoubleVector c051 = c000;
      DoubleVector c060 = c000;
      DoubleVector c061 = c000;
      DoubleVector c070 = c000;
      DoubleVector c071 = c000;
      DoubleVector c080 = c000;
      DoubleVector c081 = c000;
      DoubleVector c090 = c000;
      DoubleVector c091 = c000;
      DoubleVector c100 = c000;
      DoubleVector c101 = c000;
      DoubleVector c110 = c000;
      DoubleVector c111 = c000;
      int aEnd = ai + kc * MR;
      for (int p = ai, q = bi; p < aEnd; p += MR, q += NR) {
        DoubleVector b0 = DoubleVector.fromArray(DS, pb, q);
        DoubleVector b1 = DoubleVector.fromArray(DS, pb, q + L);
        DoubleVector x = DoubleVector.broadcast(DS, pa[p]);
        c000 = x.fma(b0, c000);
        c001 = x.fma(b1, c001);
        x = DoubleVector.broadcast(DS, pa[p + 1]);
        c010 = x.fma(b0, c010);
        c011 = x.fma(b1, c011);
        x = DoubleVector.broadcast(DS, pa[p + 2]);
        c020 = x.fma(b0, c020);
        c021 = x.fma(b1, c021);
        x = DoubleVector.broadcast(DS, pa[p + 3]);
        c030 = x.fma(b0, c030);
        c031 = x.fma(b1, c031);
        x = DoubleVector.broadcast(DS, pa[p + 4]);
        c040 = x.fma(b0, c040);
        c041 = x.fma(b1, c041);
        x = DoubleVector.broadcast(DS, pa[p + 5]);
        c050 = x.fma(b0, c050);
        c051 = x.fma(b1, c051);
        x = DoubleVector.broadcast(DS, pa[p + 6]);
        c060 = x.fma(b0, c060);
        c061 = x.fma(b1, c061);
        x = DoubleVector.broadcast(DS, pa[p + 7]);
        c070 = x.fma(b0, c070);
        c071 = x.fma(b1, c071);
        x = DoubleVector.broadcast(DS, pa[p + 8]);
        c080 = x.fma(b0, c080);
        c081 = x.fma(b1, c081);
        x = DoubleVector.broadcast(DS, pa[p + 9]);
        c090 = x.fma(b0, c090);
        c091 = x.fma(b1, c091);
        x = DoubleVector.broadcast(DS, pa[p + 10]);
        c100 = x.fma(b0, c100);
        c101 = x.fma(b1, c101);
        x = DoubleVector.broadcast(DS, pa[p + 11]);
        c110 = x.fma(b0, c110);
        c111 = x.fma(b1, c111);
      }
      store(c000, c001, c, ci, accumulate);
      store(c010, c011, c, ci + ldc, accumulate);
      store(c020, c021, c, ci + 2 * ldc, accumulate);
      store(c030, c031, c, ci + 3 * ldc, accumulate);
      store(c040, c041, c, ci + 4 * ldc, accumulate);
      store(c050, c051, c, ci + 5 * ldc, accumulate);
      store(c060, c061, c, ci + 6 * ldc, accumulate);
      store(c070, c071, c, ci + 7 * ldc, accumulate);
      store(c080, c081, c, ci + 8 * ldc, accumulate);
      store(c090, c091, c, ci + 9 * ldc, accumulate);
      store(c100, c101, c, ci + 10 * ldc, accumulate);
      store(c110, c111, c, ci + 11 * ldc, accumulate);
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
