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

    @Test
    void anExpectationUnderADeclaredDistributionIsItsWeightedSum() throws Exception {
        // Goodfellow et al., Eq. 3.50: D_KL(P || Q) = E_{x ~ P}[log P(x)/Q(x)] with P, Q probability vectors.
        // Before: the mean over samples of log(P·x / Q·x) with x an undeclared scalar (rejected: no value for x).
        double[] p = {0.2, 0.3, 0.5};
        double[] q = {0.1, 0.6, 0.3};
        double kl = 0;
        for (int i = 0; i < 3; i++) {
            kl += p[i] * Math.log(p[i] / q[i]);
        }
        PaperReadings.assertComputes("KlExpectation", "P, Q \\in \\mathbb{R}^{K}\n"
                        + "D_{\\mathrm{KL}}(P \\| Q) = \\mathbb{E}_{\\mathrm{x} \\sim P}\\left[\\log "
                        + "\\frac{P(x)}{Q(x)}\\right]", "D_{\\mathrm{KL}}",
                Map.of("P", p, "Q", q), Map.of("P", new int[] {3}, "Q", new int[] {3}), new double[] {kl},
                List.of(Code.W0160, Code.W0132, Code.W0161));
    }

    @Test
    void aNegatedExpectationIsTheNegatedMean() throws Exception {
        // DPO, Rafailov et al. (2023), Eq. 7: L = -E_{(x, y_w, y_l) ~ D}[log σ(β log-ratio_w - β log-ratio_l)] over a
        // batch. Before: the minus bound to the first factor, and \mathbb{E}_{…} became an undeclared scalar (W0101).
        double[] w = {0.5, -1, 2};
        double[] l = {0.25, 0.5, -1};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            sum += Math.log(1 / (1 + Math.exp(-(w[i] - l[i]))));
        }
        PaperReadings.assertComputes("Dpo", "w, l \\in \\mathbb{R}^{B}\n"
                        + "L = -\\mathbb{E}_{(x, y_w, y_l) \\sim \\mathcal{D}}\\left[\\log \\sigma(w - l)\\right]", "L",
                Map.of("w", w, "l", l), Map.of("w", new int[] {3}, "l", new int[] {3}), new double[] {-sum / 3},
                List.of(Code.W0132));
        PaperReadings.assertComputes("NegMean", "w \\in \\mathbb{R}^{B}\nL = -\\mathbb{E}[w]", "L",
                Map.of("w", w), Map.of("w", new int[] {3}), new double[] {-(0.5 - 1 + 2) / 3}, List.of());
    }
}
