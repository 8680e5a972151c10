package dev.eqc.runtime;

/** Placeholder float GEMM (replaced by the packed kernel): c = a * b, overwriting c. */
final class Gemm {
  private Gemm() {}

  static void multiply(float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int m, int k, int n) {
    for (int i = 0; i < m; i++) {
      int cRow = cOff + i * n;
      java.util.Arrays.fill(c, cRow, cRow + n, 0f);
      for (int p = 0; p < k; p++) {
        float aip = a[aOff + i * k + p];
        int bRow = bOff + p * n;
        for (int j = 0; j < n; j++) {
          c[cRow + j] += aip * b[bRow + j];
        }
      }
    }
  }
}
