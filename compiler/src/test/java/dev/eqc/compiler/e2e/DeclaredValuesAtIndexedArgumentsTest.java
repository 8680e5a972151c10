package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The values of an undefined function declared at a plain argument and read at that argument with indices in scope
 * (W0392): ring loss's {@code \|\mathcal{F}(x_i)\|_2} beside {@code \mathcal{F}(x) \in \mathbb{R}^{m \times d}},
 * EGNN's {@code \phi_x(m_{ij})} beside {@code \phi_x(m) \in \mathbb{R}^{M \times M}}. Before, each was a new input
 * no option could give. And a whole power on a defined function, {@code \rho^2(b, b^{gt})}, powers its value (W0393).
 */
class DeclaredValuesAtIndexedArgumentsTest {
    @Test
    void anIndexOnTheArgumentPicksTheRow() throws Exception {
        // Zheng et al. (2018), Eq. 1 with lambda = 2m: the sum over the rows of (|F(x_i)| - R)^2.
        double[] f = {3, 4, 0, 1, 6, 8};
        PaperReadings.assertComputes("Ring", "\\mathcal{F}(x) \\in \\mathbb{R}^{m \\times d}, R \\in \\mathbb{R}\n"
                        + "L = \\sum_{i=1}^{m} (\\|\\mathcal{F}(x_i)\\|_2 - R)^2", "L",
                Map.of("\\mathcal{F}(x)", f, "R", new double[] {1}), Map.of("\\mathcal{F}(x)", new int[] {3, 2},
                        "R", new int[] {}), new double[] {16 + 0 + 81}, List.of(Code.W0392));
    }

    @Test
    void anIndexBeforeTheArgumentsLabelPicksTheRow() throws Exception {
        // FaceNet (Schroff et al. 2015), Eq. 3 in one dimension: f(x_i^a) beside f(x^a), the index written before the
        // label; was a new input `f(x_i^a)` no option could give.
        double[] a = {1, 2, 3};
        double[] p = {0, 2, 1};
        PaperReadings.assertComputes("Triplet", "f(x^a), f(x^p) \\in \\mathbb{R}^{N}\n"
                        + "L = \\sum_{i=1}^{N} (f(x_i^a) - f(x_i^p))^2", "L",
                Map.of("f(x^a)", a, "f(x^p)", p), Map.of("f(x^a)", new int[] {3}, "f(x^p)", new int[] {3}),
                new double[] {1 + 0 + 4}, List.of(Code.W0392));
    }

    @Test
    void anIndexAfterTheBarOfAConditionalReadsTheLeadingAxis() throws Exception {
        // The inception score (Salimans et al. 2016): \mathbb{E}_{\mathbf{x}} KL(p(y|\mathbf{x}) || p(y)) with
        // p(y|\mathbf{x}) declared N x K, conditions first; x is the row (the reading of an index at a later argument,
        // Spinning Up's Q(s', a'), made it the column, E0302).
        double[] post = {0.5, 0.5, 0.25, 0.75, 0.75, 0.25};
        double[] marg = {0.5, 0.5};
        double kl = 0;
        for (int n = 0; n < 3; n++) {
            for (int k = 0; k < 2; k++) {
                kl += post[2 * n + k] * Math.log(post[2 * n + k] / marg[k]) / 3;
            }
        }
        PaperReadings.assertComputes("Inception", "p(y|\\mathbf{x}) \\in \\mathbb{R}^{N \\times K}, p(y) \\in \\mathbb{R}^{K}\n"
                        + "s = \\exp(\\mathbb{E}_{\\mathbf{x}} \\mathrm{KL}(p(y|\\mathbf{x}) || p(y)))", "s",
                Map.of("p(y|\\mathbf{x})", post, "p(y)", marg),
                Map.of("p(y|\\mathbf{x})", new int[] {3, 2}, "p(y)", new int[] {2}), new double[] {Math.exp(kl)},
                List.of());
    }

