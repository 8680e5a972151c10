package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Textbook notation from Aggarwal, Bertsekas, CS234 and similar course notes (session 21, helper new21b, cases
 * c1910–c1939). Expected values are worked out here from the books' meaning.
 */
class NewPapers21bTest {

    @Test
    void aBuiltInWordTakesItsArgumentInBraces() throws Exception {
        // Aggarwal's \text{sign}\{\overline{W} \cdot \overline{X}\}: the sign of the argument in braces (was E0104).
        // sign(-2, 0.5, 3) = (-1, 1, 1)
        PaperReadings.assertComputes("SignBraces", "x \\in \\mathbb{R}^{3}\n\ny = \\text{sign}\\{x\\}", "y",
                Map.of("x", new double[] {-2, 0.5, 3}), Map.of("x", new int[] {3}),
                new double[] {-1, 1, 1}, List.of());
    }

    @Test
    void aPrimeBeforeAFactorIsTheTransposeOfADeclaredVector() throws Exception {
        // Bertsekas' f(x) = 1/2 x'Qx - b'x: x' and b' are declared nowhere, so the primes are transposes (was an
        // undeclared number x' asked for as an input). x = (1, 2), Q = diag(2, 1), b = (1, 0):
        // 1/2 (2 * 1 + 1 * 4) - 1 = 3 - 1 = 2
        PaperReadings.assertComputes("PrimeTranspose", "Q \\in \\mathbb{R}^{2 \\times 2}, b, x \\in \\mathbb{R}^{2}\n\n"
                        + "g = \\frac{1}{2} x'Qx - b'x", "g",
                Map.of("Q", new double[] {2, 0, 0, 1}, "b", new double[] {1, 0}, "x", new double[] {1, 2}),
                Map.of("Q", new int[] {2, 2}, "b", new int[] {2}, "x", new int[] {2}),
                new double[] {2}, List.of(Code.W0510));
    }

    @Test
    void aSumOverASizeRunsOverItsValues() throws Exception {
        // CS234's V_k(s) = R(s) + gamma sum_{s' in S} P(s'|s) V(s'), here without R: S the number of states, so s'
        // runs over 1 ... S (was E0103). P = [[0.5, 0.5], [0.1, 0.9]] (row s), V = (1, 3):
        // y = (0.5 + 1.5, 0.1 + 2.7) = (2, 2.8)
        PaperReadings.assertComputes("SumOverSize", "P \\in \\mathbb{R}^{S \\times S}, V \\in \\mathbb{R}^{S}\n\n"
                        + "y(s) = \\sum_{t \\in S} P(t|s) V(t)", "y",
                Map.of("P", new double[] {0.5, 0.5, 0.1, 0.9}, "V", new double[] {1, 3}),
                Map.of("P", new int[] {2, 2}, "V", new int[] {2}),
                new double[] {2, 2.8}, List.of(Code.W0220, Code.W0511, Code.W0256, Code.W0161));
    }

    @Test
    void anUnknownFunctionBetweenTwoFormsOfAChainNamesTheValue() throws Exception {
        // Aggarwal's RBF unit h_i = \Phi_i(X) = exp(-||X - mu_i||^2): \Phi_i is given nowhere, so it names the value,
        // computed from the last form (was an input named \Phi_i(X)). X = 0, mu = [[1, 0], [0, 2]]: (e^-1, e^-4)
        PaperReadings.assertComputes("ChainFunctionName", "X \\in \\mathbb{R}^{2}, \\mu \\in \\mathbb{R}^{2 \\times 2}\n\n"
                        + "h_i = \\Phi_i(X) = \\exp(-\\|X - \\mu_i\\|^2)", "h",
                Map.of("X", new double[] {0, 0}, "\\mu", new double[] {1, 0, 0, 2}),
                Map.of("X", new int[] {2}, "\\mu", new int[] {2, 2}),
                new double[] {Math.exp(-1), Math.exp(-4)}, List.of(Code.W0250));
    }
}
