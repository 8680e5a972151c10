package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An expectation with a subscript that is the last factor of a product ({@code \frac{m}{m-1}
 * \mathrm{E}_{\mathcal{B}}[\sigma^2_{\mathcal{B}}]}, batch norm's inference statistics) is the mean times the
 * factors before it, in roman ({@code \mathrm{E}}) as in blackboard bold.
 */
class ExpectationFactorTest {

    @Test
    void aSubscriptedExpectationAfterAFactorIsAMean() throws Exception {
        // Before: \mathrm{E}_{\mathcal{B}} was an undeclared matrix multiplied by the bracket (W0101 only), and
        // \mathbb{E}_{\mathcal{B}} after \frac{m}{m-1} an undeclared scalar.
        double[] s = {1, 2, 6, 3};
        double mean = (1 + 2 + 6 + 3) / 4.0;
        for (String e : List.of("\\mathrm{E}", "\\mathbb{E}")) {
            PaperReadings.assertComputes("Unbiased", "s \\in \\mathbb{R}^{K}, m = 8\nv = \\frac{m}{m-1} " + e
                            + "_{\\mathcal{B}}[s]", "v", Map.of("s", s), Map.of("s", new int[] {4}),
                    new double[] {8.0 / 7.0 * mean}, List.of(Code.W0102));
        }
    }

    @Test
    void aGradientAfterAFactorIsScaled() throws Exception {
        // \lambda \nabla_w L: the factor times the gradient of L = \sum_i w_i^2, 2w.
        double[] w = {1, -3};
        PaperReadings.assertComputes("Scaled", "w \\in \\mathbb{R}^{n}, \\lambda \\in \\mathbb{R}\n"
                        + "L = \\sum_i w_i^2\ng = \\lambda \\nabla_w L", "g",
                Map.of("w", w, "\\lambda", new double[] {0.5}), Map.of("w", new int[] {2}, "\\lambda", new int[] {}),
                new double[] {0.5 * 2 * 1, 0.5 * 2 * -3}, List.of());
    }
}
