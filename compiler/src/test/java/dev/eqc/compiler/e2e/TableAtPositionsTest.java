package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A declared table applied to one argument per axis, each an index in scope or a declared whole-number scalar
 * (Sutton &amp; Barto's {@code Q(S_t, A_t)}, Expected Sarsa's {@code \pi(a|S_{t+1})}, Munchausen DQN's
 * {@code q_{\bar\theta}(s_{t+1}, a')}): the element at those positions, counted from 0 (W0140), the condition after
 * a bar first (W0256). {@code Q(S_t, A_t)} was the whole table (W0190); the others were E0190.
 */
class TableAtPositionsTest {
    private static final double[] Q = {1, 2, 3, 4, 5, 6};   // [3 states, 2 actions]

    @Test
    void aTableAtTwoWholeNumbersIsThatElement() throws Exception {
        PaperReadings.assertComputes("QAt", "Q \\in \\mathbb{R}^{n_s \\times n_a}, S_t, A_t \\in \\mathbb{N}\n"
                        + "y = Q(S_t, A_t)", "y", Map.of("Q", Q, "S_t", new double[] {2}, "A_t", new double[] {1}),
                Map.of("Q", new int[] {3, 2}, "S_t", new int[] {}, "A_t", new int[] {}), new double[] {6},
                List.of(Code.W0140));
    }

    @Test
    void aConditionalTableUnderASumReadsTheRowOfTheCondition() throws Exception {
        double[] pi = {0.5, 0.5, 0.25, 0.75, 1, 0};
        // state 1: 0.25 * 3 + 0.75 * 4
        PaperReadings.assertComputes("ExpectedQ", "Q, \\pi \\in \\mathbb{R}^{n_s \\times n_a}, S' \\in \\mathbb{N}\n"
                        + "v = \\sum_{a'} \\pi(a'|S') Q(S', a')", "v",
                Map.of("Q", Q, "\\pi", pi, "S'", new double[] {1}),
                Map.of("Q", new int[] {3, 2}, "\\pi", new int[] {3, 2}, "S'", new int[] {}),
                new double[] {0.25 * 3 + 0.75 * 4}, List.of(Code.W0256, Code.W0140));
    }

    @Test
    void aFunctionOfALetterThatOnlyPicksTableElementsIsDefinedElementByElement() throws Exception {
        // Sutton & Barto's policy evaluation: V(s) = \sum_a \pi(s, a) Q(s, a), s an argument of declared tables only.
        double[] pi = {0.5, 0.5, 0.25, 0.75, 1, 0};
        PaperReadings.assertComputes("PolicyValue", "\\pi, Q \\in \\mathbb{R}^{n_s \\times n_a}\n"
                        + "V(s) = \\sum_a \\pi(s, a) Q(s, a)", "V", Map.of("Q", Q, "\\pi", pi),
                Map.of("Q", new int[] {3, 2}, "\\pi", new int[] {3, 2}),
                new double[] {1.5, 0.25 * 3 + 0.75 * 4, 5}, List.of(Code.W0220, Code.W0161));
    }

    @Test
    void everyArgumentAfterTheBarIsACondition() throws Exception {
        // Sutton & Barto's p(s' | s, a) with p laid out [s, a, s']: the element s, a, s' (was p_{s', s, a}, W0161)
        double[] p = {1, 2, 3, 4, 5, 6, 7, 8};
        PaperReadings.assertComputes("Dynamics", "p \\in \\mathbb{R}^{n \\times m \\times n}, u, v \\in \\mathbb{R}^{n}\n"
                        + "y = \\sum_s \\sum_a \\sum_t p(t|s, a) v_t u_s", "y", Map.of("p", p, "v", new double[] {1, 2},
                        "u", new double[] {1, 10}), Map.of("p", new int[] {2, 2, 2}, "v", new int[] {2}, "u", new int[] {2}),
                new double[] {(1 + 4 + 3 + 8) + 10 * (5 + 12 + 7 + 16)},
                List.of(Code.W0256));
    }
}
