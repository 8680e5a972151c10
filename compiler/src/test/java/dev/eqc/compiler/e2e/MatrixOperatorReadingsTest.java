package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Operators whose reading on matrices was silent: {@code \|W\|_1} and {@code \|W\|_\infty} of a matrix gave one
 * norm per row (now E0156: entry-wise or induced cannot be told); {@code \otimes} is element-wise, as the GLU papers
 * use it, and now says so (W0102), since K-FAC and fast weights mean the outer product.
 */
class MatrixOperatorReadingsTest {
    private static List<Diagnostic> check(String program) {
        Diagnostics diagnostics = new Diagnostics();
        EqCompiler.check(new SourceFile("ops.eq", program), new Options("Ops", "", Precision.DOUBLE, false),
                diagnostics);
        return diagnostics.all();
    }

    @Test
    void theOneAndInfinityNormsOfAMatrixAreRejectedNotReadRowByRow() {
        // Before: \|W\|_1 of a 2 x 2 matrix was [3, 7], one norm per row, with no word.
        for (String norm : List.of("\\|W\\|_1", "\\|W\\|_\\infty", "\\|W\\|_{1}", "\\|W\\|_0")) {
            List<Diagnostic> all = check("W \\in \\mathbb{R}^{m \\times n}\nr = " + norm);
            assertTrue(all.stream().anyMatch(d -> d.code() == Code.E0156), all::toString);
        }
        List<Diagnostic> vector = check("w \\in \\mathbb{R}^{n}\nr = \\|w\\|_1 + \\|w\\|_\\infty");
        assertTrue(vector.isEmpty(), vector::toString);
    }

    @Test
    void theZeroNormOfAVectorCountsItsNonzeroEntries() throws Exception {
        // The Cautious optimizer's \|\phi_t\|_0 (Liang et al. 2024): was E0103, a norm of order 0.
        PaperReadings.assertComputes("ZeroNorm", "w \\in \\mathbb{R}^{n}\nr = \\|w\\|_0", "r",
                Map.of("w", new double[] {0, -2, 0.5, 0}), Map.of("w", new int[] {4}), new double[] {2}, List.of());
    }

    @Test
    void otimesBetweenTensorsIsElementWiseWithAWarning() throws Exception {
        // The GLU papers' element-wise product; K-FAC's and fast weights' outer product is the other reading.
        double[] u = {1, -2, 0.5};
        double[] v = {3, 0.25, -1};
        PaperReadings.assertComputes("Otimes", "u, v \\in \\mathbb{R}^{n}\ny = u \\otimes v", "y",
                Map.of("u", u, "v", v), Map.of("u", new int[] {3}, "v", new int[] {3}),
                new double[] {3, -0.5, -0.5}, List.of(Code.W0102));
        PaperReadings.assertComputes("Odot", "u, v \\in \\mathbb{R}^{n}\ny = u \\odot v", "y",
                Map.of("u", u, "v", v), Map.of("u", new int[] {3}, "v", new int[] {3}),
                new double[] {3, -0.5, -0.5}, List.of());
    }

    @Test
    void theDiagonalOfASquareMatrixBesideAMatrixIsItsDiagonalPart() throws Exception {
        // Cluster-GCN (Chiang et al. 2019), Eq. 11: (\tilde{A} + \lambda \operatorname{diag}(\tilde{A})) X. Before, the
        // vector of diagonal entries was added to every row, and diag(A) X was that vector times X, silently.
        double[] a = {1, 2, 3, 4};
        double[] x = {1, 0, 2, 1};
        Map<String, double[]> in = Map.of("A", a, "X", x);
        Map<String, int[]> sh = Map.of("A", new int[] {2, 2}, "X", new int[] {2, 2});
        String decl = "A, X \\in \\mathbb{R}^{n \\times n}\n";
        // A + 2 diag(A) = [[3, 2], [3, 12]]; times X = [[7, 2], [27, 12]]
        PaperReadings.assertComputes("DiagSum", decl + "Y = (A + 2 \\operatorname{diag}(A)) X", "Y", in, sh,
                new double[] {7, 2, 27, 12}, List.of(Code.W0405));
        PaperReadings.assertComputes("DiagDiff", decl + "Y = A - \\mathrm{diag}(A)", "Y", in, sh,
                new double[] {0, 2, 3, 0}, List.of(Code.W0405));
        // diag(A) X = [[1, 0], [8, 4]]: each row of X scaled by A's diagonal entry
        PaperReadings.assertComputes("DiagLeft", decl + "Y = \\mathrm{diag}(A) X", "Y", in, sh,
                new double[] {1, 0, 8, 4}, List.of(Code.W0405));
        // alone, or beside a vector, it stays the vector of diagonal entries
        PaperReadings.assertComputes("DiagVector", decl + "d = \\mathrm{diag}(A)", "d", in, sh,
                new double[] {1, 4}, List.of());
    }

