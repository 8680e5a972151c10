package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Everyday equations as the places users copy them from print them: the scikit-learn user guide, Keras, TensorFlow
 * and JAX docstrings, Hugging Face's docs, ESL, PRML, Murphy's PML, Dive into Deep Learning, colah's blog, CS231n
 * (fresh cases c1560-c1589). Expected values are worked out here from the sources' meaning.
 */
class NewPapers18bTest {
    @Test
    void aNegatedRowOfADeclaredMatrixBesideAVectorIsStillTheirDotProduct() throws Exception {
        // scikit-learn's logistic regression: \hat{p}(X_i) = \frac{1}{1 + \exp(-X_i w - w_0)}. The sign bound the
        // row first, (-X_i) w, so the row-times-vector rule missed it: an element-wise [m] product per row, an
        // [n, m] result where [n] was meant (c1560, warned only as W0102's element-wise product).
        PaperReadings.assertComputes("Expit", "X \\in \\mathbb{R}^{2 \\times 2}, w \\in \\mathbb{R}^{2}\n\n"
                        + "p_i = -X_i w + 1", "p",
                Map.of("X", new double[] {1, 2, 3, 4}, "w", new double[] {10, 100}),
                Map.of("X", new int[] {2, 2}, "w", new int[] {2}),
                new double[] {-(10 + 200) + 1, -(30 + 400) + 1}, List.of(Code.W0102));
    }

    @Test
    void anOuterProductOverTheTwoNormsIsTheCosineOfRowVectors() throws Exception {
        // scikit-learn's cosine similarity, "if x and y are row vectors": k(x, y) = \frac{x y^\top}{\|x\| \|y\|}. As
        // columns x y^\top is a d x d matrix, and k came out one, silently (c1569).
        PaperReadings.assertComputes("Cosine", "x, y \\in \\mathbb{R}^{2}\n\nk(x, y) = \\frac{x y^\\top}{\\|x\\| \\|y\\|}",
                "k", Map.of("x", new double[] {3, 4}, "y", new double[] {1, 0}),
                Map.of("x", new int[] {2}, "y", new int[] {2}), new double[] {3.0 / 5}, List.of(Code.W0463));
    }

    @Test
    void anOuterProductNotOverTheNormsStaysAMatrix() throws Exception {
        PaperReadings.assertComputes("Outer", "x, y \\in \\mathbb{R}^{2}\n\nA = \\frac{x y^\\top}{2}", "A",
                Map.of("x", new double[] {3, 4}, "y", new double[] {1, 2}),
                Map.of("x", new int[] {2}, "y", new int[] {2}), new double[] {1.5, 3, 2, 4}, List.of());
    }

    @Test
    void aFunctionWhoseBodyReadsItsVectorAtAFreeLetterIsDefinedOverThatLetter() throws Exception {
        // JAX's docstring: \mathrm{softmax}(x) = \frac{\exp(x_i)}{\sum_j \exp(x_j)}. x_i was an undeclared scalar
        // input (W0101) and the run asked for it (c1580).
        double e1 = Math.exp(1), e2 = Math.exp(2);
        PaperReadings.assertComputes("Softmax", "x \\in \\mathbb{R}^{2}\n\n"
                        + "\\mathrm{softmax}(x) = \\frac{\\exp(x_i)}{\\sum_j \\exp(x_j)}", "\\mathrm{softmax}",
                Map.of("x", new double[] {1, 2}), Map.of("x", new int[] {2}),
                new double[] {e1 / (e1 + e2), e2 / (e1 + e2)}, List.of(Code.W0464));
    }

    @Test
    void aDisplayBrokenBeforeASumContinuesOnTheNextLine() throws Exception {
        // scikit-learn's Tweedie deviance: \frac{1}{n_\text{samples}} at the end of a line, \sum_{i=0}^{…} on the next,
        // then \begin{cases}. The sum's line was a statement of its own (E0102 for \sum) (c1564).
        PaperReadings.assertComputes("Mean", "y \\in \\mathbb{R}^{2}\n\nm = \\frac{1}{2}\n\\sum_{i=1}^{2}\n"
                        + "\\begin{cases} y_i, & y_i > 0 \\\\ 0, & \\text{otherwise} \\end{cases}", "m",
                Map.of("y", new double[] {4, -2}), Map.of("y", new int[] {2}), new double[] {2}, List.of());
    }

