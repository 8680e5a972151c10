package dev.eqc.compiler.interp;

import dev.eqc.compiler.resolve.IndexVar;
import dev.eqc.compiler.resolve.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * The meaning of SPEC 3.6 (level 3) terms, by explicit loops over core-shaped arrays: a strided
 * view copies every k-th element, a strided definition fills each part element by element and
 * writes part p to positions {@code k * j + p}, and a family's concatenation lays its members side
 * by side along their last axis. Shares no code with the runtime's {@code Strides}.
 */
final class Level3Evaluation {
    private Level3Evaluation() {}

    static NDArray evaluate(Interpreter interp, Term t, Scope scope) {
        if (t instanceof Term.Strided s) {
            return strided(interp.evaluate(s.base(), scope), s.axis(), s.stride(), s.offset());
        }
        if (t instanceof Term.Interleave il) {
            return interleave(interp, il, scope);
        }
        if (t instanceof Term.FamilyConcat fc) {
            return concat(interp.evaluate(fc.family(), scope));
        }
        throw new AssertionError(t);
    }

    private static NDArray strided(NDArray base, int axis, int stride, int offset) {
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

    private static NDArray interleave(Interpreter interp, Term.Interleave il, Scope scope) {
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
    private static NDArray concat(NDArray family) {
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

    private static void step(int[] idx, int[] shape) {
        for (int a = idx.length - 1; a >= 0; a--) {
            if (++idx[a] < shape[a]) {
                return;
            }
            idx[a] = 0;
        }
    }
}
