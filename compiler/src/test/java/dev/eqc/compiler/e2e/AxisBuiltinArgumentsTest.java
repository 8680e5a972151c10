package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An undeclared name given to a built-in that works along an axis (softmax, LayerNorm, mean, …) is not assumed a
 * number, which the built-in rejects: {@code \mathrm{softmax}(z)} makes {@code z} a vector, and
 * {@code \mathop{LN}(c_t)} makes each {@code c_t} a row of a matrix (the LSTM's cell state at step t).
 */
class AxisBuiltinArgumentsTest {

    @Test
    void anUndeclaredNameGivenToSoftmaxIsAVector() throws Exception {
        // Before: z was assumed a scalar and softmax(z) stopped with E0303 "needs a vector, got a scalar".
        double[] z = {1, 2, 0.5};
        double total = Math.exp(1) + Math.exp(2) + Math.exp(0.5);
        PaperReadings.assertComputes("Softmax", "p = \\mathrm{softmax}(z)", "p", Map.of("z", z),
                Map.of("z", new int[] {3}),
                new double[] {Math.exp(1) / total, Math.exp(2) / total, Math.exp(0.5) / total}, List.of(Code.W0101));
    }

    @Test
    void anUndeclaredNameGivenToAStatisticIsAVectorButANormStillTakesANumber() throws Exception {
        double[] x = {1, 2, 6};
        PaperReadings.assertComputes("Mean", "m = \\mathrm{mean}(x) + \\|y\\|", "m",
                Map.of("x", x, "y", new double[] {-2}), Map.of("x", new int[] {3}, "y", new int[] {}),
                new double[] {3 + 2}, List.of(Code.W0101));
    }

    @Test
    void anIndexedUseGivenToLayerNormIsARow() throws Exception {
        // h_t = o_t ⊙ tanh(LN(c_t)) (labml's LSTM with layer norm): c is [T, d]; each c_t a row, normalised.
        double[] c = {1, 2, 3, -1, 0, 4};
        double[] o = {0.5, 2};
        double[] expected = new double[6];
        for (int t = 0; t < 2; t++) {
            double mean = 0;
            for (int j = 0; j < 3; j++) {
                mean += c[3 * t + j] / 3;
            }
            double var = 0;
            for (int j = 0; j < 3; j++) {
                var += (c[3 * t + j] - mean) * (c[3 * t + j] - mean) / 3;
            }
            for (int j = 0; j < 3; j++) {
                expected[3 * t + j] = o[t] * Math.tanh((c[3 * t + j] - mean) / Math.sqrt(var + 1e-5));
            }
        }
        PaperReadings.assertComputes("LstmNorm", "h_t = o_t \\odot \\tanh(\\mathop{LN}(c_t))", "h",
                Map.of("c", c, "o", o), Map.of("c", new int[] {2, 3}, "o", new int[] {2}), expected,
                List.of(Code.W0101));
    }

    @Test
    void transposedRowsMakeADotProduct() throws Exception {
        // q_i^T k_j with q, k undeclared: each q_i and k_j a row, so s is Q K^T (before: q_i k_j, two numbers).
        double[] q = {1, 2, 3, -1, 0, 2};
        double[] k = {0.5, 1, -1, 2, 0, 1};
        double[] expected = new double[4];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                for (int c = 0; c < 3; c++) {
                    expected[2 * i + j] += q[3 * i + c] * k[3 * j + c];
                }
            }
        }
        PaperReadings.assertComputes("Scores", "s_{ij} = q_i^\\top k_j", "s", Map.of("q", q, "k", k),
                Map.of("q", new int[] {2, 3}, "k", new int[] {2, 3}), expected, List.of(Code.W0101));
    }

    @Test
    void whatADeclaredMatrixMultipliesIsAVector() throws Exception {
        double[] w = {1, 2, 3, 4, 5, 6};
        double[] x = {1, -1, 2};
        PaperReadings.assertComputes("MatVec", "W \\in \\mathbb{R}^{m \\times n}\ny = W x", "y",
                Map.of("W", w, "x", x), Map.of("W", new int[] {2, 3}, "x", new int[] {3}),
                new double[] {1 - 2 + 6, 4 - 5 + 12}, List.of(Code.W0101));
    }

    @Test
    void concatenatedRowsAndATransposedWeightScoreEveryPair() throws Exception {
        // GAT's e_ij = LeakyReLU(a^T [g_i || g_j]): g is [N, d], a is [2d]; e is N x N.
        double[] g = {1, 2, -1, 0.5, 0, 3};
        double[] a = {0.5, -1, 2, 1};
        double[] expected = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double e = a[0] * g[2 * i] + a[1] * g[2 * i + 1] + a[2] * g[2 * j] + a[3] * g[2 * j + 1];
                expected[3 * i + j] = e > 0 ? e : 0.01 * e;
            }
        }
        PaperReadings.assertComputes("Gat", "e_{ij} = \\text{LeakyReLU} \\Big( \\mathbf{a}^\\top \\Big[ "
                        + "\\overrightarrow{g_i} \\Vert \\overrightarrow{g_j} \\Big] \\Big)", "e",
                Map.of("\\mathbf{a}", a, "\\overrightarrow{g}", g),
                Map.of("\\mathbf{a}", new int[] {4}, "\\overrightarrow{g}", new int[] {3, 2}), expected,
                List.of(Code.W0101));
    }

    @Test
    void theBiasOfAMatrixVectorProductIsAVector() throws Exception {
        // h = tanh(W x + b): before, b was a number broadcast over W x.
        double[] w = {1, 2, 3, 4, 5, 6};
        double[] x = {0.5, -1, 0.25};
        double[] b = {0.1, -0.2};
        double[] expected = new double[2];
        for (int i = 0; i < 2; i++) {
            double z = b[i];
            for (int j = 0; j < 3; j++) {
                z += w[3 * i + j] * x[j];
            }
            expected[i] = Math.tanh(z);
        }
        PaperReadings.assertComputes("Dense", "W \\in \\mathbb{R}^{m \\times n}\nh = \\tanh(W x + b)", "h",
                Map.of("W", w, "x", x, "b", b), Map.of("W", new int[] {2, 3}, "x", new int[] {3}, "b", new int[] {2}),
                expected, List.of(Code.W0101));
    }

    @Test
    void theBiasesOfRowTimesMatrixProductsAreVectors() throws Exception {
        // Vaswani et al.'s FFN(x) = max(0, x W_1 + b_1) W_2 + b_2 with the biases undeclared: before, both were
        // numbers added to every element.
        double[] x = {0.5, -1, 0.25};
        double[] w1 = {1, -2, 0.5, 3, -1, 2};   // 3 x 2
        double[] b1 = {0.1, -0.2};
        double[] w2 = {2, -1, 0.5, 1, 1.5, -0.5};   // 2 x 3
        double[] b2 = {0.3, 0, -0.1};
        double[] h = new double[2];
        for (int j = 0; j < 2; j++) {
            double z = b1[j];
            for (int i = 0; i < 3; i++) {
                z += x[i] * w1[2 * i + j];
            }
            h[j] = Math.max(0, z);
        }
        double[] expected = new double[3];
        for (int k = 0; k < 3; k++) {
            expected[k] = b2[k];
            for (int j = 0; j < 2; j++) {
                expected[k] += h[j] * w2[3 * j + k];
            }
        }
        PaperReadings.assertComputes("Ffn", "x \\in \\mathbb{R}^{d}, W_1 \\in \\mathbb{R}^{d \\times f}, "
                        + "W_2 \\in \\mathbb{R}^{f \\times d}\n\\mathrm{FFN}(x) = \\max(0, x W_1 + b_1) W_2 + b_2",
                "\\mathrm{FFN}", Map.of("x", x, "W_1", w1, "b_1", b1, "W_2", w2, "b_2", b2),
                Map.of("x", new int[] {3}, "W_1", new int[] {3, 2}, "b_1", new int[] {2}, "W_2", new int[] {2, 3},
                        "b_2", new int[] {3}),
                expected, List.of(Code.W0101));
    }
}
