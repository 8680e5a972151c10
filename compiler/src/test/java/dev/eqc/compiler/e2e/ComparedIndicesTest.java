package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Masks and labels defined by cases on their indices alone ({@code M_{ij} = 0} if {@code j \le i}, SigLIP's
 * {@code z_{ij} = 1} if {@code i = j}): the subscript letters compared with each other are the definition's indices,
 * their range taken from the use (was: scalar inputs {@code i}, {@code j} and an unrelated input {@code M}). And a
 * chained comparison {@code a < b \le c} holds where both links hold (was {@code (a < b) \le c}, a silent wrong mask).
 */
class ComparedIndicesTest {
    @Test
    void aChainedComparisonHoldsWhereBothLinksHold() throws Exception {
        PaperReadings.assertComputes("Window", "x \\in \\mathbb{R}^{n}\n"
                        + "y_i = \\begin{cases} 1 & \\text{if } 0 < x_i < 1 \\\\ 0 & \\text{otherwise} \\end{cases}", "y",
                Map.of("x", new double[] {-0.5, 0.5, 1.5, 0.25}), Map.of("x", new int[] {4}),
                new double[] {0, 1, 0, 1}, List.of());
    }

    /** The 3 × 3 scores {@code s} where {@code seen(i, j)} holds, -∞ elsewhere: a mask added to scores. */
    private static double[] masked(double[] s, java.util.function.BiPredicate<Integer, Integer> seen) {
        double[] out = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                out[i * 3 + j] = seen.test(i, j) ? s[i * 3 + j] : Double.NEGATIVE_INFINITY;
            }
        }
        return out;
    }

    @Test
    void aSlidingWindowMaskAddedToScoresTakesTheirSize() throws Exception {
        // Mistral's sliding window, W = 2: query i sees keys j with i - W < j <= i; A = S + M
        double[] s = PaperReadings.seq(9, 1.0, 0.2);
        double[] expected = masked(s, (i, j) -> i - 2 < j && j <= i);
        PaperReadings.assertComputes("SlidingWindow", "S \\in \\mathbb{R}^{n \\times n}, W = 2\n"
                        + "M_{ij} = \\begin{cases} 0, & \\text{if } i - W < j \\leq i \\\\ -\\infty, & \\text{otherwise}"
                        + " \\end{cases}\nA = S + M", "A", Map.of("S", s), Map.of("S", new int[] {3, 3}), expected,
                List.of(Code.W0140, Code.W0195));
    }

    @Test
    void aBandMaskComparesTheIndicesInsideAnAbsoluteValue() throws Exception {
        // Longformer's local window, w = 1: key j is seen from query i when |i - j| <= w (was: i and j scalar
        // inputs, the mask one number)
        double[] s = PaperReadings.seq(9, 1.0, 0.2);
        double[] expected = masked(s, (i, j) -> Math.abs(i - j) <= 1);
        PaperReadings.assertComputes("Band", "S \\in \\mathbb{R}^{n \\times n}, w = 1\n"
                        + "M_{ij} = \\begin{cases} 0 & \\text{if } |i - j| \\le w \\\\ -\\infty & \\text{otherwise}"
                        + " \\end{cases}\nA = S + M", "A", Map.of("S", s), Map.of("S", new int[] {3, 3}), expected,
                List.of(Code.W0140, Code.W0195));
    }

    @Test
    void labelsOnTheDiagonalUnderSumsTakeTheSumsRange() throws Exception {
        // SigLIP: z_{ij} = 1 for a matching pair (i = j), -1 otherwise; L = \sum_i \sum_j z_{ij} x_{ij}
        double[] x = PaperReadings.seq(4, 1.0, 0.7);
        PaperReadings.assertComputes("Siglip", "x \\in \\mathbb{R}^{n \\times n}\n"
                        + "z_{ij} = \\begin{cases} 1, & \\text{if } i = j \\\\ -1, & \\text{otherwise} \\end{cases}\n"
                        + "L = \\sum_{i=1}^{n} \\sum_{j=1}^{n} z_{ij} x_{ij}", "L", Map.of("x", x),
                Map.of("x", new int[] {2, 2}), new double[] {x[0] - x[1] - x[2] + x[3]},
                List.of(Code.W0140, Code.W0195));
    }

    /** One-hot router choices of four tokens over three experts (argmax 1, 0, 2, 1), and per-expert weights. */
    private static final double[] ROUTER = {0, 1, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0};
    private static final double[] EXPERT_WEIGHTS = {1, 10, 100};

    @Test
    void anIndexComparedWithAnArgMaxIsComparedByPosition() throws Exception {
        // Switch Transformers' balance term with i from 1: expert i is position i - 1 of the router's row (was i's
        // value 1..N against a position from 0: 3.0 instead of (1 + 2·10 + 100)/4, a silent off-by-one).
        PaperReadings.assertComputes("Balance", "p \\in \\mathbb{R}^{T \\times N}, P \\in \\mathbb{R}^{N}\n"
                        + "L = \\sum_{i=1}^{N} \\left(\\frac{1}{T} \\sum_{x=1}^{T} \\mathbb{1}\\{\\mathrm{argmax}\\, p_x = i\\}"
                        + "\\right) P_i", "L", Map.of("p", ROUTER, "P", EXPERT_WEIGHTS),
                Map.of("p", new int[] {4, 3}, "P", new int[] {3}), new double[] {30.25}, List.of(Code.W0132));
    }

    @Test
    void aLeftIndexComparedWithAnArgMaxRunsOverItsAxis() throws Exception {
        // Switch Transformers, Eq. 5: f_i, the fraction of tokens routed to expert i (was: i a scalar input).
        PaperReadings.assertComputes("Fraction", "p \\in \\mathbb{R}^{T \\times N}\n"
                        + "f_i = \\frac{1}{T} \\sum_{x=1}^{T} \\mathbb{1}\\{\\mathrm{argmax}\\, p_x = i\\}", "f",
                Map.of("p", ROUTER), Map.of("p", new int[] {4, 3}), new double[] {0.25, 0.5, 0.25}, List.of(Code.W0132));
    }

    @Test
    void aSumLimitThatIndexesNothingRunsOverTheSummedAxis() throws Exception {
        // CoPE's contextual positions p_{ij} = \sum_{t=j}^{i} g_{it}: j runs over g's columns, as t does (was a size
        // of its own, n_j, that no input gives: the run stopped asking for --dim n_j)
        int n = 3;
        double[] g = PaperReadings.seq(n * n, 0.2, 0.15);
        double[] expected = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int t = j; t <= i; t++) {
                    expected[i * n + j] += g[i * n + t];
                }
            }
        }
        PaperReadings.assertComputes("Cope", "g \\in \\mathbb{R}^{T \\times T}\np_{ij} = \\sum_{t=j}^{i} g_{it}", "p",
                Map.of("g", g), Map.of("g", new int[] {n, n}), expected, List.of(Code.W0171, Code.W0415));
    }
}
