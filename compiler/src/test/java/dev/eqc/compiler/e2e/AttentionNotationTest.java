package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Attention and sequence-model notation as papers print it (papers/fresh c720-c749): ranges stated as membership
 * after a wide space, a superscript letter that is the outer index ({@code u^i_j}), norms side by side with
 * {@code \cdot}, a value of sizes alone, and Transformer-XL's bracketed {@code \circ}. Expected values are computed
 * here with plain loops.
 */
class AttentionNotationTest {
    @Test
    void aMembershipRangeAfterAWideSpaceIsTheRangeNotAFactor() throws Exception {
        // Pointer networks' `\quad j \in (1, \ldots, n)`: the letter was left in the right-hand side, a factor j.
        int n = 3;
        int k = 2;
        double[] e = PaperReadings.seq(n * k, 1, 0.2);
        double[] v = PaperReadings.seq(k, 1, 0.7);
        double[] expected = new double[n];
        for (int j = 0; j < n; j++) {
            expected[j] = v[0] * e[j * k] + v[1] * e[j * k + 1] + (j + 1);
        }
        for (String tail : List.of("\\quad j \\in (1, \\ldots, n)", "\\quad j \\in \\{1, \\dots, n\\}",
                "\\quad \\text{for } j \\in [1, n]")) {
            PaperReadings.assertComputes("Tail", "e \\in \\mathbb{R}^{n \\times k}, v \\in \\mathbb{R}^{k}\n"
                    + "u_j = v^\\top e_j + j " + tail, "u", Map.of("e", e, "v", v),
                    Map.of("e", new int[] {n, k}, "v", new int[] {k}), expected, List.of());
        }
    }

