package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Everyday equations as other sources print them (The Annotated Transformer, Prince's and Murphy's textbooks, the
 * Stanford CS229 notes, scikit-learn's user guide; fresh cases c1430-c1459). Expected values are worked out here
 * from the sources' meaning.
 */
class NewPapers16bTest {
    @Test
    void aRunOfLettersInASizeIsTheProductOfTheSizesItSpells() throws Exception {
        // Vaswani et al.'s W^O \in \mathbb{R}^{hd_v \times d_{model}}: `hd_v` was a size of its own, so the
        // concatenated heads [n, h d_v] did not fit W^O (E0301).
        PaperReadings.assertComputes("HeadsOut", "H_i \\in \\mathbb{R}^{n \\times d_v}, i = 1, \\ldots, h\n"
                        + "W^O \\in \\mathbb{R}^{hd_v \\times m}\n\n"
                        + "y = \\mathrm{Concat}(H_1, \\ldots, H_h) W^O", "y",
                // h = 2 heads of [n = 2, d_v = 1]; W^O is [2, 1]
                Map.of("H_i", new double[] {1, 2, 3, 4}, "W^O", new double[] {10, 100}),
                Map.of("H_i", new int[] {2, 2, 1}, "W^O", new int[] {2, 1}),
                new double[] {1 * 10 + 3 * 100, 2 * 10 + 4 * 100}, List.of(Code.W0445));
    }

    @Test
    void aRunOfLettersThatAreNotAllSizesStaysOneSize() throws Exception {
        // `hd_v` with no size h in the file stays a size of its own: the product still does not fit.
        PaperReadings.assertRejected("H \\in \\mathbb{R}^{n \\times d_v}, W \\in \\mathbb{R}^{hd_v \\times m}\n\n"
                + "y = H W", Code.E0301);
    }
    @Test
    void anElementUpdateThatAlsoReadsTheWholeInputUpdatesEveryElementAtOnce() throws Exception {
        // CS229's batch gradient descent, "for every j": \theta_j := \theta_j + \alpha \sum_i (y_i - \theta^T x_i) x_{ij}
        // reads the whole \theta beside \theta_j; was E0105 (defined in terms of itself).
        double[] x = {1, 2, 3, -1, 0.5, 0.25};
        double[] y = {1, -2, 0.5};
        double[] theta = {0.5, -1};
        double alpha = 0.1;
        double[] expected = new double[2];
        for (int j = 0; j < 2; j++) {
            double s = 0;
            for (int i = 0; i < 3; i++) {
                s += (y[i] - (theta[0] * x[2 * i] + theta[1] * x[2 * i + 1])) * x[2 * i + j];
            }
            expected[j] = theta[j] + alpha * s;
        }
        PaperReadings.assertComputes("Lms", "x \\in \\mathbb{R}^{n \\times d}, y \\in \\mathbb{R}^{n}, \\theta \\in"
                        + " \\mathbb{R}^{d}, \\alpha \\in \\mathbb{R}\n\n"
                        + "\\theta_j := \\theta_j + \\alpha \\sum_{i=1}^n (y_i - \\theta^T x_i) x_{ij}", "\\theta",
                Map.of("x", x, "y", y, "\\theta", theta, "\\alpha", new double[] {alpha}),
                Map.of("x", new int[] {3, 2}, "y", new int[] {3}, "\\theta", new int[] {2}, "\\alpha", new int[] {}),
                expected, List.of(Code.W0270));
    }

    @Test
    void anElementDefinedFromAnotherElementStaysARecurrence() throws Exception {
        // h_t = \tanh(W h_{t-1}) with h declared: another element, not an update (E0105 as before)
        PaperReadings.assertRejected("h \\in \\mathbb{R}^{n}, w \\in \\mathbb{R}\n\nh_t = \\tanh(w h_{t-1}) + h", Code.E0105);
    }
}
