package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Everyday RL and diffusion equations as second sources print them (Sutton &amp; Barto, OpenAI Spinning Up, Lilian
 * Weng's posts; fresh cases c1340-c1369).
 */
class NewPapers15bTest {
    @Test
    void aTableAtALabelReadAtAShiftedPositionReadsTheTable() throws Exception {
        // Sutton & Barto's TD error over an episode: V(S_{t+1}) was V times the label S_{t+1}, a [T, n_s] matrix.
        PaperReadings.assertComputes("TdErrors", "V \\in \\mathbb{R}^{n_s}, S \\in \\mathbb{N}^{T+1}, R \\in \\mathbb{R}^{T},"
                        + " \\gamma \\in \\mathbb{R}\n"
                        + "\\delta_t = R_{t+1} + \\gamma V(S_{t+1}) - V(S_t)", "\\delta",
                Map.of("V", new double[] {1, 2, 3}, "S", new double[] {0, 2, 1}, "R", new double[] {10, 20},
                        "\\gamma", new double[] {1}),
                Map.of("V", new int[] {3}, "S", new int[] {3}, "R", new int[] {2}, "\\gamma", new int[] {}),
                // t runs over S's T+1 entries; at t = T the reads past R and S are 0 (W0170 says so)
                new double[] {10 + 3 - 1, 20 + 2 - 3, 0 + 1 - 2}, List.of(Code.W0170, Code.W0140));
    }

    @Test
    void aSamplingStatementAfterACommaIsAProseTail() throws Exception {
        // Spinning Up's TD3 smoothing: `, \;\;\;\;\; \epsilon \sim \mathcal{N}(0, \sigma)` was E0103 on the statement.
        PaperReadings.assertComputes("Smoothing", "x, \\epsilon \\in \\mathbb{R}^{n}, c \\in \\mathbb{R}\n"
                        + "y = x + \\mathrm{clip}(\\epsilon, -c, c), \\;\\;\\;\\;\\; \\epsilon \\sim \\mathcal{N}(0, \\sigma)", "y",
                Map.of("x", new double[] {1, 2}, "\\epsilon", new double[] {3, -0.25}, "c", new double[] {0.5}),
                Map.of("x", new int[] {2}, "\\epsilon", new int[] {2}, "c", new int[] {}),
                new double[] {1.5, 1.75}, List.of(Code.W0130));
    }

    @Test
    void aWhereTailAfterASemicolonInItsTextIsProse() throws Exception {
        // Lilian Weng's `\quad \text{ ;where } \epsilon_{t-1}, \dots \sim \mathcal{N}(0, I)`: was E0103.
        PaperReadings.assertComputes("ForwardStep", "x, e \\in \\mathbb{R}^{n}, a \\in \\mathbb{R}\n"
                        + "y = a x + e \\quad \\text{ ;where } e, \\dots \\sim \\mathcal{N}(\\mathbf{0}, \\mathbf{I})", "y",
                Map.of("x", new double[] {1, 2}, "e", new double[] {3, 4}, "a", new double[] {2}),
                Map.of("x", new int[] {2}, "e", new int[] {2}, "a", new int[] {}),
                new double[] {5, 8}, List.of(Code.W0130));
    }

    @Test
    void theSamplesWrittenUnderAnEAreItsSubscript() throws Exception {
        // Spinning Up's underset{(s,a,r,s',d) \sim {\mathcal D}}{{\mathrm E}}[…]: was E0103.
        PaperReadings.assertComputes("Msbe", "q, r \\in \\mathbb{R}^{B}\n"
                        + "L = \\underset{(s,r) \\sim {\\mathcal D}}{{\\mathrm E}}\\left[ (q - r)^2 \\right]", "L",
                Map.of("q", new double[] {1, 2}, "r", new double[] {0, 5}),
                Map.of("q", new int[] {2}, "r", new int[] {2}),
                new double[] {(1 + 9) / 2.0}, List.of(Code.W0132));
    }

    @Test
    void aMaxOverTheSecondArgumentOfDeclaredValuesRunsAlongTheColumns() throws Exception {
        // Spinning Up's \max_{a'} Q_{\phi}(s',a') with the values [B, n_a]: was the max over the batch, silently.
        PaperReadings.assertComputes("MaxNext", "Q_{\\phi}(s',a') \\in \\mathbb{R}^{B \\times n_a}\n"
                        + "y = \\max_{a'} Q_{\\phi}(s',a')", "y",
                Map.of("Q_{\\phi}(s', a')", new double[] {1, 5, 7, 2}), Map.of("Q_{\\phi}(s', a')", new int[] {2, 2}),
                new double[] {5, 7}, List.of());
    }

    @Test
    void anIndexAtAMiddleArgumentOfDeclaredValuesIsRefused() {
        PaperReadings.assertRejected("Q(s', a', u) \\in \\mathbb{R}^{B \\times n_a \\times K}\n"
                + "y = \\max_{a'} Q(s', a', u)", Code.E0354);
    }

    @Test
    void appliedNamesWithDeepLabelsAreDeclared() throws Exception {
        // Spinning Up's A^{\pi_{\theta_k}}(s,a) (was E0192), SAC's \sigma_{\theta}(s) (was E0001: \sigma is built in),
        // Lilian Weng's \boldsymbol{\epsilon}^{(t)}_\theta(\mathbf{x}_t) (was E0001).
        PaperReadings.assertComputes("Labels", "A^{\\pi_{\\theta_k}}(s,a), \\sigma_{\\theta}(s),"
                        + " \\boldsymbol{\\epsilon}^{(t)}_\\theta(\\mathbf{x}_t) \\in \\mathbb{R}^{B}\n"
                        + "y = A^{\\pi_{\\theta_k}}(s,a) + \\sigma_{\\theta}(s) \\boldsymbol{\\epsilon}^{(t)}_\\theta(\\mathbf{x}_t)", "y",
                Map.of("A^{\\pi_{\\theta_k}}(s, a)", new double[] {1, 2}, "\\sigma_{\\theta}(s)", new double[] {3, 4},
                        "\\boldsymbol{\\epsilon}^{(t)}_\\theta(\\mathbf{x}_t)", new double[] {5, 6}),
                Map.of("A^{\\pi_{\\theta_k}}(s, a)", new int[] {2}, "\\sigma_{\\theta}(s)", new int[] {2},
                        "\\boldsymbol{\\epsilon}^{(t)}_\\theta(\\mathbf{x}_t)", new int[] {2}),
                new double[] {1 + 15, 2 + 24}, List.of(Code.W0102));
    }

    @Test
    void aPeriodThatEndsTheLastRowOfCasesIsPunctuation() throws Exception {
        // Spinning Up's g(\epsilon, A): `(1 - \epsilon) A & A < 0.` read `0 \cdot` (E0102).
        PaperReadings.assertComputes("ClipG", "x \\in \\mathbb{R}^{n}, e \\in \\mathbb{R}\n"
                        + "g(e, A) = \\left\\{ \\begin{array}{ll} (1 + e) A & A \\geq 0 \\\\ (1 - e) A & A < 0. \\end{array}"
                        + " \\right.\ny = g(e, x)", "y",
                Map.of("x", new double[] {2, -2}, "e", new double[] {0.5}), Map.of("x", new int[] {2}, "e", new int[] {}),
                new double[] {3, -1}, List.of(Code.W0103));
    }

    @Test
    void anUpdateCallsAFunctionOnTheValueBeforeIt() throws Exception {
        // Sutton & Barto's w <- w + alpha delta grad v(S, w): the update reads w before it, so f(w) is computed (was
        // W0136, the row read as solving f's definition for w, and f(w) an undeclared scalar input).
        PaperReadings.assertComputes("UpdateCall", "w \\in \\mathbb{R}^{n}, \\alpha \\in \\mathbb{R}\n"
                        + "f(u) = 2 u\nw \\leftarrow w + \\alpha f(w)", "w",
                Map.of("w", new double[] {1, 2}, "\\alpha", new double[] {0.5}), Map.of("w", new int[] {2}, "\\alpha", new int[] {}),
                new double[] {2, 4}, List.of());
    }

    @Test
    void aTableAtTheArgMaxOfAnotherIsThatElement() throws Exception {
        // Double Q-learning's Q_2(S_{t+1}, argmax_a Q_1(S_{t+1}, a)): was the whole table Q_2 (W0190).
        PaperReadings.assertComputes("DoubleQ", "Q_1, Q_2 \\in \\mathbb{R}^{n_s \\times n_a}, S' \\in \\mathbb{N}\n"
                        + "y = Q_2\\big(S', \\underset{a}{\\arg\\max}\\, Q_1(S', a)\\big)", "y",
                Map.of("Q_1", new double[] {1, 5, 7, 2}, "Q_2", new double[] {10, 20, 30, 40}, "S'", new double[] {1}),
                Map.of("Q_1", new int[] {2, 2}, "Q_2", new int[] {2, 2}, "S'", new int[] {}),
                new double[] {30}, List.of(Code.W0140));
    }
}
