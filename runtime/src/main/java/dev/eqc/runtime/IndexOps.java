package dev.eqc.runtime;

import java.util.Arrays;

/**
 * Runtime support for index notation (SPEC 3.4) in generated code.
 *
 * <p>Layout: inside an expression with {@code S} index variables in scope, a value is laid out
 * as {@code [batch..., slot_0 … slot_{S-1}, core...]}: one axis per index variable (its range,
 * or 1 where the value does not depend on it), so element-wise ops broadcast over indices the
 * way they broadcast over batches, and a reduction over a variable reduces its axis.
 */
public final class IndexOps {
  private IndexOps() {}

  /**
   * {@code W_{ij}}: moves the first {@code slots.length} core axes of {@code t} (core rank
   * {@code coreRank}) into the slot axes {@code slots[q]} of a layout with {@code slotCount}
   * slots. {@code t} has either no slot axes yet or {@code slotCount} of them (of size 1 where it does
   * not depend on that index; the others are kept). Axes given the same slot ({@code A_{ii}}) are
   * read along their diagonal.
   */
  public static Tensor spread(Tensor t, int coreRank, int[] slots, int slotCount, boolean hasSlots) {
    int[] shape = t.shape();
    int existingSlots = hasSlots ? slotCount : 0;
    int batch = shape.length - coreRank - existingSlots;
    if (batch < 0 || slots.length > coreRank) {
      throw new IllegalArgumentException("cannot index " + Shapes.format(shape) + " by " + slots.length + " indices");
    }
    int k = slots.length;
    int[] out = new int[batch + slotCount + coreRank - k];
    System.arraycopy(shape, 0, out, 0, batch);
    Arrays.fill(out, batch, batch + slotCount, 1);
    boolean[] taken = new boolean[slotCount];
    // Slot axes t already has (softmax(z_i) indexed by k depends on i) are kept; an index that is
    // also one of them (f(x_i)_i) reads their diagonal.
    int[] srcStrides = strides(shape);
    int[] stride = new int[out.length];
    for (int s = 0; hasSlots && s < slotCount; s++) {
      if (shape[batch + s] != 1) {
        out[batch + s] = shape[batch + s];
        taken[s] = true;
        stride[batch + s] = srcStrides[batch + s];
      }
    }
    for (int q = 0; q < k; q++) {
      int size = shape[batch + existingSlots + q];
      if (taken[slots[q]] && out[batch + slots[q]] != size) {
        throw new IllegalArgumentException("a repeated index reads a diagonal, which needs equal axes: "
            + Shapes.format(shape));
      }
      taken[slots[q]] = true;
      out[batch + slots[q]] = size;
    }
    System.arraycopy(shape, batch + existingSlots + k, out, batch + slotCount, coreRank - k);
    // Source strides, in the order the output enumerates: batch, slots (by owning core axis), rest.
    for (int a = 0; a < batch; a++) {
      stride[a] = srcStrides[a];
    }
    for (int q = 0; q < k; q++) {
      // A_{ii}: two axes in one slot step together, along the diagonal (their strides add).
      stride[batch + slots[q]] += srcStrides[batch + existingSlots + q];
    }
    for (int a = 0; a < coreRank - k; a++) {
      stride[batch + slotCount + a] = srcStrides[batch + existingSlots + k + a];
    }
    double[] src = t.readDoubles();
    double[] dst = new double[Shapes.numel(out)];
    int[] idx = new int[out.length];
    for (int n = 0; n < dst.length; n++) {
      int off = 0;
      for (int a = 0; a < out.length; a++) {
        off += idx[a] * stride[a];
      }
      dst[n] = src[off];
      for (int a = out.length - 1; a >= 0; a--) {
        if (++idx[a] < out[a]) {
          break;
        }
        idx[a] = 0;
      }
    }
    return Tensor.fromDoubles(t.dtype(), dst, out);
  }

  /** An index used as a number: shape [1…, extent at {@code slot}, …1] of {@code slotCount} axes, values first, first+1, …. */
  public static Tensor iota(int extent, int first, int slot, int slotCount) {
    int[] shape = new int[slotCount];
    Arrays.fill(shape, 1);
    shape[slot] = extent;
    double[] v = new double[extent];
    for (int i = 0; i < extent; i++) {
      v[i] = first + i;
    }
    return Tensor.fromDoubles(DType.FLOAT32, v, shape);
  }

  /** Broadcasts the {@code sizes.length} axes just before the core to {@code sizes}. */
  public static Tensor expandSlots(Tensor t, int coreRank, int[] sizes) {
    int[] shape = t.shape();
    int batch = shape.length - coreRank - sizes.length;
    int[] target = shape.clone();
    for (int s = 0; s < sizes.length; s++) {
      target[batch + s] = sizes[s];
    }
    return Ops.add(t, Tensor.zeros(t.dtype(), target));
  }

  /** 1 where {@code a != b}, else 0 (for {@code \sum_{j \ne i}}). */
  public static Tensor notEqual(Tensor a, Tensor b) {
    Tensor diff = Ops.sub(a, b);
    double[] d = diff.readDoubles();
    double[] out = new double[d.length];
    for (int i = 0; i < d.length; i++) {
      out[i] = d[i] != 0 ? 1.0 : 0.0;
    }
    return Tensor.fromDoubles(diff.dtype(), out, diff.shape());
  }

