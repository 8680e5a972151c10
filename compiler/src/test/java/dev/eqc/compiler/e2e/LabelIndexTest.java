package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Jurafsky &amp; Martin's skip-gram loss {@code -[\log \sigma(c_{pos} \cdot w) + \sum_{i=1}^{k} \log \sigma(-c_{neg_i}
 * \cdot w)]} with {@code c_{neg} \in \mathbb{R}^{k \times d}}: the index on the label is row i of {@code c_{neg}}
 * (W0451); {@code c_{neg_i}} was an undeclared input.
 */
class LabelIndexTest {
    private static final double[] W = PaperReadings.seq(2, 1.0, 0.3);
    private static final double[] C = PaperReadings.seq(6, 0.7, 1.9);

    @Test
    void anIndexOnTheLabelPicksARowOfTheLabelledName() throws Exception {
        double l = 0;
        for (int i = 0; i < 3; i++) {
            double dot = C[2 * i] * W[0] + C[2 * i + 1] * W[1];
            l += Math.log(1 / (1 + Math.exp(dot)));
        }
        PaperReadings.assertComputes("Sgns", "w \\in \\mathbb{R}^{d}, c_{neg} \\in \\mathbb{R}^{k \\times d}\n"
                        + "L = \\sum_{i=1}^{k} \\log \\sigma(-c_{neg_i}^\\top w)", "L",
                Map.of("w", W, "c_{neg}", C), Map.of("w", new int[] {2}, "c_{neg}", new int[] {3, 2}),
                new double[] {l}, List.of(Code.W0451));
    }
}
