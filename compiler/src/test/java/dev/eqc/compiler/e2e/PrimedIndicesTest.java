package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Primed indices as Sutton &amp; Barto print them: {@code V_k(s')} under {@code \sum_{s'}} is the element, not
 * {@code V_k} times the index (a silent wrong vector before); {@code \mathcal{P}^a_{ss'}} splits its subscript into
 * {@code s} and {@code s'}, and the superscript {@code a} with no written range indexes the axis whose size is named
 * for it, {@code n_a} (W0154; was E0154).
 */
class PrimedIndicesTest {
    @Test
    void aSubscriptedVectorAppliedToAPrimedIndexIsItsElement() throws Exception {
        PaperReadings.assertComputes("VkPrimed", "V_k \\in \\mathbb{R}^{n}\ny = \\sum_{s'=1}^{n} V_k(s')", "y",
                Map.of("V_k", new double[] {1, 2, 4}), Map.of("V_k", new int[] {3}), new double[] {7},
                List.of(Code.W0161));
    }

    @Test
    void aSuperscriptIndexWithoutARangeIndexesTheAxisNamedForIt() throws Exception {
        double[] p = {1, 2, 3, 4, 5, 6, 7, 8};   // [a, s, s']
        double[] v = {1, 2};
        PaperReadings.assertComputes("Transition", "\\mathcal{P} \\in \\mathbb{R}^{n_a \\times n_s \\times n_s}, V \\in"
                        + " \\mathbb{R}^{n_s}\nv_s = \\sum_a \\sum_{s'} \\mathcal{P}^a_{ss'} V_{s'}", "v",
                Map.of("\\mathcal{P}", p, "V", v), Map.of("\\mathcal{P}", new int[] {2, 2, 2}, "V", new int[] {2}),
                new double[] {5 + 17, 11 + 23}, List.of(Code.W0154));
    }
}
