package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A sum written out with dots is the reduction it prints (W0424): word2vec's CBOW hidden layer
 * {@code \frac{1}{C}\mathbf{W}^T(\mathbf{x}_1 + \mathbf{x}_2 + \cdots + \mathbf{x}_C)} and the textbook linear model
 * {@code w_1 x_1 + \cdots + w_d x_d + b} were E0103 ({@code \cdots} not supported). Terms that do not count up by one
 * are no sum and stay rejected. Expected values are computed here with loops.
 */
class DottedSumsTest {
    @Test
    void cbowAveragesTheContextRows() throws Exception {
        int c = 3;
        int v = 4;
        int n = 2;
        double[] w = PaperReadings.seq(v * n, 0.3, -0.5);
        double[] x = PaperReadings.seq(c * v, 0.2, 0.1);
        double[] expected = new double[n];
        for (int j = 0; j < n; j++) {
            for (int r = 0; r < c; r++) {
                for (int k = 0; k < v; k++) {
                    expected[j] += w[k * n + j] * x[r * v + k] / c;
                }
            }
        }
        PaperReadings.assertComputes("Cbow", "\\mathbf{W} \\in \\mathbb{R}^{V \\times N}, \\mathbf{x} \\in"
                        + " \\mathbb{R}^{C \\times V}\n\\mathbf{h} = \\frac{1}{C}\\mathbf{W}^T(\\mathbf{x}_1 + \\mathbf{x}_2"
                        + " + \\cdots + \\mathbf{x}_C)", "\\mathbf{h}", Map.of("\\mathbf{W}", w, "\\mathbf{x}", x),
                Map.of("\\mathbf{W}", new int[] {v, n}, "\\mathbf{x}", new int[] {c, v}), expected,
                List.of(Code.W0424));
    }

    @Test
    void aMaxOrMinOfADottedRunIsTheReduction() throws Exception {
        // \max(x_1, \dots, x_n), \min(x_1, x_2, \ldots, x_n): before, E0104 (`max` takes 2 arguments, got 3).
        double[] x = {1, 5, -3, 4};
        PaperReadings.assertComputes("Max", "x \\in \\mathbb{R}^{n}\ns = \\max(x_1, \\dots, x_n)", "s",
                Map.of("x", x), Map.of("x", new int[] {4}), new double[] {5}, List.of(Code.W0424));
        PaperReadings.assertComputes("Min", "x \\in \\mathbb{R}^{n}\ns = \\min(x_1, x_2, \\ldots, x_{n}) + 1", "s",
                Map.of("x", x), Map.of("x", new int[] {4}), new double[] {-2}, List.of(Code.W0424));
        // JKNet's element-wise max over the layers' representations, each a row of a declared matrix
        double[] h = {1, 7, 2, 3, -1, 9};
        PaperReadings.assertComputes("Rows", "h \\in \\mathbb{R}^{k \\times d}\ng = \\max(h_1, \\dots, h_k)", "g",
                Map.of("h", h), Map.of("h", new int[] {3, 2}), new double[] {2, 9}, List.of(Code.W0424));
        // names given whole with the letter only in their label: every term the same value, refused as for a sum
        PaperReadings.assertRejected("h^{(i)} \\in \\mathbb{R}^{d}, x \\in \\mathbb{R}^{k}\n"
                + "g = \\max(h^{(1)}, \\dots, h^{(k)}) + \\sum_i x_i", Code.E0350);
    }

    @Test
    void theLinearModelKeepsTheTermAfterTheRun() throws Exception {
        double[] w = {1, -2, 0.5, 3};
        double[] x = {2, 1, -4, 0.25};
        double b = 0.7;
        double expected = b;
        for (int i = 0; i < 4; i++) {
            expected += w[i] * x[i];
        }
        PaperReadings.assertComputes("Linear", "w, x \\in \\mathbb{R}^{d}, b \\in \\mathbb{R}\n"
                        + "\\hat{y} = w_1  x_1 + \\cdots + w_d  x_d + b", "\\hat{y}",
                Map.of("w", w, "x", x, "b", new double[] {b}),
                Map.of("w", new int[] {4}, "x", new int[] {4}, "b", new int[] {}), new double[] {expected},
                List.of(Code.W0424));
    }

    @Test
    void aTermBeforeTheRunStaysOutsideIt() throws Exception {
        double[] x = {1, 2, 4, 8, 16};
        double[] y = {100, 200, 300, 400, 500};
        // y_2 + x_1 + x_2 + ... + x_n: y_2, then the sum from 1
        PaperReadings.assertComputes("Tail", "x, y \\in \\mathbb{R}^{n}\ns = y_2 + x_1 + x_2 + \\cdots + x_n", "s",
                Map.of("x", x, "y", y), Map.of("x", new int[] {5}, "y", new int[] {5}),
                new double[] {200 + 1 + 2 + 4 + 8 + 16}, List.of(Code.W0424, Code.W0140));
    }

    @Test
    void termsThatSkipAreNoSum() throws Exception {
        PaperReadings.assertRejected("x \\in \\mathbb{R}^{n}\ns = x_1 + x_3 + \\cdots + x_n", Code.E0103);
    }

    @Test
    void termsOfTwoPatternsAreNoSum() throws Exception {
        PaperReadings.assertRejected("x, y \\in \\mathbb{R}^{n}\ns = x_1 + \\cdots + y_n", Code.E0103);
    }
}
