package dev.eqc.runtime;

/**
 * Shape rules of the products in {@link Ops}: each views its operands' core dimensions as
 * matrices, broadcasts the batch dimensions in front of them, and runs {@link MatmulKernel}.
 * FLOAT32 operands are multiplied in float32 (like BLAS); any FLOAT64 operand means float64.
 */
final class Products {
  private Products() {}

  /** a [..., m, k] x b [..., k, n] -> [..., m, n]. */
  static Tensor matmul(Tensor a, Tensor b) {
    requireRank("matmul", a, 2);
    requireRank("matmul", b, 2);
    int m = a.size(-2);
    int k = a.size(-1);
    int n = b.size(-1);
    requireInner("matmul", a, b, k, b.size(-2));
    return run(a, 2, b, 2, false, outBatch("matmul", a, 2, b, 2), m, k, n, new int[] {m, n});
  }

  /** a [..., m, k] x x [..., k] -> [..., m]; x is a k x 1 column. */
  static Tensor matvec(Tensor a, Tensor x) {
    requireRank("matvec", a, 2);
    requireRank("matvec", x, 1);
    int m = a.size(-2);
    int k = a.size(-1);
    requireInner("matvec", a, x, k, x.size(-1));
    int[] outBatch = outBatch("matvec", a, 2, x, 1);
    if (Shapes.numel(Shapes.dropLast(x.shapeRef(), 1)) == 1) {
      // One x: the rows of every a are one tall matrix times the k x 1 column x.
      return run(a, 2, x, 1, false, outBatch, m, k, 1, new int[] {m});
    }
    // Many x: their rows times a^T, so a batch of x against one a is a single GEMM.
    return run(x, 1, a, 2, true, outBatch, 1, k, m, new int[] {m});
  }

  /** x [..., k] x a [..., k, n] -> [..., n]; x is a 1 x k row. */
  static Tensor vecmat(Tensor x, Tensor a) {
    requireRank("vecmat", x, 1);
    requireRank("vecmat", a, 2);
    int k = x.size(-1);
    int n = a.size(-1);
    requireInner("vecmat", x, a, k, a.size(-2));
    return run(x, 1, a, 2, false, outBatch("vecmat", x, 1, a, 2), 1, k, n, new int[] {n});
  }

  /** u [..., k] . v [..., k] -> [...]; a 1 x k row times a k x 1 column. */
  static Tensor dot(Tensor u, Tensor v) {
    requireRank("dot", u, 1);
    requireRank("dot", v, 1);
    int k = u.size(-1);
    requireInner("dot", u, v, k, v.size(-1));
    return run(u, 1, v, 1, false, outBatch("dot", u, 1, v, 1), 1, k, 1, new int[0]);
  }

  /** u [..., m] (x) v [..., n] -> [..., m, n]; an m x 1 column times a 1 x n row. */
  static Tensor outer(Tensor u, Tensor v) {
    requireRank("outer", u, 1);
    requireRank("outer", v, 1);
    int m = u.size(-1);
    int n = v.size(-1);
    return run(u, 1, v, 1, false, outBatch("outer", u, 1, v, 1), m, 1, n, new int[] {m, n});
  }

  private static int[] outBatch(String op, Tensor a, int aCoreRank, Tensor b, int bCoreRank) {
    int[] outBatch = Broadcast.shapesOrNull(Shapes.dropLast(a.shapeRef(), aCoreRank),
        Shapes.dropLast(b.shapeRef(), bCoreRank));
    if (outBatch == null) {
      throw new IllegalArgumentException(op + ": batch dimensions do not broadcast: "
          + Shapes.format(a.shapeRef()) + " x " + Shapes.format(b.shapeRef()));
    }
    return outBatch;
  }

  /**
   * The batched product of the m x k blocks of {@code a} and the k x n blocks of {@code b}
   * (stored n x k when {@code bTransposed}): in float32 when both operands are FLOAT32, reading
   * their storage directly, else in float64.
   */
  private static Tensor run(Tensor a, int aCoreRank, Tensor b, int bCoreRank,
      boolean bTransposed, int[] outBatch, int m, int k, int n, int[] outCore) {
    int[] aBatch = Shapes.dropLast(a.shapeRef(), aCoreRank);
    int[] bBatch = Shapes.dropLast(b.shapeRef(), bCoreRank);
    int[] outShape = Shapes.concat(outBatch, outCore);
    Shapes.numel(outShape); // rejects results too large for an array before allocating
    if (a.dtype() == DType.FLOAT32 && b.dtype() == DType.FLOAT32) {
      return Tensor.wrap(MatmulKernel.batched(a.floatData(), aBatch, b.floatData(), bBatch,
          bTransposed, outBatch, m, k, n), outShape);
    }
    return Tensor.wrap(MatmulKernel.batched(a.readDoubles(), aBatch, b.readDoubles(), bBatch,
        bTransposed, outBatch, m, k, n), outShape);
  }

  private static void requireRank(String op, Tensor t, int minRank) {
    if (t.rank() < minRank) {
      throw new IllegalArgumentException(op + ": expected an operand of rank >= " + minRank
          + ", got shape " + Shapes.format(t.shapeRef()));
    }
  }

  private static void requireInner(String op, Tensor a, Tensor b, int ka, int kb) {
    if (ka != kb) {
      throw new IllegalArgumentException(op + ": inner dimensions differ: "
          + Shapes.format(a.shapeRef()) + " x " + Shapes.format(b.shapeRef()));
    }
  }
}