    @Test
    void anAccentedArgumentWithAnIndexPicksTheElement() throws Exception {
        // NCE as Lilian Weng's survey prints it: \ell_\theta(\tilde{\mathbf{x}}_i) beside the declared
        // \ell_\theta(\tilde{\mathbf{x}}), the log-odds of the noise samples; was a new input no option could give.
        double[] data = {0.5, 1, 2};
        double[] noise = {-1, 0, 3};
        double expected = 0;
        for (int i = 0; i < 3; i++) {
            expected += data[i] - noise[i];
        }
        PaperReadings.assertComputes("Nce", "\\ell_\\theta(\\mathbf{x}), \\ell_\\theta(\\tilde{\\mathbf{x}}) \\in \\mathbb{R}^{N}\n"
                        + "L = \\sum_{i=1}^{N} (\\ell_\\theta(\\mathbf{x}_i) - \\ell_\\theta(\\tilde{\\mathbf{x}}_i))", "L",
                Map.of("\\ell_\\theta(\\mathbf{x})", data, "\\ell_\\theta(\\tilde{\\mathbf{x}})", noise),
                Map.of("\\ell_\\theta(\\mathbf{x})", new int[] {3}, "\\ell_\\theta(\\tilde{\\mathbf{x}})", new int[] {3}),
                new double[] {expected}, List.of(Code.W0392));
    }

    @Test
    void twoIndicesInOneSubscriptPickTheEntry() throws Exception {
        // Satorras et al. (2021), Eq. 4 in one dimension: y_i = \sum_j (x_i - x_j) \phi(m_{ij}).
        double[] x = {1, 2, 4};
        double[] phi = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[] y = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                y[i] += (x[i] - x[j]) * phi[3 * i + j];
            }
        }
        PaperReadings.assertComputes("Egnn", "x \\in \\mathbb{R}^{M}, \\phi(m) \\in \\mathbb{R}^{M \\times M}\n"
                        + "y_i = \\sum_{j} (x_i - x_j) \\phi(m_{ij})", "y",
                Map.of("x", x, "\\phi(m)", phi), Map.of("x", new int[] {3}, "\\phi(m)", new int[] {3, 3}), y,
                List.of(Code.W0392));
    }

    @Test
    void aPowerOnADefinedFunctionPowersItsValue() throws Exception {
        // DIoU (Zheng et al. 2020), Eq. 6: \rho^2(b, b^{gt}) with \rho the Euclidean distance; was E0192 (an undefined
        // function \rho^2 whose value had no shape). Two parameters: no other reading, no warning.
        PaperReadings.assertComputes("Diou", "b, g \\in \\mathbb{R}^{2}\n\\rho(u, v) = \\|u - v\\|_2\n"
                        + "L = \\rho^2(b, g) + 1", "L",
                Map.of("b", new double[] {3, 0}, "g", new double[] {0, 4}), Map.of("b", new int[] {2}, "g", new int[] {2}),
                new double[] {26}, List.of(Code.W0103));
        // one parameter: g(g(x)) is the other reading, so W0393
        PaperReadings.assertComputes("Square", "x \\in \\mathbb{R}^{2}\ng(z) = 2 z\ny = g^2(x)", "y",
                Map.of("x", new double[] {1, 3}), Map.of("x", new int[] {2}), new double[] {4, 36},
                List.of(Code.W0393));
    }

    @Test
    void aValueDeclaredAsWrittenIsThatInput() throws Exception {
        // Q(s_i) declared itself: read at i as before, not as a row of Q(s)
        PaperReadings.assertComputes("Written", "Q(s) \\in \\mathbb{R}^{N \\times 2}, Q(s_i) \\in \\mathbb{R}^{N}\n"
                        + "L = \\sum_{i=1}^{N} Q(s_i)", "L",
                Map.of("Q(s)", new double[] {9, 9, 9, 9}, "Q(s_i)", new double[] {1, 2}),
                Map.of("Q(s)", new int[] {2, 2}, "Q(s_i)", new int[] {2}), new double[] {3}, List.of());
    }
}
