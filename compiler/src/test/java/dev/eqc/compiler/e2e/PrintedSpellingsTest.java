package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Spellings papers print that were rejected: the power before a norm's subscript ({@code \|x\|^2_2}), a
 * transposed labelled name (DiffPool's {@code S^{(l)^T}}) and an approximation as the definition (GELU's tanh
 * form, {@code \approx}, W0155). Expected values are computed here by hand.
 */
class PrintedSpellingsTest {
    @Test
    void aPowerWrittenBeforeTheNormsSubscriptIsTheSquaredNorm() throws Exception {
        double[] x = {1, -2, 3};
        PaperReadings.assertComputes("NormSq", "x \\in \\mathbb{R}^{n}\ny = \\|x\\|^2_2", "y", Map.of("x", x),
                Map.of("x", new int[] {3}), new double[] {14}, List.of());
    }

    @Test
    void anArgmaxWordWithoutParenthesesTakesTheFactorAfterIt() throws Exception {
        // Switch Transformers' \mathbb{1}\{\mathrm{argmax}\, p(x) = i\}: was E0104 (`argmax` needs an argument)
        double[] p = {0.2, -1.5, 3.1, 0.7};
        for (String spelled : List.of("\\mathrm{argmax}\\, p", "\\operatorname{argmax} p", "\\mathrm{argmax}(p)")) {
            PaperReadings.assertComputes("ArgmaxWord", "p \\in \\mathbb{R}^{n}\ny = " + spelled + " + 1\n", "y",
                    Map.of("p", p), Map.of("p", new int[] {4}), new double[] {3}, List.of(Code.W0132));
        }
        PaperReadings.assertComputes("ArgminWord", "p \\in \\mathbb{R}^{n}\ny = \\mathrm{argmin}\\, p\n", "y",
                Map.of("p", p), Map.of("p", new int[] {4}), new double[] {1}, List.of(Code.W0132));
    }

    @Test
    void aTransposedLabelledNameIsTheTransposeOfThatName() throws Exception {
        // S^{(l)} [3, 2], Z^{(l)} [3, 1]: X = S^T Z, [2, 1].
        double[] s = {1, 2, 3, 4, 5, 6};
        double[] z = {1, -1, 2};
        double[] expected = {1 * 1 + 3 * -1 + 5 * 2, 2 * 1 + 4 * -1 + 6 * 2};
        PaperReadings.assertComputes("DiffPool", "S^{(l)} \\in \\mathbb{R}^{n \\times c}, Z^{(l)} \\in"
                        + " \\mathbb{R}^{n \\times d}\nX^{(l+1)} = S^{(l)^T} Z^{(l)}", "X^{(l+1)}",
                Map.of("S^{(l)}", s, "Z^{(l)}", z), Map.of("S^{(l)}", new int[] {3, 2}, "Z^{(l)}", new int[] {3, 1}),
                expected, List.of());
    }

