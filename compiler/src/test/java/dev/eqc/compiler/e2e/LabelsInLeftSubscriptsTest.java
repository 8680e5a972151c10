package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A left-hand subscript whose first letter is no index of the definition (W0402): a size (DINOv2's KoLeo {@code
 * d_{n,i}}, n the batch size) or a step the right-hand side never uses (FTRL's {@code w_{t,i}}). That letter is part
 * of the name, defined element by element over the letters after it. Before, {@code d_{n,i}} was one scalar, and
 * KoLeo's minimum ran over all pairs (W0271): a wrong value, warned.
 */
class LabelsInLeftSubscriptsTest {
    @Test
    void aSizeInTheSubscriptIsPartOfTheName() throws Exception {
        // three points on a line at 0, 1, 3: nearest-neighbour distances 1, 1, 2
        double[] x = {0, 1, 3};
        double expected = -(Math.log(1) + Math.log(1) + Math.log(2)) / 3;
        PaperReadings.assertComputes("Koleo", "x \\in \\mathbb{R}^{n \\times d}\n"
                        + "L = -\\frac{1}{n} \\sum_{i=1}^{n} \\log(d_{n,i})\n"
                        + "d_{n,i} = \\min_{j \\neq i} \\| x_i - x_j \\|", "L",
                Map.of("x", x), Map.of("x", new int[] {3, 1}), new double[] {expected}, List.of(Code.W0402));
    }

    @Test
    void aStepTheRightHandSideNeverUsesIsPartOfTheName() throws Exception {
        // McMahan et al. (2013), Algorithm 1, without the L1 case: w_{t,i} from z_i and n_i
        double[] z = {1, -2};
        double[] n = {4, 9};
        double[] w = new double[2];
        for (int i = 0; i < 2; i++) {
            w[i] = -z[i] / (1 + Math.sqrt(n[i]));
        }
        PaperReadings.assertComputes("Ftrl", "z, n \\in \\mathbb{R}^{d}\n"
                        + "w_{t,i} = -\\frac{z_i}{1 + \\sqrt{n_i}}", "w_t",
                Map.of("z", z, "n", n), Map.of("z", new int[] {2}, "n", new int[] {2}), w, List.of(Code.W0402));
    }

    @Test
    void aStepTheRightHandSideUsesStaysAnIndex() throws Exception {
        // x_{t,i} = y_{t,i}: both letters index, no label, no warning
        PaperReadings.assertComputes("Copy", "y \\in \\mathbb{R}^{T \\times d}\nx_{t,i} = 2 y_{t,i}", "x",
                Map.of("y", new double[] {1, 2, 3, 4}), Map.of("y", new int[] {2, 2}), new double[] {2, 4, 6, 8},
                List.of());
    }
}
