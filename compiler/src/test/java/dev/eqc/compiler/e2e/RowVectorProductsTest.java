package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * BERT-whitening (Su et al. 2021) as Lilian Weng's survey prints it: {@code (\mathbf{x}_i - \mu)^\top (\mathbf{x}_i -
 * \mu)} with {@code x_i} a row of a declared matrix. Read as columns it is a squared norm; a file that writes rows
 * as row vectors means their outer product, a covariance (W0438 names the reading either way).
 */
class RowVectorProductsTest {
    private static final double[] X = {1, 2, 3, 5, 2, 0};
    private static final int[] DIMS = {3, 2};
    private static final double[] MU = {2, 7.0 / 3};

    @Test
    void aFileOfRowVectorsReadsTheSelfProductAsACovariance() throws Exception {
        double[] cov = new double[4];
        for (int i = 0; i < 3; i++) {
            double a = X[2 * i] - MU[0];
            double b = X[2 * i + 1] - MU[1];
            cov[0] += a * a / 3;
            cov[1] += a * b / 3;
            cov[2] += b * a / 3;
            cov[3] += b * b / 3;
        }
        PaperReadings.assertComputes("Whitening", "\\mathbf{x} \\in \\mathbb{R}^{N \\times d}, W \\in \\mathbb{R}^{d \\times d}\n"
                        + "\\mu = \\frac{1}{N}\\sum_{i=1}^N \\mathbf{x}_i\n"
                        + "\\Sigma = \\frac{1}{N}\\sum_{i=1}^N (\\mathbf{x}_i - \\mu)^\\top (\\mathbf{x}_i - \\mu)\n"
                        + "\\tilde{\\mathbf{x}}_i = (\\mathbf{x}_i - \\mu)W", "\\Sigma",
                Map.of("\\mathbf{x}", X, "W", new double[] {1, 0, 0, 1}),
                Map.of("\\mathbf{x}", DIMS, "W", new int[] {2, 2}), cov, List.of(Code.W0438));
    }

    @Test
    void withoutRowVectorsTheSelfProductIsTheSquaredNormAndSaysSo() throws Exception {
        double total = 0;
        for (int i = 0; i < 6; i++) {
            double c = X[i] - MU[i % 2];
            total += c * c / 3;
        }
        PaperReadings.assertComputes("SquaredNorms", "\\mathbf{x} \\in \\mathbb{R}^{N \\times d}\n"
                        + "\\mu = \\frac{1}{N}\\sum_{i=1}^N \\mathbf{x}_i\n"
                        + "s = \\frac{1}{N}\\sum_{i=1}^N (\\mathbf{x}_i - \\mu)^\\top (\\mathbf{x}_i - \\mu)", "s",
                Map.of("\\mathbf{x}", X), Map.of("\\mathbf{x}", DIMS), new double[] {total}, List.of(Code.W0438));
    }

    @Test
    void aResidualThatIsNoRowAndTwoDifferentRowsStayQuiet() throws Exception {
        // Least squares' (y - Xw)^T (y - Xw) and a Gram entry x_i^T x_j: column readings nobody doubts.
        PaperReadings.assertComputes("Rss", "y \\in \\mathbb{R}^{N}, X \\in \\mathbb{R}^{N \\times d}, w \\in \\mathbb{R}^{d}\n"
                        + "R = (y - X w)^\\top (y - X w)", "R",
                Map.of("y", new double[] {1, 2, 3}, "X", X, "w", new double[] {1, 0}),
                Map.of("y", new int[] {3}, "X", DIMS, "w", new int[] {2}), new double[] {0 + 1 + 1}, List.of());
    }
}
