package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The min and max on the left of an objective name what training optimises over (W0323). */
class OptimisedObjectivesTest {
    @Test
    void theGanValueFunctionIsDefinedByItsRightHandSide() throws Exception {
        // Goodfellow et al. (2014), Eq. 1, with D(x) and D(G(z)) given per sample.
        double[] real = {0.5, 0.25};
        double[] fake = {0.5, 0.75};
        double v = (Math.log(0.5) + Math.log(0.25)) / 2 + (Math.log(0.5) + Math.log(0.25)) / 2;
        String gan = "D(x), D(G(z)) \\in \\mathbb{R}^{m}\n"
                + "\\min_G \\max_D V(D, G) = \\mathbb{E}_{x \\sim p}[\\log D(x)] + \\mathbb{E}_{z \\sim p_z}[\\log(1 - D(G(z)))]";
        PaperReadings.assertComputes("Gan", gan, "V", Map.of("D(x)", real, "D(G(z))", fake),
                Map.of("D(x)", new int[] {2}, "D(G(z))", new int[] {2}), new double[] {v},
                List.of(Code.W0323, Code.W0132, Code.W0191));
    }

    @Test
    void aMinimumWrittenOnTheRightIsStillComputed() throws Exception {
        PaperReadings.assertComputes("Least", "x \\in \\mathbb{R}^{n}\nm = \\min_i x_i", "m",
                Map.of("x", new double[] {3, -1, 2}), Map.of("x", new int[] {3}), new double[] {-1}, List.of());
    }
}
