package dev.eqc.compiler.interp;

import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Index notation by explicit loops (SPEC 3.4): element-wise definitions fill their result one
 * index assignment at a time, subscripts select along leading axes, and reductions loop over
 * their variable's range.
 */
final class IndexNotation {
    private IndexNotation() {}

    /** {@code y_{ij} = …}: evaluates the body for every assignment of the left-hand indices. */
    static NDArray elementwise(Interpreter interp, Definition def, Scope scope) {
        return stack(interp, def.indices(), def.body(), scope);
    }

    /** The values of {@code body} at every position of {@code vars}, stacked along new leading axes. */
    static NDArray stack(Interpreter interp, List<IndexVar> vars, Term body, Scope scope) {
        int[] extents = new int[vars.size()];
        int count = 1;
        for (int k = 0; k < vars.size(); k++) {
            extents[k] = interp.extent(vars.get(k), scope.dims());
            count *= extents[k];
        }
        List<NDArray> cells = new ArrayList<>();
        int[] pos = new int[vars.size()];
        for (int n = 0; n < count; n++) {
            Scope at = scope;
            for (int k = 0; k < vars.size(); k++) {
                at = at.with(vars.get(k), pos[k]);
            }
            cells.add(interp.evaluate(body, at));
            for (int k = vars.size() - 1; k >= 0; k--) {
                if (++pos[k] < extents[k]) {
                    break;
                }
                pos[k] = 0;
            }
        }
        int[] cell = count == 0 ? new int[0] : cells.get(0).shape();
        int cellSize = NDArray.numel(cell);
        double[] data = new double[count * cellSize];
        for (int n = 0; n < count; n++) {
            NDArray c = cells.get(n);
            if (c.numel() != cellSize) {
                throw new IllegalStateException("cells of " + body + " differ in shape");
            }
            System.arraycopy(c.data(), 0, data, n * cellSize, cellSize);
        }
        int[] shape = new int[extents.length + cell.length];
        System.arraycopy(extents, 0, shape, 0, extents.length);
        System.arraycopy(cell, 0, shape, extents.length, cell.length);
        return NDArray.wrap(data, shape);
    }

    /**
     * A recurrence over a sequence ({@code x_k = \\bar{A} x_{k-1} + \\bar{B} u_k}): the body at each position in
     * order (from the last, for a backward one), each reading the state the step before left, starting from
     * {@code initial}; the states stacked in position order. A state of zeros given as one number takes the
     * shape of the first step's value.
     */
    static NDArray scan(Interpreter interp, Term.Scan s, NDArray initial, Scope scope) {
        int n = interp.extent(s.step(), scope.dims());
        List<NDArray> states = new ArrayList<>(java.util.Collections.nCopies(n, (NDArray) null));
        NDArray state = initial;
        for (int i = 0; i < n; i++) {
            int p = s.backward() ? n - 1 - i : i;
            NDArray next = interp.evaluate(s.body(), scope.withState(s.step(), p, state));
            if (state.rank() > 0 && !java.util.Arrays.equals(state.shape(), next.shape())) {
                throw new IllegalStateException("the state of the scan over " + s.step() + " changes shape from "
                        + state.shapeString() + " to " + next.shapeString());
            }
            states.set(p, next);
            state = next;
        }
        int[] cell = n == 0 ? initial.shape() : states.get(0).shape();
        int size = NDArray.numel(cell);
        double[] data = new double[n * size];
        for (int p = 0; p < n; p++) {
            NDArray c = Broadcasting.zip(states.get(p), NDArray.wrap(new double[size], cell), Double::sum, "scan");
            System.arraycopy(c.data(), 0, data, p * size, size);
        }
        int[] shape = new int[cell.length + 1];
        shape[0] = n;
        System.arraycopy(cell, 0, shape, 1, cell.length);
        return NDArray.wrap(data, shape);
    }

    /** {@code W_{ij}}: the block of {@code base} at the variables' positions along its leading axes. */
    static NDArray select(NDArray base, Term.Index ix, Scope scope) {
        int k = ix.indices().size();
        int[] shape = base.shape();
        int offset = 0;
        for (int a = 0; a < k; a++) {
            int p = scope.position(ix.indices().get(a));
            if (p < 0 || p >= shape[a]) {
                throw new IllegalArgumentException("index " + ix.indices().get(a) + " = " + p + " is out of range for "
                        + base.shapeString());
            }
            offset = offset * shape[a] + p;
        }
        int[] rest = java.util.Arrays.copyOfRange(shape, k, shape.length);
        int block = NDArray.numel(rest);
        double[] all = base.data();
        double[] out = new double[block];
        System.arraycopy(all, offset * block, out, 0, block);
        return NDArray.wrap(out, rest);
    }

