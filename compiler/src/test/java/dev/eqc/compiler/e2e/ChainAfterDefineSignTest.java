package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A chain whose first sign defines ({@code \equiv}, {@code :=}) and whose later forms follow with {@code =} is one
 * chain of equal forms, read by the same rules as {@code a = b = c}: Wikipedia's cross-entropy article writes
 * {@code \hat{y}_n \equiv g(\mathbf{w} \cdot \mathbf{x}_n) = \frac{1}{1 + e^{-\mathbf{w} \cdot \mathbf{x}_n}}}, and
 * {@code g} (defined nowhere) was an input scalar times the dot product.
 */
class ChainAfterDefineSignTest {
    private static final double[] X = PaperReadings.seq(6, 1.2, 0.4);
    private static final double[] W = PaperReadings.seq(2, 0.9, 1.3);

    @Test
    void anEquivChainComputesTheFormAfterAnUndefinedFunction() throws Exception {
        double[] expected = new double[3];
        for (int n = 0; n < 3; n++) {
            expected[n] = 1 / (1 + Math.exp(-(W[0] * X[2 * n] + W[1] * X[2 * n + 1])));
        }
        PaperReadings.assertComputes("Equiv", "X \\in \\mathbb{R}^{N \\times d}, w \\in \\mathbb{R}^{d}\n"
                        + "\\hat{y}_n \\equiv g(w^\\top x_n) = \\frac{1}{1 + e^{-w^\\top x_n}}", "\\hat{y}",
                Map.of("X", X, "w", W), Map.of("X", new int[] {3, 2}, "w", new int[] {2}), expected,
                List.of(Code.W0160, Code.W0102));
    }

    @Test
    void aColonEqualsChainDoesTooAndAKnownFirstFormStaysComputed() throws Exception {
        double[] twice = {2 * W[0], 2 * W[1]};
        PaperReadings.assertComputes("Define", "w \\in \\mathbb{R}^{d}\ny := f(w) = 2 w", "y",
                Map.of("w", W), Map.of("w", new int[] {2}), twice, List.of(Code.W0160));
        PaperReadings.assertComputes("Derivation", "w \\in \\mathbb{R}^{d}\ny := 2 w = w + w", "y",
                Map.of("w", W), Map.of("w", new int[] {2}), twice, List.of());
    }
}
