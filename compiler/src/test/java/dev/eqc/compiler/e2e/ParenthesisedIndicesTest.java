package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A left-hand side whose parenthesised superscript holds the letters the right-hand side indexes with, as Lilian
 * Weng's survey prints SimCLR ({@code \mathcal{L}^{(i,j)}}) and SwAV ({@code \mathbf{p}^{(k)}_t}): the definition's
 * indices (W0439); the value read again with the same superscript is its element (W0240). Both were an undeclared
 * input before ({@code \mathbf{z}_i} with {@code i} free). Expected values are computed here with plain loops.
 */
class ParenthesisedIndicesTest {
    @Test
    void aPairOfLettersInTheSuperscriptDefinesAMatrix() throws Exception {
        double[] z = {1, 2, 0.5, -1, 3, 0.25};
        double[] expected = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                expected[3 * i + j] = z[2 * i] * z[2 * j] + z[2 * i + 1] * z[2 * j + 1];
            }
        }
        PaperReadings.assertComputes("Pairs", "\\mathbf{z} \\in \\mathbb{R}^{N \\times d}\n"
                        + "\\mathcal{L}^{(i,j)} = \\mathbf{z}_i^\\top \\mathbf{z}_j", "\\mathcal{L}",
                Map.of("\\mathbf{z}", z), Map.of("\\mathbf{z}", new int[] {3, 2}), expected, List.of(Code.W0439));
    }

    @Test
    void aLetterInTheSuperscriptBesideALabelIsReadBackAsAnElement() throws Exception {
        // SwAV: p_t^{(k)} the softmax of z_t^T c_k over the K prototypes (rows of C), then -\sum_k q_s^{(k)} \log p_t^{(k)}.
        double[] c = {1, 0, 0, 1, 1, 1};
        double[] zt = {0.5, -0.25};
        double[] q = {0.2, 0.3, 0.5};
        double[] logits = new double[3];
        double norm = 0;
        for (int k = 0; k < 3; k++) {
            logits[k] = c[2 * k] * zt[0] + c[2 * k + 1] * zt[1];
            norm += Math.exp(logits[k]);
        }
        double loss = 0;
        for (int k = 0; k < 3; k++) {
            loss -= q[k] * Math.log(Math.exp(logits[k]) / norm);
        }
        PaperReadings.assertComputes("Swav", "\\mathbf{z}_t \\in \\mathbb{R}^{d}, \\mathbf{q}_s \\in \\mathbb{R}^{K},"
                        + " \\mathbf{C} \\in \\mathbb{R}^{K \\times d}\n"
                        + "\\mathbf{p}^{(k)}_t = \\frac{\\exp(\\mathbf{z}_t^\\top \\mathbf{C}_k)}{\\sum_{k'} \\exp(\\mathbf{z}_t^\\top \\mathbf{C}_{k'})}\n"
                        + "\\ell = - \\sum_k \\mathbf{q}^{(k)}_s \\log \\mathbf{p}^{(k)}_t", "\\ell",
                Map.of("\\mathbf{z}_t", zt, "\\mathbf{q}_s", q, "\\mathbf{C}", c),
                Map.of("\\mathbf{z}_t", new int[] {2}, "\\mathbf{q}_s", new int[] {3}, "\\mathbf{C}", new int[] {3, 2}),
                new double[] {loss}, List.of(Code.W0439, Code.W0240));
    }

    @Test
    void aLayerLabelOnlyInSuperscriptsStaysALabel() throws Exception {
        // Nielsen's a^{(l)} = \sigma(W^{(l)} a^{(l-1)}): l appears on the right only as labels, never as an index.
        PaperReadings.assertComputes("Layer", "W^{(l)} \\in \\mathbb{R}^{2 \\times 2}, a^{(l-1)} \\in \\mathbb{R}^{2}\n"
                        + "a^{(l)} = W^{(l)} a^{(l-1)}", "a^{(l)}",
                Map.of("W^{(l)}", new double[] {1, 2, 3, 4}, "a^{(l-1)}", new double[] {1, 1}),
                Map.of("W^{(l)}", new int[] {2, 2}, "a^{(l-1)}", new int[] {2}), new double[] {3, 7}, List.of());
    }

    @Test
    void aStepWrittenWithItsPreviousStepStaysALabel() throws Exception {
        // h^{(t)} = \tanh(W h^{(t-1)} + x_t): one step of a recurrence, not a matrix over t with one previous state.
        PaperReadings.assertComputes("Step", "W \\in \\mathbb{R}^{2 \\times 2}, \\mathbf{h}^{(t-1)}, \\mathbf{x}_t \\in \\mathbb{R}^{2}\n"
                        + "\\mathbf{h}^{(t)} = W \\mathbf{h}^{(t-1)} + \\mathbf{x}_t", "\\mathbf{h}^{(t)}",
                Map.of("W", new double[] {1, 2, 3, 4}, "\\mathbf{h}^{(t-1)}", new double[] {1, 1},
                        "\\mathbf{x}_t", new double[] {0.5, -1}),
                Map.of("W", new int[] {2, 2}, "\\mathbf{h}^{(t-1)}", new int[] {2}, "\\mathbf{x}_t", new int[] {2}),
                new double[] {3.5, 6}, List.of());
    }
}
