package dev.eqc.compiler.interp;

import java.util.Arrays;

/**
 * A dense row-major array of doubles with a shape, the value type of the reference interpreter;
 * immutable by convention (every accessor that exposes storage returns a copy).
 */
public final class NDArray {
    private static final int PREVIEW_ELEMENTS = 8;

    private final double[] data;
    private final int[] shape;

    private NDArray(double[] data, int[] shape) {
        this.data = data;
        this.shape = shape;
    }

    /** A rank-0 array holding {@code value}. */
    public static NDArray scalar(double value) {
        return new NDArray(new double[] {value}, new int[0]);
    }

    /** An array holding a copy of {@code data} in row-major order; an empty shape is a scalar. */
    public static NDArray of(double[] data, int... shape) {
        int[] s = checkedShape(shape);
        if (data.length != numel(s)) {
            throw new IllegalArgumentException("shape " + Arrays.toString(s) + " needs " + numel(s)
                    + " elements, got " + data.length);
        }
        return new NDArray(data.clone(), s);
    }

    /** Wraps {@code data} without copying; the array takes ownership. For this package's kernels. */
    static NDArray wrap(double[] data, int[] shape) {
        if (data.length != numel(shape)) {
            throw new IllegalStateException("shape " + Arrays.toString(shape) + " needs " + numel(shape)
                    + " elements, got " + data.length);
        }
        return new NDArray(data, shape.clone());
    }

    /** A copy of the shape. */
    public int[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    /** The size of {@code axis}; a negative axis counts from the end, so -1 is the last. */
    public int size(int axis) {
        int a = axis < 0 ? axis + shape.length : axis;
        if (a < 0 || a >= shape.length) {
            throw new IllegalArgumentException("axis " + axis + " is out of range for shape " + shapeString());
        }
        return shape[a];
    }

    public int numel() {
        return data.length;
    }

    /** The element at a full multi-index (one index per axis; none for a scalar). */
    public double get(int... idx) {
        if (idx.length != shape.length) {
            throw new IllegalArgumentException("shape " + shapeString() + " needs " + shape.length
                    + " indices, got " + idx.length);
        }
        int flat = 0;
        for (int d = 0; d < shape.length; d++) {
            if (idx[d] < 0 || idx[d] >= shape[d]) {
                throw new IndexOutOfBoundsException("index " + Arrays.toString(idx)
                        + " is out of bounds for shape " + shapeString());
            }
            flat = flat * shape[d] + idx[d];
        }
        return data[flat];
    }

    /** A copy of the elements in row-major order. */
    public double[] data() {
        return data.clone();
    }

    /** The element at row-major position {@code i}; no copy, for this package's kernels. */
    double flat(int i) {
        return data[i];
    }

    /** The elements without copying; callers in this package must not modify them. */
    double[] dataRef() {
        return data;
    }

    /** The shape without copying; callers in this package must not modify it. */
    int[] shapeRef() {
        return shape;
    }

    /** The shape as {@code [2, 3]}. */
    public String shapeString() {
        return Arrays.toString(shape);
    }

    /** Equal shapes and bit-for-bit equal elements (as {@link Double#equals}). */
    @Override
    public boolean equals(Object o) {
        return o instanceof NDArray other && Arrays.equals(shape, other.shape) && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    /** Shape and the first few elements, e.g. {@code NDArray([2, 3], [1.0, 2.0, ...])}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("NDArray(").append(shapeString()).append(", [");
        int shown = Math.min(data.length, PREVIEW_ELEMENTS);
        for (int i = 0; i < shown; i++) {
            sb.append(i > 0 ? ", " : "").append(data[i]);
        }
        if (data.length > shown) {
            sb.append(", ... (").append(data.length).append(" elements)");
        }
        return sb.append("])").toString();
    }

    /** The number of elements of {@code shape}. */
    static int numel(int[] shape) {
        int n = 1;
        for (int s : shape) {
            n = Math.multiplyExact(n, s);
        }
        return n;
    }

    private static int[] checkedShape(int[] shape) {
        for (int s : shape) {
            if (s < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
        }
        return shape.clone();
    }
}
