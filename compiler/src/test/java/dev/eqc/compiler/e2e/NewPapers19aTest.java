package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Preference optimisation, metric and self-supervised learning, quantisation, recommenders, normalising flows,
 * vector quantisation, mixture of experts, optimal transport, state-space models and gradient boosting as their
 * papers print them (fresh cases c1630-c1659). Expected values are worked out here from the papers' meaning.
 */
class NewPapers19aTest {
    @Test
    void aPlainNameDefinedAsBarsAroundADifferenceOfVectorsIsTheirDistance() throws Exception {
        // Rezende & Mohamed's radial flow (Eq. 14): r = |z - z_0| is the distance, a number; it was the element-wise
        // absolute values, and h(\alpha, r) = 1/(\alpha + r) a vector, silently (c1646).
        PaperReadings.assertComputes("Radial", "z, c \\in \\mathbb{R}^{2}\n\n"
                        + "r = |z - c|\nh(a) = 1/(1 + a)\ny = z h(r)", "y",
                Map.of("z", new double[] {3, 4}, "c", new double[] {0, 0}),
                Map.of("z", new int[] {2}, "c", new int[] {2}), new double[] {0.5, 4.0 / 6}, List.of(Code.W0473));
    }

    @Test
    void aBoldNameDefinedAsBarsAroundADifferenceKeepsTheAbsoluteValues() throws Exception {
        PaperReadings.assertComputes("RadialBold", "z, c \\in \\mathbb{R}^{2}\n\n"
                        + "\\mathbf{d} = |z - c|", "\\mathbf{d}",
                Map.of("z", new double[] {3, -4}, "c", new double[] {0, 0}),
                Map.of("z", new int[] {2}, "c", new int[] {2}), new double[] {3, 4}, List.of());
    }

    @Test
    void anInnerProductBracketOfTwoMatricesIsTheFrobeniusProduct() throws Exception {
        // Peyre & Cuturi's entropic OT, <P, C> - eps H(P): the Frobenius inner product; it was the rows' inner
        // products, a vector, silently (c1652).
        PaperReadings.assertComputes("Frobenius", "P, C \\in \\mathbb{R}^{2 \\times 2}\n\n"
                        + "E = \\langle P, C \\rangle - 1", "E",
                Map.of("P", new double[] {1, 2, 3, 4}, "C", new double[] {1, 10, 100, 1000}),
                Map.of("P", new int[] {2, 2}, "C", new int[] {2, 2}), new double[] {1 + 20 + 300 + 4000 - 1},
                List.of(Code.W0474));
    }

    @Test
    void anInnerProductBracketOfRowsStaysPerRow() throws Exception {
        PaperReadings.assertComputes("RowsInner", "Q, K \\in \\mathbb{R}^{2 \\times 2}\n\n"
                        + "s_{ij} = \\langle Q_i, K_j \\rangle", "s",
                Map.of("Q", new double[] {1, 2, 3, 4}, "K", new double[] {1, 0, 0, 1}),
                Map.of("Q", new int[] {2, 2}, "K", new int[] {2, 2}), new double[] {1, 2, 3, 4}, List.of());
    }

    @Test
    void anInnerProductBracketWithTheFrobeniusSubscriptIsANumber() throws Exception {
        // <W, X>_F (matrix completion, the trace inner product): was E0103 (a subscript on an expression)
        PaperReadings.assertComputes("FrobeniusF", "W, X \\in \\mathbb{R}^{2 \\times 2}\n\n"
                        + "s = \\langle W, X \\rangle_F", "s",
                Map.of("W", new double[] {1, 2, 3, 4}, "X", new double[] {1, 10, 100, 1000}),
                Map.of("W", new int[] {2, 2}, "X", new int[] {2, 2}), new double[] {4321}, List.of());
    }

