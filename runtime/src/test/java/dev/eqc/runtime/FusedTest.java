package dev.eqc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The helpers generated fused loops call. The row reductions are checked against plain double
 * loops at lengths around every vector width and block ({@link TailLengths}) and with offsets;
 * surefire repeats every test at 128, 256 and 512 bits and on the scalar path.
 */
class FusedTest {
  /** Around every lane count and unrolled block at 128, 256 and 512 bits, and 100 (no multiple). */
  private static final int[] LENGTHS = java.util.stream.IntStream.concat(java.util.Arrays.stream(TailLengths.ALL),
      java.util.stream.IntStream.of(100)).toArray();

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
  void scaleShiftMatchesTheScalarFormulaBitForBit() {
    // Every combination of gain and bias, lengths around the vector width, offsets that differ
    // between the operands; the same operations in the same order, so equal to the last bit.
    for (int len : LENGTHS) {
      for (int variant = 0; variant < 4; variant++) {
        boolean withMul = (variant & 1) != 0;
        boolean withAdd = (variant & 2) != 0;
        float[] x = randomFloats(len + 7L * variant, len + 3, -2, 3);
        float[] mul = withMul ? randomFloats(len + 11L, len + 5, 0.5, 1.5) : null;
        float[] add = withAdd ? randomFloats(len + 13L, len + 1, -1, 1) : null;
        float shift = 0.37f;
        float scale = 1.9f;
        float[] out = new float[len + 2];
        out[0] = 42f;
        out[len + 1] = 43f;
        Fused.scaleShift(out, 1, x, 3, len, shift, scale, mul, 5, add, 1);
        double[] xd = new double[x.length];
        for (int i = 0; i < x.length; i++) {
          xd[i] = x[i];
        }
        double[] outD = new double[len];
        double[] mulD = mul == null ? null : toDoubles(mul);
        double[] addD = add == null ? null : toDoubles(add);
        Fused.scaleShift(outD, 0, xd, 3, len, shift, scale, mulD, 5, addD, 1);
        for (int e = 0; e < len; e++) {
          float v = (x[3 + e] - shift) * scale;
          if (withMul) {
            v = v * mul[5 + e];
          }
          if (withAdd) {
            v = v + add[1 + e];
          }
          String at = "len " + len + " variant " + variant + " e " + e;
          assertEquals(v, out[1 + e], 0f, at);
          double w = (xd[3 + e] - shift) * scale * (withMul ? mulD[5 + e] : 1) + (withAdd ? addD[1 + e] : 0);
          assertEquals(w, outD[e], 1e-12 * (1 + Math.abs(w)), at);
        }
        assertEquals(42f, out[0], "writes nothing before the range");
        assertEquals(43f, out[len + 1], "writes nothing after the range");
      }
    }
  }

  @Test
  void scaleShiftThenSumsWritesThisRowAsScaleShiftAndSumsTheNext() {
    // Two rows of one array; every gain/bias case, lengths around the vector width and the
    // 32-element block, operands at different offsets.
    for (int len : LENGTHS) {
      for (int variant = 0; variant < 4; variant++) {
        float[] x = randomFloats(len * 3L + variant, 2 * len + 9, 40, 45);
        float[] mul = (variant & 1) != 0 ? randomFloats(len + 11L, len + 5, 0.5, 1.5) : null;
        float[] add = (variant & 2) != 0 ? randomFloats(len + 13L, len + 1, -1, 1) : null;
        int row = 2;
        int next = 2 + len + 7;
        float[] expected = new float[len + 2];
        Fused.scaleShift(expected, 1, x, row, len, 41.5f, 0.7f, mul, 5, add, 1);
        float[] out = new float[len + 2];
        double[] sums = new double[3];
        Fused.scaleShiftThenSums(out, 1, x, row, len, 41.5f, 0.7f, mul, 5, add, 1, next, sums);
        String at = "len " + len + " variant " + variant;
        assertTrue(java.util.Arrays.equals(expected, out), at + ": the row, bit for bit, and nothing around it");
        double[] alone = new double[3];
        Fused.shiftedSums(x, next, len, alone);
        assertEquals(alone[2], sums[2], 0.0, at);
        assertEquals(alone[0], sums[0], 1e-12 * (1 + len), at);
        assertEquals(alone[1], sums[1], 1e-12 * (1 + len), at);

        // In place: the row overwritten, the next row read before it is written.
        float[] inPlace = x.clone();
        Fused.scaleShiftThenSums(inPlace, row, inPlace, row, len, 41.5f, 0.7f, mul, 5, add, 1, row + len, sums);
        Fused.shiftedSums(x, row + len, len, alone);
        assertTrue(java.util.Arrays.equals(java.util.Arrays.copyOfRange(expected, 1, len + 1),
            java.util.Arrays.copyOfRange(inPlace, row, row + len)), at + " in place");
        assertEquals(alone[0], sums[0], 1e-12 * (1 + len), at + " in place");
        assertEquals(alone[1], sums[1], 1e-12 * (1 + len), at + " in place");

        // The last row of a range: no next row, the sums untouched.
        double[] untouched = {1, 2, 3};
        Fused.scaleShiftThenSums(out, 1, x, row, len, 41.5f, 0.7f, mul, 5, add, 1, -1, untouched);
        assertTrue(java.util.Arrays.equals(new double[] {1, 2, 3}, untouched), at);
      }
    }
  }

