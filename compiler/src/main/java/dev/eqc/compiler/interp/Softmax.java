package dev.eqc.compiler.interp;

/**
 * The numerically stable softmax over the last axis: each row is shifted by its maximum before
 * {@code exp}, so no term exceeds 1 and the row sum (accumulated in double) is at least 1.
 */
final class Softmax {
    private Softmax() {}

    static NDArray lastAxis(NDArray a) {
        if (a.rank() < 1) {
            throw new IllegalArgumentException("softmax needs an argument of rank at least 1, got a scalar");
        }
        int n = a.size(-1);
        double[] out = new double[a.numel()];
        int rows = n == 0 ? 0 : a.numel() / n;
        for (int r = 0; r < rows; r++) {
            int off = r * n;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                max = Math.max(max, a.flat(off + j));
            }
            double sum = 0.0;
            for (int j = 0; j < n; j++) {
                out[off + j] = Math.exp(a.flat(off + j) - max);
                sum += out[off + j];
            }
            for (int j = 0; j < n; j++) {
                out[off + j] /= sum;
            }
        }
        return NDArray.wrap(out, a.shapeRef());
    }
}
