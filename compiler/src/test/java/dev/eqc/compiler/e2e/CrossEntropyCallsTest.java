package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A cross-entropy the file does not define, as semi-supervised papers print it: Weng's FixMatch line with
 * {@code \text{CE}(\hat{y}_b, p_\theta(y \mid \mathcal{A}_\text{strong}(\mathbf{u}_b)))}, FixMatch's own {@code H(p, q)}.
 * It is {@code -\sum p \log q} along the last axis, the first argument the target (W0432); it was an input named
 * after the call (W0190) that no option could give. A class label given to it is E0352.
 */
class CrossEntropyCallsTest {
    private static final double[] TARGETS = {0.7, 0.2, 0.1, 0.05, 0.05, 0.9};   // 2 x 3, rows sum to 1
    private static final double[] PREDICTED = {0.5, 0.3, 0.2, 0.1, 0.2, 0.7};

    private static double crossEntropy(int row) {
        double out = 0;
        for (int k = 0; k < 3; k++) {
            out -= TARGETS[3 * row + k] * Math.log(PREDICTED[3 * row + k]);
        }
        return out;
    }

    @Test
    void fixMatchAsWengPrintsIt() throws Exception {
        // the indicator keeps row 1 only (max 0.9 >= 0.8); the mean is over both rows
        PaperReadings.assertComputes("FixMatchUnlabelled", "\\hat{y} \\in \\mathbb{R}^{\\mu B \\times C},"
                        + " p_\\theta(y \\mid \\mathcal{A}_\\text{strong}(\\mathbf{u})) \\in \\mathbb{R}^{\\mu B \\times C},"
                        + " \\tau \\in \\mathbb{R}\n"
                        + "\\mathcal{L}_u = \\frac{1}{\\mu B} \\sum_{b=1}^{\\mu B} \\mathbb{1}[\\max(\\hat{y}_b) \\geq \\tau]"
                        + "\\;\\text{CE}(\\hat{y}_b, p_\\theta(y \\mid \\mathcal{A}_\\text{strong}(\\mathbf{u}_b)))",
                "\\mathcal{L}_u", Map.of("\\hat{y}", TARGETS,
                        "p_\\theta(y \\mid \\mathcal{A}_\\text{strong}(\\mathbf{u}))", PREDICTED, "\\tau", new double[] {0.8}),
                Map.of("\\hat{y}", new int[] {2, 3}, "p_\\theta(y \\mid \\mathcal{A}_\\text{strong}(\\mathbf{u}))",
                        new int[] {2, 3}, "\\tau", new int[] {}),
                new double[] {crossEntropy(1) / 2}, List.of(Code.W0432, Code.W0392));
    }

    @Test
    void twoArgumentHIsTheCrossEntropyOfEachRow() throws Exception {
        PaperReadings.assertComputes("FixMatchH", "p, q \\in \\mathbb{R}^{B \\times C}\n"
                        + "\\ell_b = H(p_b, q_b)", "\\ell",
                Map.of("p", TARGETS, "q", PREDICTED), Map.of("p", new int[] {2, 3}, "q", new int[] {2, 3}),
                new double[] {crossEntropy(0), crossEntropy(1)}, List.of(Code.W0432));
    }

    @Test
    void aPseudoLabelPicksTheLogProbability() throws Exception {
        // FixMatch (Sohn et al. 2020), Eq. 4: H of the arg-max pseudo-label against p_m(y | A(u_b)), a distribution by
        // its bar; rows of q: argmax 0 (max 0.7 >= 0.6, kept) and 2 (max 0.9, kept)
        double expected = (-Math.log(PREDICTED[0]) - Math.log(PREDICTED[5])) / 2;
        PaperReadings.assertComputes("FixMatchPseudoLabel", "q, p_m(y \\mid \\mathcal{A}(u_b)) \\in \\mathbb{R}^{\\mu B"
                        + " \\times K}, \\tau \\in \\mathbb{R}\n"
                        + "\\hat{q}_b = \\arg\\max(q_b)\n"
                        + "\\ell_u = \\frac{1}{\\mu B} \\sum_{b=1}^{\\mu B} \\mathbb{1}(\\max(q_b) \\geq \\tau)"
                        + " \\mathrm{H}(\\hat{q}_b, p_m(y \\mid \\mathcal{A}(u_b)))", "\\ell_u",
                Map.of("q", TARGETS, "p_m(y \\mid \\mathcal{A}(u_b))", PREDICTED, "\\tau", new double[] {0.6}),
                Map.of("q", new int[] {2, 3}, "p_m(y \\mid \\mathcal{A}(u_b))", new int[] {2, 3}, "\\tau", new int[] {}),
                new double[] {expected}, List.of(Code.W0132, Code.W0432));
    }

    @Test
    void aDeclaredLabelCountsAsDeclared() throws Exception {
        // y counted from 1: y = 3 picks the third probability
        PaperReadings.assertComputes("LabelFromOne", "p(y \\mid x) \\in \\mathbb{R}^{C}, y \\in \\{1, \\dots, C\\}\n"
                        + "\\ell = \\mathrm{CE}(y, p(y \\mid x))", "\\ell",
                Map.of("p(y \\mid x)", new double[] {0.5, 0.3, 0.2}, "y", new double[] {3}),
                Map.of("p(y \\mid x)", new int[] {3}, "y", new int[] {}),
                new double[] {-Math.log(0.2)}, List.of(Code.W0432));
    }

    @Test
    void aCrossEntropyTheFileDefinesIsThatFunction() throws Exception {
        PaperReadings.assertComputes("OwnCe", "p, q \\in \\mathbb{R}^{C}\n"
                        + "\\mathrm{CE}(a, b) = \\sum_k (a_k - b_k)^2\n\\ell = \\mathrm{CE}(p, q)", "\\ell",
                Map.of("p", new double[] {1, 2}, "q", new double[] {0, 4}), Map.of("p", new int[] {2}, "q", new int[] {2}),
                new double[] {5}, List.of(Code.W0103));
    }

    @Test
    void aClassLabelIsRefused() {
        PaperReadings.assertRejected("p \\in \\mathbb{R}^{C}, y \\in \\{1, \\dots, C\\}\n\\ell = \\mathrm{CE}(p, y)",
                Code.E0352);
        PaperReadings.assertRejected("P \\in \\mathbb{R}^{B \\times C}, y \\in \\{1, \\dots, C\\}^{B}\n"
                + "\\ell_b = \\text{CE}(y_b, P_b)", Code.E0352);
        // a vector of labels against a matrix of probabilities would pick along the samples
        PaperReadings.assertRejected("Z \\in \\mathbb{R}^{B \\times C}, y \\in \\{1, \\dots, C\\}^{B}\n"
                + "\\ell = \\mathrm{CE}(y, \\mathrm{softmax}(Z))", Code.E0352);
    }
}