    @Test
    void aChainWrittenOutWithDotsIsComputedFromItsClosedForm() throws Exception {
        // PRML (1.1): y(x, \mathbf{w}) = w_0 + w_1 x + w_2 x^2 + \ldots + w_M x^M = \sum_{j=0}^{M} w_j x^j. The dotted
        // form was the one computed, and its run w_2 x^2 + \ldots, a sum from 2, was E0103 (c1583).
        PaperReadings.assertComputes("Poly", "w \\in \\mathbb{R}^{4}, x \\in \\mathbb{R}\n\n"
                        + "y = w_0 + w_1 x + w_2 x^2 + \\ldots + w_3 x^3 = \\sum_{j=0}^{3} w_j x^j", "y",
                Map.of("w", new double[] {1, 2, 3, 4}, "x", new double[] {2}),
                Map.of("w", new int[] {4}, "x", new int[] {}), new double[] {1 + 4 + 12 + 32}, List.of(Code.W0465));
    }

    @Test
    void aFunctionCalledOnElementsOfItsParametersNamesakeTakesTheirShape() throws Exception {
        // PRML (1.2): E(\mathbf{w}) = \frac{1}{2}\sum_{n=1}^{N} \{y(x_n, \mathbf{w}) - t_n\}^2 with \mathbf{x} the N
        // training inputs and y(x, \mathbf{w}) of one input: the call on the element x_n was E0303 (the parameter
        // took the declared [N]) (c1583).
        PaperReadings.assertComputes("Sse", "\\mathbf{x}, \\mathbf{t} \\in \\mathbb{R}^{2}, a \\in \\mathbb{R}\n\n"
                        + "y(x) = a x^2\nE = \\sum_{n=1}^{2} \\{y(x_n) - t_n\\}^2", "E",
                Map.of("\\mathbf{x}", new double[] {1, 2}, "\\mathbf{t}", new double[] {1, 1}, "a", new double[] {3}),
                Map.of("\\mathbf{x}", new int[] {2}, "\\mathbf{t}", new int[] {2}, "a", new int[] {}),
                new double[] {4 + 121}, List.of(Code.W0265, Code.W0103));
    }

    @Test
    void aDiagonalOfEntriesWrittenOutWithDotsIsTheDiagonalOfTheirVector() throws Exception {
        // Murphy's PML: \mathbf{S} \triangleq \mathrm{diag}(\mu_1(1-\mu_1), \ldots, \mu_N(1-\mu_N)) was E0104 (diag of
        // three arguments) (c1586).
        PaperReadings.assertComputes("Diag", "\\mu \\in \\mathbb{R}^{N}\n\n"
                        + "S = \\mathrm{diag}(\\mu_1(1-\\mu_1), \\ldots, \\mu_N(1-\\mu_N))\n", "S",
                Map.of("\\mu", new double[] {0.5, 0.25}), Map.of("\\mu", new int[] {2}),
                new double[] {0.25, 0, 0, 0.1875}, List.of(Code.W0456));
    }

    @Test
    void anEmptyGroupBesideAValueTypesetsNothing() throws Exception {
        // scikit-learn's MAPE: \frac{{}\left| y_i - \hat{y}_i \right|}{…} was E0001 (an empty group where a value
        // belongs) (c1574).
        PaperReadings.assertComputes("Mape", "y \\in \\mathbb{R}^{2}\n\nm_i = \\frac{{}\\left| y_i \\right|}{2}", "m",
                Map.of("y", new double[] {-4, 2}), Map.of("y", new int[] {2}), new double[] {2, 1}, List.of());
    }

    @Test
    void aSignBeforeAWordNegatesTheWholeWord() throws Exception {
        // TensorFlow's docstring: (1 - z) * x + l * (log(1 + exp(-abs(x))) + max(-x, 0)). -abs(x) was (-a) times
        // bs(x), E0192 for bs (c1577).
        PaperReadings.assertComputes("Abs", "x \\in \\mathbb{R}^{2}\n\ny = exp(-abs(x))", "y",
                Map.of("x", new double[] {-1, 2}), Map.of("x", new int[] {2}),
                new double[] {Math.exp(-1), Math.exp(-2)}, List.of());
    }

    @Test
    void shortRunsWhoseLettersNeverStandAloneAreNames() throws Exception {
        // scikit-learn's MCC: \frac{tp \times tn - fp \times fn}{…} with tp, tn, fp, fn named in prose only. Each was
        // the product of its letters, and the run asked for inputs t, p, n, f (c1566).
        PaperReadings.assertComputes("Precision", "P = \\frac{tp}{tp + fp}", "P",
                Map.of("tp", new double[] {3}, "fp", new double[] {1}), Map.of("tp", new int[] {}, "fp", new int[] {}),
                new double[] {0.75}, List.of(Code.W0466, Code.W0101));
    }

    @Test
    void aRunWrittenOnceWhoseLettersAppearNowhereElseStaysAProduct() throws Exception {
        PaperReadings.assertComputes("Product", "c = ab", "c",
                Map.of("a", new double[] {3}, "b", new double[] {2}), Map.of("a", new int[] {}, "b", new int[] {}),
                new double[] {6}, List.of(Code.W0101));
    }

