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
 * A superscript that is an index in scope on a tensor the subscripts leave axes of (ProGAN's {@code a^j_{x,y}},
 * GAT's {@code \alpha_{ij}^k \mathbf{W}^k}) indexes an axis (W0154), and a name before a parenthesised number
 * ({@code \mathbf{x}(0)}) is an error (E0155): both were silent wrong results (a power, a product by 0).
 * Expected values are computed here with plain loops.
 */
class SuperscriptIndexTest {
    private static List<Diagnostic> check(String program) {
        Diagnostics diagnostics = new Diagnostics();
        EqCompiler.check(new SourceFile("sup.eq", program), new Options("Sup", "", Precision.DOUBLE, false),
                diagnostics);
        return diagnostics.all();
    }

    @Test
    void aChannelSuperscriptInsideASumIndexesTheLeadingAxis() throws Exception {
        // ProGAN's pixel norm denominator: \sum_{j=0}^{N-1} (a^j_{x,y})^2 over the channels of a [N, H, W].
        int n = 3;
        int h = 2;
        int w = 4;
        double[] a = PaperReadings.seq(n * h * w, 2, 0.1);
        double[] expected = new double[h * w];
        for (int x = 0; x < h; x++) {
            for (int y = 0; y < w; y++) {
                for (int j = 0; j < n; j++) {
                    double v = a[(j * h + x) * w + y];
                    expected[x * w + y] += v * v;
                }
            }
        }
        PaperReadings.assertComputes("PixelNorm", "a \\in \\mathbb{R}^{N \\times H \\times W}\n"
                        + "s_{x,y} = \\sum_{j=0}^{N-1} (a^j_{x,y})^2", "s", Map.of("a", a),
                Map.of("a", new int[] {n, h, w}), expected, List.of(Code.W0154));
    }

    @Test
    void aRowSuperscriptOnANonSquareMatrixIndexesItsRows() throws Exception {
        // ViT's x^k_p, the k-th flattened patch of x_p in R^{N x K}, with k running to N: row k (was the
        // element-wise k-th power of the whole matrix, an [N, N, D] result with no warning). A square matrix's
        // L^k stays a power.
        int n = 3;
        int kk = 2;
        double[] x = PaperReadings.seq(n * kk, 0.5, 0.3);
        double[] w = PaperReadings.seq(kk, 1.0, -0.4);
        double[] expected = new double[n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < kk; c++) {
                expected[r] += x[r * kk + c] * w[c];
            }
        }
        PaperReadings.assertComputes("Patches", "x_p \\in \\mathbb{R}^{N \\times K}, w \\in \\mathbb{R}^{K}\n"
                        + "r_k = \\mathbf{x}^k_p w \\quad \\text{for } k = 1, \\dots, N", "r", Map.of("x_p", x, "w", w),
                Map.of("x_p", new int[] {n, kk}, "w", new int[] {kk}), expected, List.of(Code.W0154, Code.W0102));
        assertTrue(check("L_a \\in \\mathbb{R}^{N \\times N}\nr_k = L^k_a \\quad \\text{for } k = 1, \\dots, N")
                .stream().noneMatch(d -> d.code() == Code.W0154));
    }

    private static double[] gatHeads(double[] alpha, boolean headsFirst, double[] weights, double[] feats, int k,
            int n, int fo, int f) {
        double[] out = new double[n * fo];
        for (int i = 0; i < n; i++) {
            for (int head = 0; head < k; head++) {
                for (int j = 0; j < n; j++) {
                    double al = headsFirst ? alpha[(head * n + i) * n + j] : alpha[(i * n + j) * k + head];
                    for (int o = 0; o < fo; o++) {
                        double wh = 0;
                        for (int c = 0; c < f; c++) {
                            wh += weights[(head * fo + o) * f + c] * feats[j * f + c];
                        }
                        out[i * fo + o] += al * wh;
                    }
                }
            }
        }
        return out;
    }

    @Test
    void headSuperscriptsIndexTheAxisOfTheirSizeEitherFirstOrAfterTheSubscripts() throws Exception {
        // GAT Eq. 6 without the average: \sum_{k=1}^{K} \sum_j \alpha_{ij}^k \mathbf{W}^k h_j.
        int k = 2;
        int n = 3;
        int fo = 2;
        int f = 4;
        double[] weights = PaperReadings.seq(k * fo * f, 1, 0.3);
        double[] feats = PaperReadings.seq(n * f, 1.5, 0.7);
        double[] alpha = PaperReadings.seq(k * n * n, 1, 1.1);
        String body = "g_i = \\sum_{k=1}^{K} \\sum_{j} \\alpha_{ij}^k \\mathbf{W}^k h_j";
        String decl = ", \\mathbf{W} \\in \\mathbb{R}^{K \\times F' \\times F}, h \\in \\mathbb{R}^{n \\times F}\n";
        Map<String, int[]> shapes = Map.of("\\alpha", new int[] {k, n, n}, "\\mathbf{W}", new int[] {k, fo, f},
                "h", new int[] {n, f});
        Map<String, double[]> inputs = Map.of("\\alpha", alpha, "\\mathbf{W}", weights, "h", feats);
        PaperReadings.assertComputes("HeadsFirst", "\\alpha \\in \\mathbb{R}^{K \\times n \\times n}" + decl + body,
                "g", inputs, shapes, gatHeads(alpha, true, weights, feats, k, n, fo, f), List.of(Code.W0154));
        PaperReadings.assertComputes("HeadsLast", "\\alpha \\in \\mathbb{R}^{n \\times n \\times K}" + decl + body,
                "g", inputs, Map.of("\\alpha", new int[] {n, n, k}, "\\mathbf{W}", new int[] {k, fo, f},
                        "h", new int[] {n, f}), gatHeads(alpha, false, weights, feats, k, n, fo, f),
                List.of(Code.W0154));
    }

    @Test
    void aSuperscriptIndexOnADeclaredVectorRunningToItsLengthIsAnElement() throws Exception {
        // Circle loss (Sun et al. 2020, Eq. 1): s_n^j, s_p^i are similarities j and i. With K = L it was a silent
        // wrong result: both read as element-wise powers of the vectors, a [K] result without a word.
        double[] sp = {0.9, 0.7, 0.8};
        double[] sn = {0.2, 0.4, -0.1};
        double gamma = 2;
        double m = 0.25;
        double sum = 0;
        for (double p : sp) {
            for (double q : sn) {
                sum += Math.exp(gamma * (q - p + m));
            }
        }
        for (String sizes : List.of("K", "L")) {
            PaperReadings.assertComputes("Circle" + sizes, "s_p \\in \\mathbb{R}^{K}, s_n \\in \\mathbb{R}^{" + sizes
                            + "}, \\gamma, m \\in \\mathbb{R}\n"
                            + "\\mathcal{L}_{uni} = \\log \\left[ 1 + \\sum_{i=1}^{K} \\sum_{j=1}^{" + sizes
                            + "} \\exp(\\gamma (s_n^j - s_p^i + m)) \\right]", "\\mathcal{L}_{uni}",
                    Map.of("s_p", sp, "s_n", sn, "\\gamma", new double[] {gamma}, "m", new double[] {m}),
                    Map.of("s_p", new int[] {3}, "s_n", new int[] {3}, "\\gamma", new int[0], "m", new int[0]),
                    new double[] {Math.log(1 + sum)}, List.of(Code.W0154));
        }
    }

    @Test
    void aVectorToAnIndexOfAnotherRangeIsAPower() throws Exception {
        // \sum_{k=1}^{K} c_k x^k with x \in \mathbb{R}^{n}: a polynomial of each element (k does not run to n).
        double[] x = {0.5, -1.5, 2};
        double[] c = {1, -2};
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int kk = 0; kk < 2; kk++) {
                expected[i] += c[kk] * Math.pow(x[i], kk + 1);
            }
        }
        PaperReadings.assertComputes("PolyVec", "x \\in \\mathbb{R}^{n}, c \\in \\mathbb{R}^{K}\n"
                        + "p = \\sum_{k=1}^{K} c_k x^k", "p", Map.of("x", x, "c", c),
                Map.of("x", new int[] {3}, "c", new int[] {2}), expected, List.of());
    }

    @Test
    void powersOfNumbersAndOfElementsStayPowers() throws Exception {
        // \sum_k c_k x_i^k: a polynomial of each element; \gamma^k a discount. No W0154.
        double[] x = {0.5, -1.5, 2};
        double[] c = {1, -2, 0.25};
        double gamma = 0.9;
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int kk = 0; kk < 3; kk++) {
                expected[i] += c[kk] * Math.pow(x[i], kk) * Math.pow(gamma, kk);
            }
        }
        PaperReadings.assertComputes("Poly", "x, c \\in \\mathbb{R}^{n}, \\gamma \\in \\mathbb{R}\n"
                        + "p_i = \\sum_{k=0}^{n-1} c_k x_i^k \\gamma^k", "p",
                Map.of("x", x, "c", c, "\\gamma", new double[] {gamma}),
                Map.of("x", new int[] {3}, "c", new int[] {3}, "\\gamma", new int[0]), expected, List.of());
    }

    @Test
    void aSuperscriptIndexWhoseAxisCannotBeToldIsRejected() {
        // [N, N, N]: the index runs to N, which both the first axis and the one after x, y have.
        List<Diagnostic> all = check("a \\in \\mathbb{R}^{N \\times N \\times N}\n"
                + "s_{x,y} = \\sum_{j=1}^{N} (a^j_{x,y})^2");
        assertTrue(all.stream().anyMatch(d -> d.code() == Code.E0154), all::toString);
    }

    @Test
    void aNameBeforeAParenthesisedNumberIsRejectedNotMultiplied() {
        // Song et al.'s \mathbf{x}(0) e^{…}: the data at time 0; before, x times 0, a silent 0.
        for (String program : List.of("t \\in \\mathbb{R}\nm = \\mathbf{x}(0) e^{-t}",
                "x \\in \\mathbb{R}^{d}, t \\in \\mathbb{R}\nm = x(0) e^{-t}")) {
            List<Diagnostic> all = check(program);
            assertTrue(all.stream().anyMatch(d -> d.code() == Code.E0155), all::toString);
        }
    }
}