    @Test
    void anElementDefinedAsBarsAroundADifferenceOfRowsIsTheirDistance() throws Exception {
        // d_{ij} = |x_i - x_j| with x a stack of rows: the distance matrix; it was an N x N x d tensor of absolute
        // values, silently.
        PaperReadings.assertComputes("DistMatrix", "x \\in \\mathbb{R}^{2 \\times 2}\n\n"
                        + "d_{ij} = |x_i - x_j|", "d",
                Map.of("x", new double[] {0, 0, 3, 4}), Map.of("x", new int[] {2, 2}),
                new double[] {0, 5, 5, 0}, List.of(Code.W0473));
    }

    @Test
    void aStackOfRowsSubscriptedByAnArgMinIsTheRowThere() throws Exception {
        // VQ-VAE (van den Oord et al., Eq. 2): z_q(x) = e_k, where k = argmin_j ||z_e(x) - e_j||_2: the nearest
        // codebook row; e_k was an undeclared input the run asked for (c1649).
        PaperReadings.assertComputes("VqLookup", "z \\in \\mathbb{R}^{2}, e \\in \\mathbb{R}^{3 \\times 2}\n\n"
                        + "z_q = e_k, \\quad \\text{where} \\quad k = \\mathrm{argmin}_j \\| z - e_j \\|_2", "z_q",
                Map.of("z", new double[] {1, 1}, "e", new double[] {0, 0, 1, 2, 5, 5}),
                Map.of("z", new int[] {2}, "e", new int[] {3, 2}), new double[] {1, 2}, List.of());
    }

    @Test
    void aFunctionWrittenWithMapstoIsItsDefinition() throws Exception {
        // FSQ (Mentzer et al., Sec. 3): f : z \mapsto \lfloor L/2 \rfloor \tanh(z); was E0103 (c1650).
        PaperReadings.assertComputes("Fsq", "z \\in \\mathbb{R}^{2}, L = 5\n\n"
                        + "\\hat{z} = \\mathrm{round}(f(z))\nf : z \\mapsto \\lfloor L/2 \\rfloor \\tanh(z)", "\\hat{z}",
                Map.of("z", new double[] {0.2, 3}), Map.of("z", new int[] {2}),
                new double[] {Math.rint(2 * Math.tanh(0.2)), Math.rint(2 * Math.tanh(3))}, List.of(Code.W0475));
        PaperReadings.assertComputes("MapsTwo", "x, y \\in \\mathbb{R}\n\n"
                        + "g : (a, b) \\mapsto a - 2 b\nv = g(x, y)", "v",
                Map.of("x", new double[] {5}, "y", new double[] {1}), Map.of("x", new int[0], "y", new int[0]), new double[] {3}, List.of(Code.W0475));
    }

    @Test
    void aDistributionOverOutcomesWithMoreConditionNamesAfterCommasIsDefinedOverTheOutcome() throws Exception {
        // Covington et al.'s P(w_t = i | U, C) and CS229's p(y = i | x; \theta): the condition continues after the
        // comma or semicolon; the left-hand side was E0107 (a parameter must be a name) (c1645).
        PaperReadings.assertComputes("YouTube", "v \\in \\mathbb{R}^{2 \\times 2}, u \\in \\mathbb{R}^{2}\n\n"
                        + "P(w_t = i | U, C) = \\frac{e^{v_i^\\top u}}{\\sum_{j} e^{v_j^\\top u}}", "P",
                Map.of("v", new double[] {1, 0, 0, 0}, "u", new double[] {1, 1}),
                Map.of("v", new int[] {2, 2}, "u", new int[] {2}),
                new double[] {Math.E / (Math.E + 1), 1 / (Math.E + 1)}, List.of(Code.W0160));
    }