    @Test
    void aSuperscriptLetterTheBodyIndexesWithIsTheFirstIndex() throws Exception {
        // Pointer networks, Eq. 3: u^i_j = v^T \tanh(W_1 e_j + W_2 d_i) is u_{ij}, one row per decoder step i; the
        // conditional probability on the next line (whose arguments print C_{i-1}) makes no time step of i.
        int n = 3;
        int m = 2;
        int k = 2;
        double[] e = PaperReadings.seq(n * k, 1, 0.2);
        double[] d = PaperReadings.seq(m * k, 1, 1.1);
        double[] v = PaperReadings.seq(k, 1, 0.7);
        double[] expected = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                for (int c = 0; c < k; c++) {
                    expected[i * n + j] += v[c] * Math.tanh(e[j * k + c] + d[i * k + c]);
                }
            }
        }
        String program = "e \\in \\mathbb{R}^{n \\times k}, d \\in \\mathbb{R}^{m \\times k}, v \\in \\mathbb{R}^{k}\n"
                + "u^i_j = v^T \\tanh(e_j + d_i)\n";
        Map<String, double[]> inputs = Map.of("e", e, "d", d, "v", v);
        Map<String, int[]> shapes = Map.of("e", new int[] {n, k}, "d", new int[] {m, k}, "v", new int[] {k});
        PaperReadings.assertComputes("Pointer", program, "u", inputs, shapes, expected, List.of(Code.W0280));
        PaperReadings.assertComputes("Pointer", program + "q(C_i | C_1, \\ldots, C_{i-1}) = 2\n", "u", inputs, shapes,
                expected, List.of(Code.W0280));
    }

    @Test
    void normsSideBySideWithCdotAreTwoNorms() throws Exception {
        // NTM's K[u, v] = \frac{u \cdot v}{\|u\| \cdot \|v\|}: read as the norm of `u \| \cdot \| v`, E0102 before.
        double[] u = {1, 2, 2};
        double[] v = {0, 3, 4};
        double cos = (1 * 0 + 2 * 3 + 2 * 4) / (3.0 * 5.0);
        PaperReadings.assertComputes("Cosine", "u, v \\in \\mathbb{R}^{d}\n"
                        + "K = \\frac{u^\\top v}{\\|u\\| \\cdot \\|v\\|}", "K", Map.of("u", u, "v", v),
                Map.of("u", new int[] {3}, "v", new int[] {3}), new double[] {cos}, List.of());
        PaperReadings.assertComputes("Abs", "a, b \\in \\mathbb{R}\ny = |a| \\cdot |b|", "y",
                Map.of("a", new double[] {-2}, "b", new double[] {3}), Map.of("a", new int[0], "b", new int[0]),
                new double[] {6}, List.of());
    }

    @Test
    void aValueOfSizesAloneTakesTheSizesItUses() throws Exception {
        // Sigmoid attention's bias b = -\log(n) beside Q, K \in \mathbb{R}^{n \times d}: E0110 before.
        int n = 3;
        int d = 2;
        double[] q = PaperReadings.seq(n * d, 1, 0.3);
        double[] kk = PaperReadings.seq(n * d, 1, 1.3);
        double[] expected = scores(q, kk, n, d);
        for (int ij = 0; ij < n * n; ij++) {
            expected[ij] = 1 / (1 + Math.exp(-(expected[ij] - Math.log(n))));
        }
        PaperReadings.assertComputes("SigmoidBias", "Q, K \\in \\mathbb{R}^{n \\times d}\nb = -\\log(n)\n"
                        + "S = \\sigma(QK^T / \\sqrt{d} + b)", "S", Map.of("Q", q, "K", kk),
                Map.of("Q", new int[] {n, d}, "K", new int[] {n, d}), expected, List.of(Code.W0195));
    }

    @Test
    void squareBracketsAroundOneCircProductAreE0280() {
        // Transformer-XL's [SG(h_\tau) \circ h_{\tau+1}] concatenates along the length; it was a silent product.
        PaperReadings.assertRejected("a, b \\in \\mathbb{R}^{L \\times d}\nc = \\left[a \\circ b\\right]\n", Code.E0280);
    }

    @Test
    void anIndexReadOnlyOneStepBackRunsWhereTheReadStaysInside() throws Exception {
        // Bahdanau et al., e_{ij} = a(s_{i-1}, h_j) with s_0 … s_{T-1} the rows of s: i = 1 … T, each row read once.
        // Before, i counted from 0 and the first row of e read s_{-1} = 0 (a warned, wrong value).
        int t = 3;
        int m = 2;
        int n = 2;
        double[] s = PaperReadings.seq(t * n, 1, 0.4);
        double[] h = PaperReadings.seq(m * n, 1, 2.1);
        double[] expected = new double[t * m];
        for (int r = 0; r < t; r++) {
            for (int j = 0; j < m; j++) {
                expected[r * m + j] = s[r * n] * h[j * n] + s[r * n + 1] * h[j * n + 1];
            }
        }
        PaperReadings.assertComputes("Shifted", "s \\in \\mathbb{R}^{T \\times n}, h \\in \\mathbb{R}^{m \\times n}\n"
                        + "e_{ij} = s_{i-1}^\\top h_j", "e", Map.of("s", s, "h", h),
                Map.of("s", new int[] {t, n}, "h", new int[] {m, n}), expected, List.of(Code.W0170));
    }
    @Test
    void aSoftmaxOverTheIndexOfACutSumNormalisesOverTheKeptTerms() throws Exception {
        // DeepSeek-V2, Eq. 7: o_t = \sum_{j=1}^{t} \mathrm{Softmax}_j(…) v_j, causal attention. The softmax was taken
        // over every j and only j <= t summed (weights not summing to 1, silently); now over j = 1 … t (W0340).
        int n = 3;
        double[] e = PaperReadings.seq(n * n, 0.7, -0.9);
        double[] v = {1.5, -2.0, 0.5};
        double[] expected = new double[n];
        for (int t = 0; t < n; t++) {
            double den = 0;
            for (int k = 0; k <= t; k++) {
                den += Math.exp(e[t * n + k]);
            }
            for (int j = 0; j <= t; j++) {
                expected[t] += Math.exp(e[t * n + j]) / den * v[j];
            }
        }
        PaperReadings.assertComputes("CausalSoftmax", "e \\in \\mathbb{R}^{n \\times n}, v \\in \\mathbb{R}^{n}\n"
                        + "o_t = \\sum_{j=1}^{t} \\operatorname{Softmax}_j(e_{tj}) v_j", "o", Map.of("e", e, "v", v),
                Map.of("e", new int[] {n, n}, "v", new int[] {n}), expected, List.of(Code.W0140, Code.W0340));
    }

    @Test
    void aMeanOverTheIndexOfASumLeavingOneOutCountsTheKeptTerms() throws Exception {
        // x_i - \sum_{j \ne i} (x_j - \mathrm{mean}_j(x_j))^2: the mean inside is over the same j \ne i (W0340).
        double[] x = {1.0, 4.0, -2.0, 0.5};
        double[] expected = new double[4];
        for (int i = 0; i < 4; i++) {
            expected[i] = x[i];
            double m = 0;
            for (int k = 0; k < 4; k++) {
                m += k != i ? x[k] / 3 : 0;
            }
            for (int j = 0; j < 4; j++) {
                expected[i] -= j != i ? (x[j] - m) * (x[j] - m) : 0;
            }
        }
        PaperReadings.assertComputes("LeaveOneOutMean", "x \\in \\mathbb{R}^{n}\ns_i = x_i - \\sum_{j \\ne i} (x_j -"
                        + " \\mathrm{mean}_j(x_j))^2", "s", Map.of("x", x), Map.of("x", new int[] {4}), expected,
                List.of(Code.W0340));
    }

    @Test
    void softmaxWithSquareBracketsIsACall() throws Exception {
        // ViT-22B: \text{softmax}\left[\frac{1}{\sqrt{d}} Q K^T\right] (was E0104: softmax needs an argument)
        int n = 2;
        int d = 3;
        double[] q = PaperReadings.seq(n * d, 1.1, 0.3);
        double[] k = PaperReadings.seq(n * d, 0.8, 1.7);
        double[] expected = scores(q, k, n, d);
        for (int i = 0; i < n; i++) {
            double den = 0;
            for (int j = 0; j < n; j++) {
                den += Math.exp(expected[i * n + j]);
            }
            for (int j = 0; j < n; j++) {
                expected[i * n + j] = Math.exp(expected[i * n + j]) / den;
            }
        }
        PaperReadings.assertComputes("BracketSoftmax", "Q, K \\in \\mathbb{R}^{n \\times d}\n"
                        + "A = \\text{softmax}\\left[\\frac{1}{\\sqrt{d}} Q K^T\\right]", "A", Map.of("Q", q, "K", k),
                Map.of("Q", new int[] {n, d}, "K", new int[] {n, d}), expected, List.of());
    }

    @Test
    void rowsOfCapitalMatricesMultiplyToTheirDotProduct() throws Exception {
        // Transformer-XL's and cosFormer's Q_i K_j^\top: rows of Q and K, a number per (i, j); was the d x d outer
        // product per (i, j), an [n, n, d, d] result, silently (fresh c1022)
        int n = 3;
        int d = 2;
        double[] q = PaperReadings.seq(n * d, 1.2, 0.5);
        double[] k = PaperReadings.seq(n * d, 0.9, 2.1);
        Map<String, double[]> inputs = Map.of("Q", q, "K", k);
        Map<String, int[]> shapes = Map.of("Q", new int[] {n, d}, "K", new int[] {n, d});
        for (String scores : List.of("\\frac{Q_i K_j^\\top}{\\sqrt{d}}", "\\frac{Q_i K^{\\top}_j}{\\sqrt{d}}")) {
            PaperReadings.assertComputes("RowScores", "Q, K \\in \\mathbb{R}^{n \\times d}\ns_{ij} = " + scores + "\n",
                    "s", inputs, shapes, scores(q, k, n, d), List.of(Code.W0413));
        }
    }

    @Test
    void rowsAtTwoIndicesOfLowerCaseMatricesMultiplyToTheirDotProduct() throws Exception {
        // Weng's "The Transformer Family": a_{ij} = softmax(q_i {k_j}^T / sqrt(d_k)) with q, k declared N x d_k; was
        // an [N, N, d_k, d_k] tensor of outer products, silently.
        int n = 3;
        int d = 2;
        double[] q = PaperReadings.seq(n * d, 1.2, 0.5);
        double[] k = PaperReadings.seq(n * d, 0.9, 2.1);
        PaperReadings.assertComputes("LowerRows", "\\mathbf{q}, \\mathbf{k} \\in \\mathbb{R}^{n \\times d}\n"
                        + "s_{ij} = \\frac{\\mathbf{q}_i {\\mathbf{k}_j}^\\top}{\\sqrt{d}}", "s",
                Map.of("\\mathbf{q}", q, "\\mathbf{k}", k), Map.of("\\mathbf{q}", new int[] {n, d}, "\\mathbf{k}", new int[] {n, d}),
                scores(q, k, n, d), List.of(Code.W0413));
    }

    /** The scaled scores {@code QK^T / \\sqrt{d}} of n rows of width d, row-major [n, n]. */
    private static double[] scores(double[] q, double[] k, int n, int d) {
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int c = 0; c < d; c++) {
                    out[i * n + j] += q[i * d + c] * k[j * d + c] / Math.sqrt(d);
                }
            }
        }
        return out;
    }
}
