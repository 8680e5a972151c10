package dev.eqc.runtime;

import java.util.Arrays;

/**
 * Runtime support for recurrences run over a sequence (scans) in generated code: S4's
 * {@code x_k = \bar{A} x_{k-1} + \bar{B} u_k} becomes a loop over {@code k} that reads the inputs
 * at step {@code k} ({@link #at}), updates the state, and keeps every state ({@link #stack}).
 */
public final class Scans {
  private Scans() {}

  /** The state before the first step: {@code initial} (a number, or a tensor) broadcast to {@code cell}. */
  public static Tensor start(Tensor initial, DType dtype, int... cell) {
    return Ops.add(Tensor.zeros(dtype, cell), initial);
  }

  /**
   * Step {@code position} of {@code t}: the block at that position of its first core axis (core rank
   * {@code coreRank}), keeping any batch axes before it.
   */
  public static Tensor at(Tensor t, int coreRank, int position) {
    int[] shape = t.shape();
    int axis = shape.length - coreRank;
    if (axis < 0 || axis >= shape.length) {
      throw new IllegalArgumentException("a step of a tensor of shape " + Arrays.toString(shape)
          + " with core rank " + coreRank);
    }
    if (position < 0 || position >= shape[axis]) {
      throw new IndexOutOfBoundsException("step " + position + " of an axis of " + shape[axis]);
    }
    int outer = 1;
    for (int a = 0; a < axis; a++) {
      outer *= shape[a];
    }
    int inner = 1;
    for (int a = axis + 1; a < shape.length; a++) {
      inner *= shape[a];
    }
    int[] out = new int[shape.length - 1];
    System.arraycopy(shape, 0, out, 0, axis);
    System.arraycopy(shape, axis + 1, out, axis, shape.length - axis - 1);
    Tensor r = Tensor.zeros(t.dtype(), out);
    for (int o = 0; o < outer; o++) {
      int from = (o * shape[axis] + position) * inner;
      for (int i = 0; i < inner; i++) {
        r.setFlat(o * inner + i, t.getFlat(from + i));
      }
    }
    return r;
  }

  /**
   * The states of every step, in position order, stacked along a new axis before their last
   * {@code cellRank} axes; states of different batch shapes are broadcast to one.
   */
  public static Tensor stack(Tensor[] states, int cellRank) {
    if (states.length == 0) {
      throw new IllegalArgumentException("a recurrence over an empty sequence has no states");
    }
    int rank = 0;
    for (Tensor s : states) {
      rank = Math.max(rank, s.rank());
    }
    int[] cell = new int[rank];
    Arrays.fill(cell, 1);
    for (Tensor s : states) {
      int[] sh = s.shape();
      for (int a = 0; a < sh.length; a++) {
        int at = rank - sh.length + a;
        cell[at] = Math.max(cell[at], sh[a]);
      }
    }
    Tensor like = Tensor.zeros(states[0].dtype(), cell);
    int axis = cell.length - cellRank;
    int outer = 1;
    for (int a = 0; a < axis; a++) {
      outer *= cell[a];
    }
    int inner = like.numel() / Math.max(outer, 1);
    int[] shape = new int[cell.length + 1];
    System.arraycopy(cell, 0, shape, 0, axis);
    shape[axis] = states.length;
    System.arraycopy(cell, axis, shape, axis + 1, cellRank);
    Tensor out = Tensor.zeros(like.dtype(), shape);
    for (int p = 0; p < states.length; p++) {
      Tensor s = Ops.add(like, states[p]);
      for (int o = 0; o < outer; o++) {
        for (int i = 0; i < inner; i++) {
          out.setFlat((o * states.length + p) * inner + i, s.getFlat(o * inner + i));
        }
      }
    }
    return out;
  }
}
