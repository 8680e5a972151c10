package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Notation from the rejected backlog of papers/fresh (session 18), grouped by cause: what a user pasting from a
 * paper meets most. Expected values are plain loops over the inputs, worked out from the papers' meaning.
 */
class Backlog18Test {
    private static final double[] A = {1, 2, 4, -0.5};

    @Test
    void anExpectationOfADifferenceInParenthesesSquaredIsTheMeanOfTheSquare() throws Exception {
        // SPPO's \mathbb{E}_{y \sim \pi_t(\cdot|x)}\left(\log(…) - \eta(…)\right)^2 (c1421, was E0103) and Casella and
        // Berger's E(X - \mu)^2, which was the square of the mean, silently
        double mu = 0.75;
        double meanOfSquare = 0;
        for (double a : A) {
            meanOfSquare += (a - mu) * (a - mu) / A.length;
        }
        PaperReadings.assertComputes("Sppo", "a \\in \\mathbb{R}^{B}, \\mu \\in \\mathbb{R}\n\n"
                        + "L = \\mathbb{E}_{y \\sim p(\\cdot|x)}\\left(a - \\mu\\right)^2", "L",
                Map.of("a", A, "\\mu", new double[] {mu}), Map.of("a", new int[] {4}, "\\mu", new int[] {}),
                new double[] {meanOfSquare}, List.of(Code.W0469, Code.W0132));
        PaperReadings.assertComputes("Variance", "a \\in \\mathbb{R}^{B}, \\mu \\in \\mathbb{R}\n\n"
                        + "v = \\mathbb{E}(a - \\mu)^2", "v",
                Map.of("a", A, "\\mu", new double[] {mu}), Map.of("a", new int[] {4}, "\\mu", new int[] {}),
                new double[] {meanOfSquare}, List.of(Code.W0469));
    }

    @Test
    void anExpectationOfOneTermInParenthesesSquaredIsRefused() {
        // \mathbb{E}(X)^2: the square of the mean in \mathbb{E}(X^2) - \mathbb{E}(X)^2, the mean of the square in a loss
        PaperReadings.assertRejected("a \\in \\mathbb{R}^{B}\n\nv = \\mathbb{E}(a)^2", Code.E0363);
        PaperReadings.assertRejected("a \\in \\mathbb{R}^{B}\n\nv = \\mathbb{E}_{y}(a_y)^2", Code.E0363);
    }

    @Test
    void anExpectationThatDrawsTakesParenthesesAsItsBrackets() throws Exception {
        // \mathbb{E}_{y \sim p}(…) was E0103; \mathbb{E}_{y \sim p}[…] the mean over the samples (W0132)
        PaperReadings.assertComputes("Drawn", "a \\in \\mathbb{R}^{B}\n\nm = \\mathbb{E}_{y \\sim p}(2 a)", "m",
                Map.of("a", A), Map.of("a", new int[] {4}), new double[] {2 * (1 + 2 + 4 - 0.5) / 4},
                List.of(Code.W0132));
    }

    @Test
    void aSumOverTuplesInARowOfADeclaredMembershipMatrixRunsOverItsMembers() throws Exception {
        // Prototypical networks' \mathbf{c}_k = \frac{1}{|S_k|} \sum_{(\mathbf{x}_i, y_i) \in S_k} f_\phi(\mathbf{x}_i)
        // with S \in \{0,1\}^{K \times N} (c1481, was E0103)
        double[] f = {1, 10, 2, 20, 3, 30};      // N = 3 rows of M = 2
        double[] s = {1, 0, 1, 0, 1, 1};         // K = 2 classes
        PaperReadings.assertComputes("Protonet", "f \\in \\mathbb{R}^{N \\times M}, S \\in \\{0,1\\}^{K \\times N}\n\n"
                        + "\\mathbf{c}_k = \\frac{1}{|S_k|} \\sum_{(\\mathbf{x}_i, y_i) \\in S_k} f_i", "\\mathbf{c}",
                Map.of("f", f, "S", s), Map.of("f", new int[] {3, 2}, "S", new int[] {2, 3}),
                new double[] {(1 + 3) / 2.0, (10 + 30) / 2.0, (2 + 3) / 2.0, (20 + 30) / 2.0},
                List.of(Code.W0285, Code.W0468));
    }

