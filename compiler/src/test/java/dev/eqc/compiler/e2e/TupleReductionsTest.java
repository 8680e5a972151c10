package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reductions over tuples: {@code \sum_{(i,k) \in \mathcal{N}}} over the pairs a declared 0/1 matrix holds (Song et
 * al.'s lifted structure), {@code \sum_{(s_i, a_i)}} over the samples of a batch (TD3+BC, W0403), and {@code
 * |\mathcal{P}|}, the size of a declared set of pairs (W0404; was its determinant). All three were rejected (E0103)
 * or read otherwise before.
 */
class TupleReductionsTest {
    private static final double[] P = {0, 1, 0, 1, 0, 1, 1, 0, 0};
    private static final double[] D = {1, 2, 3, 4, 5, 6, 7, 8, 9};

    @Test
    void pairsOfADeclaredSetAreItsNonZeros() throws Exception {
        double total = 0;
        int count = 0;
        for (int k = 0; k < 9; k++) {
            total += P[k] * D[k];
            count += P[k] != 0 ? 1 : 0;
        }
        PaperReadings.assertComputes("Pairs", "\\mathcal{P} \\in \\{0,1\\}^{m \\times m}, D \\in \\mathbb{R}^{m \\times m}\n"
                        + "J = \\frac{1}{|\\mathcal{P}|} \\sum_{(i,j) \\in \\mathcal{P}} D_{i,j}", "J",
                Map.of("\\mathcal{P}", P, "D", D), Map.of("\\mathcal{P}", new int[] {3, 3}, "D", new int[] {3, 3}),
                new double[] {total / count}, List.of(Code.W0404));
    }

    @Test
    void aLetterInScopeStaysFixedInThePair() throws Exception {
        // J_i = \sum_{(i,k) \in \mathcal{N}} D_{i,k}: row i of the set
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                expected[i] += P[3 * i + k] * D[3 * i + k];
            }
        }
        PaperReadings.assertComputes("Rows", "\\mathcal{N} \\in \\{0,1\\}^{m \\times m}, D \\in \\mathbb{R}^{m \\times m}\n"
                        + "J_i = \\sum_{(i,k) \\in \\mathcal{N}} D_{i,k}", "J",
                Map.of("\\mathcal{N}", P, "D", D), Map.of("\\mathcal{N}", new int[] {3, 3}, "D", new int[] {3, 3}),
                expected, List.of());
    }

    @Test
    void aTupleOfOneSampleRunsOverItsIndex() throws Exception {
        PaperReadings.assertComputes("Samples", "q \\in \\mathbb{R}^{N}\nm = \\sum_{(s_i, a_i)} |q_i|", "m",
                Map.of("q", new double[] {1, -2, 3}), Map.of("q", new int[] {3}), new double[] {6}, List.of(Code.W0403));
        // in a batch the file does not give (behaviour cloning's \sum_{(s_i, a_i) \in \mathcal{B}}): the same
        PaperReadings.assertComputes("Batch", "q \\in \\mathbb{R}^{N}\nm = \\sum_{(s_i, a_i) \\in \\mathcal{B}} |q_i|", "m",
                Map.of("q", new double[] {1, -2, 3}), Map.of("q", new int[] {3}), new double[] {6}, List.of(Code.W0403));
    }

    @Test
    void oneSampleNamedByItsIndexUnderAMaxRunsOverThatIndex() throws Exception {
        // BCQ (Fujimoto et al. 2019), Eq. 13: \max_{a_i} over the n actions sampled at s', the critics' values
        // declared at them. Was E0103.
        PaperReadings.assertComputes("MaxSample", "Q(s', a_i) \\in \\mathbb{R}^{n}\ny = \\max_{a_i} Q(s', a_i)", "y",
                Map.of("Q(s', a_i)", new double[] {1, -2, 3}), Map.of("Q(s', a_i)", new int[] {3}), new double[] {3},
                List.of(Code.W0403));
    }
}