    @Test
    void aBiasDeclaredUnderAnIndexThatRunsOverAMatrixsRowsIsReadAtIt() throws Exception {
        // D2L's matrix factorization: \hat{\mathbf{R}}_{ui} = \mathbf{p}_u\mathbf{q}^\top_i + b_u + b_i with b_u in R^m,
        // b_i in R^n: the whole biases were added to the ratings, E0302 ([m] + [n]) (c1588).
        PaperReadings.assertComputes("Mf", "P \\in \\mathbb{R}^{m \\times 1}, Q \\in \\mathbb{R}^{n \\times 1}, b_u \\in"
                        + " \\mathbb{R}^{m}, b_i \\in \\mathbb{R}^{n}\n\nR_{ui} = P_u Q_i^\\top + b_u + b_i", "R",
                Map.of("P", new double[] {1, 2}, "Q", new double[] {10, 100, 1000}, "b_u", new double[] {0.5, 0.25},
                        "b_i", new double[] {1, 2, 3}),
                Map.of("P", new int[] {2, 1}, "Q", new int[] {3, 1}, "b_u", new int[] {2}, "b_i", new int[] {3}),
                new double[] {11.5, 102.5, 1003.5, 21.25, 202.25, 2003.25}, List.of(Code.W0257, Code.W0413));
    }

    @Test
    void aWholeVectorAddedToAnElementOfADefinitionOverAsManyValuesIsSaid() throws Exception {
        // y_i = x_i + b with x, b in R^n: a vector per element, an n x n matrix, was computed without a word (the
        // pattern of scikit-learn's Gaussian naive Bayes, (x_i - \mu_y)^2 with \mu_y one vector).
        PaperReadings.assertComputes("Whole", "x, b \\in \\mathbb{R}^{2}\n\ny_i = x_i + b", "y",
                Map.of("x", new double[] {1, 2}, "b", new double[] {10, 20}), Map.of("x", new int[] {2}, "b", new int[] {2}),
                new double[] {11, 21, 12, 22}, List.of(Code.W0467));
    }

    @Test
    void aNumberedEntryBesideTheWholeVectorInAProductIsAskedAbout() {
        // PRML (4.4): y(\mathbf{x}) = \mathbf{w}^{\mathrm{T}}\mathbf{x} + w_0, "w_0 is a bias". w_0 was w's first entry
        // (W0140), counted twice (c1585b).
        PaperReadings.assertRejected("\\mathbf{w}, \\mathbf{x} \\in \\mathbb{R}^{3}\n\n"
                + "y = \\mathbf{w}^{\\mathrm{T}}\\mathbf{x} + w_0", Code.E0362);
    }

    @Test
    void aNumberedEntryWithoutTheWholeVectorInAProductStaysTheEntry() throws Exception {
        // w_0 + w_1 x: the entries of one vector, counted from 0; w is never whole in a product
        PaperReadings.assertComputes("Entry", "w \\in \\mathbb{R}^{2}, x \\in \\mathbb{R}\n\ny = w_0 + w_1 x",
                "y", Map.of("w", new double[] {1, 2}, "x", new double[] {10}),
                Map.of("w", new int[] {2}, "x", new int[] {}), new double[] {21}, List.of(Code.W0140));
    }

    @Test
    void scikitLearnsMetricsSpellings() throws Exception {
        // \texttt{accuracy} as a name (was E0107), 1(\hat{y}_i \not= y_i) with \not= for \neq (was E0102 for \not),
        // \log_e the natural logarithm (was E0101)
        PaperReadings.assertComputes("Errors", "y, \\hat{y} \\in \\mathbb{R}^{4}\n\n\\texttt{errors}(y, \\hat{y}) ="
                        + " \\sum_{i=1}^{4} 1(\\hat{y}_i \\not= y_i) + \\log_e(1)", "\\texttt{errors}",
                Map.of("y", new double[] {1, 0, 2, 2}, "\\hat{y}", new double[] {1, 1, 2, 0}),
                Map.of("y", new int[] {4}, "\\hat{y}", new int[] {4}), new double[] {2}, List.of());
    }

    @Test
    void anInterceptBesideASumOverEveryEntryIsAskedAbout() {
        // ESL (3.2): \sum_{i=1}^N (y_i - \beta_0 - \sum_{j=1}^p x_{ij}\beta_j)^2 with \beta in R^p: \beta_0 was \beta's first
        // entry (W0140, counted from 0) while the sum read \beta_1 … \beta_p counted from 1, the first entry twice.
        PaperReadings.assertRejected("x, \\beta \\in \\mathbb{R}^{p}\n\nf = \\beta_0 + \\sum_{j=1}^{p} x_j \\beta_j",
                Code.E0362);
    }
}