    @Test
    void aFunctionValueWithAParenthesisedSuperscriptOnTheLeftIsDefinedOverIt() throws Exception {
        // DINO (Caron et al., Eq. 1): P_s(x)^{(i)} = exp(g(x)^{(i)} / tau) / sum_k exp(g(x)^{(k)} / tau); was E0107.
        double a = Math.exp(1 / 0.5);
        double b = Math.exp(2 / 0.5);
        PaperReadings.assertComputes("Dino", "g_{\\theta_s}(x) \\in \\mathbb{R}^{K}, \\tau_s = 0.5\n\n"
                        + "P_s(x)^{(i)} = \\frac{\\exp(g_{\\theta_s}(x)^{(i)}/\\tau_s)}{\\sum_{k=1}^{K}"
                        + " \\exp(g_{\\theta_s}(x)^{(k)}/\\tau_s)}", "P_s",
                Map.of("g_{\\theta_s}(x)", new double[] {1, 2}), Map.of("g_{\\theta_s}(x)", new int[] {2}),
                new double[] {a / (a + b), b / (a + b)}, List.of(Code.W0477, Code.W0140, Code.W0240, Code.W0191));
    }

    @Test
    void aNameDeclaredInAnIntervalIsReal() throws Exception {
        // mixup (Zhang et al., Eq. 1) with \lambda \in [0, 1] declared as the paper's prose does; was E0108.
        PaperReadings.assertComputes("Mixup", "x_i, x_j \\in \\mathbb{R}^{2}, \\lambda \\in [0, 1]\n\n"
                        + "\\tilde{x} = \\lambda x_i + (1 - \\lambda) x_j", "\\tilde{x}",
                Map.of("x_i", new double[] {1, 2}, "x_j", new double[] {3, 4}, "\\lambda", new double[] {0.25}),
                Map.of("x_i", new int[] {2}, "x_j", new int[] {2}, "\\lambda", new int[0]), new double[] {2.5, 3.5},
                List.of(Code.W0476));
    }

    @Test
    void aSuperscriptIndexOnAVectorTheFileDefinesElementByElementIsItsElement() throws Exception {
        // Circle loss's weights \alpha_p^{(i)} = [1 + m - s_p^{(i)}]_+ then \sum_{i=1}^{K} \alpha_p^i s_p^i: element i of
        // the defined vector; it was the whole vector to the power i, summed into a [K] vector, silently.
        PaperReadings.assertComputes("SupDefined", "s \\in \\mathbb{R}^{K}, m = 0.25\n\n"
                        + "a^{(i)} = [1 + m - s^{(i)}]_+\nL = \\sum_{i=1}^{K} a^i s^i", "L",
                Map.of("s", new double[] {0.5, 2}), Map.of("s", new int[] {2}), new double[] {0.75 * 0.5},
                List.of(Code.W0439, Code.W0102, Code.W0154));
    }

    @Test
    void barsAroundADifferenceKeepTheAbsoluteValuesWhenTheFileReadsThemByIndex() throws Exception {
        // e = |y - \hat{y}| then the mean absolute error \frac{1}{n} \sum_i e_i: the absolute errors, a vector
        PaperReadings.assertComputes("Mae", "y, \\hat{y} \\in \\mathbb{R}^{n}\n\n"
                        + "e = |y - \\hat{y}|\nm = \\frac{1}{n} \\sum_{i=1}^{n} e_i", "m",
                Map.of("y", new double[] {1, 2}, "\\hat{y}", new double[] {4, 6}),
                Map.of("y", new int[] {2}, "\\hat{y}", new int[] {2}), new double[] {3.5}, List.of());
    }

    @Test
    void aCasesConditionWrittenInWordsIsRefused() {
        // Shazeer et al.'s KeepTopK (Eq. 5): the condition in words was read as names of inputs the run asked for (c1651).
        PaperReadings.assertRejected("v \\in \\mathbb{R}^{n}, k = 2\n\n"
                + "K_i = \\begin{cases} v_i & \\text{if } v_i \\text{ is in the top } k \\text{ elements of } v. \\\\"
                + " -\\infty & \\text{otherwise.} \\end{cases}", Code.E0364);
    }
}
