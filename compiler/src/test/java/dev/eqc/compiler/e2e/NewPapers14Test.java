package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Readings found by pasting vision, metric-learning and uncertainty papers (fresh cases c1220-c1249): a shape's
 * {@code \times} separates sizes whatever arithmetic is beside it, {@code \sum_{\forall j}} and {@code
 * \sum_{i=1,j=1}^{W,H}} run over their letters, a declared critic matrix read at {@code f(x_i, y_i)} is its diagonal, and a
 * term after a sum that reads the sum's letter is part of the sum (W0395).
 */
class NewPapers14Test {
    @Test
    void aQuotientAfterTimesIsOneSize() throws Exception {
        // CBAM (Woo et al. 2018): W_1 \in R^{C x C/r}; was E0108 "not a dimension: C \times C" ((C x C)/r).
        PaperReadings.assertComputes("Cbam", "x \\in \\mathbb{R}^{C/r}, W \\in \\mathbb{R}^{C \\times C/r}\n"
                        + "y = W x", "y",
                Map.of("x", new double[] {1, 2}, "W", new double[] {1, 0, 0, 1, 1, 1, 2, 3}),
                Map.of("x", new int[] {2}, "W", new int[] {4, 2}), new double[] {1, 2, 3, 8}, List.of());
    }

    @Test
    void forAllUnderASumNamesItsIndex() throws Exception {
        // Non-local networks (Wang et al. 2018), Eq. 1: \sum_{\forall j}; was E0103.
        PaperReadings.assertComputes("Forall", "x \\in \\mathbb{R}^{n}\ny = \\sum_{\\forall j} x_j", "y",
                Map.of("x", new double[] {1, 2, 4}), Map.of("x", new int[] {3}), new double[] {7}, List.of());
    }

    @Test
    void eachIndexWithItsLowerLimitAndItsOwnUpperLimit() throws Exception {
        // ECA-Net (Wang et al. 2020): g(\chi) = \frac{1}{WH} \sum_{i=1,j=1}^{W,H} \chi_{ij}; was E0103.
        double[] chi = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        PaperReadings.assertComputes("Eca", "\\chi \\in \\mathbb{R}^{W \\times H \\times C}\n"
                        + "g = \\frac{1}{WH} \\sum_{i=1,j=1}^{W,H} \\chi_{ij}", "g",
                Map.of("\\chi", chi), Map.of("\\chi", new int[] {3, 2, 2}), new double[] {6, 7}, List.of());
    }

    @Test
    void theSameIndexOnBothArgumentsIsTheDiagonal() throws Exception {
        // NWJ bound as Poole et al. (2019) estimate it: f(x_i, y_i) of the declared K x K critic scores is the
        // diagonal entry; it was row i (W0392), a vector where the paper means one number.
        double[] f = {1, 2, 3, 4};
        PaperReadings.assertComputes("Nwj", "f(x, y) \\in \\mathbb{R}^{K \\times K}\n"
                        + "I = \\frac{1}{K} \\sum_{i=1}^{K} f(x_i, y_i)", "I",
                Map.of("f(x, y)", f), Map.of("f(x, y)", new int[] {2, 2}), new double[] {2.5}, List.of(Code.W0392));
    }