    @Test
    void anApproximationWithANameOnTheLeftIsItsDefinition() throws Exception {
        double[] x = {-1, 0.5, 2};
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            expected[i] = 0.5 * x[i] * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x[i] + 0.044715 * x[i] * x[i] * x[i])));
        }
        PaperReadings.assertComputes("GeluTanh", "x \\in \\mathbb{R}^{n}\n"
                        + "g \\approx 0.5x(1 + \\tanh[\\sqrt{2/\\pi}(x + 0.044715x^3)])", "g", Map.of("x", x),
                Map.of("x", new int[] {3}), expected, List.of(Code.W0155));
    }

    @Test
    void aSimeqWithAFunctionOnTheLeftIsItsDefinition() throws Exception {
        // Kingma & Welling's SGVB estimator is printed \mathcal{L}(…) \simeq …: the estimate is what it computes.
        double[] x = {1, -2, 3};
        PaperReadings.assertComputes("SgvbSimeq", "x \\in \\mathbb{R}^{n}\nL \\simeq \\frac{1}{2}\\sum_{j=1}^{n} x_j",
                "L", Map.of("x", x), Map.of("x", new int[] {3}), new double[] {1}, List.of(Code.W0155));
    }

    @Test
    void aDeclaredLogOfAnApplicationIsThatValueAtItsUse() throws Exception {
        // SAC's temperature loss: \log \pi_t(a_t|s_t) declared per sample, read where the same text is used.
        double[] lp = {-1, -2.5, -0.5};
        double[] alpha = {0.2};
        double[] expected = {0.2, 0.5, 0.1};
        PaperReadings.assertComputes("SacLogPi", "\\log \\pi_t(\\mathbf{a}_t|\\mathbf{s}_t) \\in \\mathbb{R}^{B}, "
                        + "\\alpha \\in \\mathbb{R}\nJ = -\\alpha \\log \\pi_t(\\mathbf{a}_t|\\mathbf{s}_t)", "J",
                Map.of("\\log \\pi_t(\\mathbf{a}_t|\\mathbf{s}_t)", lp, "\\alpha", alpha),
                Map.of("\\log \\pi_t(\\mathbf{a}_t|\\mathbf{s}_t)", new int[] {3}, "\\alpha", new int[] {}), expected,
                List.of());
    }
    @Test
    void aLogOfAConditionalProbabilityEndsAtItsParenthesesAndALabelMayCarryASubscript() throws Exception {
        // AWAC (Nair et al. 2020), Eq. 13: \log \pi_\theta(a_i | s_i) \exp(\frac{1}{\lambda} A^{\pi_k}(s_i, a_i)).
        // Before, A^{\pi_k}(s_i, a_i) was no declarable spelling (its label has a subscript), which broke the whole
        // declaration line, and \log took the advantage into its argument (the log of the product; E0303).
        double[] lp = {-1, -2.5, -0.5};
        double[] adv = {0.5, -1, 2};
        double[] expected = {-1 * Math.exp(0.5) - 2.5 * Math.exp(-1) - 0.5 * Math.exp(2)};
        PaperReadings.assertComputes("AwacLogPi", "\\log \\pi_\\theta(a_i | s_i), A^{\\pi_k}(s_i, a_i) \\in \\mathbb{R}^{B}\n"
                        + "L = \\sum_{i=1}^{B} \\log \\pi_\\theta(a_i | s_i) \\exp(A^{\\pi_k}(s_i, a_i))", "L",
                Map.of("\\log \\pi_\\theta(a_i | s_i)", lp, "A^{\\pi_k}(s_i, a_i)", adv),
                Map.of("\\log \\pi_\\theta(a_i | s_i)", new int[] {3}, "A^{\\pi_k}(s_i, a_i)", new int[] {3}), expected,
                List.of());
        double[] prod = {-1 * 0.5 - 2.5 * -1 - 0.5 * 2};
        PaperReadings.assertComputes("AwrLogPiTimes", "\\log \\pi_\\theta(a_i | s_i), A(s_i, a_i) \\in \\mathbb{R}^{B}\n"
                        + "L = \\sum_{i=1}^{B} \\log \\pi_\\theta(a_i | s_i) A(s_i, a_i)", "L",
                Map.of("\\log \\pi_\\theta(a_i | s_i)", lp, "A(s_i, a_i)", adv),
                Map.of("\\log \\pi_\\theta(a_i | s_i)", new int[] {3}, "A(s_i, a_i)", new int[] {3}), prod,
                List.of());
    }

    @Test
    void aPolicyConditionedOnTheTokensBeforeTIsOneDeclaredValue() throws Exception {
        // GRPO's KL estimator (DeepSeekMath, Eq. 4): \pi(o_{i,t}|q, o_{i,<t}), the tokens before t written with their
        // bound, was a syntax error at `<`.
        double[] pt = {0.5, 0.25};
        double[] pr = {0.25, 0.5};
        double[] expected = {0.5 - Math.log(0.5) - 1, 2 - Math.log(2) - 1};
        String p = "\\pi_{\\theta}(o_{i,t}|q, o_{i,<t})";
        String r = "\\pi_{ref}(o_{i,t}|q, o_{i,<t})";
        PaperReadings.assertComputes("GrpoKl", p + ", " + r + " \\in \\mathbb{R}^{T}\nk = \\frac{" + r + "}{" + p
                        + "} - \\log\\frac{" + r + "}{" + p + "} - 1", "k", Map.of(p, pt, r, pr),
                Map.of(p, new int[] {2}, r, new int[] {2}), expected, List.of());
    }
    @Test
    void aProductOfLettersInASuperscriptIsOneExponent() throws Exception {
        // Scalable-Softmax (Nakanishi 2025, Eq. 2): n^{s z_i}; the letters beside a subscripted name split into two
        // items as a subscript's do (`s_{i y_i}`), and the superscript was refused.
        double[] z = {1, 2, -1};
        double[] expected = {Math.pow(2, 0.5), Math.pow(2, 1.0), Math.pow(2, -0.5)};
        PaperReadings.assertComputes("SsmaxPower", "z \\in \\mathbb{R}^{m}, a, s \\in \\mathbb{R}\ny_i = a^{s z_i}", "y",
                Map.of("z", z, "a", new double[] {2}, "s", new double[] {0.5}),
                Map.of("z", new int[] {3}, "a", new int[] {}, "s", new int[] {}), expected, List.of());
    }
    @Test
    void aFunctionValueWhoseNameCarriesASuperscriptLabelIsDeclaredBySpelling() throws Exception {
        // R-Drop's \mathcal{P}_1^w(y_i|x_i) and Q^{\pi}(s, a): the declaration was "expected a name to declare", or
        // the value E0192 at its use.
        double[] q = {1, -2, 0.5};
        double[] p = {0.25, 0.5, 0.25};
        String qs = "Q^{\\pi}(s, a)";
        String ps = "\\mathcal{P}_1^w(y_i|x_i)";
        PaperReadings.assertComputes("LabelledValues", qs + ", " + ps + " \\in \\mathbb{R}^{B}\ny = 2 " + qs + " + " + ps,
                "y", Map.of(qs, q, ps, p), Map.of(qs, new int[] {3}, ps, new int[] {3}),
                new double[] {2.25, -3.5, 1.25}, List.of());
    }
    @Test
    void aFreeSigmaWithSquareBracketsIsTheSigmoid() throws Exception {
        // ACON-C (Ma et al. 2021): \sigma[\beta x], the sigmoid with square brackets; was an undeclared number \sigma
        // times the bracket, asked for as an input. A declared \sigma stays a number.
        double[] x = {0, 1, -2};
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            expected[i] = 1 / (1 + Math.exp(-2 * x[i]));
        }
        PaperReadings.assertComputes("SigmaBrackets", "x \\in \\mathbb{R}^{n}\ny = \\sigma[2 x]", "y",
                Map.of("x", x), Map.of("x", new int[] {3}), expected, List.of());
        PaperReadings.assertComputes("SigmaNumber", "x \\in \\mathbb{R}^{n}, \\sigma \\in \\mathbb{R}\ny = \\sigma[2 x]",
                "y", Map.of("x", x, "\\sigma", new double[] {3}), Map.of("x", new int[] {3}, "\\sigma", new int[] {}),
                new double[] {0, 6, -12}, List.of());
    }
}
