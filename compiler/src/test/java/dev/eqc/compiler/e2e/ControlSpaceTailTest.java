package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Jurafsky &amp; Martin print the softmax as {@code \frac{\exp(z_i)}{\sum_{j=1}^K \exp(z_j)} \ \ 1 \leq i \leq K}: two
 * control spaces set the range apart as a {@code \quad} would. Before, the range stayed in the statement, which became
 * the comparison {@code (p_i = …) \le i \le K}, a bare expression: the definition was lost.
 */
class ControlSpaceTailTest {
    private static final double[] Z = PaperReadings.seq(4, 1.1, 0.5);

    @Test
    void twoControlSpacesSetARangeApart() throws Exception {
        double sum = 0;
        for (double z : Z) {
            sum += Math.exp(z);
        }
        double[] expected = new double[Z.length];
        for (int i = 0; i < Z.length; i++) {
            expected[i] = Math.exp(Z[i]) / sum;
        }
        PaperReadings.assertComputes("Tail", "z \\in \\mathbb{R}^{K}\n"
                        + "p_i = \\frac{e^{z_i}}{\\sum_{j=1}^K e^{z_j}} \\ \\ 1 \\leq i \\leq K", "p",
                Map.of("z", Z), Map.of("z", new int[] {4}), expected, List.<Code>of());
    }
}