    @Test
    void aTermAfterASumReadingItsIndexIsPartOfTheSum() throws Exception {
        // The binary cross-entropy as printed, -\sum_i y_i \log p_i + (1 - y_i) \log(1 - p_i); (1 - y_i) was a new
        // scalar input `y_i` no option could give.
        double[] y = {1, 0};
        double[] p = {0.8, 0.4};
        double bce = -(Math.log(0.8) + Math.log(0.6));
        PaperReadings.assertComputes("Bce", "y, p \\in \\mathbb{R}^{N}\n"
                        + "L = -\\sum_{i=1}^{N} y_i \\log p_i + (1 - y_i) \\log(1 - p_i)", "L",
                Map.of("y", y, "p", p), Map.of("y", new int[] {2}, "p", new int[] {2}), new double[] {bce},
                List.of(Code.W0395));
        // Sensoy et al. (2018), Eq. 5: both terms under \sum_j, per sample i; a term without j ends the sum.
        double[] a = {1, 3, 2, 2};
        double[] t = {0, 1, 1, 0};
        double[] loss = new double[2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double q = a[2 * i + j] / 4;
                loss[i] += Math.pow(t[2 * i + j] - q, 2) + q * (1 - q) / 5;
            }
            loss[i] += 1;
        }
        PaperReadings.assertComputes("Evidential", "a, t \\in \\mathbb{R}^{N \\times K}\n"
                        + "S_i = \\sum_{j=1}^{K} a_{ij}\n"
                        + "q_{ij} = a_{ij} / S_i\n"
                        + "L_i = \\sum_{j=1}^{K} (t_{ij} - q_{ij})^2 + \\frac{q_{ij}(1 - q_{ij})}{S_i + 1} + 1", "L",
                Map.of("a", a, "t", t), Map.of("a", new int[] {2, 2}, "t", new int[] {2, 2}), loss,
                List.of(Code.W0395));
    }

    @Test
    void timesBetweenTwoVectorsIsElementWise() throws Exception {
        // FCOS (Tian et al. 2019), Eq. 3: the centre-ness of each location, \frac{…}{…} \times \frac{…}{…}; was the
        // dot product of the two vectors (a number, warned W0102) where FCOS means one value per location.
        PaperReadings.assertComputes("Fcos", "a, b \\in \\mathbb{R}^{N}\n"
                        + "c = \\sqrt{a \\times b}", "c",
                Map.of("a", new double[] {1, 2}, "b", new double[] {4, 8}),
                Map.of("a", new int[] {2}, "b", new int[] {2}), new double[] {2, 4}, List.of(Code.W0102));
    }

    @Test
    void aGradientGivenWithItsVariableIsAnInput() throws Exception {
        // FGSM (Goodfellow et al. 2015): \nabla_x J(\theta, x, y) declared with its shape; was E0192 (the value of J).
        PaperReadings.assertComputes("Fgsm", "\\nabla_x J(\\theta, x, y) \\in \\mathbb{R}^{d}, \\epsilon \\in \\mathbb{R}\n"
                        + "\\eta = \\epsilon \\operatorname{sign}(\\nabla_x J(\\theta, x, y))", "\\eta",
                Map.of("\\nabla_x J(\\theta, x, y)", new double[] {-2, 0.5}, "\\epsilon", new double[] {0.1}),
                Map.of("\\nabla_x J(\\theta, x, y)", new int[] {2}, "\\epsilon", new int[] {}),
                new double[] {-0.1, 0.1}, List.of());
    }

    @Test
    void aSumOverALabelReadsTheMembersOfADeclaredStackOrIsRefused() throws Exception {
        // Aggregated Momentum (Lucas et al. 2019): v^{(i)} declared K x d whole; \sum_{i=1}^{K} v^{(i)} was K times
        // the whole matrix, silently, then E0350. The first axis is the sum's range: the stack of the K velocities,
        // and each term member i (W0384, session 18).
        PaperReadings.assertComputes("AggMoStack", "v^{(i)} \\in \\mathbb{R}^{K \\times d}\ns = \\sum_{i=1}^{K} v^{(i)}",
                "s", Map.of("v^{(i)}", new double[] {1, 2, 3, 10, 20, 30}), Map.of("v^{(i)}", new int[] {2, 3}),
                new double[] {11, 22, 33}, List.of(Code.W0384));
        // each member's own shape declared under the label (no axis of the sum's range): still refused
        PaperReadings.assertRejected("W^{(l)} \\in \\mathbb{R}^{n \\times m}\nS = \\sum_{l=1}^{L} W^{(l)}", Code.E0350);
        // a value the file defines under the label from the stack: defined member by member, the stack's rows (W0486,
        // session 19; it was refused here while the definition read the whole stack), and the sum reads member i
        PaperReadings.assertComputes("AggMoDefined", "u^{(i)} \\in \\mathbb{R}^{K \\times d}, \\beta \\in \\mathbb{R}\n"
                        + "v^{(i)} = \\beta u^{(i)}\ns = \\sum_{i=1}^{K} v^{(i)}", "s",
                Map.of("u^{(i)}", new double[] {1, 2, 3, 10, 20, 30}, "\\beta", new double[] {0.5}),
                Map.of("u^{(i)}", new int[] {2, 3}, "\\beta", new int[] {}), new double[] {5.5, 11, 16.5},
                List.of(Code.W0486, Code.W0439, Code.W0240));
        // a name declared whole under the label beside it (\\beta^{(i)} \\in \\mathbb{R}): still refused
        PaperReadings.assertRejected("u^{(i)} \\in \\mathbb{R}^{K \\times d}, \\beta^{(i)} \\in \\mathbb{R}\n"
                + "v^{(i)} = \\beta^{(i)} u^{(i)}\ns = \\sum_{i=1}^{K} v^{(i)}", Code.E0350);
    }

    @Test
    void oneIndexRangingOverTheColumnsReadsTheColumn() throws Exception {
        // Wanda (Sun et al. 2024), Eq. 1: X_j is the j-th input feature of X \in R^{NL x C_in}; was E0304.
        double[] w = {1, -2, 3, -4};
        double[] x = {3, 0, 4, 1, 0, 0};
        double[] s = {1 * 5, 2 * 1, 3 * 5, 4 * 1};
        PaperReadings.assertComputes("Wanda", "W \\in \\mathbb{R}^{m \\times n}, X \\in \\mathbb{R}^{T \\times n}\n"
                        + "S_{ij} = |W_{ij}| \\cdot \\|X_j\\|_2", "S",
                Map.of("W", w, "X", x), Map.of("W", new int[] {2, 2}, "X", new int[] {3, 2}), s, List.of(Code.W0396));
        // ArcFace's \theta_j beside i over the rows: the element (i, j) is meant, and read so (W0521; was E0304)
        PaperReadings.assertComputes("ArcFaceAll", "\\theta \\in \\mathbb{R}^{N \\times n}\n"
                        + "L = \\sum_{i=1}^{N} \\sum_{j=1}^{n} \\theta_j", "L",
                Map.of("\\theta", x), Map.of("\\theta", new int[] {3, 2}), new double[] {8}, List.of(Code.W0521));
    }

    @Test
    void aTermWithoutTheSumsIndexStaysOutside() throws Exception {
        // the perceptron's \sum_i w_i x_i + b: b reads no i, the sum ends at the +
        PaperReadings.assertComputes("Perceptron", "w, x \\in \\mathbb{R}^{d}, b \\in \\mathbb{R}\n"
                        + "y = \\sum_i w_i x_i + b", "y",
                Map.of("w", new double[] {1, 2}, "x", new double[] {3, 4}, "b", new double[] {10}),
                Map.of("w", new int[] {2}, "x", new int[] {2}, "b", new int[] {}), new double[] {21}, List.of());
        // a term with a sum of its own over the letter (Gretton et al.'s MMD) is no continuation
        PaperReadings.assertComputes("Twice", "x \\in \\mathbb{R}^{n}\n"
                        + "y = \\sum_{i} x_i - \\frac{1}{2} \\sum_{i} x_i^2", "y",
                Map.of("x", new double[] {1, 2}), Map.of("x", new int[] {2}), new double[] {3 - 2.5}, List.of());
    }
}