    @Test
    void aDottedListOfGroupsOfEntriesIsTheVectorOfTheGroupsInOrder() throws Exception {
        // NeRF's \gamma(p) = (\sin(2^0 \pi p), \cos(2^0 \pi p), \cdots, \sin(2^{L-1} \pi p), \cos(2^{L-1} \pi p)) (c1485,
        // was E0103: a list is not an expression)
        double p = 0.37;
        double[] expected = new double[6];
        for (int k = 0; k < 3; k++) {
            expected[2 * k] = Math.sin(Math.pow(2, k) * Math.PI * p);
            expected[2 * k + 1] = Math.cos(Math.pow(2, k) * Math.PI * p);
        }
        PaperReadings.assertComputes("Nerf", "p \\in \\mathbb{R}, L = 3\n\n\\gamma(p) = \\left( \\sin\\left(2^0 \\pi p"
                        + "\\right), \\cos\\left(2^0 \\pi p\\right), \\cdots, \\sin\\left(2^{L-1} \\pi p\\right),"
                        + " \\cos\\left(2^{L-1} \\pi p\\right) \\right)\n", "\\gamma",
                Map.of("p", new double[] {p}), Map.of("p", new int[] {}), expected, List.of(Code.W0470));
        // Two groups written before the dots, counting from 1
        double[] fromOne = new double[8];
        for (int k = 1; k <= 4; k++) {
            fromOne[2 * k - 2] = Math.sin(Math.pow(2, k) * p);
            fromOne[2 * k - 1] = Math.cos(Math.pow(2, k) * p);
        }
        PaperReadings.assertComputes("Bands", "p \\in \\mathbb{R}\n\nv = \\left[\\sin(2^1 p), \\cos(2^1 p), \\sin(2^2 p),"
                        + " \\cos(2^2 p), \\ldots, \\sin(2^{4} p), \\cos(2^{4} p)\\right]\n", "v",
                Map.of("p", new double[] {p}), Map.of("p", new int[] {}), fromOne, List.of(Code.W0470));
    }

    @Test
    void aDottedListOfGroupsCountedInSubscriptsIsAStridedVector() throws Exception {
        // Tancik et al.'s Fourier features [a_1 \cos(2\pi b_1^\top v), a_1 \sin(2\pi b_1^\top v), \ldots, a_m \cos(…),
        // a_m \sin(…)] with the rows b_j of B: was E0103
        double[] a = {0.5, -1, 2};
        double[] b = {0.1, 0.2, -0.3, 0.4, 0.25, -0.15};   // 3 x 2
        double[] v = {0.7, -0.4};
        double[] expected = new double[6];
        for (int j = 0; j < 3; j++) {
            double z = 2 * Math.PI * (b[2 * j] * v[0] + b[2 * j + 1] * v[1]);
            expected[2 * j] = a[j] * Math.cos(z);
            expected[2 * j + 1] = a[j] * Math.sin(z);
        }
        PaperReadings.assertComputes("Fourier", "a \\in \\mathbb{R}^{m}, b \\in \\mathbb{R}^{m \\times d}, v \\in"
                        + " \\mathbb{R}^{d}\n\n\\gamma = \\left[a_1 \\cos(2\\pi b_1^\\top v), a_1 \\sin(2\\pi b_1^\\top v),"
                        + " \\ldots, a_m \\cos(2\\pi b_m^\\top v), a_m \\sin(2\\pi b_m^\\top v)\\right]\n", "\\gamma",
                Map.of("a", a, "b", b, "v", v), Map.of("a", new int[] {3}, "b", new int[] {3, 2}, "v", new int[] {2}),
                expected, List.of(Code.W0470, Code.W0140));
        // Counted from 0: (x_0, 2 y_0, \dots, x_{n-1}, 2 y_{n-1})
        PaperReadings.assertComputes("Pairs", "x, y \\in \\mathbb{R}^{n}\n\nv = (x_0, 2 y_0, \\dots, x_{n-1}, 2 y_{n-1})\n",
                "v", Map.of("x", new double[] {1, 2}, "y", new double[] {10, 20}), Map.of("x", new int[] {2}, "y",
                        new int[] {2}), new double[] {1, 20, 2, 40}, List.of(Code.W0470));
    }

