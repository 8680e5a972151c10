package dev.eqc.compiler.interp;

import dev.eqc.compiler.shape.ProductKind;
import java.util.Arrays;

/**
 * Products and transposes for the interpreter. Every vector product is rewritten as one batched
 * matrix product on reshaped operands (a vector becomes a {@code [1, k]} row or a {@code [k, 1]}
 * column), so there is a single multiplication loop to trust.
 */
final class LinearAlgebra {
    private LinearAlgebra() {}

    /** The product {@code a b} with the meaning shape inference gave it (SPEC 3.2). */
    static NDArray product(ProductKind kind, NDArray a, NDArray b) {
        // A switch expression without default: a new ProductKind fails to compile here.
        return switch (kind) {
            case SCALE, ELEMENTWISE -> Broadcasting.zip(a, b, (x, y) -> x * y, kind + " product");
            case MATMUL -> {
                requireRank(kind, a, 2, b, 2);
                yield matmul(a, b);
            }
            case MATVEC -> {
                requireRank(kind, a, 2, b, 1);
                NDArray r = matmul(a, insertAxis(b, b.rank())); // [..., m, 1]
                yield dropAxis(r, r.rank() - 1);
            }
            case VECMAT -> {
                requireRank(kind, a, 1, b, 2);
                NDArray r = matmul(insertAxis(a, a.rank() - 1), b); // [..., 1, n]
                yield dropAxis(r, r.rank() - 2);
            }
            case DOT -> {
                requireRank(kind, a, 1, b, 1);
                NDArray r = matmul(insertAxis(a, a.rank() - 1), insertAxis(b, b.rank())); // [..., 1, 1]
                yield dropAxis(dropAxis(r, r.rank() - 1), r.rank() - 2);
            }
            case OUTER -> {
                requireRank(kind, a, 1, b, 1);
                yield matmul(insertAxis(a, a.rank()), insertAxis(b, b.rank() - 1)); // [..., m, 1] x [..., 1, n]
            }
        };
    }

