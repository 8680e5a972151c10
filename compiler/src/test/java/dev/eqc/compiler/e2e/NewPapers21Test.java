package dev.eqc.compiler.e2e;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Printings the lead met in session 21's backlog. Expected values are worked out here from the papers' meaning. */
class NewPapers21Test {
    private static final double[] P = {0.2, 0.3, 0.5};
    private static final double[] Q = {0.1, 0.6, 0.3};

    @Test
    void calligraphicDklIsTheKlDivergence() throws Exception {
        // R-Drop (Liang et al. 2021), Eq. 2: (D_KL(P1 || P2) + D_KL(P2 || P1)) / 2 with \mathcal{D}_{KL}; was E0192
        // (the value of an undefined function). KL(p||q) = sum p log(p/q) = 0.186098..., KL(q||p) = 0.193325...
        PaperReadings.assertComputes("RDrop", "P_1, P_2 \\in \\mathbb{R}^{3}\n\nL = \\frac{1}{2}\\left("
                        + "\\mathcal{D}_{KL}(P_1 || P_2) + \\mathcal{D}_{KL}(P_2 || P_1)\\right)", "L",
                Map.of("P_1", P, "P_2", Q), Map.of("P_1", new int[] {3}, "P_2", new int[] {3}),
                new double[] {0.1897119984885881}, List.of());
        PaperReadings.assertComputes("BbKl", "p, q \\in \\mathbb{R}^{3}\n\nL = \\mathbb{D}_{\\mathrm{KL}}(p \\| q)", "L",
                Map.of("p", P, "q", Q), Map.of("p", new int[] {3}, "q", new int[] {3}),
                new double[] {0.18609809382700082}, List.of());
    }
}