    @Test
    void anElementWiseProductBeforeASquareWeightSaysWhichGroupingItKeeps() throws Exception {
        // NGCF (Wang et al. 2019), Eq. 8: L E \odot E W_2 with W_2 square; both groupings fit, so W0391. Kept:
        // (L E) \odot (E W); the brackets written choose the other grouping, with no warning.
        double[] l = {1, 0, 0, 2};
        double[] e = {1, 2, 3, 4};
        double[] w = {0, 1, 1, 0};
        Map<String, double[]> in = Map.of("L", l, "E", e, "W", w);
        Map<String, int[]> sh = Map.of("L", new int[] {2, 2}, "E", new int[] {2, 2}, "W", new int[] {2, 2});
        String decl = "L \\in \\mathbb{R}^{n \\times n}, E \\in \\mathbb{R}^{n \\times d}, W \\in \\mathbb{R}^{d \\times d}\n";
        // L E = [[1,2],[6,8]], E W = [[2,1],[4,3]], L E \odot E = [[1,4],[18,32]]
        PaperReadings.assertComputes("Tight", decl + "Y = L E \\odot E W", "Y", in, sh,
                new double[] {2, 2, 24, 24}, List.of(Code.W0391));
        PaperReadings.assertComputes("First", decl + "Y = (L E \\odot E) W", "Y", in, sh,
                new double[] {4, 1, 32, 18}, List.of());
        // GLU: \sigma(xW) \otimes xV with a wider V keeps the tighter binding and has only the \otimes warning
        assertTrue(check("x \\in \\mathbb{R}^{d}, W, V \\in \\mathbb{R}^{d \\times f}\ny = (x W) \\odot x V").stream()
                .noneMatch(d -> d.code() == Code.W0391));
    }

    @Test
    void theExponentialOfAMatrixTheFileInvertsIsRejected() throws Exception {
        // Mamba (Gu & Dao, 2023), Eq. 4: \bar{A} = exp(ΔA), \bar{B} = (ΔA)^{-1}(exp(ΔA) - I) ΔB means the matrix
        // exponential. Before: `\Delta A` was an undeclared scalar name (W0101); read as Δ·A, exp was element-wise.
        String zoh = "A \\in \\mathbb{R}^{N \\times N}, B \\in \\mathbb{R}^{N \\times 1}, \\Delta \\in \\mathbb{R}\n"
                + "\\bar{A} = \\exp(\\Delta A)\n\\bar{B} = (\\Delta A)^{-1}(\\exp(\\Delta A) - I_N) \\Delta B";
        List<Diagnostic> all = check(zoh);
        assertTrue(all.stream().filter(d -> d.code() == Code.E0270).count() == 2, all::toString);
        // Without the inverse, \exp of Δ·A stays element-wise (as \exp(QK^T) in attention), and Δ A is the product.
        double[] a = {0.5, -1, 2, 0.25};
        double[] expected = new double[4];
        for (int i = 0; i < 4; i++) {
            expected[i] = Math.exp(0.1 * a[i]);
        }
        PaperReadings.assertComputes("Step", "A \\in \\mathbb{R}^{N \\times N}, \\Delta \\in \\mathbb{R}\n"
                        + "\\bar{A} = \\exp(\\Delta A)", "\\bar{A}", Map.of("A", a, "\\Delta", new double[] {0.1}),
                Map.of("A", new int[] {2, 2}, "\\Delta", new int[0]), expected, List.of());
    }

    /** Q diag(w^k) Q^T for Q the rotation by {@code angle} in the plane of the first two axes of an n×n matrix. */
    private static double[] rotatedPower(int n, double angle, double[] w, double k) {
        double[][] q = new double[n][n];
        for (int i = 0; i < n; i++) {
            q[i][i] = 1;
        }
        q[0][0] = Math.cos(angle);
        q[0][1] = -Math.sin(angle);
        q[1][0] = Math.sin(angle);
        q[1][1] = Math.cos(angle);
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int m = 0; m < n; m++) {
                    out[i * n + j] += q[i][m] * Math.pow(w[m], k) * q[j][m];
                }
            }
        }
        return out;
    }

    @Test
    void aFractionalPowerOfASymmetricMatrixIsThePowerOfItsEigenvalues() throws Exception {
        // Shampoo (Gupta et al. 2018): W_{t+1} = W_t - \eta L_t^{-1/4} G_t R_t^{-1/4} with L, R positive definite
        // (was a run-time error: only diagonal matrices had a fractional power; fresh c368)
        double[] wl = {4.0, 0.5};
        double[] wr = {2.0, 1.5, 3.0};
        double[] l = rotatedPower(2, 0.4, wl, 1);
        double[] r = rotatedPower(3, -0.7, wr, 1);
        double[] lq = rotatedPower(2, 0.4, wl, -0.25);
        double[] rq = rotatedPower(3, -0.7, wr, -0.25);
        double[] w = PaperReadings.seq(6, 1.0, 0.2);
        double[] g = PaperReadings.seq(6, 0.5, 1.4);
        double eta = 0.1;
        double[] expected = w.clone();
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                double step = 0;
                for (int a = 0; a < 2; a++) {
                    for (int b = 0; b < 3; b++) {
                        step += lq[i * 2 + a] * g[a * 3 + b] * rq[b * 3 + j];
                    }
                }
                expected[i * 3 + j] -= eta * step;
            }
        }
        PaperReadings.assertComputes("Shampoo", "W_t, G_t \\in \\mathbb{R}^{m \\times n}, L_t \\in \\mathbb{R}^{m \\times"
                        + " m}, R_t \\in \\mathbb{R}^{n \\times n}, \\eta \\in \\mathbb{R}\n"
                        + "W_{t+1} = W_t - \\eta L_t^{-1/4} G_t R_t^{-1/4}\n", "W_{t+1}",
                Map.of("W_t", w, "G_t", g, "L_t", l, "R_t", r, "\\eta", new double[] {eta}),
                Map.of("W_t", new int[] {2, 3}, "G_t", new int[] {2, 3}, "L_t", new int[] {2, 2}, "R_t",
                        new int[] {3, 3}, "\\eta", new int[0]), expected, List.of(Code.W0102));
    }
}
