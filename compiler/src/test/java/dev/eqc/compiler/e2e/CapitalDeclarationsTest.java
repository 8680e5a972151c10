package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Dive into Deep Learning's positional encoding declares the matrix {@code \mathbf{P} \in \mathbb{R}^{n \times d}}
 * and defines its elements {@code p_{i, 2j}}, {@code p_{i, 2j+1}}: the declaration is the defined matrix's shape
 * (W0426). Before, {@code i} ranged over a size of its own ({@code n_i}, W0196) that no input gave. A capital the
 * file uses is an input and stays one.
 */
class CapitalDeclarationsTest {
    @Test
    void theCapitalGivesTheShapeOfTheElementsDefined() throws Exception {
        int n = 3;
        int d = 4;
        double[] expected = new double[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d / 2; j++) {
                double angle = i / Math.pow(10000, 2.0 * j / d);
                expected[i * d + 2 * j] = Math.sin(angle);
                expected[i * d + 2 * j + 1] = Math.cos(angle);
            }
        }
        PaperReadings.assertComputes("Positions", "X \\in \\mathbb{R}^{n \\times d}, \\mathbf{P} \\in \\mathbb{R}^{n"
                        + " \\times d}\np_{i, 2j} = \\sin\\left(\\frac{i}{10000^{2j/d}}\\right)\n"
                        + "p_{i, 2j+1} = \\cos\\left(\\frac{i}{10000^{2j/d}}\\right)\nY = X + p", "Y",
                Map.of("X", new double[n * d]), Map.of("X", new int[] {n, d}), expected, List.of(Code.W0426));
    }

    @Test
    void aCapitalTheFileUsesStaysAnInput() throws Exception {
        double[] p = {1, 2, 3, 4};
        PaperReadings.assertComputes("Used", "P \\in \\mathbb{R}^{n \\times n}\nq_{ij} = 2 P_{ji}\ny = P + q", "y",
                Map.of("P", p), Map.of("P", new int[] {2, 2}), new double[] {3, 8, 7, 12}, List.of());
    }
}