    @Test
    void aTailComparingTwoLeftIndicesIsWhereTheDefinitionHolds() throws Exception {
        // Jurafsky & Martin's \alpha_{ij} = \mathrm{softmax}(\mathrm{score}(\mathbf{x}_i, \mathbf{x}_j)) \quad \forall j
        // \leq i: the tail was skipped as prose (W0130) and the softmax ran over every j
        double[] x = {0.5, -1, 2, 0.25, 1.5, -0.5};   // 3 x 2
        double[] alpha = new double[9];
        for (int i = 0; i < 3; i++) {
            double z = 0;
            for (int j = 0; j <= i; j++) {
                z += Math.exp(x[2 * i] * x[2 * j] + x[2 * i + 1] * x[2 * j + 1]);
            }
            for (int j = 0; j <= i; j++) {
                alpha[3 * i + j] = Math.exp(x[2 * i] * x[2 * j] + x[2 * i + 1] * x[2 * j + 1]) / z;
            }
        }
        PaperReadings.assertComputes("Causal", "\\mathbf{x} \\in \\mathbb{R}^{N \\times d}\n\n"
                        + "\\alpha_{ij} = \\mathrm{softmax}_j(\\mathbf{x}_i^\\top \\mathbf{x}_j) \\quad \\forall j \\leq i",
                "\\alpha", Map.of("\\mathbf{x}", x), Map.of("\\mathbf{x}", new int[] {3, 2}), alpha,
                List.of(Code.W0471));
        // The strict form, with the softmax read from the definition's index (W0410)
        double[] strict = new double[9];
        for (int i = 1; i < 3; i++) {
            double z = 0;
            for (int j = 0; j < i; j++) {
                z += Math.exp(x[2 * i] * x[2 * j] + x[2 * i + 1] * x[2 * j + 1]);
            }
            for (int j = 0; j < i; j++) {
                strict[3 * i + j] = Math.exp(x[2 * i] * x[2 * j] + x[2 * i + 1] * x[2 * j + 1]) / z;
            }
        }
        PaperReadings.assertComputes("Strict", "\\mathbf{x} \\in \\mathbb{R}^{N \\times d}\n\n"
                        + "\\alpha_{ij} = \\mathrm{softmax}(\\mathbf{x}_i^\\top \\mathbf{x}_j) \\quad \\text{for } j < i",
                "\\alpha", Map.of("\\mathbf{x}", x), Map.of("\\mathbf{x}", new int[] {3, 2}), strict,
                List.of(Code.W0471, Code.W0410));
    }

    @Test
    void anUpperLimitThatIsTheOuterSumsIndexIsNoSize() throws Exception {
        // Retrace (Munos et al.): \Delta Q_t = \sum_{s \ge t} \gamma^{s-t} (\prod_{i=t+1}^{s} c_i) \delta_s (c636): s was
        // taken for a size (an upper limit no input gives), so the product's limits were E0103
        double[] delta = {0.5, -1, 2, 0.25};
        double[] c = {0.9, 0.5, 0.75, 0.2};
        double gamma = 0.8;
        double[] expected = new double[4];
        for (int t = 0; t < 4; t++) {
            for (int s = t; s < 4; s++) {
                double trace = 1;
                for (int i = t + 1; i <= s; i++) {
                    trace *= c[i];
                }
                expected[t] += Math.pow(gamma, s - t) * trace * delta[s];
            }
        }
        PaperReadings.assertComputes("Retrace", "\\delta, c \\in \\mathbb{R}^{T}, \\gamma \\in \\mathbb{R}\n\n"
                        + "\\Delta Q_t = \\sum_{s \\ge t} \\gamma^{s-t} \\left(\\prod_{i=t+1}^{s} c_i\\right) \\delta_s",
                "\\Delta Q", Map.of("\\delta", delta, "c", c, "\\gamma", new double[] {gamma}),
                Map.of("\\delta", new int[] {4}, "c", new int[] {4}, "\\gamma", new int[] {}), expected,
                List.of(Code.W0140, Code.W0171));
    }