  @Test
  void statisticsFromShiftedSumsMatchPlainDoubleLoops() {
    double[] sums = new double[3];
    for (int len : LENGTHS) {
      if (len == 0) {
        continue;
      }
      for (double centre : new double[] {0, 1000}) {
        float[] a = randomFloats(len * 5L, len + 4, centre - 2, centre + 3);
        double sum = 0;
        for (int i = 4; i < 4 + len; i++) {
          sum += a[i];
        }
        double mean = sum / len;
        double ssd = 0;
        double squares = 0;
        double aroundOne = 0;
        for (int i = 4; i < 4 + len; i++) {
          ssd += (a[i] - mean) * (a[i] - mean);
          squares += (double) a[i] * a[i];
          aroundOne += (a[i] - 1.0) * (a[i] - 1.0);
        }
        Fused.shiftedSums(a, 4, len, sums);
        String at = "len " + len + " centre " + centre;
        assertEquals(a[4], sums[2], 0.0, at + ": shifted by the first element");
        assertEquals(sum, Fused.sumOf(sums, len), 1e-12 * (1 + Math.abs(sum)), at);
        assertEquals(mean, Fused.meanOf(sums, len), 1e-12 * (1 + Math.abs(mean)), at);
        assertEquals(ssd / len, Fused.varianceOf(sums, len), 1e-9 * (1 + ssd / len), at);
        assertEquals(ssd, Fused.squaredDeviationsOf(sums, len, mean), 1e-9 * (1 + ssd), at);
        assertEquals(squares, Fused.squaredDeviationsOf(sums, len, 0.0), 1e-12 * squares, at);
        assertEquals(aroundOne, Fused.squaredDeviationsOf(sums, len, 1.0), 1e-12 * aroundOne, at);
      }
    }
    float[] constant = {3.25f, 3.25f, 3.25f, 3.25f, 3.25f, 3.25f, 3.25f, 3.25f, 3.25f};
    Fused.shiftedSums(constant, 0, constant.length, sums);
    assertEquals(0.0, Fused.varianceOf(sums, constant.length), 0.0, "a constant row: variance exactly 0");
    assertEquals(0.0, Fused.squaredDeviationsOf(sums, constant.length, 3.25), 0.0);
  }

  private static double[] toDoubles(float[] a) {
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = a[i];
    }
    return d;
  }

  @Test
  void meanAndVarianceInOnePassMatchTwoPassesInDouble() {
    double[] result = new double[2];
    for (int len : LENGTHS) {
      if (len == 0) {
        continue;
      }
      // Data centred far from zero: the shift keeps one-pass from cancelling.
      for (double centre : new double[] {0, 1000}) {
        float[] a = randomFloats(len * 7L, len + 4, centre - 2, centre + 3);
        double mean = 0;
        for (int i = 4; i < 4 + len; i++) {
          mean += a[i];
        }
        mean /= len;
        double var = 0;
        for (int i = 4; i < 4 + len; i++) {
          var += (a[i] - mean) * (a[i] - mean);
        }
        var /= len;
        Fused.meanAndVariance(a, 4, len, result);
        String at = "len " + len + " centre " + centre;
        assertEquals(mean, result[0], 1e-12 * (1 + Math.abs(mean)), at);
        assertEquals(var, result[1], 1e-9 * (1 + var), at);
        double[] d = toDoubles(a);
        Fused.meanAndVariance(d, 4, len, result);
        assertEquals(mean, result[0], 1e-12 * (1 + Math.abs(mean)), at);
        assertEquals(var, result[1], 1e-12 * (1 + var), at);
      }
    }
    float[] constant = {3.25f, 3.25f, 3.25f, 3.25f, 3.25f, 3.25f, 3.25f, 3.25f, 3.25f};
    Fused.meanAndVariance(constant, 0, constant.length, result);
    assertEquals(3.25, result[0], 0.0);
    assertEquals(0.0, result[1], 0.0, "a constant row has variance exactly 0, never negative");
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
