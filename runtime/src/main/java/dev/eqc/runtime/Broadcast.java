package dev.eqc.runtime;

/**
 * NumPy broadcasting: shapes are right-aligned and a size-1 (or missing) dimension stretches
 * to match the other operand.
 */
final class Broadcast {
  private Broadcast() {}

  /** The broadcast of two shapes; throws "cannot broadcast [2, 3] with [4]" when they conflict. */
  static int[] shapes(int[] a, int[] b) {
    int[] out = shapesOrNull(a, b);
    if (out == null) {
      throw new IllegalArgumentException(
          "cannot broadcast " + Shapes.format(a) + " with " + Shapes.format(b));
    }
    return out;
  }

  /** The broadcast of two shapes, or null when they conflict, for callers with their own message. */
  static int[] shapesOrNull(int[] a, int[] b) {
    int rank = Math.max(a.length, b.length);
    int[] out = new int[rank];
    for (int d = 0; d < rank; d++) {
      int da = dimFromEnd(a, rank - d);
      int db = dimFromEnd(b, rank - d);
      if (da != db && da != 1 && db != 1) {
        return null;
      }
      out[d] = da == 1 ? db : da;
    }
    return out;
  }

  private static int dimFromEnd(int[] shape, int fromEnd) {
    int i = shape.length - fromEnd;
    return i < 0 ? 1 : shape[i];
  }

  /**
   * For each position of {@code outShape} in row-major order, the flat offset of the matching
   * block of an operand whose outer shape {@code inShape} broadcasts to {@code outShape}, where
   * each operand position holds a contiguous block of {@code blockSize} elements. Computed once
   * per operation so that kernels run plain loops over contiguous blocks.
   */
  static int[] blockOffsets(int[] inShape, int[] outShape, int blockSize) {
    int rank = outShape.length;
    int[] strides = new int[rank];
    int running = blockSize;
    for (int d = rank - 1, id = inShape.length - 1; id >= 0; d--, id--) {
      // A stretched dimension re-reads the same block, hence stride 0.
      strides[d] = inShape[id] == 1 ? 0 : running;
      running *= inShape[id];
    }
    int count = Shapes.numel(outShape);
    int[] offsets = new int[count];
    int[] index = new int[rank];
    int offset = 0;
    for (int j = 0; j < count; j++) {
      offsets[j] = offset;
      for (int d = rank - 1; d >= 0; d--) {
        index[d]++;
        offset += strides[d];
        if (index[d] < outShape[d]) {
          break;
        }
        offset -= strides[d] * index[d];
        index[d] = 0;
      }
    }
    return offsets;
  }
}
