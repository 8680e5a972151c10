package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A class distribution written as a function of its class given what it is conditioned on, as Lilian Weng's survey
 * prints UDA's sharpened prediction: {@code p^{\text{(sharp)}}(y \mid \mathbf{x}; T) = \frac{\exp(z^{(y)} / T)}{\sum_{y'}
 * \exp(z^{(y')} / T)}}. The class is the index (W0220), {@code \mathbf{x}} and the file's input {@code T} notation,
 * {@code z^{(y')}} the component under {@code \sum_{y'}} (W0102). Was E0304 with {@code z^{(y)}} an undeclared scalar.
 */
class ConditionedIndexFunctionsTest {
    private static double[] softmax(double[] z, double t) {
        double total = 0;
        double[] p = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            p[k] = Math.exp(z[k] / t);
            total += p[k];
        }
        for (int k = 0; k < z.length; k++) {
            p[k] /= total;
        }
        return p;
    }

    @Test
    void aClassGivenItsInputsIsTheIndex() throws Exception {
        double[] z = {1, 2, 0.5};
        PaperReadings.assertComputes("Given", "z \\in \\mathbb{R}^{C}, T \\in \\mathbb{R}\n"
                        + "p(y \\mid \\mathbf{x}; T) = \\frac{\\exp(z_y / T)}{ \\sum_{y'} \\exp(z_{y'} / T) }", "p",
                Map.of("z", z, "T", new double[] {0.5}), Map.of("z", new int[] {3}, "T", new int[] {}),
                softmax(z, 0.5), List.of(Code.W0220));
    }

    @Test
    void componentsInParenthesesUnderAPrimedIndex() throws Exception {
        double[] z = {1, 2, 0.5};
        PaperReadings.assertComputes("Sharp", "z \\in \\mathbb{R}^{C}, T \\in \\mathbb{R}\n"
                        + "p^\\text{(sharp)}(y \\mid \\mathbf{x}; T) = \\frac{\\exp(z^{(y)} / T)}{ \\sum_{y'} \\exp(z^{(y')} / T) }",
                "p^\\text{(sharp)}", Map.of("z", z, "T", new double[] {0.4}), Map.of("z", new int[] {3}, "T", new int[] {}),
                softmax(z, 0.4), List.of(Code.W0220, Code.W0102));
    }

    @Test
    void aConditionThatIndexesIsTheFirstAxis() throws Exception {
        // Yang et al.'s mixture of softmaxes, P_\theta(x \mid c) with \pi_{c,k}: one row per context c, as the
        // conditions of a declared table come first.
        double[] a = {1, 2};
        double[] w = {3, 5, 7};
        double[] expected = {3, 5, 7, 6, 10, 14};
        PaperReadings.assertComputes("Table", "a \\in \\mathbb{R}^{N}, w \\in \\mathbb{R}^{M}\n"
                        + "P(x \\mid c) = a_c w_x", "P",
                Map.of("a", a, "w", w), Map.of("a", new int[] {2}, "w", new int[] {3}), expected, List.of(Code.W0220));
    }
}
