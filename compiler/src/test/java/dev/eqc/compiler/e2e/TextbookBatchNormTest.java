package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Batch normalization as Dive into Deep Learning prints it (Sec. 8.5), over a minibatch {@code \mathcal{B}} declared
 * as an m×d matrix. Three readings were wrong or missing: {@code |\mathcal{B}|} was the entries' absolute values, so
 * the mean {@code \frac{1}{|\mathcal{B}|}\sum_{\mathbf{x} \in \mathcal{B}} \mathbf{x}} was a silent [m] (now the
 * number of rows, W0425); the sum over the members of a calligraphic matrix was E0103; and a function whose
 * undeclared parameter is combined with a declared vector ({@code f(x) = x + b}) was a map of numbers, so
 * {@code f(B)} gave each entry a whole vector ([m, d, d], silent). Expected values are computed here with loops.
 */
class TextbookBatchNormTest {
    private static final int M = 4;
    private static final int D = 3;
    private static final double[] B = PaperReadings.seq(M * D, 0.7, -1.3);
    private static final double[] BIAS = {0.5, -1, 2};

    @Test
    void aFunctionAddingADeclaredVectorBroadcastsOverItsArgument() throws Exception {
        double[] expected = new double[M * D];
        for (int r = 0; r < M; r++) {
            for (int c = 0; c < D; c++) {
                expected[r * D + c] = B[r * D + c] + BIAS[c];
            }
        }
        PaperReadings.assertComputes("Shift", "B \\in \\mathbb{R}^{m \\times d}, b \\in \\mathbb{R}^{d}\n"
                        + "f(x) = x + b\nY = f(B)", "Y", Map.of("B", B, "b", BIAS),
                Map.of("B", new int[] {M, D}, "b", new int[] {D}), expected, List.of(Code.W0103));
    }

    @Test
    void theMinibatchMeanDividesByItsNumberOfRows() throws Exception {
        double[] expected = new double[D];
        for (int r = 0; r < M; r++) {
            for (int c = 0; c < D; c++) {
                expected[c] += B[r * D + c] / M;
            }
        }
        PaperReadings.assertComputes("Mean", "\\mathcal{B} \\in \\mathbb{R}^{m \\times d}\n"
                        + "\\hat{\\boldsymbol{\\mu}}_\\mathcal{B} = \\frac{1}{|\\mathcal{B}|} \\sum_{\\mathbf{x} \\in \\mathcal{B}}"
                        + " \\mathbf{x}", "\\hat{\\boldsymbol{\\mu}}_\\mathcal{B}", Map.of("\\mathcal{B}", B),
                Map.of("\\mathcal{B}", new int[] {M, D}), expected, List.of(Code.W0102, Code.W0425));
    }
}
