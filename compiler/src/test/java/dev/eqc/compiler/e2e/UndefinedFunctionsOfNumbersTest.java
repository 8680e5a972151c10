package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The value of a function the file does not define, at arguments that are numbers or names the file leaves as
 * notation, is read as a number when nothing else tells its shape (W0190 with a note), as an undeclared name is
 * (W0101): preference losses' {@code \pi_\theta(y_w \mid x)}, GAN's {@code D(x)}. Was E0192. At a declared vector,
 * nothing tells and it stays E0192 (UndefinedFunctionsTest). Expected values are worked out here.
 */
class UndefinedFunctionsOfNumbersTest {
    private static final double LN_2_5 = Math.log(2.5);

    @Test
    void simpoAsPrintedReadsThePolicyValuesAsNumbers() throws Exception {
        // Meng et al. (2024), SimPO, Eq. 6 for one pair: z = 2/6 (-12) - 2/8 (-20) - 0.5 = 0.5; L = log(1 + e^{-z})
        PaperReadings.assertComputes("SimPo", "\\beta, \\gamma \\in \\mathbb{R}\n\n\\mathcal{L}_{\\mathrm{SimPO}} = "
                        + "-\\log \\sigma \\left( \\frac{\\beta}{|y_w|} \\log \\pi_\\theta(y_w|x) - \\frac{\\beta}{|y_l|}"
                        + " \\log \\pi_\\theta(y_l|x) - \\gamma \\right)", "\\mathcal{L}_{\\mathrm{SimPO}}",
                Map.of("\\beta", new double[] {2}, "\\gamma", new double[] {0.5}, "y_w", new double[] {6}, "y_l",
                        new double[] {8}, "\\pi_\\theta(y_w, x)", new double[] {Math.exp(-12)}, "\\pi_\\theta(y_l, x)",
                        new double[] {Math.exp(-20)}),
                Map.of("\\beta", new int[0], "\\gamma", new int[0], "y_w", new int[0], "y_l", new int[0],
                        "\\pi_\\theta(y_w, x)", new int[0], "\\pi_\\theta(y_l, x)", new int[0]),
                new double[] {Math.log1p(Math.exp(-0.5))}, List.of(Code.W0101, Code.W0190));
    }

    @Test
    void ipoRatioOfFourPolicyValues() throws Exception {
        // Azar et al. (2024), IPO, Eq. 17 for one pair: h = log(0.5 * 0.2 / (0.1 * 0.4)) = log 2.5; (h - 1/(2 tau))^2
        PaperReadings.assertComputes("Ipo", "\\tau \\in \\mathbb{R}\n\nh = \\log \\frac{\\pi(y_w)\\pi_{ref}(y_l)}"
                        + "{\\pi(y_l)\\pi_{ref}(y_w)}\nL = \\left( h - \\frac{1}{2\\tau} \\right)^2", "L",
                Map.of("\\tau", new double[] {0.5}, "\\pi(y_w)", new double[] {0.5}, "\\pi_{ref}(y_l)",
                        new double[] {0.2}, "\\pi(y_l)", new double[] {0.1}, "\\pi_{ref}(y_w)", new double[] {0.4}),
                Map.of("\\tau", new int[0], "\\pi(y_w)", new int[0], "\\pi_{ref}(y_l)", new int[0], "\\pi(y_l)",
                        new int[0], "\\pi_{ref}(y_w)", new int[0]),
                new double[] {(LN_2_5 - 1) * (LN_2_5 - 1)}, List.of(Code.W0190));
    }

    @Test
    void ganValueOfOneDrawEach() throws Exception {
        // Goodfellow et al. (2014), Eq. 1 with nothing declared: D(x) and D(G(z)) are the discriminator's outputs,
        // numbers; each expectation of a number is one draw (W0321). log 0.8 + log(1 - 0.3)
        PaperReadings.assertComputes("GanValue", "V = \\mathbb{E}_{x \\sim p_{data}}[\\log D(x)] + \\mathbb{E}_{z \\sim"
                        + " p_z}[\\log(1 - D(G(z)))]", "V",
                Map.of("D(x)", new double[] {0.8}, "D(G(z))", new double[] {0.3}),
                Map.of("D(x)", new int[0], "D(G(z))", new int[0]),
                new double[] {Math.log(0.8) + Math.log(0.7)}, List.of(Code.W0132, Code.W0321, Code.W0190));
    }

    @Test
    void atADeclaredVectorNothingTellsTheShape() {
        PaperReadings.assertRejected("\\mathbf{x} \\in \\mathbb{R}^{d}\n\nL = \\log \\pi(\\mathbf{x})", Code.E0192);
        // inside an expression of a parameter of the enclosing function: no name gives the value at the call
        PaperReadings.assertRejected("\\mathbf{x} \\in \\mathbb{R}^{d}\n\nf(u) = W g(u + 1, v)\ny = f(\\mathbf{x})",
                Code.E0191);
    }

    @Test
    void besideATensorThatTellsNothingTheValueIsNoNumber() {
        // probe21: a number would silently scale the tensor (exp(0.25 W), a matrix, for a bilinear form)
        PaperReadings.assertRejected("W \\in \\mathbb{R}^{d \\times d}\n\ne = \\exp(h(x)^\\top W h(x))", Code.E0192);
        PaperReadings.assertRejected("s = \\phi(x)^\\top \\phi(y)", Code.E0192);
        PaperReadings.assertRejected("w \\in \\mathbb{R}^{d}\n\ns = \\phi(x) w^\\top", Code.E0192);
    }

    @Test
    void aRowBeforeTheValueTakesItsDotProduct() throws Exception {
        // logistic regression on features, sigma(w^T phi(x) + b): phi(x) a vector of w's length (was a number, so
        // one sigmoid per weight). w . phi = 1 * 2 - 1 * 1 = 1; sigma(1 + 0) = 0.731058...
        PaperReadings.assertComputes("FeatureLogistic", "w \\in \\mathbb{R}^{2}, b \\in \\mathbb{R}\n\n"
                        + "s = \\sigma(w^\\top \\phi(x) + b)", "s",
                Map.of("w", new double[] {1, -1}, "b", new double[] {0}, "\\phi(x)", new double[] {2, 1}),
                Map.of("w", new int[] {2}, "b", new int[0], "\\phi(x)", new int[] {2}),
                new double[] {1 / (1 + Math.exp(-1))}, List.of(Code.W0190));
    }

    @Test
    void aConditionalAndAJointAtTheSameArgumentsAreRefused() {
        // probe21: p(y|x) - p(y, x) was 0 (one input p(y, x) for both)
        PaperReadings.assertRejected("h = p(y|x) - p(y,x)", Code.E0379);
        PaperReadings.assertRejected("r = \\frac{p(y,x)}{p\\left(y \\mid x\\right)}", Code.E0379);
    }
}
