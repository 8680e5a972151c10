package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Causal inference, survival analysis, Bayesian optimisation, active learning, conformal prediction, differential
 * privacy, domain adaptation, semi-supervised learning, attribution, architecture search, new recurrences and
 * time-series equations as their papers print them (fresh cases c1530-c1559). Expected values are worked out here
 * from the papers' meaning.
 */
class NewPapers18aTest {
    @Test
    void theTransposeOfARowVectorIsAColumnSoItsProductWithARowIsAnOuterProduct() throws Exception {
        // Deep CORAL (Sun & Saenko, Eq. 2): (\mathbf{1}^\top D_S)^\top (\mathbf{1}^\top D_S) is the d x d outer
        // product of the column sums; it was read element-wise, a [d] vector, silently (c1544).
        PaperReadings.assertComputes("Coral", "D \\in \\mathbb{R}^{2 \\times 2}\n\n"
                        + "C = (\\mathbf{1}^\\top D)^\\top (\\mathbf{1}^\\top D)", "C",
                Map.of("D", new double[] {1, 2, 3, 5}), Map.of("D", new int[] {2, 2}),
                new double[] {16, 28, 28, 49}, List.of());
    }

    @Test
    void aRowVectorTimesTheTransposeOfARowIsANumber() throws Exception {
        // (\mathbf{1}^\top D)(\mathbf{1}^\top D)^\top: a row times a column, the squared norm of the column sums;
        // it was read element-wise, silently.
        PaperReadings.assertComputes("RowCol", "D \\in \\mathbb{R}^{2 \\times 2}\n\n"
                        + "c = (\\mathbf{1}^\\top D)(\\mathbf{1}^\\top D)^\\top", "c",
                Map.of("D", new double[] {1, 2, 3, 5}), Map.of("D", new int[] {2, 2}),
                new double[] {16 + 49}, List.of());
    }

    @Test
    void aRowBeforeASquareBracketOfALabelIsTheElementTheLabelPicks() throws Exception {
        // The Pi-model (Laine & Aila, Algorithm 1): \log z_i[y_i] is the log-probability of input i's label; it was
        // the row z_i times the bracket [y_i], a [C] loss where the paper has a number, silently (c1547).
        PaperReadings.assertComputes("PiModel", "z \\in \\mathbb{R}^{2 \\times 3}, y \\in \\{1, \\ldots, 3\\}^{2}\n\n"
                        + "l = \\sum_{i} z_i[y_i]", "l",
                Map.of("z", new double[] {1, 2, 3, 10, 20, 30}, "y", new double[] {3, 1}),
                Map.of("z", new int[] {2, 3}, "y", new int[] {2}), new double[] {3 + 10}, List.of(Code.W0458));
    }

    @Test
    void aRowBeforeASquareBracketOfAnIndexInScopeIsItsElement() throws Exception {
        // M_b[j] with M declared B x D: the element (b, j), as in code
        PaperReadings.assertComputes("RowIdx", "M \\in \\mathbb{R}^{2 \\times 2}, w \\in \\mathbb{R}^{2}\n\n"
                        + "s = \\sum_{b} \\sum_{j} w_j M_b[j]", "s",
                Map.of("M", new double[] {1, 2, 3, 5}, "w", new double[] {1, 10}),
                Map.of("M", new int[] {2, 2}, "w", new int[] {2}), new double[] {1 + 10 * 2 + 3 + 10 * 5}, List.of(Code.W0458));
    }

    @Test
    void aFunctionAppliedUnderASumOverItsOwnNameIsTheDeclaredValueOfThatMember() throws Exception {
        // DARTS (Liu et al., Eq. 2): \sum_{o \in \mathcal{O}} softmax(\alpha)_o o(x) with o(x) declared, one row per
        // operation: each term reads row o; it was the whole stack in every term, a [|O|, d] result, silently (c1553).
        PaperReadings.assertComputes("Darts", "\\alpha \\in \\mathbb{R}^{2}, o(x) \\in \\mathbb{R}^{2 \\times 2}\n\n"
                        + "y = \\sum_{o} \\alpha_o o(x)", "y",
                Map.of("\\alpha", new double[] {2, 3}, "o(x)", new double[] {1, 10, 100, 1000}),
                Map.of("\\alpha", new int[] {2}, "o(x)", new int[] {2, 2}), new double[] {2 + 300, 20 + 3000},
                List.of(Code.W0459));
    }

