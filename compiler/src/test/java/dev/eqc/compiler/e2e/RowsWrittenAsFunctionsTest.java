package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Neural Turing Machine's memory rows as Weng prints them: {@code \mathbf{M}_t(i)} with {@code \mathbf{M}_t \in
 * \mathbb{R}^{N \times M}} is row i (W0161), and {@code w_t^c(i)}, a function of i labelled c, is defined element by
 * element over i (W0220). Before, {@code \mathbf{M}_t(i)} was the memory times i, and with a square memory the dot
 * product with the key gave a wrong value warned only as a dot product.
 */
class RowsWrittenAsFunctionsTest {
    @Test
    void aSubscriptedMatrixOfOneIndexIsItsRow() throws Exception {
        // M_t = [[1, 2], [3, 4]], k_t = (1, -1): k . M_t(i) = -1, -1
        PaperReadings.assertComputes("MemoryRows", "\\mathbf{M}_t \\in \\mathbb{R}^{N \\times N}, \\mathbf{k}_t \\in"
                        + " \\mathbb{R}^{N}\n"
                        + "s(i) = \\mathbf{k}_t \\cdot \\mathbf{M}_t(i)", "s",
                Map.of("\\mathbf{M}_t", new double[] {1, 2, 3, 5}, "\\mathbf{k}_t", new double[] {1, -1}),
                Map.of("\\mathbf{M}_t", new int[] {2, 2}, "\\mathbf{k}_t", new int[] {2}),
                new double[] {-1, -2}, List.of(Code.W0220, Code.W0161, Code.W0102));
    }

    @Test
    void contentAddressingAsPrinted() throws Exception {
        double[] m = {1, 0, 0, 2, 1, 1};   // 3 x 2
        double[] k = {1, 1};
        double beta = 2;
        double[] cos = new double[3];
        double total = 0;
        for (int i = 0; i < 3; i++) {
            cos[i] = Math.exp(beta * (m[2 * i] + m[2 * i + 1]) / (Math.sqrt(2) * Math.hypot(m[2 * i], m[2 * i + 1])));
            total += cos[i];
        }
        PaperReadings.assertComputes("ContentAddressing", "\\mathbf{M}_t \\in \\mathbb{R}^{N \\times M}, \\mathbf{k}_t"
                        + " \\in \\mathbb{R}^{M}, \\beta_t \\in \\mathbb{R}\n"
                        + "w_t^c(i) = \\frac{\\exp(\\beta_t \\frac{\\mathbf{k}_t \\cdot \\mathbf{M}_t(i)}{\\|\\mathbf{k}_t\\|"
                        + " \\cdot \\|\\mathbf{M}_t(i)\\|})}{\\sum_{j=1}^N \\exp(\\beta_t \\frac{\\mathbf{k}_t \\cdot"
                        + " \\mathbf{M}_t(j)}{\\|\\mathbf{k}_t\\| \\cdot \\|\\mathbf{M}_t(j)\\|})}", "w_t^c",
                Map.of("\\mathbf{M}_t", m, "\\mathbf{k}_t", k, "\\beta_t", new double[] {beta}),
                Map.of("\\mathbf{M}_t", new int[] {3, 2}, "\\mathbf{k}_t", new int[] {2}, "\\beta_t", new int[] {}),
                new double[] {cos[0] / total, cos[1] / total, cos[2] / total},
                List.of(Code.W0220, Code.W0161, Code.W0102));
    }
}
