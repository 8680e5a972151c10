package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A set written among a left-hand side's arguments names what the value is of (W0258), whichever order its limits
 * take: Chuang et al.'s debiased contrastive term as Weng prints it, {@code g(\mathbf{x}, \{\mathbf{u}_i\}^N_{i=1},
 * \{\mathbf{v}_i\}_{i=1}^M)}, the upper limit first on the first set (was E0107, "a parameter must be a name").
 */
class SetArgumentNotationTest {
    @Test
    void aSetWithItsUpperLimitFirstIsNotation() throws Exception {
        double[] fx = {0.5, -0.25};
        double[] fu = {0.1, 0.2, -0.3, 0.4, 0.5, -0.6};   // N = 3 rows
        double[] fv = {0.7, -0.1, 0.2, 0.3};               // M = 2 rows
        double etaPlus = 0.1;
        double etaMinus = 0.9;
        double tau = 0.5;
        double neg = 0;
        for (int i = 0; i < 3; i++) {
            neg += Math.exp(fx[0] * fu[2 * i] + fx[1] * fu[2 * i + 1]) / 3;
        }
        double pos = 0;
        for (int i = 0; i < 2; i++) {
            pos += Math.exp(fx[0] * fv[2 * i] + fx[1] * fv[2 * i + 1]) / 2;
        }
        double expected = Math.max((neg - etaPlus * pos) / etaMinus, Math.exp(-1 / tau));
        PaperReadings.assertComputes("Debiased", "f(\\mathbf{x}) \\in \\mathbb{R}^{d}, f(\\mathbf{u}) \\in \\mathbb{R}^{N"
                        + " \\times d}, f(\\mathbf{v}) \\in \\mathbb{R}^{M \\times d}, \\eta^+, \\eta^-, \\tau \\in \\mathbb{R}\n"
                        + "g(\\mathbf{x}, \\{\\mathbf{u}_i\\}^N_{i=1}, \\{\\mathbf{v}_i\\}_{i=1}^M) = \\max\\Big\\{"
                        + " \\frac{1}{\\eta^-}\\Big( \\frac{1}{N}\\sum_{i=1}^N \\exp(f(\\mathbf{x})^\\top f(\\mathbf{u}_i))"
                        + " - \\frac{\\eta^+}{M}\\sum_{i=1}^M \\exp(f(\\mathbf{x})^\\top f(\\mathbf{v}_i)) \\Big),"
                        + " \\exp(-1/\\tau) \\Big\\}", "g",
                Map.of("f(\\mathbf{x})", fx, "f(\\mathbf{u})", fu, "f(\\mathbf{v})", fv, "\\eta^+",
                        new double[] {etaPlus}, "\\eta^-", new double[] {etaMinus}, "\\tau", new double[] {tau}),
                Map.of("f(\\mathbf{x})", new int[] {2}, "f(\\mathbf{u})", new int[] {3, 2}, "f(\\mathbf{v})",
                        new int[] {2, 2}, "\\eta^+", new int[] {}, "\\eta^-", new int[] {}, "\\tau", new int[] {}),
                new double[] {expected}, List.of(Code.W0258, Code.W0392, Code.W0191));
    }
}
