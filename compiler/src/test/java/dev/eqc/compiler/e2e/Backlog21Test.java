package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Notation of the GRPO family and of InstructGPT as the papers and the TRL docs print it (session 21, backlog21):
 * the binomial coefficient of a number known at run time, the no-grad bracket, values declared by their element under
 * two indices, the set of a group's rewards written with dots, the expectation written over its draws alone, and a
 * whole value inside a sum over its own axis. Expected values are worked out here from the papers' meaning.
 */
class Backlog21Test {
    private static final double[] REWARDS = {1, 2, 6};   // mean 3

    @Test
    void aBinomialOfARunTimeNumberOverAWholeNumberIsTheFallingProduct() throws Exception {
        // InstructGPT's 1 / \binom{K}{2} with K = 4 given at run time: \binom{4}{2} = 4 * 3 / 2 = 6; the sum of
        // (1, 2, 3) is 6, so L = 1. Was E0103 (only numbers the file fixes).
        PaperReadings.assertComputes("BinomialOfK", "K \\in \\mathbb{N}, a \\in \\mathbb{R}^{B}\n\n"
                        + "L = \\frac{1}{\\binom{K}{2}} \\sum_{b=1}^{B} a_b", "L",
                Map.of("K", new double[] {4}, "a", new double[] {1, 2, 3}), Map.of("K", new int[0], "a", new int[] {3}),
                new double[] {1}, List.of());
    }

    @Test
    void aBinomialOverThreeOfARunTimeNumber() throws Exception {
        // \binom{K}{3} with K = 5: 5 * 4 * 3 / 6 = 10; and with K = 2 (fewer than 3): 0, as the coefficient is.
        String program = "K \\in \\mathbb{N}\n\nc = \\binom{K}{3}";
        PaperReadings.assertComputes("BinomialThree", program, "c", Map.of("K", new double[] {5}),
                Map.of("K", new int[0]), new double[] {10}, List.of());
        PaperReadings.assertComputes("BinomialBelow", program, "c", Map.of("K", new double[] {2}),
                Map.of("K", new int[0]), new double[] {0}, List.of());
    }

    @Test
    void aBracketSubscriptedNoGradIsTheStopGradient() throws Exception {
        // TRL's GRPO ratio p / [p]_{no grad} is 1 in value: the sum of A = (1, 2, 3) is 6. Was E0103.
        PaperReadings.assertComputes("NoGradRatio", "p, A \\in \\mathbb{R}^{n}\n\n"
                        + "L = \\sum_{i=1}^{n} \\frac{p_i}{\\left[p_i\\right]_{\\text{no grad}}} A_i", "L",
                Map.of("p", new double[] {0.5, 2, 4}, "A", new double[] {1, 2, 3}),
                Map.of("p", new int[] {3}, "A", new int[] {3}), new double[] {6}, List.of());
    }

    @Test
    void aNameDeclaredByItsElementUnderTwoIndicesIsReadAtThem() throws Exception {
        // \hat{A}_{i,t} \in R^{G x T} read inside the sums over i and t: element (i, t). With A = [[1, 2, 3],
        // [4, 5, 6]] and t counted from 1, sum t A_{i,t} = (1 + 4 + 9) + (4 + 10 + 18) = 46. It was the whole matrix
        // at every term, a [G, T] result, silently.
        PaperReadings.assertComputes("GridElement", "\\hat{A}_{i,t} \\in \\mathbb{R}^{G \\times T}\n\n"
                        + "L = \\sum_{i=1}^{G} \\sum_{t=1}^{T} t \\hat{A}_{i,t}", "L",
                Map.of("\\hat{A}_{i,t}", new double[] {1, 2, 3, 4, 5, 6}), Map.of("\\hat{A}_{i,t}", new int[] {2, 3}),
                new double[] {46}, List.of(Code.W0257));
    }

    @Test
    void aSetOfRewardsWrittenWithDotsIsTheVectorOfThem() throws Exception {
        // DeepSeek-R1's r_i - mean({r_1, r_2, ..., r_G}): r = (1, 2, 6) has mean 3, so (-2, -1, 3). Was E0103.
        PaperReadings.assertComputes("RewardSet", "r \\in \\mathbb{R}^{G}\n\n"
                        + "A_i = r_i - \\mathrm{mean}(\\{r_1, r_2, \\cdots, r_G\\})", "A",
                Map.of("r", REWARDS), Map.of("r", new int[] {3}), new double[] {-2, -1, 3}, List.of(Code.W0456));
    }

    @Test
    void anExpectationWrittenOverItsDrawsAloneIsTheValueAfterIt() throws Exception {
        // GRPO's E[q ~ P(Q), o ~ pi(O|q)] 1/G sum_i r_i over the one group given: the group's mean, 3. Was E0103.
        PaperReadings.assertComputes("DrawsOnly", "r \\in \\mathbb{R}^{G}\n\n"
                        + "J = \\mathbb{E}[q \\sim P(Q), o \\sim \\pi(O|q)] \\frac{1}{G} \\sum_{i=1}^{G} r_i", "J",
                Map.of("r", REWARDS), Map.of("r", new int[] {3}), new double[] {3}, List.of(Code.W0515));
    }

    @Test
    void aWholeValueInsideASumOverItsAxisIsRefused() {
        // GRPO's sum_i (... A_i - beta D_KL) with the KL term a [G] value given whole: every term added the whole
        // vector, a [G] result with exit 0.
        PaperReadings.assertRejected("r, d \\in \\mathbb{R}^{G}\n\nJ = \\sum_{i=1}^{G} (r_i - d)", Code.E0376);
        PaperReadings.assertRejected("r, d \\in \\mathbb{R}^{G \\times T}\n\n"
                + "J = \\sum_{i=1}^{G} \\sum_{t=1}^{T} (r_{i,t} - 0.5 d)", Code.E0376);
    }

    @Test
    void aWholeMatrixTimesAnElementInsideASumIsNotRefused() throws Exception {
        // W x_j with W [n, n] and j over n: the product with the element is not a term added entry by entry, so it
        // stays: sum_j W x_j = W (x_1 + x_2) = [[1, 2], [3, 4]] (4, 6) = (1*4 + 2*6, 3*4 + 4*6) = (16, 36).
        PaperReadings.assertComputes("ProductInSum", "W \\in \\mathbb{R}^{n \\times n}, x \\in \\mathbb{R}^{n \\times n}"
                        + "\n\ny = \\sum_{j=1}^{n} W x_j", "y",
                Map.of("W", new double[] {1, 2, 3, 4}, "x", new double[] {1, 2, 3, 4}),
                Map.of("W", new int[] {2, 2}, "x", new int[] {2, 2}), new double[] {16, 36}, List.of());
    }
}
