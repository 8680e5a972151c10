package dev.eqc.compiler.interp;

import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * The meaning of the terms that lay elements out anew (SPEC 3.6), by explicit loops over
 * core-shaped arrays: a strided view copies every k-th element, a strided definition fills each
 * part element by element and writes part p to positions {@code k * j + p}, and a family's
 * concatenation lays its members side by side along their last axis; the adjoints put the
 * elements back ({@link #unstride}, {@link #split}). Shares no code with the runtime's
 * {@code Strides}.
 */
final class LayoutEvaluation {
    private LayoutEvaluation() {}

    static NDArray strided(NDArray base, int axis, int stride, int offset) {
        int[] shape = base.shape();
        if (shape[axis] % stride != 0) {
            throw new IllegalArgumentException("axis " + axis + " of " + base.shapeString()
                    + " is read in steps of " + stride + " but its size is not a multiple of " + stride);
        }
        int[] out = shape.clone();
        out[axis] = shape[axis] / stride;
        double[] src = base.data();
        double[] dst = new double[NDArray.numel(out)];
        int[] idx = new int[out.length];
        for (int n = 0; n < dst.length; n++) {
            int off = 0;
            for (int a = 0; a < out.length; a++) {
                off = off * shape[a] + (a == axis ? idx[a] * stride + offset : idx[a]);
            }
            dst[n] = src[off];
            step(idx, out);
        }
        return NDArray.wrap(dst, out);
    }

    static NDArray interleave(Interpreter interp, Term.Interleave il, Scope scope) {
        int stride = il.parts().size();
        List<NDArray> parts = new ArrayList<>();
        for (Term.StridedPart part : il.parts()) {
            parts.add(tabulate(interp, part, scope));
        }
        int[] shape = parts.get(0).shape();
        int[] out = shape.clone();
        out[il.axis()] = shape[il.axis()] * stride;
        double[] dst = new double[NDArray.numel(out)];
        for (int p = 0; p < stride; p++) {
            NDArray part = parts.get(p);
            if (!java.util.Arrays.equals(part.shape(), shape)) {
                throw new IllegalStateException("parts differ in shape: " + part.shapeString() + " and "
                        + parts.get(0).shapeString());
            }
            int[] idx = new int[shape.length];
            double[] src = part.data();
            for (int n = 0; n < src.length; n++) {
                int off = 0;
                for (int a = 0; a < out.length; a++) {
                    off = off * out[a] + (a == il.axis() ? idx[a] * stride + p : idx[a]);
                }
                dst[off] = src[n];
                step(idx, shape);
            }
        }
        return NDArray.wrap(dst, out);
    }

    /** The part's body at every assignment of its indices, stacked: {@code [extents..., cell...]}. */
    private static NDArray tabulate(Interpreter interp, Term.StridedPart part, Scope scope) {
        List<IndexVar> vars = part.indices();
        int[] extents = new int[vars.size()];
        int count = 1;
        for (int k = 0; k < extents.length; k++) {
            extents[k] = interp.extent(vars.get(k), scope.dims());
            count *= extents[k];
        }
        int[] pos = new int[extents.length];
        double[] data = null;
        int[] cell = null;
        for (int n = 0; n < count; n++) {
            Scope at = scope;
            for (int k = 0; k < vars.size(); k++) {
                at = at.with(vars.get(k), pos[k]);
            }
            NDArray value = interp.evaluate(part.body(), at);
            if (data == null) {
                cell = value.shape();
                data = new double[count * value.numel()];
            }
            System.arraycopy(value.data(), 0, data, n * value.numel(), value.numel());
            step(pos, extents);
        }
        if (data == null) {
            data = new double[0];
            cell = new int[0];
        }
        int[] shape = new int[extents.length + cell.length];
        System.arraycopy(extents, 0, shape, 0, extents.length);
        System.arraycopy(cell, 0, shape, extents.length, cell.length);
        return NDArray.wrap(data, shape);
    }

    /** {@code [h, ..., d]} to {@code [..., h d]}: member m fills columns {@code m d} to {@code (m+1) d - 1}. */
    static NDArray concat(NDArray family) {
        int[] shape = family.shape();
        int h = shape[0];
        int d = shape[shape.length - 1];
        int rows = NDArray.numel(shape) / (h * d);
        int[] out = new int[shape.length - 1];
        System.arraycopy(shape, 1, out, 0, shape.length - 2);
        out[out.length - 1] = h * d;
        double[] src = family.data();
        double[] dst = new double[src.length];
        for (int m = 0; m < h; m++) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < d; c++) {
                    dst[r * h * d + m * d + c] = src[(m * rows + r) * d + c];
                }
            }
        }
        return NDArray.wrap(dst, out);
    }

    /** Zeros of {@code operand}'s shape with axis {@code axis} {@code stride} times longer, {@code operand} at {@code offset, offset + stride, …}. */
    static NDArray unstride(NDArray operand, int axis, int stride, int offset) {
        int[] shape = operand.shape();
        int[] out = shape.clone();
        out[axis] = shape[axis] * stride;
        double[] src = operand.data();
        double[] dst = new double[NDArray.numel(out)];
        int[] idx = new int[shape.length];
        for (int n = 0; n < src.length; n++) {
            int off = 0;
            for (int a = 0; a < out.length; a++) {
                off = off * out[a] + (a == axis ? idx[a] * stride + offset : idx[a]);
            }
            dst[off] = src[n];
            step(idx, shape);
        }
        return NDArray.wrap(dst, out);
    }

    /** {@code [..., h d]} back to {@code [h, ..., d]}: column {@code m d + c} is member m's column c. */
    static NDArray split(NDArray joined, int h) {
        int[] shape = joined.shape();
        int d = shape[shape.length - 1] / h;
        int rows = NDArray.numel(shape) / Math.max(1, h * d);
        int[] out = new int[shape.length + 1];
        out[0] = h;
        System.arraycopy(shape, 0, out, 1, shape.length - 1);
        out[out.length - 1] = d;
        double[] src = joined.data();
        double[] dst = new double[src.length];
        for (int m = 0; m < h; m++) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < d; c++) {
                    dst[(m * rows + r) * d + c] = src[r * h * d + m * d + c];
                }
            }
        }
        return NDArray.wrap(dst, out);
    }

    private static void step(int[] idx, int[] shape) {
        for (int a = idx.length - 1; a >= 0; a--) {
            if (++idx[a] < shape[a]) {
                return;
            }
            idx[a] = 0;
        }
    }
}
