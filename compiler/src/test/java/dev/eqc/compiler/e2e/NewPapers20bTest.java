package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Textbooks whose notation eqc had not seen (fresh cases c1800-c1829): Goldberg's bracket entries
 * {@code \mathbf{y}_{[i]}}, Blondel and Roulet's labels {@code y \in [M]} and basis vectors {@code \bm{e}_y}.
 * Expected values are worked out here from the books' meaning.
 */
class NewPapers20bTest {
    @Test
    void aBracketInASubscriptIsTheEntryOfTheDeclaredVector() throws Exception {
        // Goldberg's cross-entropy, -\sum_i y_{[i]} \log(\hat{y}_{[i]}): was W0101 (an undeclared scalar named
        // `\mathbf{y}_{[i]}`) and E0304 (c1806).
        PaperReadings.assertComputes("GoldbergCe", "\\hat{\\mathbf{y}}, \\mathbf{y} \\in \\mathbb{R}^{3}\n\n"
                        + "L = -\\sum_i \\mathbf{y}_{[i]} \\log(\\hat{\\mathbf{y}}_{[i]})", "L",
                Map.of("\\hat{\\mathbf{y}}", new double[] {0.5, 0.25, 0.25}, "\\mathbf{y}", new double[] {0, 1, 0}),
                Map.of("\\hat{\\mathbf{y}}", new int[] {3}, "\\mathbf{y}", new int[] {3}),
                new double[] {Math.log(4)}, List.of(Code.W0498));
    }

    @Test
    void aBracketSubscriptOnAFunctionsResultIsAnElementWiseDefinition() throws Exception {
        // Goldberg's softmax(x)_{[i]} = e^{x_{[i]}} / \sum_j e^{x_{[j]}}: was E0107 (c1807).
        double z = Math.exp(0) + Math.exp(1) + Math.exp(2);
        PaperReadings.assertComputes("GoldbergSoftmax", "\\mathbf{x} \\in \\mathbb{R}^{3}\n\n"
                        + "\\text{softmax}(\\mathbf{x})_{[i]} = \\frac{e^{\\mathbf{x}_{[i]}}}{\\sum_{j=1}^{3} e^{\\mathbf{x}_{[j]}}}",
                "\\text{softmax}", Map.of("\\mathbf{x}", new double[] {0, 1, 2}), Map.of("\\mathbf{x}", new int[] {3}),
                new double[] {1 / z, Math.exp(1) / z, Math.exp(2) / z}, List.of(Code.W0498));
    }

    @Test
    void aBracketSubscriptWithAWholeNumberIsThatEntry() throws Exception {
        // x_{[2]}: the entry 2 of x, counted from 1 as an index range written from 1 reads it (W0140 says how).
        PaperReadings.assertComputes("BracketTwo", "x \\in \\mathbb{R}^{3}\n\n"
                        + "f = \\sum_{i=1}^{3} x_{[i]} + 0", "f",
                Map.of("x", new double[] {3, 5, 9}), Map.of("x", new int[] {3}), new double[] {17}, List.of(Code.W0498));
    }

    @Test
    void aBracketSubscriptOnAnUndeclaredNameStaysAName() {
        // nothing declares y: `y_{[i]}` is not read as an entry of anything (no W0498), as before
        PaperReadings.assertRejected("L = -\\sum_i y_{[i]}", Code.E0304);
    }

    @Test
    void aLabelDeclaredInSquareBracketsCountsFromOne() throws Exception {
        // Blondel and Roulet's y \in [M]: the labels 1, ..., M; was E0108 (c1813).
        PaperReadings.assertComputes("BracketLabel", "\\theta \\in \\mathbb{R}^{M}, y \\in [M]\n\n"
                        + "\\ell = \\log \\sum_{j=1}^{M} \\exp(\\theta_j) - \\theta_y", "\\ell",
                Map.of("\\theta", new double[] {1, 2, 3}, "y", new double[] {2}),
                Map.of("\\theta", new int[] {3}, "y", new int[] {}),
                new double[] {Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)) - 2}, List.of());
    }

    @Test
    void aBasisVectorOfALabelIsItsOneHot() throws Exception {
        // Blondel and Roulet's logistic loss, logsumexp(\theta) - <\theta, e_y> with y \in [M], inside a function whose
        // parameter is the label (c1813): \bm{e}_y was an undeclared vector input, W0101.
        PaperReadings.assertComputes("BasisVector", "\\bm{\\theta} \\in \\mathbb{R}^{M}, y \\in [M]\n\n"
                        + "\\ell(\\bm{\\theta}, y) := \\mathrm{logsumexp}(\\bm{\\theta}) - \\langle \\bm{\\theta}, \\bm{e}_y \\rangle",
                "\\ell", Map.of("\\bm{\\theta}", new double[] {1, 2, 3}, "y", new double[] {3}),
                Map.of("\\bm{\\theta}", new int[] {3}, "y", new int[] {}),
                new double[] {Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)) - 3}, List.of(Code.W0499));
    }

    @Test
    void aDeclaredEIsNoBasisVector() throws Exception {
        // e declared: e_y is its entry at the label, not the one-hot
        PaperReadings.assertComputes("DeclaredE", "e \\in \\mathbb{R}^{3}, y \\in [3]\n\n"
                        + "s = e_y + 0", "s", Map.of("e", new double[] {4, 5, 6}, "y", new double[] {1}),
                Map.of("e", new int[] {3}, "y", new int[] {}), new double[] {4}, List.of());
    }

    @Test
    void aVectorDefinedEntryByEntryWithBracketsSumsTheRowsOfAMatrix() throws Exception {
        // s_{[i]} = \sum_j Y_{[i, j]}: both sides in Goldberg's brackets; the left side was a scalar name `s_{[i]}`
        PaperReadings.assertComputes("BracketRows", "Y \\in \\mathbb{R}^{2 \\times 3}\n\n"
                        + "s_{[i]} = \\sum_{j} Y_{[i, j]}", "s",
                Map.of("Y", new double[] {1, 2, 3, 4, 5, 6}), Map.of("Y", new int[] {2, 3}), new double[] {6, 15},
                List.of(Code.W0498));
    }

    @Test
    void aParameterOfAnUncalledFunctionNamingAValueDefinedAboveIsThatValue() throws Exception {
        // Eisenstein's z = \sigma(\Theta x) then p(y | z; b) = SoftMax(... z + b): p asked for z as an input (c1811).
        double e1 = Math.exp(2 + 1), e2 = Math.exp(4 + 0);
        PaperReadings.assertComputes("DefinedParam", "x, b \\in \\mathbb{R}^{2}\n\n"
                        + "z = 2 x\np(y \\mid z; b) = \\mathrm{softmax}(z + b)", "p",
                Map.of("x", new double[] {1, 2}, "b", new double[] {1, 0}), Map.of("x", new int[] {2}, "b", new int[] {2}),
                new double[] {e1 / (e1 + e2), e2 / (e1 + e2)}, List.of(Code.W0500, Code.W0252));
    }

    @Test
    void aCalledFunctionKeepsItsParameterNamedLikeADefinedValue() throws Exception {
        // f is called: its parameter z is the argument of each call, not the z defined above
        PaperReadings.assertComputes("CalledParam", "x \\in \\mathbb{R}^{2}\n\n"
                        + "z = 2 x\nf(z) = z + 1\nv = f(x)", "v",
                Map.of("x", new double[] {1, 2}), Map.of("x", new int[] {2}), new double[] {2, 3}, List.of());
    }
}