    @Test
    void aFunctionDefinedElementByElementIsFoundByItsNameWithoutItsIndex() throws Exception {
        // PNA's \sigma_i(X) = \sqrt{\mathrm{ReLU}(\mu_i(X^2) - \mu_i(X)^2) + \epsilon} (c675): `--function '\sigma'`
        // found nothing (the file defines \mu_i, \sigma_i); one definition so named is that one
        dev.eqc.compiler.Options options = new dev.eqc.compiler.Options("Pna", "", dev.eqc.compiler.Precision.DOUBLE,
                false);
        dev.eqc.compiler.diag.Diagnostics diagnostics = new dev.eqc.compiler.diag.Diagnostics();
        dev.eqc.compiler.shape.TypedProgram typed = dev.eqc.compiler.EqCompiler.check(new dev.eqc.compiler.source
                .SourceFile("Pna.eq", "X \\in \\mathbb{R}^{n \\times f}, \\mathcal{N} \\in \\{0,1\\}^{n \\times n}, d \\in"
                        + " \\mathbb{R}^{n}\n\n\\mu_i(X) = \\frac{1}{d_i}\\sum_{j \\in \\mathcal{N}(i)} X_j\n"
                        + "\\sigma_i(X) = \\sqrt{\\mathrm{ReLU}\\left(\\mu_i(X^2) - \\mu_i(X)^2\\right)}\n"),
                options, diagnostics).orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
        dev.eqc.compiler.run.EquationRunner runner = dev.eqc.compiler.run.EquationRunner.compile(typed, options);
        org.junit.jupiter.api.Assertions.assertEquals("\\sigma_i", runner.find("\\sigma").orElseThrow().latexName());
        org.junit.jupiter.api.Assertions.assertEquals("\\mu_i", runner.find("\\mu").orElseThrow().latexName());
        org.junit.jupiter.api.Assertions.assertTrue(runner.find("\\nu").isEmpty());
    }

    @Test
    void aValueNamedWithALabelIsFoundByItsNameWithoutTheLabel() throws Exception {
        // EDM's \hat{\boldsymbol{x}}_i \leftarrow \boldsymbol{x}_i + … with every name carrying the sample's i (c1176):
        // one vector, found as `\hat{\boldsymbol{x}}` when no other definition is so named
        dev.eqc.compiler.Options options = new dev.eqc.compiler.Options("Edm", "", dev.eqc.compiler.Precision.DOUBLE,
                false);
        dev.eqc.compiler.diag.Diagnostics diagnostics = new dev.eqc.compiler.diag.Diagnostics();
        dev.eqc.compiler.shape.TypedProgram typed = dev.eqc.compiler.EqCompiler.check(new dev.eqc.compiler.source
                .SourceFile("Edm.eq", "\\boldsymbol{x}_i, \\boldsymbol{\\epsilon}_i \\in \\mathbb{R}^{n}, t_i \\in"
                        + " \\mathbb{R}\n\n\\hat{\\boldsymbol{x}}_i \\leftarrow \\boldsymbol{x}_i + t_i \\boldsymbol{\\epsilon}_i\n"),
                options, diagnostics).orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
        dev.eqc.compiler.run.EquationRunner runner = dev.eqc.compiler.run.EquationRunner.compile(typed, options);
        org.junit.jupiter.api.Assertions.assertEquals("\\hat{\\boldsymbol{x}}_i",
                runner.find("\\hat{\\boldsymbol{x}}").orElseThrow().latexName());
    }

