package dev.eqc.runtime;

/** Swaps the last two axes of a batch of row-major matrices into new contiguous storage. */
final class TransposeKernel {
  private TransposeKernel() {}

  static double[] lastTwo(double[] x, int rows, int cols) {
    double[] out = new double[x.length];
    int block = rows * cols;
    for (int base = 0; base < x.length; base += block) {
      for (int i = 0; i < rows; i++) {
        int src = base + i * cols;
        for (int j = 0; j < cols; j++) {
          out[base + j * rows + i] = x[src + j];
        }
      }
    }
    return out;
  }
}