    @Test
    void aLeftHandIndexComparedWithAnArgMaxOverAnIndexRunsOverThePositionsItReads() throws Exception {
        // Pseudo-Label (Lee, 2013, Eq. 1): y'_i = 1 if i = \operatorname{argmax}_{i'} f_{i'}(x), 0 otherwise, with
        // f(x) declared [C]: the one-hot vector of the arg max; i was an undeclared scalar and y'_i one name (c1548).
        PaperReadings.assertComputes("PseudoLabel", "f(x) \\in \\mathbb{R}^{3}\n\n"
                        + "y'_i = \\begin{cases} 1 & \\text{if } i = \\operatorname{argmax}_{i'} f_{i'}(x) \\\\ 0 &"
                        + " \\text{otherwise} \\end{cases}", "y'",
                Map.of("f(x)", new double[] {0.2, 0.7, 0.1}), Map.of("f(x)", new int[] {3}),
                new double[] {0, 1, 0}, List.of(Code.W0401));
    }

    @Test
    void aGreekLetterBuiltInAppliedInADeclarationListIsADeclaredValue() throws Exception {
        // Brochu et al.'s probability of improvement: \mu(\mathbf{x}), \sigma(\mathbf{x}), f(\mathbf{x}^+) \in
        // \mathbb{R} declares the GP's posterior mean and deviation; \sigma(\mathbf{x}) was E0001 (c1537).
        PaperReadings.assertComputes("Pi", "\\mu(\\mathbf{x}), \\sigma(\\mathbf{x}), f(\\mathbf{x}^+) \\in \\mathbb{R}\n\n"
                        + "z = \\frac{\\mu(\\mathbf{x}) - f(\\mathbf{x}^+)}{\\sigma(\\mathbf{x})}", "z",
                Map.of("\\mu(\\mathbf{x})", new double[] {3}, "\\sigma(\\mathbf{x})", new double[] {4},
                        "f(\\mathbf{x}^+)", new double[] {1}),
                Map.of("\\mu(\\mathbf{x})", new int[] {}, "\\sigma(\\mathbf{x})", new int[] {},
                        "f(\\mathbf{x}^+)", new int[] {}), new double[] {0.5}, List.of());
    }

    @Test
    void phiBesideTheNormalCdfIsTheStandardNormalDensity() throws Exception {
        // Expected improvement (Brochu et al., Eq. 4): \sigma \phi(Z) beside \Phi(Z); \phi was an unknown function,
        // an input the run asked for (c1536).
        double z = 0.3;
        double expected = 0.2 * 0.5 * (1 + erf(z / Math.sqrt(2))) + 2 * Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
        PaperReadings.assertComputes("Ei", "a, s, Z \\in \\mathbb{R}\n\n"
                        + "E = a \\Phi(Z) + s \\phi(Z)", "E",
                Map.of("a", new double[] {0.2}, "s", new double[] {2}, "Z", new double[] {z}),
                Map.of("a", new int[] {}, "s", new int[] {}, "Z", new int[] {}), new double[] {expected},
                List.of(Code.W0460));
    }

