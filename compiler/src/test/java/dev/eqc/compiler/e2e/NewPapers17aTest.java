package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Federated, continual and meta-learning, distillation, neural rendering, recommender, time-series and uncertainty
 * equations as their papers print them (fresh cases c1470-c1499). Expected values are worked out here from the
 * papers' meaning.
 */
class NewPapers17aTest {
    @Test
    void aSumOverTheLabelOfANameGivenWholeIsRefusedAlsoWhenAnotherFactorReadsTheIndex() {
        // FedAvg's server step: w_{t+1}^{k} declared whole as the K clients' models, n_k read at k. The sum was
        // \sum_k n_k/n times the whole stack, a [K, d] result, silently (c1470).
        PaperReadings.assertRejected("w_{t+1}^{k} \\in \\mathbb{R}^{K \\times d}, n_k \\in \\mathbb{R}^{K}, n \\in"
                + " \\mathbb{R}\n\nw_{t+1} = \\sum_{k=1}^{K} \\frac{n_k}{n} w_{t+1}^k", Code.E0350);
    }

    @Test
    void aSuperscriptThatIsAPowerOfTheIndexStaysAPower() throws Exception {
        // \sum_k c_k x^k: x is no name with a label; x^k is the power (not E0350)
        PaperReadings.assertComputes("Poly", "c \\in \\mathbb{R}^{3}, x \\in \\mathbb{R}\n\n"
                        + "p = \\sum_{k=1}^{3} c_k x^k", "p",
                Map.of("c", new double[] {1, 2, 3}, "x", new double[] {2}),
                Map.of("c", new int[] {3}, "x", new int[] {}), new double[] {1 * 2 + 2 * 4 + 3 * 8}, List.of());
    }
}
