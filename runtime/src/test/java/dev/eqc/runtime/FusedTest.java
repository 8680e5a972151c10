package dev.eqc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The helpers generated fused loops call. The row reductions are checked against plain double
 * loops at lengths around the vector width and with offsets; the surefire run without vector
 * kernels repeats every test on the scalar path.
 */
class FusedTest {
  private static final int[] LENGTHS = {0, 1, 3, 7, 8, 9, 15, 16, 17, 100, 1023, 1024, 1025};

  private static float[] randomFloats(long seed, int n, double lo, double hi) {
    SplittableRandom rng = new SplittableRandom(seed);
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = (float) (lo + (hi - lo) * rng.nextDouble());
    }
    return a;
  }

  @Test
  void rowReductionsMatchPlainDoubleLoops() {
    for (int len : LENGTHS) {
      for (int off : new int[] {0, 5}) {
        float[] a = randomFloats(len * 31L + off, off + len + 3, -2, 3);
        double sum = 0;
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int i = off; i < off + len; i++) {
          sum += a[i];
          max = Math.max(max, a[i]);
          min = Math.min(min, a[i]);
        }
        double mean = len == 0 ? 0 : sum / len;
        double ssd = 0;
        double sumExp = 0;
        for (int i = off; i < off + len; i++) {
          ssd += (a[i] - mean) * (a[i] - mean);
          sumExp += Math.exp(a[i] - max);
        }
        String at = "len " + len + " off " + off;
        assertEquals(sum, Fused.sum(a, off, len), 1e-12 * (1 + Math.abs(sum)) * (len + 1), at);
        assertEquals(ssd, Fused.sumSquaredDeviations(a, off, len, mean), 1e-12 * (1 + ssd) * (len + 1), at);
        assertEquals(max, Fused.max(a, off, len), 0.0, at);
        assertEquals(min, Fused.min(a, off, len), 0.0, at);
        double lse = len == 0 ? Double.NEGATIVE_INFINITY : max + Math.log(sumExp);
        assertEquals(lse, Fused.logSumExp(a, off, len), 1e-6 * (1 + Math.abs(lse)), at);
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
          d[i] = a[i];
        }
        assertEquals(sum, Fused.sum(d, off, len), 1e-12 * (1 + Math.abs(sum)) * (len + 1), at);
        assertEquals(lse, Fused.logSumExp(d, off, len), 1e-12 * (1 + Math.abs(lse)), at);
      }
    }
  }

  @Test
  void sumsAccumulateInDouble() {
    // 2^24 + 1 + 1 + ... is lost entirely in a float accumulator.
    float[] a = new float[1001];
    a[0] = 16777216f;
    for (int i = 1; i < a.length; i++) {
      a[i] = 1f;
    }
    assertEquals(16777216.0 + 1000, Fused.sum(a, 0, a.length), 0.0);
  }

  @Test
  void reductionsPropagateNanAndInfinity() {
    for (int len : new int[] {5, 16, 33}) {
      for (int at = 0; at < len; at += 7) {
        float[] a = randomFloats(at, len, -1, 1);
        a[at] = Float.NaN;
        assertTrue(Double.isNaN(Fused.max(a, 0, len)), "max NaN at " + at + " of " + len);
        assertTrue(Double.isNaN(Fused.min(a, 0, len)), "min NaN at " + at + " of " + len);
        assertTrue(Double.isNaN(Fused.sum(a, 0, len)));
        assertTrue(Double.isNaN(Fused.logSumExp(a, 0, len)));
        a[at] = Float.POSITIVE_INFINITY;
        assertEquals(Double.POSITIVE_INFINITY, Fused.max(a, 0, len));
        assertEquals(Double.POSITIVE_INFINITY, Fused.logSumExp(a, 0, len));
      }
    }
  }

  @Test
  void logSumExpIsStableForLargeValues() {
    float[] a = {500f, 499f, -500f};
    double expected = 500 + Math.log(1 + Math.exp(-1) + Math.exp(-1000));
    assertEquals(expected, Fused.logSumExp(a, 0, 3), 1e-5);
  }

  @Test
  void guardsRecogniseFullShapesSharedRowsAndSingleNumbers() {
    Tensor x = Tensor.zeros(DType.FLOAT32, 4, 3);
    Tensor row = Tensor.zeros(DType.FLOAT32, 3);
    Tensor column = Tensor.zeros(DType.FLOAT32, 4, 1);
    Tensor number = Tensor.scalar(2.0);
    assertTrue(Fused.sameShapes(x, Tensor.zeros(DType.FLOAT32, 4, 3)));
    assertFalse(Fused.sameShapes(x, row));
    assertEquals(3, Fused.rowStride(x, x, 3));
    assertEquals(0, Fused.rowStride(row, x, 3));
    assertEquals(-1, Fused.rowStride(column, x, 3));
    assertTrue(Fused.singleNumbers(number, Tensor.zeros(DType.FLOAT64, 1, 1)));
    assertFalse(Fused.singleNumbers(row));
    assertTrue(Fused.allOf(DType.FLOAT32, x, row));
    assertFalse(Fused.allOf(DType.FLOAT32, x, Tensor.zeros(DType.FLOAT64, 3)));
    assertEquals(x, Fused.widest(row, x, number));
  }
}