    private static double erf(double x) {
        // Abramowitz & Stegun 7.1.26 is too coarse for 1e-12; integrate the density instead (Simpson, 2000 steps)
        int n = 2000;
        double h = x / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double t = i * h;
            double f = Math.exp(-t * t);
            sum += (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2) * f;
        }
        return 2 / Math.sqrt(Math.PI) * sum * h / 3;
    }

    @Test
    void aPrimedNameReadingItselfOneStepBackIsARecurrence() throws Exception {
        // Mean Teacher (Tarvainen & Valpola): \theta'_t = \alpha \theta'_{t-1} + (1 - \alpha) \theta_t from the
        // declared \theta'_0; it was E0105 (defined in terms of itself), as an unprimed name is not (c1546).
        PaperReadings.assertComputes("MeanTeacher", "\\theta \\in \\mathbb{R}^{2}, \\theta'_0, \\alpha \\in \\mathbb{R}\n\n"
                        + "\\theta'_t = \\alpha \\theta'_{t-1} + (1 - \\alpha) \\theta_t", "\\theta'",
                Map.of("\\theta", new double[] {10, 20}, "\\theta'_0", new double[] {2}, "\\alpha", new double[] {0.5}),
                Map.of("\\theta", new int[] {2}, "\\theta'_0", new int[] {}, "\\alpha", new int[] {}),
                new double[] {6, 13}, List.of(Code.W0380));
    }

    @Test
    void aSuperscriptIndexWithoutARangeIndexesTheAxisNamedByItsUpperCaseLetter() throws Exception {
        // BALD with MC dropout (Gal et al., 2017): \hat{p}^t_c with \hat{p} \in \mathbb{R}^{T \times C} and \sum_t
        // written without limits: t runs over the T samples, axis 0; it was E0154 (which axis cannot be told) (c1539).
        PaperReadings.assertComputes("Bald", "\\hat{p} \\in \\mathbb{R}^{T \\times C}\n\n"
                        + "m_c = \\frac{1}{T} \\sum_t \\hat{p}^t_c", "m",
                Map.of("\\hat{p}", new double[] {1, 2, 3, 10, 20, 30}), Map.of("\\hat{p}", new int[] {2, 3}),
                new double[] {5.5, 11, 16.5}, List.of(Code.W0154));
    }

    @Test
    void aBraceNoteOverAnOperatorWithoutItsSummandLetsTheSummandFollow() throws Exception {
        // Grad-CAM (Selvaraju et al., Eq. 1): \overbrace{\frac{1}{Z} \sum_i \sum_j}^{\text{global average pooling}}
        // then the summand under its own brace; the sums had nothing to sum (E0102) (c1550).
        PaperReadings.assertComputes("Gap", "x \\in \\mathbb{R}^{2 \\times 2}, Z \\in \\mathbb{R}\n\n"
                        + "a = \\overbrace{\\frac{1}{Z} \\sum_i \\sum_j}^{\\text{global average pooling}}"
                        + " \\underbrace{x_{ij}}_{\\text{values}}", "a",
                Map.of("x", new double[] {1, 2, 3, 6}, "Z", new double[] {4}),
                Map.of("x", new int[] {2, 2}, "Z", new int[] {}), new double[] {3}, List.of());
    }

    @Test
    void wordsOfProseBeforeTheDefinedNameAreALabelOfTheLine() throws Exception {
        // Hyndman & Athanasopoulos (fpp3, 8.2): \text{Level equation} \quad \ell_t = … defines \ell_t; it was E0107
        // (the words times the name) (c1559, still rejected for its two coupled recurrences).
        PaperReadings.assertComputes("Level", "y, a, l \\in \\mathbb{R}\n\n"
                        + "\\text{Level equation} \\quad \\ell = a y + (1 - a) l", "\\ell",
                Map.of("y", new double[] {10}, "a", new double[] {0.5}, "l", new double[] {2}),
                Map.of("y", new int[] {}, "a", new int[] {}, "l", new int[] {}), new double[] {6}, List.of(Code.W0461));
    }

    @Test
    void aSumFromAValueRunsFromOneAndLeavesOutTheTermsBelowIt() throws Exception {
        // DANN (Ganin et al., Eq. 9): \sum_{i=n+1}^{N} over the target examples after the n source ones, with n a
        // size; the lower limit was E0103 (sums start at 0 or 1) (c1545).
        PaperReadings.assertComputes("Tail", "x \\in \\mathbb{R}^{N}, y \\in \\mathbb{R}^{n}\n\n"
                        + "s = \\sum_{i=n+1}^{N} x_i + \\sum_{j=1}^{n} y_j", "s",
                Map.of("x", new double[] {1, 2, 3, 4, 5}, "y", new double[] {100, 200}),
                Map.of("x", new int[] {5}, "y", new int[] {2}), new double[] {3 + 4 + 5 + 300}, List.of(Code.W0462));
    }

    @Test
    void aSumFromAWholeNumberAboveOneLeavesOutTheFirstTerms() throws Exception {
        PaperReadings.assertComputes("FromTwo", "x \\in \\mathbb{R}^{N}\n\ns = \\sum_{i=2}^{N} x_i", "s",
                Map.of("x", new double[] {1, 2, 3}), Map.of("x", new int[] {3}), new double[] {5}, List.of(Code.W0462));
    }

    @Test
    void aDeclaredVectorWithASuperscriptIndexAppliedToArgumentsIsItsElement() throws Exception {
        // DANN (Ganin et al., Eq. 9): \frac{1}{n} \sum_{i=1}^{n} L_y^i(\theta_f, \theta_y) with L_y \in \mathbb{R}^{n}
        // declared: the i-th example's loss; it was an unknown function L_y^i (E0192) (c1545).
        PaperReadings.assertComputes("Dann", "L_y \\in \\mathbb{R}^{n}\n\n"
                        + "E = \\frac{1}{n} \\sum_{i=1}^{n} L_y^i(\\theta_f, \\theta_y)", "E",
                Map.of("L_y", new double[] {1, 2, 6}), Map.of("L_y", new int[] {3}), new double[] {3},
                List.of(Code.W0154));
    }

    @Test
    void namesThenADefinitionSignThenValuesArePairedByPosition() throws Exception {
        // minLSTM (Feng et al., 2024): f'_t, i'_t \leftarrow \frac{f_t}{f_t + i_t}, \frac{i_t}{f_t + i_t}; the
        // statement was E0103 (c1556).
        PaperReadings.assertComputes("MinLstm", "f, i \\in \\mathbb{R}^{2}\n\n"
                        + "f'_t, i'_t \\leftarrow \\frac{f_t}{f_t + i_t}, \\frac{i_t}{f_t + i_t}\n"
                        + "g_t = f'_t - i'_t", "g",
                Map.of("f", new double[] {1, 3}, "i", new double[] {3, 1}), Map.of("f", new int[] {2}, "i", new int[] {2}),
                new double[] {-0.5, 0.5}, List.of());
    }

    @Test
    void aFunctionOfOneSampleReadingDeclaredValuesAtItIsDefinedPerSample() throws Exception {
        // DP-SGD (Abadi et al., Algorithm 1): \bar{g}(x_i) <- g(x_i) / \max(1, \|g(x_i)\|_2 / C) with the per-example
        // gradients g(x) declared one row each: one clipped row per example; g(x_i) was an unknown function (E0192)
        // (c1543).
        PaperReadings.assertComputes("Clip", "g(x) \\in \\mathbb{R}^{2 \\times 2}, C \\in \\mathbb{R}\n\n"
                        + "\\bar{g}(x_i) \\leftarrow g(x_i) / \\max\\left(1, \\frac{\\|g(x_i)\\|_2}{C}\\right)", "\\bar{g}",
                Map.of("g(x)", new double[] {3, 4, 0.3, 0.4}, "C", new double[] {1}),
                Map.of("g(x)", new int[] {2, 2}, "C", new int[] {}), new double[] {0.6, 0.8, 0.3, 0.4},
                List.of(Code.W0392));
    }

    @Test
    void aBareValueAndItsElementsDefinedOnTwoLinesAreTwoValues() throws Exception {
        // Griffin's RG-LRU (De et al., 2024): a_t = a^{c r_t} with a = \sigma(\Lambda) on a line of its own; it was
        // E0105 / E0106 (a defined in terms of itself, and twice) (c1555).
        PaperReadings.assertComputes("RgLru", "r \\in \\mathbb{R}^{2}, L \\in \\mathbb{R}\n\n"
                        + "a_t = a^{r_t}\na = 2 L", "a",
                Map.of("r", new double[] {1, 2}, "L", new double[] {1.5}),
                Map.of("r", new int[] {2}, "L", new int[] {}), new double[] {3, 9}, List.of(Code.W0457));
    }

    @Test
    void anArgMaxWordUnderSetWithItsIndexIsTheArgMax() throws Exception {
        // the arg max word set under its index, Q(a), as with \\arg\\max already (probed for c1538)
        PaperReadings.assertComputes("ArgMaxWord", "Q \\in \\mathbb{R}^{3}\n\n"
                        + "A = \\underset{a}{\\operatorname{argmax}} Q(a)", "A",
                Map.of("Q", new double[] {1, 5, 2}), Map.of("Q", new int[] {3}), new double[] {1}, List.of(Code.W0161));
    }
}
