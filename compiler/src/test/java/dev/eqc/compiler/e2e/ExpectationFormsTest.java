package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Expectations as generative-model papers print them: without brackets (Goodfellow's GAN tutorial), over a list of
 * draws (EDM, IWAE), over a distribution written with its variable (Song &amp; Ermon), of a single draw (W0321); and
 * the log of a mean written without parentheses (IWAE, W0322); norms of drawn rows (W0390) and their
 * transposed products (W0394).
 */
class ExpectationFormsTest {
    private static final int[] VEC = {4};
    private static final double[] D = {0.25, 0.5, 0.75, 0.125};

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    @Test
    void theLogOfAReciprocalBeforeASumIsTheLogOfTheMean() throws Exception {
        // IWAE, Burda et al. Eq. 8: \log \frac{1}{k} \sum_i w_i, not \log(1/k) times the sum.
        PaperReadings.assertComputes("LogMean", "w \\in \\mathbb{R}^{k}\nL = \\log \\frac{1}{k}\\sum_{i=1}^{k} w_i", "L",
                Map.of("w", D), Map.of("w", VEC), new double[] {Math.log(mean(D))}, List.of(Code.W0322));
    }

    @Test
    void anExpectationWithoutBracketsTakesTheFactorsAfterIt() throws Exception {
        // Goodfellow (2016), Eq. 13: J^{(G)} = -\frac{1}{2}\mathbb{E}_{z} \log D(G(z)), D(G(z)) given per sample.
        double[] logs = new double[4];
        for (int i = 0; i < 4; i++) {
            logs[i] = Math.log(D[i]);
        }
        PaperReadings.assertComputes("NonSaturating", "d \\in \\mathbb{R}^{m}\nJ = -\\frac{1}{2}\\mathbb{E}_{z \\sim p}\\log d",
                "J", Map.of("d", D), Map.of("d", VEC), new double[] {-0.5 * mean(logs)}, List.of(Code.W0132));
    }

    @Test
    void anExpectationOverAListOfDrawsIsTheMeanOverTheSamples() throws Exception {
        // EDM, Karras et al. Eq. 8: \mathbb{E}_{\sigma, y, n}[…].
        PaperReadings.assertComputes("Draws", "u \\in \\mathbb{R}^{m}\nL = \\mathbb{E}_{\\sigma, y, n}\\left[u^2\\right]",
                "L", Map.of("u", D), Map.of("u", VEC),
                new double[] {mean(new double[] {D[0] * D[0], D[1] * D[1], D[2] * D[2], D[3] * D[3]})},
                List.of(Code.W0132));
    }

    @Test
    void theExpectationOfASingleDrawIsTheValue() throws Exception {
        // Song & Ermon (2019), Eq. 5 for one data point and one perturbed sample: nested expectations of a number.
        double[] x = {1, 2, 0.5, -1};
        double[] y = {0.5, 1, 1, 0};
        double sq = 0;
        for (int i = 0; i < 4; i++) {
            sq += (x[i] - y[i]) * (x[i] - y[i]);
        }
        PaperReadings.assertComputes("SingleDraw", "x, y \\in \\mathbb{R}^{d}\n"
                        + "L = \\frac{1}{2}\\mathbb{E}_{p(x)}\\mathbb{E}_{y \\sim q}\\left[\\|x - y\\|^2\\right]", "L",
                Map.of("x", x, "y", y), Map.of("x", VEC, "y", VEC), new double[] {0.5 * sq},
                List.of(Code.W0132, Code.W0321));
    }

    @Test
    void aNormOfDrawnRowsUnderAnExpectationIsEachRowsNorm() throws Exception {
        // Wang & Isola (2020), the alignment loss: f(x), f(y) hold N = 3 positive pairs as rows of d = 2; the
        // expectation averages the distance of each pair, not the Frobenius norm of the whole batch (W0390).
        double[] fx = {1, 0, 0, 1, 3, 4};
        double[] fy = {0, 0, 0, 0, 0, 0};
        PaperReadings.assertComputes("Align", "f(x), f(y) \\in \\mathbb{R}^{N \\times d}\n"
                        + "L = \\mathbb{E}_{(x, y) \\sim p_{\\mathrm{pos}}}\\left[\\|f(x) - f(y)\\|_2^2\\right]", "L",
                Map.of("f(x)", fx, "f(y)", fy), Map.of("f(x)", new int[] {3, 2}, "f(y)", new int[] {3, 2}),
                new double[] {(1 + 1 + 25) / 3.0}, List.of(Code.W0132, Code.W0390));
    }

    @Test
    void aTransposedProductOfDrawnRowsUnderAnExpectationIsEachRowsInnerProduct() throws Exception {
        // HaoChen et al. (2021), the spectral contrastive loss: f(x), f(y) hold N = 3 pairs as rows of k = 2; the
        // expectation averages each pair's inner product, not the k x k matrix product of the batch (W0394).
        double[] fx = {1, 0, 0, 1, 3, 4};
        double[] fy = {2, 1, 1, 1, 1, 1};
        Map<String, int[]> dims = Map.of("f(x)", new int[] {3, 2}, "f(y)", new int[] {3, 2});
        PaperReadings.assertComputes("Spectral", "f(x), f(y) \\in \\mathbb{R}^{N \\times k}\n"
                        + "L = -2 \\mathbb{E}_{x, y}\\left[f(x)^\\top f(y)\\right]", "L",
                Map.of("f(x)", fx, "f(y)", fy), dims, new double[] {-2 * (2 + 1 + 7) / 3.0},
                List.of(Code.W0132, Code.W0394));
        PaperReadings.assertComputes("SpectralSquared", "f(x), f(y) \\in \\mathbb{R}^{N \\times k}\n"
                        + "L = \\mathbb{E}_{x, y}\\left[\\left(f(x)^\\top f(y)\\right)^2\\right]", "L",
                Map.of("f(x)", fx, "f(y)", fy), dims, new double[] {(4 + 1 + 49) / 3.0},
                List.of(Code.W0132, Code.W0394));
    }

    @Test
    void aMatrixOfDrawnRowsUnderAnExpectationIsTheMeanOfItsRows() throws Exception {
        // StyleGAN (Karras et al. 2019), the truncation trick: f(z) holds N = 3 mapped latents as rows of D = 2; the
        // centre of mass \bar{w} is the mean of the rows, a D-vector, not each row's mean (W0437 replaces W0132).
        double[] fz = {1, 2, 3, 4, 5, 9};
        PaperReadings.assertComputes("Centre", "f(\\mathbf{z}) \\in \\mathbb{R}^{N \\times D}\n"
                        + "\\bar{\\mathbf{w}} = \\mathbb{E}_{\\mathbf{z} \\sim P(\\mathbf{z})}[f(\\mathbf{z})]", "\\bar{\\mathbf{w}}",
                Map.of("f(\\mathbf{z})", fz), Map.of("f(\\mathbf{z})", new int[] {3, 2}), new double[] {3, 5},
                List.of(Code.W0437));
        // A distribution written with its variable draws samples too.
        PaperReadings.assertComputes("CentreOfP", "X \\in \\mathbb{R}^{N \\times d}\nm = \\mathbb{E}_{p(x)}[X]", "m",
                Map.of("X", fz), Map.of("X", new int[] {3, 2}), new double[] {3, 5}, List.of(Code.W0437));
    }

    @Test
    void aSquareMatrixUnderAnExpectationThatDrawsIsRefused() {
        // E[x x^T] of one vector, or a Gram matrix of pairs: the draws could be rows, entries or the whole matrix.
        PaperReadings.assertRejected("x \\in \\mathbb{R}^{d}\nC = \\mathbb{E}_{x \\sim p}[x x^\\top]", Code.E0357);
        PaperReadings.assertRejected("K \\in \\mathbb{R}^{N \\times N}\nm = \\mathbb{E}_{x, x' \\sim p}[K]", Code.E0357);
    }

    @Test
    void aNormWrittenFrobeniusUnderAnExpectationStaysOneNumber() throws Exception {
        double[] x = {1, 0, 0, 1, 3, 4};
        PaperReadings.assertComputes("Whole", "x \\in \\mathbb{R}^{N \\times d}\n"
                        + "L = \\mathbb{E}_{x \\sim p}\\left[\\|x\\|_F^2\\right]", "L",
                Map.of("x", x), Map.of("x", new int[] {3, 2}), new double[] {27}, List.of(Code.W0132, Code.W0321));
    }

    @Test
    void aNormOfASquareMatrixUnderAnExpectationStaysFrobenius() throws Exception {
        // a Jacobian-like square matrix is no batch of draws: W0102 as before
        double[] j = {1, 2, 3, 4};
        PaperReadings.assertComputes("Square", "J \\in \\mathbb{R}^{d \\times d}\n"
                        + "L = \\mathbb{E}_{x \\sim p}\\left[\\|J\\|^2\\right]", "L",
                Map.of("J", j), Map.of("J", new int[] {2, 2}), new double[] {30},
                List.of(Code.W0132, Code.W0102, Code.W0321));
    }

    @Test
    void anExplicitMeanOfANumberIsStillRefused() {
        PaperReadings.assertRejected("x \\in \\mathbb{R}\ny = \\mathrm{mean}(x)", Code.E0303);
    }
}
