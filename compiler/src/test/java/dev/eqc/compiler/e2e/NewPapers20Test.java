package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Gradients written without a subscript and states given as whole numbers, as Sutton &amp; Barto and Titans print
 * them (session 20, lead). Expected values are worked out here from the papers' meaning.
 */
class NewPapers20Test {
    private static final double[] FEATURES = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};   // 4 states x 3 features
    private static final double[] W = {1, 2, 3};

    @Test
    void aBareNablaOfAFunctionOfAStateAndWeightsIsTheGradientInTheWeights() throws Exception {
        // Semi-gradient TD(0) (Sutton & Barto, Sec. 9.3): w <- w + alpha delta grad v(S, w), v(s, w) = w^T x(s).
        // The state S is a whole number, so the gradient is in w: x(S), the features of S. Was E0103.
        // delta = 0.5 + 0.9 w.x_2 - w.x_1 = 0.5 + 0.9 * 44 - 26 = 14.1; w + 0.1 * 14.1 * x_1 = w + 1.41 (3, 4, 5)
        PaperReadings.assertComputes("SemiGradientTd", "\\mathbf{x} \\in \\mathbb{R}^{n \\times d}, \\mathbf{w} \\in"
                        + " \\mathbb{R}^{d}, S, S' \\in \\mathbb{N}, R, \\gamma, \\alpha \\in \\mathbb{R}\n\n"
                        + "\\hat{v}(s,\\mathbf{w}) \\doteq \\mathbf{w}^\\top\\mathbf{x}(s)\n"
                        + "\\delta \\leftarrow R + \\gamma\\hat{v}(S',\\mathbf{w}) - \\hat{v}(S,\\mathbf{w})\n"
                        + "\\mathbf{w} \\leftarrow \\mathbf{w} + \\alpha \\delta \\nabla \\hat{v}(S,\\mathbf{w})", "\\mathbf{w}",
                Map.of("\\mathbf{x}", FEATURES, "\\mathbf{w}", W, "S", new double[] {1}, "S'", new double[] {2},
                        "R", new double[] {0.5}, "\\gamma", new double[] {0.9}, "\\alpha", new double[] {0.1}),
                Map.of("\\mathbf{x}", new int[] {4, 3}, "\\mathbf{w}", new int[] {3}, "S", new int[0], "S'", new int[0],
                        "R", new int[0], "\\gamma", new int[0], "\\alpha", new int[0]),
                new double[] {1 + 1.41 * 3, 2 + 1.41 * 4, 3 + 1.41 * 5},
                List.of(Code.W0388, Code.W0142, Code.W0161, Code.W0140, Code.W0488));
    }

    @Test
    void aBareNablaSkipsAnArgumentTheBodyNeverReads() throws Exception {
        // Titans (Eq. 13): grad l(M_{t-1}; x_t) with l's x_t not read by the body: the gradient is in M_{t-1}.
        // l = 1/2 ||M k - v||^2, so grad = (M k - v) k^T; M = I, k = (1, 2), v = (0, 1): (1, 1) (1, 2)
        PaperReadings.assertComputes("TitansStep", "\\mathcal{M}_{t-1} \\in \\mathbb{R}^{2 \\times 2}, k, v \\in"
                        + " \\mathbb{R}^{2}, x_t \\in \\mathbb{R}\n\n"
                        + "\\ell(\\mathcal{M}; x) = \\frac{1}{2} \\| \\mathcal{M} k - v \\|_2^2\n"
                        + "G = \\nabla \\ell(\\mathcal{M}_{t-1}; x_t)", "G",
                Map.of("\\mathcal{M}_{t-1}", new double[] {1, 0, 0, 1}, "k", new double[] {1, 2}, "v",
                        new double[] {0, 1}, "x_t", new double[] {7}),
                Map.of("\\mathcal{M}_{t-1}", new int[] {2, 2}, "k", new int[] {2}, "v", new int[] {2}, "x_t", new int[0]),
                new double[] {1, 2, 1, 2}, List.of(Code.W0103, Code.W0488));
    }

    @Test
    void aBareNablaOfTwoRealArgumentsIsRefused() {
        PaperReadings.assertRejected("x, y \\in \\mathbb{R}^{3}\n\nf(a, b) = a^\\top b\ng = \\nabla f(x, y)", Code.E0365);
    }

    @Test
    void aBareNablaInAnUpdateIsInTheUpdatedArgument() throws Exception {
        // w <- w - eta grad L(w, u) with both real: the statement updates w. L = 1/2 ||w - u||^2, grad = w - u.
        PaperReadings.assertComputes("UpdatedArgument", "\\mathbf{w}, \\mathbf{u} \\in \\mathbb{R}^{2}, \\eta \\in"
                        + " \\mathbb{R}\n\nL(\\mathbf{a}, \\mathbf{b}) = \\frac{1}{2}\\|\\mathbf{a} - \\mathbf{b}\\|^2\n"
                        + "\\mathbf{w} \\leftarrow \\mathbf{w} - \\eta \\nabla L(\\mathbf{w}, \\mathbf{u})", "\\mathbf{w}",
                Map.of("\\mathbf{w}", new double[] {1, 2}, "\\mathbf{u}", new double[] {3, 5}, "\\eta", new double[] {0.5}),
                Map.of("\\mathbf{w}", new int[] {2}, "\\mathbf{u}", new int[] {2}, "\\eta", new int[0]),
                new double[] {1 - 0.5 * (1 - 3), 2 - 0.5 * (2 - 5)}, List.of(Code.W0103, Code.W0488));
    }

    @Test
    void aDeclaredMatrixWrittenAsAFunctionOfAWholeNumberInputIsItsRow() throws Exception {
        // x(S) with S a state: the feature vector of S; was the matrix times S, silently.
        PaperReadings.assertComputes("RowOfState", "x \\in \\mathbb{R}^{n \\times d}, S \\in \\mathbb{N}\n\ny = x(S)",
                "y", Map.of("x", FEATURES, "S", new double[] {2}), Map.of("x", new int[] {4, 3}, "S", new int[0]),
                new double[] {6, 7, 8}, List.of(Code.W0161, Code.W0140));
    }

    @Test
    void aParameterThatOnlySubscriptsADeclaredMatrixPicksItsRow() throws Exception {
        // v(s, w) = w^T \Phi_s called at the state S: was an input \Phi_s of its own, one vector for every state.
        PaperReadings.assertComputes("SubscriptPicks", "\\Phi \\in \\mathbb{R}^{n \\times d}, w \\in \\mathbb{R}^{d},"
                        + " S \\in \\mathbb{N}\n\nv(s, w) = w^\\top \\Phi_s\ny = v(S, w)", "y",
                Map.of("\\Phi", FEATURES, "w", W, "S", new double[] {2}),
                Map.of("\\Phi", new int[] {4, 3}, "w", new int[] {3}, "S", new int[0]), new double[] {44},
                List.of(Code.W0388, Code.W0140));
    }

    @Test
    void aVectorDefinedByItsElementsReadAtAWholeNumberInputCountsAsItsIndex() throws Exception {
        // DDPM's \bar{\alpha}_t with t an input: was an undeclared scalar input \bar{\alpha}_t. s counts from 1
        // (the product runs from 1 to s), so t = 3 is \alpha_1 \alpha_2 \alpha_3.
        PaperReadings.assertComputes("AlphaBarAtT", "\\alpha \\in \\mathbb{R}^{T}, t \\in \\mathbb{N}\n\n"
                        + "\\bar{\\alpha}_s = \\prod_{i=1}^{s} \\alpha_i\ny = \\sqrt{\\bar{\\alpha}_t}", "y",
                Map.of("\\alpha", new double[] {0.9, 0.8, 0.7, 0.6, 0.5}, "t", new double[] {3}),
                Map.of("\\alpha", new int[] {5}, "t", new int[0]), new double[] {Math.sqrt(0.9 * 0.8 * 0.7)},
                List.of(Code.W0140));
    }

    @Test
    void aDefinedTensorReadAtAFunctionsParameterIsRefused() {
        // was an undeclared input x_s, one vector for every state
        PaperReadings.assertRejected("\\Phi \\in \\mathbb{R}^{n \\times d}, w \\in \\mathbb{R}^{d}, S \\in \\mathbb{N}\n\n"
                + "x_s = \\Phi_s\nv(s, w) = w^\\top x_s\ny = v(S, w)", Code.E0366);
    }

    private static final double[] X = {1, 2, 0, 1};   // rows (1, 2), (0, 1)
    private static final double[] Y = {1, 0, 1, 1};   // rows (1, 0), (1, 1)

    @Test
    void rowsAtTwoIndicesAfterACoefficientAreTheCoefficientTimesTheirDotProduct() throws Exception {
        // SigLIP's -t x_i y_j (found by the session's probe): the coefficient hid the rows, so their element-wise
        // product, a vector per pair, was summed without a word. x_i . y_j: 1, 3, 0, 1, total 5.
        PaperReadings.assertComputes("ScaledRows", "x, y \\in \\mathbb{R}^{n \\times d}, t \\in \\mathbb{R}\n\n"
                        + "L = \\sum_{i=1}^{n} \\sum_{j=1}^{n} t x_i y_j", "L",
                Map.of("x", X, "y", Y, "t", new double[] {0.5}),
                Map.of("x", new int[] {2, 2}, "y", new int[] {2, 2}, "t", new int[0]), new double[] {2.5},
                List.of(Code.W0455));
    }

    @Test
    void aNumberedRowBesideARowAtAnIndexIsTheirDotProduct() throws Exception {
        // x_1 y_j: was the element-wise product, (2, 2), with only the counting warned. x_1 . y_j: 1, 3.
        PaperReadings.assertComputes("NumberedRow", "x, y \\in \\mathbb{R}^{n \\times d}\n\n"
                        + "L = \\sum_{j=1}^{n} x_1 y_j", "L", Map.of("x", X, "y", Y),
                Map.of("x", new int[] {2, 2}, "y", new int[] {2, 2}), new double[] {4}, List.of(Code.W0140, Code.W0455));
    }

    @Test
    void aPlainExpectationOfADataMatrixIsTheMeanExample() throws Exception {
        // \mathbb{E}[x] of x in R^{n x d} (found by the session's probe): was each row's mean, (1.5, 0.5), silently.
        PaperReadings.assertComputes("MeanExample", "x \\in \\mathbb{R}^{n \\times d}\n\n\\mu = \\mathbb{E}[x]",
                "\\mu", Map.of("x", new double[] {1, 2, 3, 3, 4, 5}), Map.of("x", new int[] {2, 3}),
                new double[] {2, 3, 4}, List.of(Code.W0489));
        // a vector keeps its one mean
        PaperReadings.assertComputes("MeanOfVector", "x \\in \\mathbb{R}^{n}\n\n\\mu = \\mathbb{E}[x]",
                "\\mu", Map.of("x", new double[] {1, 2, 6}), Map.of("x", new int[] {3}), new double[] {3}, List.of());
    }

    @Test
    void aBareNablaCountsASubscriptedUseAsARead() throws Exception {
        // L(w, u) = \sum_i (w_i - u_i)^2 + ||u||^2 (found by the session's review): w_i was no read of w, so the
        // gradient was taken in u, silently. The statement updates w: w - 0.1 * 2 (w - u).
        PaperReadings.assertComputes("SubscriptRead", "w, u \\in \\mathbb{R}^{3}, \\eta \\in \\mathbb{R}\n\n"
                        + "L(w, u) = \\sum_i (w_i - u_i)^2 + \\|u\\|^2\nw \\leftarrow w - \\eta \\nabla L(w, u)", "w",
                Map.of("w", new double[] {1, 2, 3}, "u", new double[] {0.1, 0.2, 0.3}, "\\eta", new double[] {0.1}),
                Map.of("w", new int[] {3}, "u", new int[] {3}, "\\eta", new int[0]),
                new double[] {1 - 0.2 * 0.9, 2 - 0.2 * 1.8, 3 - 0.2 * 2.7}, List.of(Code.W0488));
        // with nothing updated, both read: which one is not written
        PaperReadings.assertRejected("x, y \\in \\mathbb{R}^{3}\n\nf(a, b) = a^\\top a + \\sum_i a_i b_i\n"
                + "g = \\nabla f(x, y)", Code.E0365);
    }

    @Test
    void aLeftIndexTheRightOnlyComparesIsRefusedUnlessItsRangeIsStated() throws Exception {
        // Switch Transformer's f_i (the session's probe): i was an input, one number.
        PaperReadings.assertRejected("p \\in \\mathbb{R}^{T \\times N}\n\nf_i = \\frac{1}{T} \\sum_{t=1}^{T}"
                + " \\mathbb{1}\\{\\mathrm{argmax}_j\\, p_{tj} = i\\}", Code.E0368);
        // argmax rows: 1, 0, 2, 1 (from 0), so the fractions of experts 1, 2, 3 are 1/4, 2/4, 1/4
        PaperReadings.assertComputes("SwitchFractions", "p \\in \\mathbb{R}^{T \\times N}\n\nf_i = \\frac{1}{T}"
                        + " \\sum_{t=1}^{T} \\mathbb{1}\\{\\mathrm{argmax}_j\\, p_{tj} = i\\} \\quad i = 1, \\dots, N",
                "f", Map.of("p", new double[] {.1, .7, .2, .5, .3, .2, .2, .2, .6, .1, .8, .1}),
                Map.of("p", new int[] {4, 3}), new double[] {0.25, 0.5, 0.25}, List.of());
    }

    @Test
    void aColumnOfAVectorAndANumberIsRefused() {
        // [x; 1] written as a column (the session's review): was [d, 2], the 1 beside every entry, silently
        PaperReadings.assertRejected("x \\in \\mathbb{R}^{3}\n\ns = \\begin{pmatrix} x \\\\ 1 \\end{pmatrix}^\\top"
                + " \\begin{pmatrix} x \\\\ 1 \\end{pmatrix}", Code.E0369);
    }
}