    static NDArray reduce(Interpreter interp, Term.Reduce red, Scope scope) {
        IndexVar v = red.var();
        int n = interp.extent(v, scope.dims());
        if (red.op() == Term.ReduceOp.LOGSUMEXP) {
            return logSumExp(interp, red, scope, n);
        }
        NDArray acc = null;
        double best = 0;
        int bestAt = -1;
        for (int p = 0; p < n; p++) {
            if (excluded(v, p, scope)) {
                continue;
            }
            NDArray value = interp.evaluate(red.body(), scope.with(v, p));
            switch (red.op()) {
                case SUM -> acc = acc == null ? value : Broadcasting.zip(acc, value, Double::sum, "sum");
                case PROD -> acc = acc == null ? value : Broadcasting.zip(acc, value, (x, y) -> x * y, "product");
                case MAX -> acc = acc == null ? value : Broadcasting.zip(acc, value, Math::max, "max");
                case MIN -> acc = acc == null ? value : Broadcasting.zip(acc, value, Math::min, "min");
                case LOGSUMEXP -> throw new AssertionError("handled above");
                case ARGMAX, ARGMIN -> {
                    double x = value.data()[0];
                    boolean better = bestAt < 0 || (red.op() == Term.ReduceOp.ARGMAX ? x > best : x < best);
                    if (better) {
                        best = x;
                        bestAt = p;
                    }
                }
            }
        }
        if (red.op() == Term.ReduceOp.ARGMAX || red.op() == Term.ReduceOp.ARGMIN) {
            return NDArray.scalar(bestAt + v.firstValue());
        }
        if (acc == null) {
            double empty = switch (red.op()) {
                case SUM -> 0.0;
                case PROD -> 1.0;
                case MAX -> Double.NEGATIVE_INFINITY;
                default -> Double.POSITIVE_INFINITY;
            };
            return NDArray.scalar(empty);
        }
        return acc;
    }

    /** max + log Σ exp(x - max), element by element over the range. */
    private static NDArray logSumExp(Interpreter interp, Term.Reduce red, Scope scope, int n) {
        List<NDArray> values = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            values.add(interp.evaluate(red.body(), scope.with(red.var(), p)));
        }
        NDArray max = values.get(0);
        for (NDArray v : values) {
            max = Broadcasting.zip(max, v, Math::max, "logsumexp");
        }
        NDArray m = max;
        NDArray sum = null;
        for (NDArray v : values) {
            NDArray e = Broadcasting.zip(v, m, (x, y) -> y == Double.NEGATIVE_INFINITY ? 0 : Math.exp(x - y), "logsumexp");
            sum = sum == null ? e : Broadcasting.zip(sum, e, Double::sum, "logsumexp");
        }
        return Broadcasting.zip(sum, m, (s, y) -> Math.log(s) + y, "logsumexp");
    }

    /** {@code \sum_{j \ne i}}: skips positions whose value equals an excluded variable's. */
    private static boolean excluded(IndexVar v, int p, Scope scope) {
        for (IndexVar other : v.excluded()) {
            if (p + v.firstValue() == scope.position(other) + other.firstValue()) {
                return true;
            }
        }
        return false;
    }

    /** The array with axis {@code from} moved to position {@code to} (both negative: from the end). */
    static NDArray moveAxis(NDArray a, int from, int to) {
        int rank = a.rank();
        int f = rank + from;
        int t = rank + to;
        if (f == t) {
            return a;
        }
        int[] order = new int[rank];
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < rank; i++) {
            if (i != f) {
                rest.add(i);
            }
        }
        rest.add(t, f);
        for (int i = 0; i < rank; i++) {
            order[i] = rest.get(i);
        }
        int[] shape = a.shape();
        int[] outShape = new int[rank];
        for (int i = 0; i < rank; i++) {
            outShape[i] = shape[order[i]];
        }
        double[] src = a.data();
        double[] out = new double[src.length];
        int[] idx = new int[rank];
        int[] srcIdx = new int[rank];
        for (int n = 0; n < out.length; n++) {
            for (int i = 0; i < rank; i++) {
                srcIdx[order[i]] = idx[i];
            }
            int off = 0;
            for (int i = 0; i < rank; i++) {
                off = off * shape[i] + srcIdx[i];
            }
            out[n] = src[off];
            for (int i = rank - 1; i >= 0; i--) {
                if (++idx[i] < outShape[i]) {
                    break;
                }
                idx[i] = 0;
            }
        }
        return NDArray.wrap(out, outShape);
    }
}