    /**
     * NumPy matmul for operands of rank at least 2: {@code [..., m, k] x [..., k, n] -> [..., m, n]}
     * with the leading axes broadcast; sums accumulate in double.
     */
    static NDArray matmul(NDArray a, NDArray b) {
        int[] sa = a.shapeRef();
        int[] sb = b.shapeRef();
        int m = sa[sa.length - 2];
        int k = sa[sa.length - 1];
        int n = sb[sb.length - 1];
        if (sb[sb.length - 2] != k) {
            throw new IllegalArgumentException("matrix product: inner dimensions differ, " + Arrays.toString(sa)
                    + " x " + Arrays.toString(sb) + " (" + k + " vs " + sb[sb.length - 2] + ")");
        }
        int[] batchA = Arrays.copyOf(sa, sa.length - 2);
        int[] batchB = Arrays.copyOf(sb, sb.length - 2);
        int[] batch = Broadcasting.shape(batchA, batchB, "matrix product batch axes");
        int[] outShape = Arrays.copyOf(batch, batch.length + 2);
        outShape[batch.length] = m;
        outShape[batch.length + 1] = n;
        double[] out = new double[NDArray.numel(outShape)];
        int[] idx = new int[batch.length];
        int batches = NDArray.numel(batch);
        for (int t = 0; t < batches; t++) {
            int offA = Broadcasting.sourceOffset(idx, batchA) * m * k;
            int offB = Broadcasting.sourceOffset(idx, batchB) * k * n;
            int offOut = t * m * n;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double sum = 0.0;
                    for (int p = 0; p < k; p++) {
                        sum += a.flat(offA + i * k + p) * b.flat(offB + p * n + j);
                    }
                    out[offOut + i * n + j] = sum;
                }
            }
            Broadcasting.increment(idx, batch);
        }
        return NDArray.wrap(out, outShape);
    }

    /** The norm over every entry of each trailing block of {@code axes} axes: [..., m, n] → [...] for a matrix. */
    static NDArray frobenius(NDArray a, int axes) {
        int r = a.rank();
        int cells = 1;
        for (int k = r - axes; k < r; k++) {
            cells *= a.shapeRef()[k];
        }
        int[] shape = java.util.Arrays.copyOf(a.shapeRef(), r - axes);
        double[] out = new double[NDArray.numel(shape)];
        for (int t = 0; t < out.length; t++) {
            double s = 0;
            for (int e = 0; e < cells; e++) {
                double v = a.flat(t * cells + e);
                s += v * v;
            }
            out[t] = Math.sqrt(s);
        }
        return NDArray.wrap(out, shape);
    }

    /**
     * The matrix power of each trailing square matrix of {@code a} to the whole power read from {@code k} (its
     * leading axes broadcast with {@code a}'s, its last two of size 1 or absent): by repeated multiplication in
     * double, the identity for 0. The reference the runtime's {@code Ops.matrixPower} is checked against.
     */
    static NDArray matrixPower(NDArray a, NDArray k) {
        int n = a.shapeRef()[a.rank() - 1];
        int[] ks = k.shapeRef();
        int[] lead = Broadcasting.shape(java.util.Arrays.copyOf(a.shapeRef(), a.rank() - 2),
                ks.length >= 2 ? java.util.Arrays.copyOf(ks, ks.length - 2) : new int[0], "matrix power");
        int[] shape = java.util.Arrays.copyOf(lead, lead.length + 2);
        shape[lead.length] = n;
        shape[lead.length + 1] = n;
        double[] out = new double[java.util.Arrays.stream(shape).reduce(1, (x, y) -> x * y)];
        int[] idx = new int[shape.length];
        for (int t = 0; t < out.length / Math.max(1, n * n); t++) {
            idx[shape.length - 1] = 0;
            idx[shape.length - 2] = 0;
            double kv = k.flat(Broadcasting.sourceOffset(idx, ks));
            if (kv < 0 || kv != Math.rint(kv)) {
                throw new ArithmeticException("the matrix power " + kv + " is not a whole number >= 0");
            }
            double[] m = new double[n * n];
            for (int i = 0; i < n; i++) {
                m[i * n + i] = 1;
            }
            for (long step = 0; step < (long) kv; step++) {
                double[] next = new double[n * n];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        idx[shape.length - 2] = 0;
                        double sum = 0;
                        for (int l = 0; l < n; l++) {
                            idx[shape.length - 2] = l;
                            idx[shape.length - 1] = j;
                            sum += m[i * n + l] * a.flat(Broadcasting.sourceOffset(idx, a.shapeRef()));
                        }
                        next[i * n + j] = sum;
                    }
                }
                m = next;
            }
            System.arraycopy(m, 0, out, t * n * n, n * n);
            idx[shape.length - 2] = n - 1;
            idx[shape.length - 1] = n - 1;
            Broadcasting.increment(idx, shape);
        }
        return NDArray.wrap(out, shape);
    }

    /**
     * The power {@code k} of each trailing diagonal or symmetric matrix: a diagonal matrix's diagonal entries to
     * the power, zeros elsewhere; a symmetric one's {@code V diag(w^k) V^T}, its eigenvectors found by classical
     * Jacobi rotations (the largest entry off the diagonal first; the runtime sweeps in order, so the two are
     * computed differently). Any other matrix, and a negative eigenvalue under a power that is not whole, is an
     * error.
     */
    static NDArray diagonalPower(NDArray a, double k) {
        int n = a.shapeRef()[a.rank() - 1];
        double[] out = new double[a.numel()];
        for (int off = 0; off < out.length; off += n * n) {
            double[][] m = new double[n][n];
            boolean diagonal = true;
            double scale = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    m[i][j] = a.flat(off + i * n + j);
                    diagonal &= i == j || m[i][j] == 0;
                    scale = Math.max(scale, Math.abs(m[i][j]));
                }
            }
            if (diagonal) {
                for (int i = 0; i < n; i++) {
                    out[off + i * n + i] = Math.pow(m[i][i], k);
                }
                continue;
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    if (Math.abs(m[i][j] - m[j][i]) > 1e-6 * scale) {
                        throw new ArithmeticException("the power " + k + " of a matrix with (" + i + ", " + j
                                + ") unlike (" + j + ", " + i + "): only diagonal and symmetric matrices are supported");
                    }
                }
            }
            double[][] v = eigenvectors(m);
            for (int i = 0; i < n; i++) {
                if (m[i][i] < 0 && k != Math.rint(k)) {
                    throw new ArithmeticException("the power " + k + " of a symmetric matrix with the negative"
                            + " eigenvalue " + m[i][i] + ": not positive semi-definite");
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double sum = 0;
                    for (int e = 0; e < n; e++) {
                        sum += v[i][e] * Math.pow(m[e][e], k) * v[j][e];
                    }
                    out[off + i * n + j] = sum;
                }
            }
        }
        return NDArray.wrap(out, a.shape());
    }

    /** Diagonalises the symmetric {@code m} in place (eigenvalues on its diagonal); returns the eigenvectors as columns. */
    private static double[][] eigenvectors(double[][] m) {
        int n = m.length;
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
            for (int j = 0; j < i; j++) {
                double mean = (m[i][j] + m[j][i]) / 2;
                m[i][j] = mean;
                m[j][i] = mean;
            }
        }
        for (int step = 0; step < 200 * n * n; step++) {
            int p = 0;
            int q = 1;
            double diag = 0;
            for (int i = 0; i < n; i++) {
                diag = Math.max(diag, Math.abs(m[i][i]));
                for (int j = i + 1; j < n; j++) {
                    if (Math.abs(m[i][j]) > Math.abs(m[p][q])) {
                        p = i;
                        q = j;
                    }
                }
            }
            if (Math.abs(m[p][q]) <= 1e-15 * Math.max(diag, Double.MIN_NORMAL)) {
                break;
            }
            double angle = 0.5 * Math.atan2(2 * m[p][q], m[q][q] - m[p][p]);
            double c = Math.cos(angle);
            double s = Math.sin(angle);
            for (int e = 0; e < n; e++) {
                double ep = m[e][p];
                double eq = m[e][q];
                m[e][p] = c * ep - s * eq;
                m[e][q] = s * ep + c * eq;
            }
            for (int e = 0; e < n; e++) {
                double pe = m[p][e];
                double qe = m[q][e];
                m[p][e] = c * pe - s * qe;
                m[q][e] = s * pe + c * qe;
            }
            for (int e = 0; e < n; e++) {
                double ep = v[e][p];
                double eq = v[e][q];
                v[e][p] = c * ep - s * eq;
                v[e][q] = s * ep + c * eq;
            }
        }
        return v;
    }

    /**
     * The determinant of each trailing square matrix, by LU elimination with partial pivoting in
     * double: [..., n, n] → [...].
     */
    static NDArray determinant(NDArray a) {
        int r = a.rank();
        int n = a.shapeRef()[r - 1];
        int[] shape = java.util.Arrays.copyOf(a.shapeRef(), r - 2);
        double[] out = new double[NDArray.numel(shape)];
        for (int t = 0; t < out.length; t++) {
            double[][] m = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    m[i][j] = a.flat(t * n * n + i * n + j);
                }
            }
            double det = 1;
            for (int col = 0; col < n; col++) {
                int pivot = col;
                for (int i = col + 1; i < n; i++) {
                    if (Math.abs(m[i][col]) > Math.abs(m[pivot][col])) {
                        pivot = i;
                    }
                }
                if (pivot != col) {
                    double[] swap = m[col];
                    m[col] = m[pivot];
                    m[pivot] = swap;
                    det = -det;
                }
                det *= m[col][col];
                for (int i = col + 1; i < n && m[col][col] != 0; i++) {
                    double f = m[i][col] / m[col][col];
                    for (int j = col; j < n; j++) {
                        m[i][j] -= f * m[col][j];
                    }
                }
            }
            out[t] = det;
        }
        return NDArray.wrap(out, shape);
    }

    /**
     * The inverse of each trailing square matrix, by Gauss-Jordan elimination with partial pivoting
     * in double; a singular matrix gives infinities or NaN, as a division by zero does.
     */
    static NDArray inverse(NDArray a) {
        int r = a.rank();
        int n = a.shapeRef()[r - 1];
        double[] out = new double[a.numel()];
        int blocks = n == 0 ? 0 : a.numel() / (n * n);
        for (int t = 0; t < blocks; t++) {
            double[][] m = new double[n][2 * n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    m[i][j] = a.flat(t * n * n + i * n + j);
                }
                m[i][n + i] = 1.0;
            }
            for (int col = 0; col < n; col++) {
                int pivot = col;
                for (int i = col + 1; i < n; i++) {
                    if (Math.abs(m[i][col]) > Math.abs(m[pivot][col])) {
                        pivot = i;
                    }
                }
                double[] swap = m[col];
                m[col] = m[pivot];
                m[pivot] = swap;
                double p = m[col][col];
                for (int j = 0; j < 2 * n; j++) {
                    m[col][j] /= p;
                }
                for (int i = 0; i < n; i++) {
                    if (i != col && m[i][col] != 0.0) {
                        double f = m[i][col];
                        for (int j = 0; j < 2 * n; j++) {
                            m[i][j] -= f * m[col][j];
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    out[t * n * n + i * n + j] = m[i][n + j];
                }
            }
        }
        return NDArray.wrap(out, a.shapeRef().clone());
    }

    /** Swaps the last two axes; a scalar or a vector is returned unchanged (its data is the row's). */
    static NDArray transpose(NDArray a) {
        int r = a.rank();
        if (r < 2) {
            return a;
        }
        int[] s = a.shapeRef();
        int rows = s[r - 2];
        int cols = s[r - 1];
        int[] outShape = s.clone();
        outShape[r - 2] = cols;
        outShape[r - 1] = rows;
        double[] out = new double[a.numel()];
        int blocks = rows * cols == 0 ? 0 : a.numel() / (rows * cols);
        for (int t = 0; t < blocks; t++) {
            int off = t * rows * cols;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    out[off + j * rows + i] = a.flat(off + i * cols + j);
                }
            }
        }
        return NDArray.wrap(out, outShape);
    }

    /** The same elements with a new axis of size 1 inserted before position {@code axis}. */
    static NDArray insertAxis(NDArray a, int axis) {
        int[] s = a.shapeRef();
        int[] out = new int[s.length + 1];
        for (int d = 0, src = 0; d < out.length; d++) {
            out[d] = d == axis ? 1 : s[src++];
        }
        return NDArray.wrap(a.data(), out);
    }

    /** The same elements with the size-1 axis {@code axis} removed. */
    static NDArray dropAxis(NDArray a, int axis) {
        int[] s = a.shapeRef();
        if (s[axis] != 1) {
            throw new IllegalStateException("cannot drop axis " + axis + " of shape " + Arrays.toString(s));
        }
        int[] out = new int[s.length - 1];
        for (int d = 0, dst = 0; d < s.length; d++) {
            if (d != axis) {
                out[dst++] = s[d];
            }
        }
        return NDArray.wrap(a.data(), out);
    }

    private static void requireRank(ProductKind kind, NDArray a, int minA, NDArray b, int minB) {
        if (a.rank() < minA || b.rank() < minB) {
            throw new IllegalArgumentException(kind + " product needs ranks at least " + minA + " and " + minB
                    + ", got " + a.shapeString() + " and " + b.shapeString());
        }
    }
}
