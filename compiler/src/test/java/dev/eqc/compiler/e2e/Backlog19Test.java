package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Notation from the rejected backlog of papers/fresh (session 19), grouped by cause: what a user pasting from a
 * paper meets most. Expected values are plain loops over the inputs, worked out from the papers' meaning.
 */
class Backlog19Test {
    private static final double[] PI = {1, 2, 4};

    @Test
    void anEventOfIndexLettersDefinesTheValueOverThem() throws Exception {
        // Bradley & Terry's P(i \succ j) = \frac{\pi_i}{\pi_i + \pi_j} (c1102, was E0107: a parameter must be a name)
        double[] p = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                p[3 * i + j] = PI[i] / (PI[i] + PI[j]);
            }
        }
        PaperReadings.assertComputes("BradleyTerry", "\\pi \\in \\mathbb{R}^{n}\n\nP(i \\succ j) = \\frac{\\pi_i}{\\pi_i"
                        + " + \\pi_j}", "P", Map.of("\\pi", PI), Map.of("\\pi", new int[] {3}), p, List.of(Code.W0483));
    }

    @Test
    void aDifferenceOfIndexedItemsDefinesTheValueOverTheirLettersThenTheNamesSubscript() throws Exception {
        // SchNet's e_k(\mathbf{r}_i - \mathbf{r}_j) = \exp(-\gamma \|d_{ij} - \mu_k\|^2) (c1095, was E0107): [n, n, K]
        double[] d = {0, 1, 1, 0};
        double[] mu = {0, 0.5, 1};
        double gamma = 2;
        double[] e = new double[12];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                for (int k = 0; k < 3; k++) {
                    double r = d[2 * i + j] - mu[k];
                    e[6 * i + 3 * j + k] = Math.exp(-gamma * r * r);
                }
            }
        }
        PaperReadings.assertComputes("SchNet", "d \\in \\mathbb{R}^{n \\times n}, \\mu \\in \\mathbb{R}^{K}, \\gamma \\in"
                        + " \\mathbb{R}\n\ne_k(\\mathbf{r}_i - \\mathbf{r}_j) = \\exp(-\\gamma \\|d_{ij} - \\mu_k\\|^2)", "e",
                Map.of("d", d, "\\mu", mu, "\\gamma", new double[] {gamma}),
                Map.of("d", new int[] {2, 2}, "\\mu", new int[] {3}, "\\gamma", new int[] {}), e, List.of(Code.W0483));
    }

    @Test
    void anEventOfNamedItemsIsNotation() throws Exception {
        // DPO's Eq. 1, p^*(y_1 \succ y_2 \mid x) (c1690, was E0107): the event names what the probability is of
        double a = 0.7;
        double b = -1.3;
        PaperReadings.assertComputes("Dpo", "r^*(x, y_1), r^*(x, y_2) \\in \\mathbb{R}\n\np^*(y_1 \\succ y_2 \\mid x) ="
                        + " \\frac{\\exp(r^*(x, y_1))}{\\exp(r^*(x, y_1)) + \\exp(r^*(x, y_2))}", "p^*",
                Map.of("r^*(x, y_1)", new double[] {a}, "r^*(x, y_2)", new double[] {b}),
                Map.of("r^*(x, y_1)", new int[] {}, "r^*(x, y_2)", new int[] {}),
                new double[] {Math.exp(a) / (Math.exp(a) + Math.exp(b))}, List.of(Code.W0258, Code.W0191));
    }

    @Test
    void theProbabilityOfAnEventAboutALabelledExampleIsOneValuePerExample() throws Exception {
        // Molnar's \mathbb{P}(Y^{(i)}=1) = \text{logistic}(\mathbf{x}^{(i)T} \boldsymbol{\beta}) with the stack
        // \mathbf{x}^{(i)} \in \mathbb{R}^{n \times p} (c1610, was E0301: the whole stack in the product)
        double[] x = {1, 2, -1, 0.5, 0, 3};
        double[] beta = {0.25, -0.5};
        double[] p = new double[3];
        for (int i = 0; i < 3; i++) {
            p[i] = 1 / (1 + Math.exp(-(x[2 * i] * beta[0] + x[2 * i + 1] * beta[1])));
        }
        PaperReadings.assertComputes("Logistic", "\\mathbf{x}^{(i)} \\in \\mathbb{R}^{n \\times p}, \\boldsymbol{\\beta}"
                        + " \\in \\mathbb{R}^{p}\n\n\\text{logistic}(\\mathbf{z})=\\frac{1}{1+\\exp(-\\mathbf{z})}\n"
                        + "\\mathbb{P}(Y^{(i)}=1)= \\text{logistic}(\\mathbf{x}^{(i)T} \\boldsymbol{\\beta})", "\\mathbb{P}",
                Map.of("\\mathbf{x}^{(i)}", x, "\\boldsymbol{\\beta}", beta),
                Map.of("\\mathbf{x}^{(i)}", new int[] {3, 2}, "\\boldsymbol{\\beta}", new int[] {2}), p,
                List.of(Code.W0483, Code.W0486));
        // CS229's \hat{y}^{(i)} = \boldsymbol{\theta}^T \mathbf{x}^{(i)} with the stack declared: row i, not the stack
        double[] y = new double[3];
        for (int i = 0; i < 3; i++) {
            y[i] = x[2 * i] * beta[0] + x[2 * i + 1] * beta[1];
        }
        PaperReadings.assertComputes("Cs229", "\\mathbf{x}^{(i)} \\in \\mathbb{R}^{n \\times p}, \\boldsymbol{\\theta}"
                        + " \\in \\mathbb{R}^{p}\n\n\\hat{y}^{(i)} = \\boldsymbol{\\theta}^T \\mathbf{x}^{(i)}", "\\hat{y}",
                Map.of("\\mathbf{x}^{(i)}", x, "\\boldsymbol{\\theta}", beta),
                Map.of("\\mathbf{x}^{(i)}", new int[] {3, 2}, "\\boldsymbol{\\theta}", new int[] {2}), y,
                List.of(Code.W0486, Code.W0439));
    }

    @Test
    void aDeclaredTensorDefinedAgainWithAnotherNumberOfIndicesIsAValueOfItsOwn() throws Exception {
        // scikit-learn's multinomial naive Bayes, N_y = \sum_{i=1}^{n} N_{yi} beside N \in \mathbb{R}^{K \times n}
        // (c988, was E0105: defined in terms of itself)
        double[] n = {1, 2, 3, 0, 4, 1};
        double alpha = 1;
        double[] theta = new double[6];
        for (int y = 0; y < 2; y++) {
            double total = n[3 * y] + n[3 * y + 1] + n[3 * y + 2];
            for (int i = 0; i < 3; i++) {
                theta[3 * y + i] = (n[3 * y + i] + alpha) / (total + alpha * 3);
            }
        }
        PaperReadings.assertComputes("MultinomialNb", "N \\in \\mathbb{R}^{K \\times n}, \\alpha \\in \\mathbb{R}\n\n"
                        + "N_y = \\sum_{i=1}^{n} N_{yi}\n\\hat{\\theta}_{yi} = \\frac{N_{yi} + \\alpha}{N_y + \\alpha n}",
                "\\hat{\\theta}", Map.of("N", n, "\\alpha", new double[] {alpha}),
                Map.of("N", new int[] {2, 3}, "\\alpha", new int[] {}), theta, List.of(Code.W0484));
        // RankNet's o_{ij} = o_i - o_j beside o \in \mathbb{R}^{n} (c761, was E0105)
        double[] p = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                p[3 * i + j] = 1 / (1 + Math.exp(-(PI[i] - PI[j])));
            }
        }
        PaperReadings.assertComputes("RankNet", "o \\in \\mathbb{R}^{n}\n\no_{ij} = o_i - o_j\nP_{ij} ="
                        + " \\frac{e^{o_{ij}}}{1 + e^{o_{ij}}}", "P", Map.of("o", PI), Map.of("o", new int[] {3}), p,
                List.of(Code.W0484));
    }

    @Test
    void aValueNamedLikeASizeAndResponsibilitiesDeclaredAtTheirIndices() throws Exception {
        // PRML's M step, N_k = \sum_{n=1}^{N} \gamma(z_{nk}) beside the size N, \gamma(z_{nk}) \in \mathbb{R}^{N
        // \times K} declared as written (c754, was E0105 and E0301)
        double[] g = {0.5, 0.5, 0.25, 0.75, 1, 0};
        double[] x = {1, 2, 3};
        double[] mu = new double[2];
        double[] pi = new double[2];
        for (int k = 0; k < 2; k++) {
            double nk = 0;
            double sum = 0;
            for (int n = 0; n < 3; n++) {
                nk += g[2 * n + k];
                sum += g[2 * n + k] * x[n];
            }
            mu[k] = sum / nk;
            pi[k] = nk / 3;
        }
        String file = "\\mathbf{x} \\in \\mathbb{R}^{N}, \\gamma(z_{nk}) \\in \\mathbb{R}^{N \\times K}\n\n"
                + "N_k = \\sum_{n=1}^{N} \\gamma(z_{nk})\n\\mu_k = \\frac{1}{N_k} \\sum_{n=1}^{N} \\gamma(z_{nk})"
                + " \\mathbf{x}_n\n\\pi_k = \\frac{N_k}{N}";
        Map<String, double[]> inputs = Map.of("\\mathbf{x}", x, "\\gamma(z_{nk})", g);
        Map<String, int[]> shapes = Map.of("\\mathbf{x}", new int[] {3}, "\\gamma(z_{nk})", new int[] {3, 2});
        PaperReadings.assertComputes("GmmMean", file, "\\mu", inputs, shapes, mu, List.of(Code.W0484, Code.W0487));
        PaperReadings.assertComputes("GmmWeight", file, "\\pi", inputs, shapes, pi, List.of(Code.W0484, Code.W0487));
    }

    @Test
    void anIndexThatOnlyLeavesATermOutOfASumRunsOverThatSum() throws Exception {
        // RLOO's leave-one-out baseline b_i = \frac{1}{k-1} \sum_{j \neq i} R_j (c651, was W0271's pairs, then
        // E0304: cannot tell the range of i)
        double[] r = {1, 2, 4, -1};
        double[] b = new double[4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                b[i] += j == i ? 0 : r[j] / 3;
            }
        }
        PaperReadings.assertComputes("Rloo", "R \\in \\mathbb{R}^{k}\n\nb_i = \\frac{1}{k-1}\\sum_{j \\neq i} R_j", "b",
                Map.of("R", r), Map.of("R", new int[] {4}), b, List.of(Code.W0485));
        double[] a = new double[4];
        for (int i = 0; i < 4; i++) {
            a[i] = r[i] - b[i];
        }
        PaperReadings.assertComputes("RlooAdvantage", "R \\in \\mathbb{R}^{k}\n\nb_i = \\frac{1}{k-1}\\sum_{j \\neq i}"
                + " R_j\nA_i = R_i - b_i", "A", Map.of("R", r), Map.of("R", new int[] {4}), a, List.of());
    }

    @Test
    void aStatisticTakesItsArgumentInBracesAndAnEmptyGroupJoinsAWord() throws Exception {
        // scikit-learn's explained\_{}variance(y, \hat{y}) = 1 - \frac{Var\{ y - \hat{y}\}}{Var\{y\}} (c1565, was
        // E0107 for the name, and Var\{…\} was the product V a r times a set)
        double[] y = {1, 2, 4, -1};
        double[] h = {1.5, 2, 3, 0};
        double[] d = new double[4];
        for (int i = 0; i < 4; i++) {
            d[i] = y[i] - h[i];
        }
        PaperReadings.assertComputes("ExplainedVariance", "y, \\hat{y} \\in \\mathbb{R}^{n}\n\nexplained\\_{}variance(y,"
                        + " \\hat{y}) = 1 - \\frac{Var\\{ y - \\hat{y}\\}}{Var\\{y\\}}", "explained\\_{}variance",
                Map.of("y", y, "\\hat{y}", h), Map.of("y", new int[] {4}, "\\hat{y}", new int[] {4}),
                new double[] {1 - variance(d) / variance(y)}, List.of());
    }

    @Test
    void aPowerOfTheDiagonalOnBothSidesOfAMatrixIsTheProductOfDiagonalMatrices() throws Exception {
        // D2L's preconditioner \textrm{diag}^{-\frac{1}{2}}(\mathbf{Q}) \mathbf{Q} \textrm{diag}^{-\frac{1}{2}}(\mathbf{Q})
        // (c1303, was E0101) and the same with the power after the call, and Wikipedia's correlation matrix with the
        // calls in parentheses (c1691): the [d] vector (the diagonal's power times the matrix as a row, then element
        // by element) was computed silently
        double[] q = {4, 1, 2, 1, 9, 3, 2, 3, 16};
        double[] c = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[3 * i + j] = q[3 * i + j] / Math.sqrt(q[4 * i] * q[4 * j]);
            }
        }
        Map<String, double[]> in = Map.of("\\mathbf{Q}", q);
        Map<String, int[]> shape = Map.of("\\mathbf{Q}", new int[] {3, 3});
        PaperReadings.assertComputes("D2lPower", "\\mathbf{Q} \\in \\mathbb{R}^{d \\times d}\n\n\\tilde{\\mathbf{Q}} ="
                        + " \\mathrm{diag}(\\mathbf{Q})^{-\\frac{1}{2}} \\mathbf{Q} \\mathrm{diag}(\\mathbf{Q})^{-\\frac{1}{2}}",
                "\\tilde{\\mathbf{Q}}", in, shape, c, List.of(Code.W0405));
        PaperReadings.assertComputes("D2lName", "\\mathbf{Q} \\in \\mathbb{R}^{d \\times d}\n\n\\tilde{\\mathbf{Q}} ="
                        + " \\textrm{diag}^{-\\frac{1}{2}}(\\mathbf{Q}) \\mathbf{Q} \\textrm{diag}^{-\\frac{1}{2}}(\\mathbf{Q})",
                "\\tilde{\\mathbf{Q}}", in, shape, c, List.of(Code.W0405));
        PaperReadings.assertComputes("Correlation", "\\mathbf{Q} \\in \\mathbb{R}^{d \\times d}\n\nC ="
                        + " \\left(\\mathrm{diag}(\\mathbf{Q})\\right)^{-\\frac{1}{2}} \\mathbf{Q}"
                        + " \\left(\\mathrm{diag}(\\mathbf{Q})\\right)^{-\\frac{1}{2}}", "C", in, shape, c,
                List.of(Code.W0405));
    }

    private static double variance(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x / v.length;
        }
        double out = 0;
        for (double x : v) {
            out += (x - mean) * (x - mean) / v.length;
        }
        return out;
    }
}
