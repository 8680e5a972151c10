package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Broadcasting as papers leave it implicit (docs/LANGUAGE.md, "Broadcasting"): {@code *} between tensors is
 * element-wise (PyTorch's documentation), an operand whose axes match exactly one run of the other's leading axes
 * is aligned there (a per-(n, c) statistic over an N×C×H×W batch, a W×H mask over W×H×C), and bars around vectors
 * in a sum that is a number are norms. Expected values are plain loops over the inputs.
 */
class BroadcastReadingsTest {
    private static final double[] X6 = {0.5, -1.0, 2.0, 0.25, -0.75, 1.5};

    @Test
    void starBetweenAVectorAndAMatrixIsElementWiseOnTheLastAxis() throws Exception {
        // DyT as printed: \gamma * \tanh(\alpha x) + \beta, x [N=2, C=3], gamma and beta [C]
        double[] g = {2.0, -1.0, 0.5};
        double[] b = {0.1, 0.2, 0.3};
        double alpha = 0.8;
        double[] expected = new double[6];
        for (int n = 0; n < 2; n++) {
            for (int c = 0; c < 3; c++) {
                expected[n * 3 + c] = g[c] * Math.tanh(alpha * X6[n * 3 + c]) + b[c];
            }
        }
        PaperReadings.assertComputes("Dyt", "x \\in \\mathbb{R}^{N \\times C}, \\gamma, \\beta \\in \\mathbb{R}^{C},"
                        + " \\alpha \\in \\mathbb{R}\n\ny = \\gamma * \\tanh(\\alpha x) + \\beta\n", "y",
                Map.of("x", X6, "\\gamma", g, "\\beta", b, "\\alpha", new double[] {alpha}),
                Map.of("x", new int[] {2, 3}, "\\gamma", new int[] {3}, "\\beta", new int[] {3}, "\\alpha", new int[0]),
                expected, List.of(Code.W0102));
    }

    @Test
    void starAfterAMatrixWhoseColumnsMatchIsNotAMatrixVectorProduct() throws Exception {
        // LayerNorm as PyTorch prints it ends in `* \gamma + \beta`: [b, d] * [d] scales columns (was x \gamma, a
        // matrix-vector product of shape [b], then an error adding \beta)
        double[] g = {2.0, -1.0, 0.5};
        double[] expected = new double[6];
        for (int i = 0; i < 6; i++) {
            expected[i] = X6[i] * g[i % 3];
        }
        PaperReadings.assertComputes("StarRow", "x \\in \\mathbb{R}^{b \\times d}, \\gamma \\in \\mathbb{R}^{d}\n\n"
                        + "y = x * \\gamma\n", "y", Map.of("x", X6, "\\gamma", g),
                Map.of("x", new int[] {2, 3}, "\\gamma", new int[] {3}), expected, List.of(Code.W0102));
    }

    private static double[] nchw() {
        double[] x = new double[2 * 3 * 2 * 2];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(1.3 * i + 0.2);
        }
        return x;
    }

    @Test
    void aPerChannelStatisticBesideAnNchwBatchAlignsOnTheLeadingAxes() throws Exception {
        // AdaIN: \sigma(y) (x - \mu(x)) / \sigma(x) + \mu(y) with the statistics [N, C] and x [N, C, H, W]
        double[] x = nchw();
        double[] s = {1.0, 2.0, -1.0, 0.5, 3.0, -2.0};
        double[] t = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
        double[] expected = new double[x.length];
        for (int nc = 0; nc < 6; nc++) {
            for (int hw = 0; hw < 4; hw++) {
                expected[nc * 4 + hw] = s[nc] * x[nc * 4 + hw] + t[nc];
            }
        }
        PaperReadings.assertComputes("Adain", "x \\in \\mathbb{R}^{N \\times C \\times H \\times W}, s, t \\in"
                        + " \\mathbb{R}^{N \\times C}\n\ny = s \\left(\\frac{x}{1}\\right) + t\n", "y",
                Map.of("x", x, "s", s, "t", t),
                Map.of("x", new int[] {2, 3, 2, 2}, "s", new int[] {2, 3}, "t", new int[] {2, 3}),
                expected, List.of(Code.W0102));
    }

    @Test
    void aGainPerChannelAlignsWithTheChannelAxisOfNchw() throws Exception {
        // batch norm's \gamma_c \hat{x}_{nchw} written whole: [C] beside [N, C, H, W] matches axis 1 only
        double[] x = nchw();
        double[] g = {2.0, -1.0, 0.5};
        double[] expected = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            expected[i] = g[(i / 4) % 3] * x[i];
        }
        PaperReadings.assertComputes("Channel", "x \\in \\mathbb{R}^{N \\times C \\times H \\times W}, \\gamma \\in"
                        + " \\mathbb{R}^{C}\n\ny = \\gamma \\odot x\n", "y", Map.of("x", x, "\\gamma", g),
                Map.of("x", new int[] {2, 3, 2, 2}, "\\gamma", new int[] {3}), expected, List.of(Code.W0102));
    }

    @Test
    void aMaskOverTheFirstAxesSelectsWholePixels() throws Exception {
        // CutMix: M [W, H] \odot x [W, H, C]
        double[] x = new double[2 * 3 * 2];
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 1;
        }
        double[] m = {1, 0, 1, 0, 0, 1};
        double[] expected = new double[x.length];
        for (int wh = 0; wh < 6; wh++) {
            for (int c = 0; c < 2; c++) {
                expected[wh * 2 + c] = m[wh] * x[wh * 2 + c];
            }
        }
        PaperReadings.assertComputes("Mask", "x \\in \\mathbb{R}^{W \\times H \\times C}, M \\in \\mathbb{R}^{W \\times"
                        + " H}\n\ny = M \\odot x\n", "y", Map.of("x", x, "M", m),
                Map.of("x", new int[] {2, 3, 2}, "M", new int[] {2, 3}), expected, List.of(Code.W0102));
    }

    @Test
    void twoRunsThatFitAreNotGuessedBetween() {
        // [n] beside [n, n, m]: axis 0 or axis 1? neither is told
        PaperReadings.assertRejected("v \\in \\mathbb{R}^{n}, x \\in \\mathbb{R}^{n \\times n \\times m}\n\n"
                + "y = v \\odot x\n", Code.E0302);
    }

    @Test
    void barsAroundVectorsOfDifferentLengthsInALossAreNorms() throws Exception {
        // the elastic net: |y - X\beta|^2 + \lambda |\beta|^2, y [3], X [3, 2], \beta [2]
        double[] y = {1.0, -2.0, 0.5};
        double[] xm = {1.0, 2.0, -1.0, 0.5, 3.0, 1.0};
        double[] beta = {0.3, -0.7};
        double lambda = 0.25;
        double loss = 0;
        for (int i = 0; i < 3; i++) {
            double r = y[i] - (xm[i * 2] * beta[0] + xm[i * 2 + 1] * beta[1]);
            loss += r * r;
        }
        loss += lambda * (beta[0] * beta[0] + beta[1] * beta[1]);
        PaperReadings.assertComputes("Enet", "y \\in \\mathbb{R}^{n}, X \\in \\mathbb{R}^{n \\times p}, \\beta \\in"
                        + " \\mathbb{R}^{p}, \\lambda \\in \\mathbb{R}\n\nL = |y - X\\beta|^2 + \\lambda |\\beta|^2\n", "L",
                Map.of("y", y, "X", xm, "\\beta", beta, "\\lambda", new double[] {lambda}),
                Map.of("y", new int[] {3}, "X", new int[] {3, 2}, "\\beta", new int[] {2}, "\\lambda", new int[0]),
                new double[] {loss}, List.of(Code.W0102));
    }

    @Test
    void barsBesideANormAreANorm() throws Exception {
        double[] beta = {0.3, -0.7, 2.0};
        double expected = 0.5 * (0.09 + 0.49 + 4.0) + 0.25 * (0.3 + 0.7 + 2.0);
        PaperReadings.assertComputes("Penalty", "\\beta \\in \\mathbb{R}^{p}\n\nP = 0.5 |\\beta|^2 + 0.25"
                        + " |\\beta|_1\n", "P", Map.of("\\beta", beta), Map.of("\\beta", new int[] {3}),
                new double[] {expected}, List.of(Code.W0102));
    }

    @Test
    void barsAroundAVectorAloneStayAbsoluteValues() throws Exception {
        double[] beta = {0.3, -0.7, 2.0};
        PaperReadings.assertComputes("Abs", "\\beta \\in \\mathbb{R}^{p}\n\nq = |\\beta|^2\n", "q",
                Map.of("\\beta", beta), Map.of("\\beta", new int[] {3}),
                new double[] {0.09, 0.49, 4.0}, List.of());
    }

    @Test
    void barsUnderADotProductAreTheLengthsOfACosine() throws Exception {
        // cosine normalisation (Luo et al. 2018) as printed: \frac{\vec{w} \cdot \vec{x}}{|\vec{w}||\vec{x}|}
        // (was a vector: the dot product over the element-wise |w_i| |x_i|, exit code 0)
        double[] w = {0.5, -1.0, 2.0};
        double[] x = {1.5, 0.25, -0.5};
        double dot = 0;
        double nw = 0;
        double nx = 0;
        for (int i = 0; i < 3; i++) {
            dot += w[i] * x[i];
            nw += w[i] * w[i];
            nx += x[i] * x[i];
        }
        PaperReadings.assertComputes("Cosine", "\\vec{w}, \\vec{x} \\in \\mathbb{R}^{d}\n\nc = \\frac{\\vec{w} \\cdot"
                        + " \\vec{x}}{|\\vec{w}||\\vec{x}|}\n", "c", Map.of("\\vec{w}", w, "\\vec{x}", x),
                Map.of("\\vec{w}", new int[] {3}, "\\vec{x}", new int[] {3}),
                new double[] {dot / Math.sqrt(nw * nx)}, List.of(Code.W0102));
    }

    @Test
    void barsUnderANumberThatReadsNoVectorStayAbsoluteValues() throws Exception {
        double[] x = {0.5, -2.0, 4.0};
        PaperReadings.assertComputes("Recip", "x \\in \\mathbb{R}^{d}\n\nr = \\frac{1}{|x|}\n", "r",
                Map.of("x", x), Map.of("x", new int[] {3}), new double[] {2.0, 0.5, 0.25}, List.of());
    }

    @Test
    void aSumWithNoIndexAddsTheEntriesOfAVector() throws Exception {
        double[] v = {0.5, -1.0, 2.0};
        PaperReadings.assertComputes("Bare", "v \\in \\mathbb{R}^{d}\n\ns = \\sum \\left( v^2 - 1 \\right)\n", "s",
                Map.of("v", v), Map.of("v", new int[] {3}), new double[] {0.25 + 1 + 4 - 3}, List.of());
    }

    @Test
    void aSumWithNoIndexOverAMatrixIsRejected() {
        PaperReadings.assertRejected("A \\in \\mathbb{R}^{n \\times m}\n\ns = \\sum A\n", Code.E0103);
    }

    @Test
    void aLimitThatAddsToARunTimeNumberCutsTheProductAtRunTime() throws Exception {
        // NAdam's \prod_{i=1}^{t+1} \mu_i with t \in \mathbb{N} an input (was E0304: not a size)
        PaperReadings.assertComputes("Cut", "\\mu \\in \\mathbb{R}^{T}, t \\in \\mathbb{N}\n\np = \\prod_{i=1}^{t+1}"
                        + " \\mu_i\n", "p", Map.of("\\mu", new double[] {0.5, 0.8, 0.9, 0.7}, "t", new double[] {2}),
                Map.of("\\mu", new int[] {4}, "t", new int[0]), new double[] {0.5 * 0.8 * 0.9}, List.of(Code.W0141));
    }

    @Test
    void aRangeEndingAtADeclaredIntegerIsSizedByItsValue() throws Exception {
        // KERPLE's m, n = 1, \dots, L with L \in \mathbb{N}: the run-time integer sizes the result (was E0110)
        double r = 0.5;
        double[] expected = new double[9];
        for (int m = 0; m < 3; m++) {
            for (int n = 0; n < 3; n++) {
                expected[m * 3 + n] = -r * Math.abs(m - n);
            }
        }
        PaperReadings.assertComputes("Kerple", "r \\in \\mathbb{R}, L \\in \\mathbb{N}\n\nb_{mn} = -r |m - n| \\quad"
                        + " m, n = 1, \\dots, L\n", "b", Map.of("r", new double[] {r}, "L", new double[] {3}),
                Map.of("r", new int[0], "L", new int[0]), expected, List.of());
    }

    @Test
    void aRangeEndingAtARealNumberIsRejectedByName() {
        // a real number given at run time cannot size a result: E0110 names L (was a generated name, `limit`)
        PaperReadings.assertRejected("r, L \\in \\mathbb{R}\n\nb_{mn} = -r |m - n| \\quad m, n = 1,"
                + " \\dots, L\n", Code.E0110);
    }

    @Test
    void aNormThenASignedTermIsASumNotAConcatenation() throws Exception {
        // LARS: \|w\| / (\|g\| + \beta \|w\|) was parsed \|g \| (+\beta) \| w\|, a concatenation
        double[] w = {3.0, 4.0};
        double[] g = {0.6, 0.8};
        double beta = 0.5;
        PaperReadings.assertComputes("Lars", "w, g \\in \\mathbb{R}^{d}, \\beta \\in \\mathbb{R}\n\n\\lambda ="
                        + " \\frac{\\|w\\|}{\\|g\\| + \\beta \\|w\\|} - \\|g\\| - \\beta \\|w\\|\n", "\\lambda",
                Map.of("w", w, "g", g, "\\beta", new double[] {beta}),
                Map.of("w", new int[] {2}, "g", new int[] {2}, "\\beta", new int[0]),
                new double[] {5.0 / (1.0 + beta * 5.0) - 1.0 - beta * 5.0}, List.of());
    }

    @Test
    void aDiagonalTimesAStackOfRowsScalesEachRow() throws Exception {
        // CaiT's LayerScale diag(\lambda_l) \times s_l with s_l the N x d tokens: each row's channels scaled
        // (was E0301: inner sizes d and N differ)
        double[] lambda = {0.5, -2.0, 3.0};
        double[] s = {1, 2, 3, 4, 5, 6};
        double[] x = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
        double[] expected = new double[6];
        for (int n = 0; n < 2; n++) {
            for (int c = 0; c < 3; c++) {
                expected[n * 3 + c] = x[n * 3 + c] + lambda[c] * s[n * 3 + c];
            }
        }
        PaperReadings.assertComputes("LayerScale", "x, s \\in \\mathbb{R}^{N \\times d}, \\lambda \\in \\mathbb{R}^{d}"
                        + "\n\ny = x + \\mathrm{diag}(\\lambda) \\times s\n", "y",
                Map.of("x", x, "s", s, "\\lambda", lambda), Map.of("x", new int[] {2, 3}, "s", new int[] {2, 3},
                        "\\lambda", new int[] {3}), expected, List.of(Code.W0102));
    }

    @Test
    void aDiagonalOfListedEntriesIsTheDiagonalOfTheVector() throws Exception {
        // CaiT's diag(\lambda_{l,1}, \dots, \lambda_{l,d}) with \lambda \in \mathbb{R}^{d}: the layer label l is
        // no index of the definition (was E0104: diag takes 1 argument, got 3)
        double[] lambda = {0.5, -2.0, 3.0};
        double[] v = {1, 2, 3};
        double[] x = {0.1, 0.2, 0.3};
        double[] expected = new double[3];
        for (int c = 0; c < 3; c++) {
            expected[c] = x[c] + lambda[c] * v[c];
        }
        PaperReadings.assertComputes("Listed", "x_l, v \\in \\mathbb{R}^{d}, \\lambda \\in \\mathbb{R}^{d}\n\nx'_l = x_l"
                        + " + \\mathrm{diag}(\\lambda_{l,1}, \\dots, \\lambda_{l,d}) \\times v\n", "x'_l",
                Map.of("x_l", x, "v", v, "\\lambda", lambda), Map.of("x_l", new int[] {3}, "v", new int[] {3},
                        "\\lambda", new int[] {3}), expected, List.of(Code.W0102));
    }

    @Test
    void aDiagonalOfTheListedEntriesOfADefinedVectorIsItsDiagonal() throws Exception {
        // von Luxburg's degree matrix D = diag(d_1, \dots, d_n) with d_i = \sum_j w_{ij} (was E0104)
        double[] w = {1, 2, 3, 4};
        PaperReadings.assertComputes("Degrees", "W \\in \\mathbb{R}^{n \\times n}\n\nd_i = \\sum_{j=1}^{n} W_{ij}\n"
                        + "D = \\mathrm{diag}(d_1, \\dots, d_n)\n", "D", Map.of("W", w), Map.of("W", new int[] {2, 2}),
                new double[] {3, 0, 0, 7}, List.of(Code.W0102));
    }

    @Test
    void aDiagonalOfListedEntriesOfADefinedVectorChecksTheListedLength() {
        // d has m entries; the list says n: the asserted square shape catches it
        PaperReadings.assertRejected("W \\in \\mathbb{R}^{m \\times m}, V \\in \\mathbb{R}^{n \\times n}\n\n"
                + "d_i = \\sum_{j=1}^{m} W_{ij}\nD = \\mathrm{diag}(d_1, \\dots, d_n)\n", Code.E0304);
    }
    @Test
    void aListOfTheEntriesOfADefinedVectorIsTheVector() throws Exception {
        // PyTorch's loss documentation: \ell(x, y) = L = \{l_1,\dots,l_N\}^\top, \quad l_n = … (was E0103: a list of
        // values is not an expression here)
        double[] x = {0.5, -1.0, 2.0};
        double[] w = {1.0, 2.0, 3.0};
        PaperReadings.assertComputes("Listed", "x, w \\in \\mathbb{R}^{N}\n\n\\ell(x) = L = \\{l_1,\\dots,l_N\\}^\\top,"
                        + " \\quad l_n = - w_n x_n^2\n", "\\ell", Map.of("x", x, "w", w),
                Map.of("x", new int[] {3}, "w", new int[] {3}), new double[] {-0.25, -2.0, -12.0},
                List.of(Code.W0102, Code.W0250));
    }

    @Test
    void aListOfSomeEntriesOfADefinedVectorIsNotTheVector() {
        // l has N entries, the list K: not read as l (the dotted list is the K entries, W0456, which l does not have)
        PaperReadings.assertRejected("x \\in \\mathbb{R}^{N}\n\n\\ell(x) = \\{l_1,\\dots,l_K\\}^\\top, \\quad"
                + " l_n = x_n^2\n", Code.E0304);
    }
    @Test
    void anUpdateThatGainsAxesFromABroadcastIsRefused() {
        // Ruder's Adagrad with G the d x d matrix: element-wise beside the vector g it made \theta a d x d matrix
        // (a warned wrong value, exit 0)
        PaperReadings.assertRejected("\\theta, g \\in \\mathbb{R}^{d}, G \\in \\mathbb{R}^{d \\times d}, \\eta \\in"
                + " \\mathbb{R}\n\n\\theta = \\theta - \\frac{\\eta}{\\sqrt{G}} \\odot g\n", Code.E0351);
        PaperReadings.assertRejected("\\theta_t, g_t \\in \\mathbb{R}^{d}, G_t \\in \\mathbb{R}^{d \\times d}, \\eta \\in"
                + " \\mathbb{R}\n\n\\theta_{t+1} = \\theta_t - \\frac{\\eta}{\\sqrt{G_t}} \\odot g_t\n", Code.E0351);
    }

    @Test
    void anUpdateThatKeepsItsShapeIsComputed() throws Exception {
        // the same step with the diagonal written: a vector, as the paper means
        PaperReadings.assertComputes("Adagrad", "\\theta_t, g_t \\in \\mathbb{R}^{d}, G_t \\in \\mathbb{R}^{d \\times d},"
                        + " \\eta \\in \\mathbb{R}\n\n\\theta_{t+1} = \\theta_t - \\frac{\\eta}{\\sqrt{\\mathrm{diag}(G_t)}}"
                        + " \\odot g_t\n", "\\theta_{t+1}",
                Map.of("\\theta_t", new double[] {1, 2}, "g_t", new double[] {4, 6}, "G_t", new double[] {4, 7, 7, 9},
                        "\\eta", new double[] {0.5}),
                Map.of("\\theta_t", new int[] {2}, "g_t", new int[] {2}, "G_t", new int[] {2, 2}, "\\eta", new int[0]),
                new double[] {1 - 0.5 / 2 * 4, 2 - 0.5 / 3 * 6}, List.of());
    }
}
