package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How Weng's posts set equations on one line: three definitions apart by {@code \;\;\;} (VQ-VAE's EMA codebook
 * update, was one chain of forms: E0105), and a definition followed by {@code \approx \rho}, what its value should come
 * close to (the sparse autoencoder's mean activation, was E0103), a remark skipped with W0130.
 */
class InlineSeparatorsTest {
    @Test
    void mediumSpacesSeparateDefinitions() throws Exception {
        PaperReadings.assertComputes("EmaCodebook", "N^{(t-1)}, n^{(t)} \\in \\mathbb{R}^{K}, \\mathbf{s}^{(t)} \\in"
                        + " \\mathbb{R}^{K}, \\gamma \\in \\mathbb{R}\n"
                        + "N_i^{(t)} = \\gamma N_i^{(t-1)} + (1-\\gamma)n_i^{(t)}\\;\\;\\; \\mathbf{e}_i^{(t)} ="
                        + " \\mathbf{s}_i^{(t)} / N_i^{(t)}", "\\mathbf{e}^{(t)}",
                Map.of("N^{(t-1)}", new double[] {1, 2}, "n^{(t)}", new double[] {3, 4}, "\\mathbf{s}^{(t)}",
                        new double[] {6, 9}, "\\gamma", new double[] {0.5}),
                Map.of("N^{(t-1)}", new int[] {2}, "n^{(t)}", new int[] {2}, "\\mathbf{s}^{(t)}", new int[] {2},
                        "\\gamma", new int[] {}),
                new double[] {6 / 2.0, 9 / 3.0}, List.of());
    }

    @Test
    void anApproximationAfterADefinitionIsARemark() throws Exception {
        PaperReadings.assertComputes("MeanActivation", "a \\in \\mathbb{R}^{n \\times s}, \\rho \\in \\mathbb{R}\n"
                        + "\\hat{\\rho}_j = \\frac{1}{n} \\sum_{i=1}^n a_{ij} \\approx \\rho", "\\hat{\\rho}",
                Map.of("a", new double[] {1, 2, 3, 6}, "\\rho", new double[] {0.05}),
                Map.of("a", new int[] {2, 2}, "\\rho", new int[] {}), new double[] {2, 4}, List.of(Code.W0130));
    }
}