  /** Reductions over one axis (negative: from the end), of range {@code extent}. */
  public enum Reduction { SUM, PROD, MAX, MIN, ARGMAX, ARGMIN, LOGSUMEXP }

  /**
   * Reduces axis {@code axis} (negative, from the end) over a range of {@code extent}; an axis of
   * size 1 stands for a value constant along the range. Arg-reductions return positions plus
   * {@code first}. Sums and products accumulate in double.
   */
  public static Tensor reduce(Tensor t, int axis, int extent, Reduction op, int first) {
    int[] shape = t.shape();
    int a = shape.length + axis;
    if (a < 0 || a >= shape.length) {
      throw new IllegalArgumentException("no axis " + axis + " in " + Shapes.format(shape));
    }
    int n = shape[a];
    if (n != extent && n != 1) {
      throw new IllegalArgumentException("axis " + axis + " of " + Shapes.format(shape) + " is not " + extent);
    }
    int outer = 1;
    for (int i = 0; i < a; i++) {
      outer *= shape[i];
    }
    int inner = 1;
    for (int i = a + 1; i < shape.length; i++) {
      inner *= shape[i];
    }
    double[] src = t.readDoubles();
    double[] dst = new double[outer * inner];
    for (int o = 0; o < outer; o++) {
      for (int in = 0; in < inner; in++) {
        if (op == Reduction.LOGSUMEXP) {
          double max = Double.NEGATIVE_INFINITY;
          for (int k = 0; k < extent; k++) {
            max = Math.max(max, src[(o * n + (n == 1 ? 0 : k)) * inner + in]);
          }
          double sum = 0.0;
          for (int k = 0; k < extent && max != Double.NEGATIVE_INFINITY; k++) {
            sum += Math.exp(src[(o * n + (n == 1 ? 0 : k)) * inner + in] - max);
          }
          dst[o * inner + in] = max == Double.NEGATIVE_INFINITY ? max : max + Math.log(sum);
          continue;
        }
        double acc = switch (op) {
          case SUM, LOGSUMEXP -> 0.0;
          case PROD -> 1.0;
          case MAX, ARGMAX -> Double.NEGATIVE_INFINITY;
          case MIN, ARGMIN -> Double.POSITIVE_INFINITY;
        };
        int best = 0;
        for (int k = 0; k < extent; k++) {
          double x = src[(o * n + (n == 1 ? 0 : k)) * inner + in];
          switch (op) {
            case SUM, LOGSUMEXP -> acc += x;
            case PROD -> acc *= x;
            case MAX -> acc = Math.max(acc, x);
            case MIN -> acc = Math.min(acc, x);
            case ARGMAX -> {
              if (x > acc || k == 0) {
                acc = x;
                best = k;
              }
            }
            case ARGMIN -> {
              if (x < acc || k == 0) {
                acc = x;
                best = k;
              }
            }
          }
        }
        dst[o * inner + in] = op == Reduction.ARGMAX || op == Reduction.ARGMIN ? best + first : acc;
      }
    }
    int[] out = new int[shape.length - 1];
    System.arraycopy(shape, 0, out, 0, a);
    System.arraycopy(shape, a + 1, out, a, shape.length - a - 1);
    return Tensor.fromDoubles(t.dtype(), dst, out);
  }

  /** {@code t} with axis {@code from} moved to position {@code to} (negative: counted from the end). */
  public static Tensor moveAxis(Tensor t, int from, int to) {
    int[] shape = t.shape();
    int rank = shape.length;
    int f = from < 0 ? rank + from : from;
    int g = to < 0 ? rank + to : to;
    if (f < 0 || f >= rank || g < 0 || g >= rank) {
      throw new IllegalArgumentException("cannot move axis " + from + " to " + to + " in " + Shapes.format(shape));
    }
    if (f == g) {
      return t;
    }
    int[] order = new int[rank];
    int k = 0;
    for (int i = 0; i < rank; i++) {
      if (k == g) {
        order[k++] = f;
      }
      if (i != f) {
        order[k++] = i;
      }
    }
    if (k == g) {
      order[k] = f;
    }
    int[] out = new int[rank];
    int[] srcStrides = strides(shape);
    int[] stride = new int[rank];
    for (int i = 0; i < rank; i++) {
      out[i] = shape[order[i]];
      stride[i] = srcStrides[order[i]];
    }
    double[] src = t.readDoubles();
    double[] dst = new double[src.length];
    int[] idx = new int[rank];
    for (int n = 0; n < dst.length; n++) {
      int off = 0;
      for (int a = 0; a < rank; a++) {
        off += idx[a] * stride[a];
      }
      dst[n] = src[off];
      for (int a = rank - 1; a >= 0; a--) {
        if (++idx[a] < out[a]) {
          break;
        }
        idx[a] = 0;
      }
    }
    return Tensor.fromDoubles(t.dtype(), dst, out);
  }

  private static int[] strides(int[] shape) {
    int[] s = new int[shape.length];
    int acc = 1;
    for (int i = shape.length - 1; i >= 0; i--) {
      s[i] = shape[i] == 1 ? 0 : acc;
      acc *= shape[i];
    }
    return s;
  }
}
