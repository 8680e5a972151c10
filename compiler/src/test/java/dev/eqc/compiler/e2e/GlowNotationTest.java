package dev.eqc.compiler.e2e;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Glow's Table 1 as printed (Kingma & Dhariwal 2018): a definition after a quantifier {@code \forall i,j:}. Before:
 * the quantified definition was skipped as prose (W0130). Expected values by hand.
 */
class GlowNotationTest {
    private static final double[] X = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    private static final double[] S = {0.5, -2};
    private static final Map<String, int[]> SHAPES = Map.of("x", new int[] {3, 2, 2}, "s", new int[] {2},
            "b", new int[] {2});

    @Test
    void aQuantifiedDefinitionIsTheDefinition() throws Exception {
        double[] b = {1, -1};
        double[] expected = new double[X.length];
        for (int k = 0; k < X.length; k++) {
            expected[k] = S[k % 2] * X[k] + b[k % 2];
        }
        PaperReadings.assertComputes("Actnorm", "x \\in \\mathbb{R}^{h \\times w \\times c}, s, b \\in \\mathbb{R}^{c}\n"
                        + "\\forall i,j: y_{i,j} = s \\odot x_{i,j} + b", "y", Map.of("x", X, "s", S, "b", b), SHAPES,
                expected, List.of());
    }
}
