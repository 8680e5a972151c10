package dev.eqc.compiler.interp;

/** The reference meaning of the reshaping steps gradients use: summing to a shape, inserting an axis. */
final class Reshaping {
    private Reshaping() {}

    /**
     * {@code x} brought to {@code target}: leading axes beyond the target's rank are summed away,
     * axes where the target has size 1 are summed (kept), and axes where {@code x} has size 1 are
     * repeated to the target's size.
     */
    static NDArray sumTo(NDArray x, int[] target) {
        int[] shape = x.shape();
        int extra = shape.length - target.length;
        if (extra < 0) {
            // A value of lower rank broadcasts: align it to the right first.
            int[] padded = new int[target.length];
            java.util.Arrays.fill(padded, 1);
            System.arraycopy(shape, 0, padded, -extra, shape.length);
            return sumTo(NDArray.of(x.data(), padded), target);
        }
        for (int a = 0; a < target.length; a++) {
            int s = shape[extra + a];
            if (s != target[a] && s != 1 && target[a] != 1) {
                throw new IllegalStateException("cannot sum shape " + x.shapeString() + " to "
                        + java.util.Arrays.toString(target));
            }
        }
        double[] out = new double[NDArray.numel(target)];
        double[] data = x.data();
        int[] idx = new int[shape.length];
        for (int flat = 0; flat < data.length; flat++) {
            int rem = flat;
            for (int a = shape.length - 1; a >= 0; a--) {
                idx[a] = shape[a] == 0 ? 0 : rem % shape[a];
                rem = shape[a] == 0 ? rem : rem / shape[a];
            }
            // Every target position this element reaches: one, unless x has size 1 where the target does not.
            addTo(out, target, idx, extra, 0, 0, data[flat], shape);
        }
        return NDArray.of(out, target);
    }

    private static void addTo(double[] out, int[] target, int[] idx, int extra, int axis, int offset, double v,
            int[] shape) {
        if (axis == target.length) {
            out[offset] += v;
            return;
        }
        int s = shape[extra + axis];
        if (s == 1 && target[axis] != 1) {
            for (int k = 0; k < target[axis]; k++) {
                addTo(out, target, idx, extra, axis + 1, offset * target[axis] + k, v, shape);
            }
        } else {
            int k = target[axis] == 1 ? 0 : idx[extra + axis];
            addTo(out, target, idx, extra, axis + 1, offset * target[axis] + k, v, shape);
        }
    }

    /** Elements {@code start} to {@code start + length - 1} of {@code x}'s last axis. */
    static NDArray sliceLast(NDArray x, int start, int length) {
        int[] shape = x.shape();
        int n = shape[shape.length - 1];
        int rows = n == 0 ? 0 : x.numel() / n;
        double[] out = new double[rows * length];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(x.data(), r * n + start, out, r * length, length);
        }
        int[] outShape = shape.clone();
        outShape[outShape.length - 1] = length;
        return NDArray.of(out, outShape);
    }

    /** {@code x} with a size-1 axis inserted at {@code axis}, counted from the end of the result (-1 = last). */
    static NDArray insertAxis(NDArray x, int axis) {
        int[] shape = x.shape();
        int[] out = new int[shape.length + 1];
        int at = out.length + axis;
        for (int i = 0, j = 0; i < out.length; i++) {
            out[i] = i == at ? 1 : shape[j++];
        }
        return NDArray.of(x.data(), out);
    }
}
