package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
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

    @Test
    void aFunctionOfAnUndefinedFunctionsValueCalledAtAnotherNameReadsTheValueThere() throws Exception {
        // ORPO (Hong et al. 2024), Eqs. 4-7: odds(y|x) = P(y|x) / (1 - P(y|x)) called at y_w and y_l reads
        // P(y_w|x) and P(y_l|x), inputs of their own; was E0191. P = 0.3, 0.1: odds 3/7, 1/9, ratio 27/7;
        // L = -log sigma(log 27/7) = log(1 + 7/27)
        PaperReadings.assertComputes("Orpo", "\\mathbf{odds}_\\theta(y|x) = \\frac{P_\\theta(y|x)}{1 - P_\\theta(y|x)}\n"
                        + "\\mathcal{L}_{OR} = -\\log \\sigma \\left( \\log \\frac{\\mathbf{odds}_\\theta(y_w|x)}"
                        + "{\\mathbf{odds}_\\theta(y_l|x)} \\right)", "\\mathcal{L}_{OR}",
                Map.of("P_\\theta(y_w, x)", new double[] {0.3}, "P_\\theta(y_l, x)", new double[] {0.1}),
                Map.of("P_\\theta(y_w, x)", new int[0], "P_\\theta(y_l, x)", new int[0]),
                new double[] {Math.log1p(7.0 / 27)}, List.of(Code.W0191, Code.W0190));
        // declared per pair, the values at y_w and y_l keep their declared shape: one loss per pair
        PaperReadings.assertComputes("OrpoBatch", "P_\\theta(y_w|x), P_\\theta(y_l|x) \\in \\mathbb{R}^{B}\n\n"
                        + "\\mathbf{odds}_\\theta(y|x) = \\frac{P_\\theta(y|x)}{1 - P_\\theta(y|x)}\n"
                        + "r = \\log \\mathbf{odds}_\\theta(y_w|x) - \\log \\mathbf{odds}_\\theta(y_l|x)", "r",
                Map.of("P_\\theta(y_w|x)", new double[] {0.3, 0.5}, "P_\\theta(y_l|x)", new double[] {0.1, 0.5}),
                Map.of("P_\\theta(y_w|x)", new int[] {2}, "P_\\theta(y_l|x)", new int[] {2}),
                new double[] {Math.log(27.0 / 7), 0}, List.of(Code.W0191, Code.W0190));
    }

    @Test
    void aHelperOfAnUndefinedFunctionCalledWithAnotherVector() throws Exception {
        // f(x) = x + h(x), z = f(y): y + h(y), h(y) an input of its own (was E0191)
        PaperReadings.assertComputes("Residual", "x, y \\in \\mathbb{R}^{2}\n\nf(x) = x + h(x)\nz = f(y)", "z",
                Map.of("x", new double[] {9, 9}, "y", new double[] {1, 2}, "h(x)", new double[] {50, 50}, "h(y)",
                        new double[] {10, 20}),
                Map.of("x", new int[] {2}, "y", new int[] {2}, "h(x)", new int[] {2}, "h(y)", new int[] {2}),
                new double[] {11, 22}, List.of(Code.W0190));
    }

    @Test
    void aValueTableBeforeAnUndeclaredStateIsRefused() {
        // probe21: TD(0)'s r + gamma V(s_1) - V(s_0) with the states undeclared was V times an assumed number, a vector
        PaperReadings.assertRejected("V \\in \\mathbb{R}^{n}\n\\delta = r + \\gamma V(s_1) - V(s_0)", Code.E0380);
    }

    @Test
    void aValueTableAtADeclaredStateIsItsEntry() throws Exception {
        // the same with the states declared whole numbers: 1 + 0.5 * V[1] - V[0] = 1 + 1 - 1 = 1 (W0140: from 0)
        PaperReadings.assertComputes("TdError", "V \\in \\mathbb{R}^{3}, s_0, s_1 \\in \\mathbb{N}, r, \\gamma \\in"
                        + " \\mathbb{R}\n\\delta = r + \\gamma V(s_1) - V(s_0)", "\\delta",
                Map.of("V", new double[] {1, 2, 3}, "s_0", new double[] {0}, "s_1", new double[] {1}, "r",
                        new double[] {1}, "\\gamma", new double[] {0.5}),
                Map.of("V", new int[] {3}, "s_0", new int[0], "s_1", new int[0], "r", new int[0], "\\gamma", new int[0]),
                new double[] {1}, List.of(Code.W0140));
    }

    @Test
    void aLabelledRowBeforeABracketOfLabelsIsTheEntry() throws Exception {
        // DeepSeek-V3's MTP loss, -sum_i log P_i^k[t_i] with P^k declared (probe21): was the row times the bracket,
        // [inf, inf], silently. P^k rows (0.2, 0.8), (0.6, 0.4), t = (1, 0): -(log 0.8 + log 0.6)
        for (String written : List.of("P_i^k[t_i]", "P^k_{i,t_i}")) {
            PaperReadings.assertComputes("Mtp", "P^k \\in \\mathbb{R}^{M \\times V}, t \\in \\{0, \\dots, V-1\\}^{M}\n\n"
                            + "L = -\\sum_{i=1}^{M} \\log " + written, "L",
                    Map.of("P^k", new double[] {0.2, 0.8, 0.6, 0.4}, "t", new double[] {1, 0}),
                    Map.of("P^k", new int[] {2, 2}, "t", new int[] {2}),
                    new double[] {-(Math.log(0.8) + Math.log(0.6))},
                    written.contains("[") ? List.of(Code.W0458) : List.of());
        }
        // the warning names the element with its label, P^k_{i, t_i} (it printed P_{i, t_i}, another tensor's name)
        dev.eqc.compiler.diag.Diagnostics ds = new dev.eqc.compiler.diag.Diagnostics();
        dev.eqc.compiler.EqCompiler.check(new dev.eqc.compiler.source.SourceFile("mtp.eq", "P^k \\in \\mathbb{R}^{M \\times V},"
                + " t \\in \\{0, \\dots, V-1\\}^{M}\nL = -\\sum_{i=1}^{M} \\log P_i^k[t_i]"),
                new dev.eqc.compiler.Options("Mtp", "", dev.eqc.compiler.Precision.DOUBLE, false), ds);
        String message = ds.all().stream().filter(d -> d.code() == Code.W0458).findFirst().orElseThrow().message();
        org.junit.jupiter.api.Assertions.assertTrue(message.endsWith("`P^k_{i, t_i}`"), message);
    }

    @Test
    void aMatrixDefinedWholeUnderTwoLettersIsReadAtThemInsideTheirSums() throws Exception {
        // probe21: \hat{r}_{i,t} = 2 r_{i,t}(\theta) with the ratios declared G x T, then the double sum: was the whole
        // matrix at every term (6 copies, a 2 x 3 result), silently. 2 * (0.1 + ... + 0.6) = 4.2
        double[] r = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
        PaperReadings.assertComputes("RatioSum", "r_{i,t}(\\theta) \\in \\mathbb{R}^{G \\times T}\n\n"
                        + "\\hat{r}_{i,t} = 2 r_{i,t}(\\theta)\nJ = \\sum_{i=1}^{G} \\sum_{t=1}^{T} \\hat{r}_{i,t}", "J",
                Map.of("r_{i,t}(\\theta)", r), Map.of("r_{i,t}(\\theta)", new int[] {2, 3}),
                new double[] {4.2}, List.of(Code.W0385));
    }

    @Test
    void arcFaceAnglesWithoutTheSampleRowAreTheEntryInTheSumsRow() throws Exception {
        // ArcFace-style softmax over angles printed without the row: theta_{y_i}, theta_j inside sum_i. With s = 1
        // and theta = [[0, pi/2], [pi/2, 0]], y = (1, 2) counted from 1: each sample's own angle is 0, so each term is
        // log(e / (e + 1)) and L = -log(e / (e + 1)) = log(1 + 1/e). Was E0304.
        PaperReadings.assertComputes("ArcFaceRows", "\\theta \\in \\mathbb{R}^{N \\times n}, y \\in \\{1, \\dots, n\\}^{N}\n\n"
                        + "L = -\\frac{1}{N} \\sum_{i=1}^{N} \\log \\frac{e^{\\cos\\theta_{y_i}}}{\\sum_{j=1}^{n}"
                        + " e^{\\cos\\theta_j}}", "L",
                Map.of("\\theta", new double[] {0, Math.PI / 2, Math.PI / 2, 0}, "y", new double[] {1, 2}),
                Map.of("\\theta", new int[] {2, 2}, "y", new int[] {2}),
                new double[] {Math.log1p(Math.exp(-1))}, List.of(Code.W0521));
    }

    @Test
    void aFunctionPassingItsParameterOnRenamesTheValuesInsideToo() throws Exception {
        // review21: OR(y|x) = log odds(y|x), then OR(y_w|x) - OR(y_l|x) was log odds at y - at y, 0, silently.
        // P = 0.6, 0.3: log(1.5) - log(3/7); L = -log sigma of that = 0.2513...
        double r = Math.log(1.5) - Math.log(3.0 / 7);
        for (String inner : List.of("y", "z")) {
            PaperReadings.assertComputes("OddsRatio", "\\mathbf{odds}_\\theta(" + inner + "|x) = \\frac{P_\\theta("
                            + inner + "|x)}{1 - P_\\theta(" + inner + "|x)}\n\\mathrm{OR}(y|x) = \\log \\mathbf{odds}_\\theta(y|x)\n"
                            + "\\mathcal{L} = -\\log \\sigma\\left(\\mathrm{OR}(y_w|x) - \\mathrm{OR}(y_l|x)\\right)",
                    "\\mathcal{L}", Map.of("P_\\theta(y_w, x)", new double[] {0.6}, "P_\\theta(y_l, x)", new double[] {0.3}),
                    Map.of("P_\\theta(y_w, x)", new int[0], "P_\\theta(y_l, x)", new int[0]),
                    new double[] {Math.log1p(Math.exp(-r))}, List.of(Code.W0191, Code.W0190));
        }
    }

    @Test
    void valuesNoNameGivesAtTheCallAreRefused() {
        // review21: DPO's sequence log-probability s(y) = sum_t log pi(y_t | x, y_{<t}), then s(y_w) - s(y_l): one
        // input for both, log 2 whatever the values
        PaperReadings.assertRejected("T = 3, \\beta = 0.1\ns(y) = \\sum_{t=1}^{T} \\log \\pi_\\theta(y_t \\mid x, y_{<t})\n"
                + "L = -\\log \\sigma\\left(\\beta s(y_w) - \\beta s(y_l)\\right)", Code.E0191);
        // review21: f(y) = P(y)/(1 - P(y)) summed at y_i: the value at y_i is one per i, which no renaming gives
        PaperReadings.assertRejected("P(y) \\in \\mathbb{R}^{n}\nf(y) = \\frac{P(y)}{1 - P(y)}\n"
                + "L = \\sum_{i=1}^{n} \\log f(y_i)", Code.E0191);
    }

    @Test
    void aVectorTimesAMatrixThenAVectorIsTheBilinearForm() throws Exception {
        // review21: x Q x (Bertsekas' x'Qx with the primes dropped, or a declared second point x') was (xQ) odot x, a
        // vector, silently. Q = [[2, 1], [1, 3]], x = (1, 2): x^T Q x = 2 + 2 + 2 + 12 = 18; y = (3, -1): y^T Q x = 5
        Map<String, double[]> in = Map.of("Q", new double[] {2, 1, 1, 3}, "x", new double[] {1, 2}, "y",
                new double[] {3, -1});
        Map<String, int[]> shapes = Map.of("Q", new int[] {2, 2}, "x", new int[] {2}, "y", new int[] {2});
        PaperReadings.assertComputes("Quadratic", "Q \\in \\mathbb{R}^{n \\times n}, x, y \\in \\mathbb{R}^{n}\n\nL = x Q x",
                "L", in, shapes, new double[] {18}, List.of(Code.W0144));
        PaperReadings.assertComputes("Bilinear", "Q \\in \\mathbb{R}^{n \\times n}, x, y \\in \\mathbb{R}^{n}\n\nL = y Q x",
                "L", in, shapes, new double[] {5}, List.of(Code.W0144));
    }

    @Test
    void aWholeValueInsideAnElementWiseFunctionInASumOverItsAxisIsRefused() {
        // review21: GRPO's A_i - beta log(pi_theta / pi_ref) with both policies whole [G] inside sum_i was a [G] vector
        // (each term adding the whole log-ratio), exit 0
        PaperReadings.assertRejected("A, d \\in \\mathbb{R}^{G}\nL = \\frac{1}{G}\\sum_{i=1}^{G} (A_i - \\log d)", Code.E0376);
        PaperReadings.assertRejected("A, \\pi_\\theta, \\pi_{ref} \\in \\mathbb{R}^{G}, \\beta = 0.1\nL = \\frac{1}{G}"
                + "\\sum_{i=1}^{G} \\left(A_i - \\beta \\log \\frac{\\pi_\\theta}{\\pi_{ref}}\\right)", Code.E0376);
        PaperReadings.assertRejected("A, d \\in \\mathbb{R}^{G}\nL = \\sum_{i=1}^{G} \\min(A_i, d)", Code.E0376);
    }

    @Test
    void arcFacePerSampleLossReadsTheAnglesInItsRow() throws Exception {
        // the per-sample form, l_i defined over i: theta_{y_i}, theta_j are in row i. Each sample's own angle is 0 and
        // the other pi/2: l_i = log(1 + e^{-1}) for both
        double l = Math.log1p(Math.exp(-1));
        PaperReadings.assertComputes("ArcFacePerSample", "\\theta \\in \\mathbb{R}^{N \\times n}, y \\in \\{1, \\dots, n\\}^{N}\n\n"
                        + "\\ell_i = -\\log \\frac{e^{\\cos\\theta_{y_i}}}{\\sum_{j=1}^{n} e^{\\cos\\theta_j}}", "\\ell",
                Map.of("\\theta", new double[] {0, Math.PI / 2, Math.PI / 2, 0}, "y", new double[] {1, 2}),
                Map.of("\\theta", new int[] {2, 2}, "y", new int[] {2}),
                new double[] {l, l}, List.of(Code.W0521));
    }

    @Test
    void dposImplicitRewardCalledAtTheTwoResponses() throws Exception {
        // DPO (Rafailov et al. 2023), Eq. 5 then 7: r(x, y) = beta log(pi(y|x) / pi_ref(y|x)) called at y_w and y_l
        // reads the four values there, numbers (was E0192). z = 0.1 log(0.5/0.4) - 0.1 log(0.2/0.3); L = log(1 + e^{-z})
        double z = 0.1 * Math.log(0.5 / 0.4) - 0.1 * Math.log(0.2 / 0.3);
        PaperReadings.assertComputes("DpoReward", "\\beta = 0.1\nr_\\theta(x, y) = \\beta \\log \\frac{\\pi_\\theta(y \\mid x)}"
                        + "{\\pi_{ref}(y \\mid x)}\n\\mathcal{L} = -\\log \\sigma(r_\\theta(x, y_w) - r_\\theta(x, y_l))",
                "\\mathcal{L}", Map.of("\\pi_\\theta(y_w, x)", new double[] {0.5}, "\\pi_{ref}(y_w, x)", new double[] {0.4},
                        "\\pi_\\theta(y_l, x)", new double[] {0.2}, "\\pi_{ref}(y_l, x)", new double[] {0.3}),
                Map.of("\\pi_\\theta(y_w, x)", new int[0], "\\pi_{ref}(y_w, x)", new int[0], "\\pi_\\theta(y_l, x)",
                        new int[0], "\\pi_{ref}(y_l, x)", new int[0]),
                new double[] {Math.log1p(Math.exp(-z))}, List.of(Code.W0191, Code.W0190));
    }

    @Test
    void aParameterReadAsNotationLeavesItsNamesakeFreeForTheValuesItReads() throws Exception {
        // Sutton & Barto's epsilon-greedy improvement (c903): pi(a|S_t) reads A^*, which reads the input S_t; pi's
        // S_t is notation (W0191), so the method must take the input S_t (code generation failed: "S_t is not in
        // scope of pi"). Q = [[1, 5], [3, 2]], S_t = 0: A^* = 1; pi(1|S_t) = 1 - 0.2 + 0.2/2 = 0.9
        PaperReadings.assertComputes("EpsGreedy", "Q \\in \\mathbb{R}^{n_s \\times n_a}, S_t \\in \\mathbb{N}, a \\in"
                        + " \\mathbb{N}, \\varepsilon \\in \\mathbb{R}\n\nA^* = \\arg\\max_b Q(S_t, b)\n"
                        + "\\pi(a|S_t) = \\begin{cases} 1 - \\varepsilon + \\varepsilon/|\\mathcal{A}(S_t)| & \\text{if } a = A^*"
                        + " \\\\ \\varepsilon/|\\mathcal{A}(S_t)| & \\text{otherwise} \\end{cases}", "\\pi",
                Map.of("Q", new double[] {1, 5, 3, 2}, "S_t", new double[] {0}, "a", new double[] {1}, "\\varepsilon",
                        new double[] {0.2}, "\\mathcal{A}(S_t)", new double[] {2}),
                Map.of("Q", new int[] {2, 2}, "S_t", new int[0], "a", new int[0], "\\varepsilon", new int[0],
                        "\\mathcal{A}(S_t)", new int[0]),
                new double[] {0.9}, List.of(Code.W0140, Code.W0191, Code.W0190));
    }
}
