package dev.eqc.runtime;

/**
 * Argument checks that generated methods run on entry, so a caller's shape mistake is reported
 * in the paper's own terms (parameter names and dimension symbols) instead of surfacing later
 * as an index error deep inside an operation. Every check throws
 * {@link IllegalArgumentException}.
 *
 * <p>"Core" dimensions are the trailing dimensions a parameter was declared with; any
 * dimensions in front of them are batch dimensions.
 */
public final class ShapeCheck {
  private ShapeCheck() {}

  /**
   * Requires {@code t} to have at least {@code coreRank} dimensions. {@code coreShape} is the
   * declared core shape for the message, e.g. {@code "[n, d_k]"} (brackets are added if
   * missing), giving "Q: expected shape [n, d_k] (with optional leading batch dimensions), got
   * [3]".
   */
  public static void requireRank(Tensor t, int coreRank, String param, String coreShape) {
    if (t.rank() < coreRank) {
      String declared = coreShape.startsWith("[") ? coreShape : "[" + coreShape + "]";
      throw new IllegalArgumentException(param + ": expected shape " + declared
          + " (with optional leading batch dimensions), got " + Shapes.format(t.shapeRef()));
    }
  }

  /**
   * The size of core axis {@code coreAxis} (0-based within the last {@code coreRank} axes), i.e.
   * of absolute axis {@code t.rank() - coreRank + coreAxis}.
   */
  public static int dim(Tensor t, int coreRank, int coreAxis, String param) {
    if (coreAxis < 0 || coreAxis >= coreRank) {
      throw new IllegalArgumentException(
          param + ": core axis " + coreAxis + " is outside a core of rank " + coreRank);
    }
    requireAtLeast(t, coreRank, param);
    return t.size(t.rank() - coreRank + coreAxis);
  }

  /**
   * Requires core axis {@code coreAxis} to have size {@code expected}, the size that parameter
   * {@code boundBy} already fixed for {@code symbol}: "K: dimension d_k is 5, but Q gives d_k =
   * 4".
   */
  public static void requireDim(Tensor t, int coreRank, int coreAxis, int expected, String param,
      String symbol, String boundBy) {
    int actual = dim(t, coreRank, coreAxis, param);
    if (actual != expected) {
      throw new IllegalArgumentException(param + ": dimension " + symbol + " is " + actual
          + ", but " + boundBy + " gives " + symbol + " = " + expected);
    }
  }

  /**
   * The NumPy broadcast of every tensor's batch part (its shape without the trailing
   * {@code coreRanks[i]} dimensions). When they conflict, names the first conflicting pair:
   * "batch dimensions do not broadcast: Q has batch [2, 3], K has batch [4]".
   */
  public static int[] batchShape(String[] params, Tensor[] tensors, int[] coreRanks) {
    if (params.length != tensors.length || coreRanks.length != tensors.length) {
      throw new IllegalArgumentException("batchShape: got " + params.length + " names, "
          + tensors.length + " tensors and " + coreRanks.length + " core ranks");
    }
    int[][] batches = new int[tensors.length][];
    for (int i = 0; i < tensors.length; i++) {
      requireAtLeast(tensors[i], coreRanks[i], params[i]);
      batches[i] = Shapes.dropLast(tensors[i].shapeRef(), coreRanks[i]);
    }
    int[] result = new int[0];
    for (int j = 0; j < batches.length; j++) {
      int[] next = Broadcast.shapesOrNull(result, batches[j]);
      if (next == null) {
        // Broadcasting is per-dimension agreement, so some earlier operand conflicts with j
        // on its own; naming that pair points at the two arguments to fix.
        int i = firstConflict(batches, j);
        throw new IllegalArgumentException("batch dimensions do not broadcast: " + params[i]
            + " has batch " + Shapes.format(batches[i]) + ", " + params[j] + " has batch "
            + Shapes.format(batches[j]));
      }
      result = next;
    }
    return result;
  }

  /**
   * Requires a dimension equation to hold. {@code what} describes it, and the message is
   * {@code "dimension " + what + " = " + expected + ", got " + actual}; e.g. with {@code what}
   * "d_ff must equal 4 d_model": "dimension d_ff must equal 4 d_model = 2048, got 100".
   */
  public static void requireEqual(int actual, int expected, String what) {
    if (actual != expected) {
      throw new IllegalArgumentException(
          "dimension " + what + " = " + expected + ", got " + actual);
    }
  }

  /**
   * Requires class labels to be whole numbers from {@code first} to {@code first + count - 1}: a label
   * outside the classes would select nothing.
   */
  public static void requireLabels(Tensor labels, int first, int count, String name) {
    double[] v = labels.readDoubles();
    long last = (long) first + count - 1;
    for (int i = 0; i < v.length; i++) {
      if (v[i] != Math.rint(v[i]) || v[i] < first || v[i] > last) {
        throw new IllegalArgumentException("label " + name + " = " + v[i] + " at flat index " + i
            + " is not one of the classes " + first + (count == Integer.MAX_VALUE ? ", 1, …" : " … " + last));
      }
    }
  }

  /** Requires one class label (a scalar) to be a whole number among the classes {@code first … first + count - 1}. */
  public static void requireLabels(double label, int first, int count, String name) {
    long last = (long) first + count - 1;
    if (label != Math.rint(label) || label < first || label > last) {
      throw new IllegalArgumentException("label " + name + " = " + label + " is not one of the classes " + first
          + (count == Integer.MAX_VALUE ? ", 1, …" : " … " + last));
    }
  }

  /** Requires a size given as an argument ({@code eqc run --dim}) to be at least 1. */
  public static void requirePositive(int size, String name) {
    if (size < 1) {
      throw new IllegalArgumentException("size " + name + " must be at least 1, got " + size);
    }
  }

  private static void requireAtLeast(Tensor t, int coreRank, String param) {
    if (t.rank() < coreRank) {
      throw new IllegalArgumentException(param + ": expected at least " + coreRank
          + " dimensions, got " + Shapes.format(t.shapeRef()));
    }
  }

  private static int firstConflict(int[][] batches, int j) {
    for (int i = 0; i < j; i++) {
      if (Broadcast.shapesOrNull(batches[i], batches[j]) == null) {
        return i;
      }
    }
    throw new AssertionError("no pairwise conflict for batch " + j);
  }
}
