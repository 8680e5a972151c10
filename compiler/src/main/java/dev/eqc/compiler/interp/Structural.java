package dev.eqc.compiler.interp;

import dev.eqc.compiler.builtin.Builtin;
import java.util.Arrays;
import java.util.List;

/** Reference meanings of diag, tr and Concat on core-shaped arrays. */
final class Structural {
    private Structural() {}

    static NDArray apply(Builtin.Structure structure, List<NDArray> args) {
        return switch (structure) {
            case DIAG -> diag(args.get(0));
            case TRACE -> trace(args.get(0));
            case DET -> LinearAlgebra.determinant(args.get(0));
            case CONCAT -> concat(args);
        };
    }

    private static NDArray diag(NDArray x) {
        if (x.rank() == 1) {
            int n = x.size(0);
            double[] out = new double[n * n];
            for (int i = 0; i < n; i++) {
                out[i * n + i] = x.get(i);
            }
            return NDArray.of(out, n, n);
        }
        int n = x.size(-1);
        int[] shape = Arrays.copyOf(x.shape(), x.rank() - 1);
        double[] data = x.data();
        double[] out = new double[NDArray.numel(shape)];
        for (int b = 0; b < out.length / Math.max(1, n); b++) {
            for (int i = 0; i < n; i++) {
                out[b * n + i] = data[b * n * n + i * n + i];
            }
        }
        return NDArray.of(out, shape);
    }

    private static NDArray trace(NDArray x) {
        int n = x.size(-1);
        int[] shape = Arrays.copyOf(x.shape(), x.rank() - 2);
        double[] data = x.data();
        double[] out = new double[NDArray.numel(shape)];
        for (int b = 0; b < out.length; b++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += data[b * n * n + i * n + i];
            }
            out[b] = s;
        }
        return NDArray.of(out, shape);
    }

    /**
     * Concatenation along the last axis; the leading axes broadcast (a matrix written out may mix a
     * number with element-wise tensors, as the generated code's {@code concatLast} allows).
     */
    private static NDArray concat(List<NDArray> parts) {
        int[] common = new int[0];
        for (NDArray a : parts) {
            if (a.rank() == 0) {
                throw new IllegalArgumentException("Concat: a scalar has no last axis");
            }
            common = Broadcasting.shape(common, Arrays.copyOf(a.shape(), a.rank() - 1), "Concat");
        }
        final int[] leading = common;
        List<NDArray> args = parts.stream().map(a -> Broadcasting.zip(a,
                NDArray.of(new double[NDArray.numel(leading)], withLast(leading, 1)), Double::sum, "Concat")).toList();
        int rank = leading.length + 1;
        int[] lead = leading;
        int rows = NDArray.numel(lead);
        int total = 0;
        for (NDArray a : args) {
            total += a.size(-1);
        }
        double[] out = new double[rows * total];
        for (int r = 0; r < rows; r++) {
            int col = 0;
            for (NDArray a : args) {
                int n = a.size(-1);
                System.arraycopy(a.data(), r * n, out, r * total + col, n);
                col += n;
            }
        }
        int[] shape = Arrays.copyOf(lead, rank);
        shape[rank - 1] = total;
        return NDArray.of(out, shape);
    }

    private static int[] withLast(int[] lead, int last) {
        int[] shape = Arrays.copyOf(lead, lead.length + 1);
        shape[lead.length] = last;
        return shape;
    }
}
