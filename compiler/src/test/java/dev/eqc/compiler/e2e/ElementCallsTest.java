package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Jurafsky &amp; Martin's attention score {@code \text{score}(\mathbf{x}_i, \mathbf{x}_j) = \mathbf{q}_i \cdot
 * \mathbf{k}_j} after {@code \mathbf{q}_i = \mathbf{x}_i \mathbf{W^Q}}: a function written of rows of a declared tensor,
 * called elsewhere only at rows of the same tensor, is defined element-wise and each call is its element (W0137);
 * it stayed a function whose parameters the body never reads, and {@code \mathbf{q}_i} an undeclared input.
 */
class ElementCallsTest {
    private static final double[] X = PaperReadings.seq(6, 1.1, 0.4);
    private static final double[] WQ = PaperReadings.seq(4, 0.8, 1.7);
    private static final double[] WK = PaperReadings.seq(4, 0.6, 2.9);

    @Test
    void callsAtRowsOfTheSameTensorAreElementsOfTheFunction() throws Exception {
        double[][] q = new double[3][2];
        double[][] k = new double[3][2];
        for (int i = 0; i < 3; i++) {
            for (int c = 0; c < 2; c++) {
                for (int e = 0; e < 2; e++) {
                    q[i][c] += X[2 * i + e] * WQ[2 * e + c];
                    k[i][c] += X[2 * i + e] * WK[2 * e + c];
                }
            }
        }
        double[] expected = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                expected[3 * i + j] = q[i][0] * k[j][0] + q[i][1] * k[j][1] + 2 * (q[j][0] * k[i][0] + q[j][1] * k[i][1]);
            }
        }
        PaperReadings.assertComputes("Score", "\\mathbf{x} \\in \\mathbb{R}^{N \\times d}, \\mathbf{W^Q}, \\mathbf{W^K}"
                        + " \\in \\mathbb{R}^{d \\times d_k}\n"
                        + "\\mathbf{q}_i = \\mathbf{x}_i\\mathbf{W^Q}\n\\mathbf{k}_i = \\mathbf{x}_i\\mathbf{W^K}\n"
                        + "\\text{score}(\\mathbf{x}_i,\\mathbf{x}_j) = \\mathbf{q}_i\\cdot\\mathbf{k}_j\n"
                        + "s_{ij} = \\text{score}(\\mathbf{x}_i,\\mathbf{x}_j) + 2 \\text{score}(\\mathbf{x}_j,\\mathbf{x}_i)",
                "s", Map.of("\\mathbf{x}", X, "\\mathbf{W^Q}", WQ, "\\mathbf{W^K}", WK),
                Map.of("\\mathbf{x}", new int[] {3, 2}, "\\mathbf{W^Q}", new int[] {2, 2}, "\\mathbf{W^K}", new int[] {2, 2}),
                expected, List.of(Code.W0137, Code.W0102));
    }
}
