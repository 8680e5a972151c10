package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lists of rows written with a pattern (ViT's patch embedding, Eq. 1): the declared vectors before the pattern, one
 * row each, on top of one row per cell of the pattern, with W0414; the dots were E0103 before. The expected values
 * are worked out here from the paper's meaning, not from eqc's reading.
 */
class PatternRowsTest {
    private static final int N = 3;
    private static final int K = 2;
    private static final int D = 4;
    private static final double[] CLS = PaperReadings.seq(D, 0.5, 0.25);
    private static final double[] PATCHES = PaperReadings.seq(N * K, -1.0, 0.4);
    private static final double[] E = PaperReadings.seq(K * D, 0.3, -0.2);
    private static final double[] POS = PaperReadings.seq((N + 1) * D, 0.1, 0.05);

    /** Row r of the class token then the patches times E (r counted from 0), plus {@code add}'s row r. */
    private static double[] tokens(double[] add) {
        double[] z = new double[(N + 1) * D];
        for (int r = 0; r <= N; r++) {
            for (int c = 0; c < D; c++) {
                double v = 0;
                if (r == 0) {
                    v = CLS[c];
                } else {
                    for (int k = 0; k < K; k++) {
                        v += PATCHES[(r - 1) * K + k] * E[k * D + c];
                    }
                }
                z[r * D + c] = v + (add == null ? 0 : add[r * D + c]);
            }
        }
        return z;
    }

    @Test
    void vitsPatchEmbeddingAsPrinted() throws Exception {
        // declared as printed: the flattened patches have P^2 C entries, a size no input tells apart (was E0110)
        String program = "\\mathbf{x}_{class} \\in \\mathbb{R}^{D}, \\mathbf{x}_p \\in \\mathbb{R}^{N \\times (P^2"
                + " \\cdot C)}, \\mathbf{E} \\in \\mathbb{R}^{(P^2 \\cdot C) \\times D}, \\mathbf{E}_{pos} \\in \\mathbb{R}^{(N + 1) \\times D}\n\n"
                + "\\mathbf{z}_0 = [\\mathbf{x}_\\text{class}; \\, \\mathbf{x}^1_p \\mathbf{E}; \\, \\mathbf{x}^2_p"
                + " \\mathbf{E}; \\cdots; \\, \\mathbf{x}^{N}_p \\mathbf{E} ] + \\mathbf{E}_{pos}\n";
        PaperReadings.assertComputes("Vit", program, "\\mathbf{z}_0", Map.of("\\mathbf{x}_{class}", CLS,
                        "\\mathbf{x}_p", PATCHES, "\\mathbf{E}", E, "\\mathbf{E}_{pos}", POS),
                Map.of("\\mathbf{x}_{class}", new int[] {D}, "\\mathbf{x}_p", new int[] {N, K}, "\\mathbf{E}",
                        new int[] {K, D}, "\\mathbf{E}_{pos}", new int[] {N + 1, D}), tokens(POS), List.of(Code.W0414));
    }

    @Test
    void theRowsMayBeNumberedInTheSubscriptAndFromZero() throws Exception {
        // rows numbered in the subscript, from 0 to N-1
        PaperReadings.assertComputes("Rows", "c \\in \\mathbb{R}^{D}, X \\in \\mathbb{R}^{N \\times K}, E \\in"
                        + " \\mathbb{R}^{K \\times D}\n\nz = [c; X_0 E; X_1 E; \\cdots; X_{N-1} E]\n", "z",
                Map.of("c", CLS, "X", PATCHES, "E", E), Map.of("c", new int[] {D}, "X", new int[] {N, K}, "E",
                        new int[] {K, D}), tokens(null), List.of(Code.W0414));
    }

    @Test
    void aListWithCommasOrOfUndeclaredItemsStaysAsItWas() throws Exception {
        // commas, not semicolons: no rows (the dots stay unsupported); a first item that is no declared vector too
        PaperReadings.assertRejected("c \\in \\mathbb{R}^{D}, X \\in \\mathbb{R}^{N \\times K}, E \\in"
                + " \\mathbb{R}^{K \\times D}\n\nz = [c, X^1 E, X^2 E, \\cdots, X^N E]\n", Code.E0103);
        PaperReadings.assertRejected("X \\in \\mathbb{R}^{N \\times K}, E \\in \\mathbb{R}^{K \\times D}\n\n"
                + "z = [2 E_1; X^1 E; X^2 E; \\cdots; X^N E]\n", Code.E0103);
    }
}
