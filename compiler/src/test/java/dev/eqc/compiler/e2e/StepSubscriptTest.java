package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A step, then element indices, in one subscript (Ruder's overview of gradient descent): {@code \theta_{t, i}}
 * is element i of the declared vector {@code \theta_t}, {@code G_{t, ii}} the diagonal of the matrix
 * {@code G_t}, and {@code \theta_{t+1, i} = …} defines the vector {@code \theta_{t+1}} element by element.
 */
class StepSubscriptTest {

    @Test
    void adagradAsRuderPrintsIt() throws Exception {
        // Before: \theta_{t, i}, g_{t, i} were new undeclared scalars and G_{t, ii} a matrix, so the update
        // broadcast into a wrong tensor, with only W0101 warnings.
        double[] theta = {1, -2, 0.5};
        double[] g = {0.1, 0.2, -0.3};
        double[] bigG = {4, 9, 9, 1, 0.25, 7, 3, 2, 16};
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            expected[i] = theta[i] - 0.5 / Math.sqrt(bigG[4 * i] + 1e-8) * g[i];
        }
        String program = "\\theta_t, g_t \\in \\mathbb{R}^{d}, G_t \\in \\mathbb{R}^{d \\times d}, \\eta \\in \\mathbb{R},"
                + " \\epsilon = 10^{-8}\n"
                + "\\theta_{t+1, i} = \\theta_{t, i} - \\dfrac{\\eta}{\\sqrt{G_{t, ii} + \\epsilon}} \\cdot g_{t, i}";
        PaperReadings.assertComputes("Adagrad", program, "\\theta_{t+1}",
                Map.of("\\theta_t", theta, "g_t", g, "G_t", bigG, "\\eta", new double[] {0.5}),
                Map.of("\\theta_t", new int[] {3}, "g_t", new int[] {3}, "G_t", new int[] {3, 3}, "\\eta", new int[] {}),
                expected, List.of());
    }

    @Test
    void aStepBesideAnIndexReadsTheDefinedVector() throws Exception {
        // m_{t, i} reads the vector m_t defined on the line before, element by element; u_{t+1, i} defines u_{t+1}.
        double[] g = {1, -2, 4};
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            expected[i] = 0.1 * g[i] * 2 + 1;
        }
        String program = "g_t \\in \\mathbb{R}^{d}\nm_t = 0.1 g_t\nu_{t+1, i} = 2 m_{t, i} + 1";
        PaperReadings.assertComputes("Moment", program, "u_{t+1}", Map.of("g_t", g), Map.of("g_t", new int[] {3}),
                expected, List.of());
    }
}
