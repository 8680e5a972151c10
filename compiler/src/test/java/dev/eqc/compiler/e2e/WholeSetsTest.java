package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bars around a set the file does not give, summed over in the same definition (W0429): Proxy Anchor's {@code
 * \frac{1}{|P|} \sum_{p \in P}} over all proxies is the mean over {@code p}. Before, {@code |P|} made {@code P} an
 * undeclared matrix input (W0101) and the sum over it E0103.
 */
class WholeSetsTest {
    private static final Map<String, double[]> X = Map.of("x", new double[] {1, 2, 3, 6});
    private static final Map<String, int[]> N = Map.of("x", new int[] {4});

    @Test
    void barsBeforeASumOverAnUngivenSetCountItsTerms() throws Exception {
        PaperReadings.assertComputes("Before", "x \\in \\mathbb{R}^{n}\n"
                        + "\\ell = \\frac{1}{|P|} \\sum_{p \\in P} x_p", "\\ell",
                X, N, new double[] {3}, List.of(Code.W0429, Code.W0147));
    }

    @Test
    void barsAfterTheSumAndTwoSumsShareTheCount() throws Exception {
        // (1 + 2 + 3 + 6) / 4 + (1 + 4 + 9 + 36) / 4
        PaperReadings.assertComputes("After", "x \\in \\mathbb{R}^{n}\n"
                        + "\\ell = \\sum_{i \\in \\mathcal{B}} x_i / |\\mathcal{B}| + \\frac{1}{|\\mathcal{B}|}"
                        + " \\sum_{i \\in \\mathcal{B}} x_i^2", "\\ell",
                X, N, new double[] {3 + 12.5}, List.of(Code.W0147, Code.W0429));
    }
}