    @Test
    void aLeftIndexLimitingASumToOneBelowASizeCountsFromZero() throws Exception {
        // Per-decision importance sampling as Sutton & Barto print the return, G_t = \sum_{k=t}^{T-1} \gamma^{k-t}
        // (\prod_{i=t+1}^{k} \rho_i) r_k (c1593): t ran 1 … T-1, one step short of the T rewards (E0304)
        double[] r = {0.5, -1, 2, 0.25};
        double[] rho = {0.9, 1.5, 0.75, 1.2};
        double gamma = 0.8;
        double[] expected = new double[4];
        for (int t = 0; t < 4; t++) {
            for (int k = t; k < 4; k++) {
                double weight = 1;
                for (int i = t + 1; i <= k; i++) {
                    weight *= rho[i];
                }
                expected[t] += Math.pow(gamma, k - t) * weight * r[k];
            }
        }
        PaperReadings.assertComputes("PerDecision", "r, \\rho \\in \\mathbb{R}^{T}, \\gamma \\in \\mathbb{R}\n\n"
                        + "G_t = \\sum_{k=t}^{T-1} \\gamma^{k-t} \\left(\\prod_{i=t+1}^{k} \\rho_i\\right) r_k", "G",
                Map.of("r", r, "\\rho", rho, "\\gamma", new double[] {gamma}),
                Map.of("r", new int[] {4}, "\\rho", new int[] {4}, "\\gamma", new int[] {}), expected,
                List.of(Code.W0140, Code.W0171));
    }

    @Test
    void aSubscriptedRowOfADeclaredTableIsItsComponentWhenTheFileWritesTheRow() throws Exception {
        // The Switch Transformer (Fedus et al., Eq. 4-6, c1413): f_i = \frac{1}{T} \sum_{x \in \mathcal{B}}
        // \mathbb{1}\{\mathrm{argmax}\, p(x) = i\}, P_i = \frac{1}{T} \sum_{x \in \mathcal{B}} p_i(x) with p T x N;
        // p_i(x) was an input of its own (W0190) and the i of f_i an undeclared scalar
        double[] p = {0.7, 0.2, 0.1, 0.1, 0.3, 0.6, 0.2, 0.5, 0.3, 0.6, 0.1, 0.3};   // T = 4 tokens, N = 3 experts
        double[] f = new double[3];
        double[] pMean = new double[3];
        for (int x = 0; x < 4; x++) {
            int best = 0;
            for (int i = 0; i < 3; i++) {
                pMean[i] += p[3 * x + i] / 4;
                if (p[3 * x + i] > p[3 * x + best]) {
                    best = i;
                }
            }
            f[best] += 1.0 / 4;
        }
        double loss = 0;
        for (int i = 0; i < 3; i++) {
            loss += f[i] * pMean[i];
        }
        PaperReadings.assertComputes("Switch", "p \\in \\mathbb{R}^{T \\times N}, \\alpha \\in \\mathbb{R}\n\n"
                        + "\\mathrm{loss} = \\alpha \\cdot N \\cdot \\sum_{i=1}^{N} f_i \\cdot P_i\n"
                        + "f_i = \\frac{1}{T} \\sum_{x \\in \\mathcal{B}} \\mathbb{1}\\{\\mathrm{argmax}\\, p(x) = i\\}\n"
                        + "P_i = \\frac{1}{T} \\sum_{x \\in \\mathcal{B}} p_i(x)\n", "\\mathrm{loss}",
                Map.of("p", p, "\\alpha", new double[] {0.5}), Map.of("p", new int[] {4, 3}, "\\alpha", new int[] {}),
                new double[] {0.5 * 3 * loss}, List.of(Code.W0147, Code.W0161, Code.W0132, Code.W0472));
        // YOLO's p_i(c) alone (cell i, class c): the order is not told, and it stays the input it was
        dev.eqc.compiler.diag.Diagnostics diagnostics = new dev.eqc.compiler.diag.Diagnostics();
        dev.eqc.compiler.EqCompiler.check(new dev.eqc.compiler.source.SourceFile("Yolo.eq", "p \\in \\mathbb{R}^{S \\times"
                + " K}\n\nL = \\sum_{i=1}^{S} \\sum_{c} p_i(c)\n"), new dev.eqc.compiler.Options("Yolo", "",
                dev.eqc.compiler.Precision.DOUBLE, false), diagnostics);
        List<Code> codes = diagnostics.all().stream().map(dev.eqc.compiler.diag.Diagnostic::code).toList();
        org.junit.jupiter.api.Assertions.assertTrue(codes.contains(Code.W0190) && !codes.contains(Code.W0472),
                codes::toString);
    }
}
