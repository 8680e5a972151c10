package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A declared tensor followed by a square bracket of index letters in scope is its element, as in code (talking-heads
 * attention's {@code P_l[h, h']}, W0416): was the tensor times the concatenation of the indices' values, E0303, and
 * the letters only in the bracket made no definition element-wise. Expected values are computed here with loops.
 */
class BracketElementsTest {
    @Test
    void talkingHeadsMixesTheHeadsThroughABracketedElement() throws Exception {
        int heads = 2;
        int n = 3;
        double[] logits = PaperReadings.seq(heads * n, 0.4, 0.3);
        double[] mix = {1.0, -2.0, 0.5, 3.0};
        double[] expected = new double[heads * n];
        for (int g = 0; g < heads; g++) {
            for (int i = 0; i < n; i++) {
                for (int h = 0; h < heads; h++) {
                    expected[g * n + i] += logits[h * n + i] * mix[h * heads + g];
                }
            }
        }
        PaperReadings.assertComputes("Talking", "L \\in \\mathbb{R}^{H \\times n}, P_l \\in \\mathbb{R}^{H \\times H}\n"
                        + "J_{h',i} = \\sum_{h} L_{h,i} P_l[h, h']", "J", Map.of("L", logits, "P_l", mix),
                Map.of("L", new int[] {heads, n}, "P_l", new int[] {heads, heads}), expected, List.of(Code.W0416));
    }

    @Test
    void aBracketOfValuesAfterAMatrixStaysAConcatenation() throws Exception {
        // the LSTM's W [h, x]: vectors, not index letters, so the product with their concatenation
        double[] w = PaperReadings.seq(6, 0.1, 0.2);
        double[] h = {1, 2};
        double[] x = {-1};
        double[] expected = new double[2];
        for (int r = 0; r < 2; r++) {
            expected[r] = w[r * 3] * h[0] + w[r * 3 + 1] * h[1] + w[r * 3 + 2] * x[0];
        }
        PaperReadings.assertComputes("Lstm", "W \\in \\mathbb{R}^{2 \\times 3}, h \\in \\mathbb{R}^{2}, x \\in"
                        + " \\mathbb{R}^{1}\ny = W [h, x]", "y", Map.of("W", w, "h", h, "x", x),
                Map.of("W", new int[] {2, 3}, "h", new int[] {2}, "x", new int[] {1}), expected, List.of(Code.W0133));
    }
}
