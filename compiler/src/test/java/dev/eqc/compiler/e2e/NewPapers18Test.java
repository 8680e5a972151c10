package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Paper equations the lead pasted in session 18 (fresh case c1456 and variants): expected values worked out here from
 * the sources' meaning.
 */
class NewPapers18Test {
    /** a (r x k) times b (k x c), both row-major. */
    private static double[] matmul(double[] a, double[] b, int r, int k, int c) {
        double[] out = new double[r * c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                for (int m = 0; m < k; m++) {
                    out[i * c + j] += a[i * k + m] * b[m * c + j];
                }
            }
        }
        return out;
    }

    private static double[] transpose(double[] a, int r, int c) {
        double[] out = new double[r * c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                out[j * r + i] = a[i * c + j];
            }
        }
        return out;
    }

    /** The softmax of each row of an r x c matrix. */
    private static double[] rowSoftmax(double[] a, int r, int c) {
        double[] out = new double[r * c];
        for (int i = 0; i < r; i++) {
            double z = 0;
            for (int j = 0; j < c; j++) {
                z += Math.exp(a[i * c + j]);
            }
            for (int j = 0; j < c; j++) {
                out[i * c + j] = Math.exp(a[i * c + j]) / z;
            }
        }
        return out;
    }

    @Test
    void aTransposedBracketCallIsTheCallTransposed() throws Exception {
        // Prince's \mathbf{K}[\mathbf{X}]^T: the ^T binds to the call, as f(x)^T does. It was K at its parameters'
        // names (W0160) times [X]^T, a D x N matrix where (ΩX)^T X is N x N, silently.
        double[] x = {1, 2, 0, -1, 0.5, 3}; // D = 2, N = 3
        double[] omega = {0.5, -1, 2, 0.25};
        double[] k = matmul(omega, x, 2, 2, 3);
        double[] expected = matmul(transpose(k, 2, 3), x, 3, 2, 3);
        PaperReadings.assertComputes("PrinceKeys", "\\mathbf{X} \\in \\mathbb{R}^{D \\times N}, \\boldsymbol\\Omega_k \\in"
                        + " \\mathbb{R}^{D \\times D}\n\n\\mathbf{K}[\\mathbf{X}] = \\boldsymbol\\Omega_k\\mathbf{X}\n"
                        + "\\mathbf{S}[\\mathbf{X}] = \\mathbf{K}[\\mathbf{X}]^T\\mathbf{X}", "\\mathbf{S}",
                Map.of("\\mathbf{X}", x, "\\boldsymbol\\Omega_k", omega),
                Map.of("\\mathbf{X}", new int[] {2, 3}, "\\boldsymbol\\Omega_k", new int[] {2, 2}), expected, List.of());
        // as the last factor of a product: 2 K[X]^T X
        double[] twice = expected.clone();
        for (int i = 0; i < twice.length; i++) {
            twice[i] *= 2;
        }
        PaperReadings.assertComputes("PrinceKeysScaled", "\\mathbf{X} \\in \\mathbb{R}^{D \\times N}, \\boldsymbol\\Omega_k"
                        + " \\in \\mathbb{R}^{D \\times D}\n\n\\mathbf{K}[\\mathbf{X}] = \\boldsymbol\\Omega_k\\mathbf{X}\n"
                        + "\\mathbf{S}[\\mathbf{X}] = 2 \\mathbf{K}[\\mathbf{X}]^T\\mathbf{X}", "\\mathbf{S}",
                Map.of("\\mathbf{X}", x, "\\boldsymbol\\Omega_k", omega),
                Map.of("\\mathbf{X}", new int[] {2, 3}, "\\boldsymbol\\Omega_k", new int[] {2, 2}), twice, List.of());
    }

    @Test
    void aDeclaredValueLabelledByAMembersParametersIsThatMemberInASumOverThem() throws Exception {
        // Lakshminarayanan et al.'s deep ensembles, Sec. 2.4: the mixture's mean and variance of the M networks'
        // Gaussians, mu_{theta_m}(x) and sigma^2_{theta_m}(x) given one per network. With the limits written the sum
        // was M times the whole vector, [M], silently; without them E0304; the declaration of sigma^2_{theta_m}(x)
        // was E0001 and mu^2_{theta_m}(x) an input of its own (W0190).
        double[] mu = {1, -2, 0.5, 3};
        double[] var = {0.5, 1, 2, 0.25};
        double mean = (1 - 2 + 0.5 + 3) / 4.0;
        double second = 0;
        for (int m = 0; m < 4; m++) {
            second += (var[m] + mu[m] * mu[m]) / 4.0;
        }
        String decl = "\\mu_{\\theta_m}(\\mathbf{x}), \\sigma^2_{\\theta_m}(\\mathbf{x}) \\in \\mathbb{R}^{M}\n\n";
        Map<String, double[]> in = Map.of("\\mu_{\\theta_m}(\\mathbf{x})", mu, "\\sigma^2_{\\theta_m}(\\mathbf{x})", var);
        Map<String, int[]> shapes = Map.of("\\mu_{\\theta_m}(\\mathbf{x})", new int[] {4},
                "\\sigma^2_{\\theta_m}(\\mathbf{x})", new int[] {4});
        PaperReadings.assertComputes("EnsembleMean", decl + "\\mu_*(\\mathbf{x}) = \\frac{1}{M} \\sum_{m=1}^{M}"
                + " \\mu_{\\theta_m}(\\mathbf{x})", "\\mu_*", in, shapes, new double[] {mean},
                List.of(Code.W0257, Code.W0191));
        PaperReadings.assertComputes("EnsembleVariance", decl + "\\mu_*(\\mathbf{x}) = M^{-1} \\sum_m"
                        + " \\mu_{\\theta_m}(\\mathbf{x})\n\\sigma^2_*(\\mathbf{x}) = M^{-1} \\sum_m \\left("
                        + " \\sigma^2_{\\theta_m}(\\mathbf{x}) + \\mu^2_{\\theta_m}(\\mathbf{x}) \\right) -"
                        + " \\mu^2_*(\\mathbf{x})", "\\sigma^2_*", in, shapes, new double[] {second - mean * mean},
                List.of(Code.W0257, Code.W0191, Code.W0393));
        // each member's own output declared (d values, not one per member): the file does not give the members
        PaperReadings.assertRejected("\\mu_{\\theta_m}(\\mathbf{x}) \\in \\mathbb{R}^{d}\n\n\\mu_*(\\mathbf{x}) ="
                + " \\frac{1}{M} \\sum_{m=1}^{M} \\mu_{\\theta_m}(\\mathbf{x})", Code.E0350);
    }

    @Test
    void anIndexRangeWrittenAsAMembershipDeclaresTheFamilyOnItsLine() throws Exception {
        // Phuong & Hutter, Formal Algorithms for Transformers, Algorithm 3's header: "e_t ∈ R^{d_in}, t ∈ [T]" (the
        // context tokens). [T] = {1, …, T}, as theory papers write it; was E0108 (no tensor of sets), and the family
        // of the e_t was never formed.
        double[] x = {1, -1};
        double[] e = {0.5, 1, -1, 2, 0, 0.25}; // T = 3 rows of d_in = 2
        double[] wq = {1, 0.5, -0.5, 1};
        double[] wk = {0.3, -0.2, 0.1, 0.4};
        double[] wv = {1, 2};                   // d_out = 1
        double[] q = matmul(wq, x, 2, 2, 1);
        double[] k = matmul(e, transpose(wk, 2, 2), 3, 2, 2); // row t is W_k e_t
        double[] v = matmul(e, transpose(wv, 1, 2), 3, 2, 1);
        double[] s = new double[3];
        for (int t = 0; t < 3; t++) {
            s[t] = (q[0] * k[2 * t] + q[1] * k[2 * t + 1]) / Math.sqrt(2);
        }
        double[] alpha = rowSoftmax(s, 1, 3);
        double out = alpha[0] * v[0] + alpha[1] * v[1] + alpha[2] * v[2];
        String body = "\n\n\\mathbf{q} \\leftarrow \\mathbf{W_q}\\mathbf{x}\n"
                + "\\mathbf{k}_t \\leftarrow \\mathbf{W_k}\\mathbf{e}_t\n"
                + "\\mathbf{v}_t \\leftarrow \\mathbf{W_v}\\mathbf{e}_t\n"
                + "\\alpha_t = \\frac{\\exp(\\mathbf{q}^\\intercal\\mathbf{k}_t/\\sqrt{d_{attn}})}{\\sum_u"
                + " \\exp(\\mathbf{q}^\\intercal\\mathbf{k}_u/\\sqrt{d_{attn}})}\n"
                + "\\tilde{\\mathbf{v}} = \\sum_{t=1}^{T} \\alpha_t \\mathbf{v}_t";
        Map<String, double[]> in = Map.of("\\mathbf{x}", x, "\\mathbf{e}_t", e, "\\mathbf{W_q}", wq, "\\mathbf{W_k}", wk,
                "\\mathbf{W_v}", wv);
        Map<String, int[]> shapes = Map.of("\\mathbf{x}", new int[] {2}, "\\mathbf{e}_t", new int[] {3, 2},
                "\\mathbf{W_q}", new int[] {2, 2}, "\\mathbf{W_k}", new int[] {2, 2}, "\\mathbf{W_v}", new int[] {1, 2});
        for (String range : List.of("t \\in [T]", "t \\in \\{1, \\dots, T\\}")) {
            PaperReadings.assertComputes("SingleQueryAttention", "\\mathbf{x} \\in \\mathbb{R}^{d_{in}}, \\mathbf{e}_t \\in"
                    + " \\mathbb{R}^{d_{in}}, " + range + ", \\mathbf{W_q}, \\mathbf{W_k} \\in \\mathbb{R}^{d_{attn} \\times"
                    + " d_{in}}, \\mathbf{W_v} \\in \\mathbb{R}^{d_{out} \\times d_{in}}" + body, "\\tilde{\\mathbf{v}}", in,
                    shapes, new double[] {out}, List.of());
        }
        // without a member on the line, y \in \{1, \dots, C\} stays one class label (docs/LANGUAGE.md, One label)
        PaperReadings.assertComputes("OneLabel", "z \\in \\mathbb{R}^{C}, y \\in \\{1, \\dots, C\\}\n\nl = -z_y", "l",
                Map.of("z", new double[] {1, 2, 3}, "y", new double[] {2}), Map.of("z", new int[] {3}, "y", new int[] {}),
                new double[] {-2}, List.of());
    }

    @Test
    void aVectorDefinedWholeUnderASubscriptedNameIsReadAtThatIndex() throws Exception {
        // Molnar, Interpretable Machine Learning, RuleFit: s_k = \frac{1}{n} \sum_i r_k(x^{(i)}) is defined whole (one
        // value per rule k), then I_k = |\hat{\alpha}_k| \cdot \sqrt{s_k(1-s_k)} reads it at k. It was the whole vector
        // at every k, a K x K result, silently.
        double[] r = {1, 0, 1, 1, 1, 0, 0, 0, 1, 1, 1, 0}; // n = 4 instances, K = 3 rules
        double[] alpha = {2, -1, 0.5};
        double[] expected = new double[3];
        for (int k = 0; k < 3; k++) {
            double s = (r[k] + r[3 + k] + r[6 + k] + r[9 + k]) / 4.0;
            expected[k] = Math.abs(alpha[k]) * Math.sqrt(s * (1 - s));
        }
        PaperReadings.assertComputes("RuleFit", "r_k(\\mathbf{x}^{(i)}) \\in \\mathbb{R}^{n \\times K}, \\hat{\\alpha} \\in"
                        + " \\mathbb{R}^{K}\n\ns_k = \\frac{1}{n} \\sum_{i=1}^n r_k(\\mathbf{x}^{(i)})\n"
                        + "I_k = |\\hat{\\alpha}_k| \\cdot \\sqrt{s_k(1-s_k)}", "I",
                Map.of("r_k(\\mathbf{x}^{(i)})", r, "\\hat{\\alpha}", alpha),
                Map.of("r_k(\\mathbf{x}^{(i)})", new int[] {4, 3}, "\\hat{\\alpha}", new int[] {3}), expected,
                List.of(Code.W0385));
    }

    @Test
    void molnarsLinearModelForms() throws Exception {
        // Molnar, Interpretable Machine Learning, limo: y^{(i)} \in R^n declared under the label the sum runs over is
        // the examples' values (W0384; was E0350), \bar{y} their mean (W0386; was an undeclared scalar input), and
        // \mathbf{x}^{(i) T} the i-th example transposed (was the whole n x p matrix transposed, E0301).
        double[] y = {1, 2, 4, 5};
        double[] yh = {1.5, 2, 3, 5.5};
        double sse = 0.25 + 0 + 1 + 0.25;
        double sst = 4 + 1 + 1 + 4; // mean 3
        PaperReadings.assertComputes("Rsquared", "y^{(i)}, \\hat{y}^{(i)} \\in \\mathbb{R}^{n}\n\n"
                        + "SSE = \\sum_{i=1}^n (y^{(i)} - \\hat{y}^{(i)})^2\nSST = \\sum_{i=1}^n (y^{(i)} - \\bar{y})^2\n"
                        + "R^2=1-\\frac{SSE}{SST}", "R^2", Map.of("y^{(i)}", y, "\\hat{y}^{(i)}", yh),
                Map.of("y^{(i)}", new int[] {4}, "\\hat{y}^{(i)}", new int[] {4}), new double[] {1 - sse / sst},
                List.of(Code.W0384, Code.W0386));
        double[] x = {1, 2, 0, 1, -1, 3}; // n = 3 examples of p = 2 features
        double[] beta = {0.5, -1};
        double lam = 0.1;
        double[] yy = {1, 0, 2};
        double loss = 0;
        for (int i = 0; i < 3; i++) {
            double r = yy[i] - (x[2 * i] * beta[0] + x[2 * i + 1] * beta[1]);
            loss += r * r / 3;
        }
        for (String transposed : List.of("^{(i) T}", "^{(i)T}", "^{(i)\\top}")) {
            PaperReadings.assertComputes("Lasso", "\\mathbf{x}^{(i)} \\in \\mathbb{R}^{n \\times p}, y^{(i)} \\in"
                            + " \\mathbb{R}^{n}, \\boldsymbol{\\beta} \\in \\mathbb{R}^{p}, \\lambda \\in \\mathbb{R}\n\n"
                            + "J = \\frac{1}{n}\\sum_{i=1}^n(y^{(i)} - \\mathbf{x}" + transposed + " \\boldsymbol{\\beta})^2"
                            + " + \\lambda ||\\boldsymbol{\\beta}||_1", "J",
                    Map.of("\\mathbf{x}^{(i)}", x, "y^{(i)}", yy, "\\boldsymbol{\\beta}", beta, "\\lambda", new double[] {lam}),
                    Map.of("\\mathbf{x}^{(i)}", new int[] {3, 2}, "y^{(i)}", new int[] {3}, "\\boldsymbol{\\beta}",
                            new int[] {2}, "\\lambda", new int[] {}), new double[] {loss + lam * 1.5}, List.of(Code.W0384));
        }
    }

    @Test
    void theSubscriptOfADeclaredValuesNameIsNoIndexOfTheDefinition() throws Exception {
        // Molnar, Interpretable Machine Learning, PDP-based importance of a categorical feature: S labels the feature
        // set in \hat{f}_S(\mathbf{x}^{(k)}_S), declared; I(X_S) was read as defined element by element over S (W0382),
        // then E0304 and E0303.
        double[] f = {0.5, -1, 2, 0.25};
        PaperReadings.assertComputes("PdpRange", "\\hat{f}_S(\\mathbf{x}^{(k)}_S) \\in \\mathbb{R}^{K}\n\n"
                        + "I(X_S) = \\frac{\\max_k(\\hat{f}_S(\\mathbf{x}^{(k)}_S)) - \\min_k(\\hat{f}_S(\\mathbf{x}^{(k)}_S))}{4}",
                "I", Map.of("\\hat{f}_S(\\mathbf{x}^{(k)}_S)", f), Map.of("\\hat{f}_S(\\mathbf{x}^{(k)}_S)", new int[] {4}),
                new double[] {(2 + 1) / 4.0}, List.of(Code.W0191));
    }

    @Test
    void aLabelOnTheLeftThatAFamilyOnTheRightCarriesIsTheDefinitionsIndex() throws Exception {
        // CS229's notation: the training examples declared as the family x^{(i)} \in R^p, i = 1, …, n, then
        // \hat{y}^{(i)} = \theta^T x^{(i)}, one prediction per example. It was the whole n x p stack, E0301.
        double[] x = {1, 2, 0, 1, -1, 3};
        double[] theta = {0.5, -1};
        PaperReadings.assertComputes("Cs229Predictions", "x^{(i)} \\in \\mathbb{R}^{p}, i = 1, \\dots, n, \\theta \\in"
                        + " \\mathbb{R}^{p}\n\n\\hat{y}^{(i)} = \\theta^T x^{(i)}", "\\hat{y}",
                Map.of("x^{(i)}", x, "\\theta", theta), Map.of("x^{(i)}", new int[] {3, 2}, "\\theta", new int[] {2}),
                new double[] {0.5 - 2, -1, -0.5 - 3}, List.of(Code.W0439));
    }

    @Test
    void princesSquareBracketsCallBuiltInsAndBatchesAtAStepAreTheWholeAxis() throws Exception {
        // Prince, Understanding Deep Learning, Eq. 11.4: \mathrm{ReLU}[\mathbf{x}] was E0104 (the function without an
        // argument); a built-in written as a word takes square brackets as parentheses.
        double[] x = {1, -2};
        double[] w = {1, 2, 3, 4};
        PaperReadings.assertComputes("PrinceResidual", "\\mathbf{x} \\in \\mathbb{R}^{D}, \\boldsymbol\\Omega_1 \\in"
                        + " \\mathbb{R}^{D \\times D}\n\n\\mathbf{f}_1[\\mathbf{x}] = \\boldsymbol\\Omega_1 \\mathrm{ReLU}[\\mathbf{x}]\n"
                        + "\\mathbf{h}_1 = \\mathbf{x} + \\mathbf{f}_1[\\mathbf{x}]", "\\mathbf{h}_1",
                Map.of("\\mathbf{x}", x, "\\boldsymbol\\Omega_1", w),
                Map.of("\\mathbf{x}", new int[] {2}, "\\boldsymbol\\Omega_1", new int[] {2, 2}),
                new double[] {1 + 1, -2 + 3}, List.of());
        // \sum_{i \in \mathcal{B}_t}: the batch at step t, a set the file does not give, is the whole axis i reads
        // (W0147, as \mathcal{B} without the step; was E0103)
        PaperReadings.assertComputes("BatchSum", "g \\in \\mathbb{R}^{B \\times D}\n\nm = \\sum_{i \\in \\mathcal{B}_t} g_i",
                "m", Map.of("g", w), Map.of("g", new int[] {2, 2}), new double[] {4, 6}, List.of(Code.W0147));
    }

    @Test
    void princesValuesInSquareBracketsAreDeclaredAndASoftmaxAtALabelIsThatProbability() throws Exception {
        // Prince, Understanding Deep Learning, Eq. 5.24: f[x_i, phi] declared with square brackets (was E0001: not a
        // declaration), and softmax_{y_i}[…] the probability at the label (was the whole softmax, [K], with W0102).
        double[] f = {1, 2, 0, 0.5, -1, 3}; // I = 2 examples, K = 3 classes
        double[] y = {2, 3};
        double z0 = Math.exp(1) + Math.exp(2) + Math.exp(0);
        double z1 = Math.exp(0.5) + Math.exp(-1) + Math.exp(3);
        double expected = -(Math.log(Math.exp(2) / z0) + Math.log(Math.exp(3) / z1));
        PaperReadings.assertComputes("PrinceCe", "\\mathbf{f}[\\mathbf{x}_i, \\boldsymbol\\phi] \\in \\mathbb{R}^{I \\times K},"
                        + " y \\in \\{1, \\dots, K\\}^{I}\n\nL[\\boldsymbol\\phi] = -\\sum_{i=1}^{I}"
                        + " \\log\\Bigl[\\text{softmax}_{y_i}\\bigl[\\mathbf{f}[\\mathbf{x}_i, \\boldsymbol\\phi]\\bigr]\\Bigr]", "L",
                Map.of("\\mathbf{f}[\\mathbf{x}_i, \\boldsymbol\\phi]", f, "y", y),
                Map.of("\\mathbf{f}[\\mathbf{x}_i, \\boldsymbol\\phi]", new int[] {2, 3}, "y", new int[] {2}),
                new double[] {expected}, List.of(Code.W0191));
        // Prince's sig[.] is the logistic sigmoid when the file does not define it
        PaperReadings.assertComputes("PrinceSig", "\\mathrm{f}[\\mathbf{x}_i, \\boldsymbol\\phi] \\in \\mathbb{R}^{I}\n\n"
                        + "L = -\\sum_{i=1}^{I} \\log\\Bigl[\\text{sig}\\bigl[\\mathrm{f}[\\mathbf{x}_i, \\boldsymbol\\phi]\\bigr]\\Bigr]",
                "L", Map.of("\\mathrm{f}[\\mathbf{x}_i, \\boldsymbol\\phi]", new double[] {0, 1}),
                Map.of("\\mathrm{f}[\\mathbf{x}_i, \\boldsymbol\\phi]", new int[] {2}),
                new double[] {Math.log(2) + Math.log(1 + Math.exp(-1))}, List.of());
    }

    @Test
    void aParameterNamedLikeARowOfADeclaredMatrixTakesTheRowsShapeInItsOwnMethod() throws Exception {
        // CS231n's linear classifier with the examples declared as the rows of x (found by newb18): nothing calls f,
        // and its own method took x_i as a number, so a row given to the run came back [D, C, D], silently.
        double[] row = {1, 2};
        double[] w = {1, 0, 0, 1, 1, 1};
        double[] b = {0.5, 0, -1};
        PaperReadings.assertComputes("Cs231nLinear", "x \\in \\mathbb{R}^{N \\times D}, W \\in \\mathbb{R}^{C \\times D},"
                        + " b \\in \\mathbb{R}^{C}\n\nf(x_i, W, b) = W x_i + b", "f",
                Map.of("x_i", row, "W", w, "b", b), Map.of("x_i", new int[] {2}, "W", new int[] {3, 2}, "b", new int[] {3}),
                new double[] {1.5, 2, 2}, List.of(Code.W0103, Code.W0387));
    }

    @Test
    void aTermAfterAProductThatReadsItsLetterIsPartOfTheFactor() throws Exception {
        // Prince, Understanding Deep Learning, Eq. 18.8 as printed: \alpha_t = \prod_{s=1}^{t} 1 - \beta_s. The product
        // ended before the minus, so \beta_s stood outside it (E0304: no range for s); as W0395 does for sums, the
        // term reading s is part of the factor: the product of (1 - \beta_s).
        double[] beta = {0.1, 0.2, 0.5};
        PaperReadings.assertComputes("PrinceAlphaBar", "\\beta \\in \\mathbb{R}^{T}\n\n\\alpha = \\prod_{s=1}^{T} 1 - \\beta_s",
                "\\alpha", Map.of("\\beta", beta), Map.of("\\beta", new int[] {3}), new double[] {0.9 * 0.8 * 0.5},
                List.of(Code.W0395));
    }

    @Test
    void aSoftmaxAsTheRightFactorOfAProductNormalisesColumns() throws Exception {
        // Prince, Understanding Deep Learning, Eq. 12.5: Sa[X] = V[X] · Softmax[K[X]^T Q[X]], the inputs the columns
        // of X and "Softmax … independently on each of its columns": each query's weights over the keys sum to 1.
        // Along the last axis (rows) it was a silent wrong value once the transpose above was read.
        double[] x = {1, 2, 0, -1, 0.5, 3}; // D = 2, N = 3
        double[] ov = {1, 0.5, -0.5, 1};
        double[] oq = {0.2, 0.1, -0.3, 0.4};
        double[] ok = {0.5, -1, 2, 0.25};
        double[] v = matmul(ov, x, 2, 2, 3);
        double[] q = matmul(oq, x, 2, 2, 3);
        double[] k = matmul(ok, x, 2, 2, 3);
        double[] scores = matmul(transpose(k, 2, 3), q, 3, 2, 3); // N x N: row = key, column = query
        double[] weights = transpose(rowSoftmax(transpose(scores, 3, 3), 3, 3), 3, 3); // each column sums to 1
        double[] expected = matmul(v, weights, 2, 3, 3);
        PaperReadings.assertComputes("PrinceSelfAttention", "\\mathbf{X} \\in \\mathbb{R}^{D \\times N},"
                        + " \\boldsymbol\\Omega_v, \\boldsymbol\\Omega_q, \\boldsymbol\\Omega_k \\in \\mathbb{R}^{D \\times D}\n\n"
                        + "\\mathbf{V}[\\mathbf{X}] = \\boldsymbol\\Omega_v\\mathbf{X}\n"
                        + "\\mathbf{Q}[\\mathbf{X}] = \\boldsymbol\\Omega_q\\mathbf{X}\n"
                        + "\\mathbf{K}[\\mathbf{X}] = \\boldsymbol\\Omega_k\\mathbf{X}\n"
                        + "\\mathbf{Sa}[\\mathbf{X}] = \\mathbf{V}[\\mathbf{X}]\\cdot\\mathbf{Softmax}\\Bigl[\\mathbf{K}"
                        + "[\\mathbf{X}]^T\\mathbf{Q}[\\mathbf{X}]\\Bigr]", "\\mathbf{Sa}",
                Map.of("\\mathbf{X}", x, "\\boldsymbol\\Omega_v", ov, "\\boldsymbol\\Omega_q", oq, "\\boldsymbol\\Omega_k", ok),
                Map.of("\\mathbf{X}", new int[] {2, 3}, "\\boldsymbol\\Omega_v", new int[] {2, 2},
                        "\\boldsymbol\\Omega_q", new int[] {2, 2}, "\\boldsymbol\\Omega_k", new int[] {2, 2}),
                expected, List.of(Code.W0383));
        // a vector on the left (a row vector times the weights) sums over the same axis: columns again
        double[] w = {1, -2, 0.5};
        double[] s = {0.1, 0.7, -0.4, 1.2, 0, 0.3, -1, 0.2, 0.9};
        double[] colWeights = transpose(rowSoftmax(transpose(s, 3, 3), 3, 3), 3, 3);
        PaperReadings.assertComputes("RowTimesSoftmax", "w \\in \\mathbb{R}^{n}, S \\in \\mathbb{R}^{n \\times n}\n\n"
                        + "a = w^\\top \\mathrm{softmax}(S)", "a", Map.of("w", w, "S", s),
                Map.of("w", new int[] {3}, "S", new int[] {3, 3}), matmul(w, colWeights, 1, 3, 3), List.of(Code.W0383));
        // a product of two softmaxes (attention rollout) keeps both along the last axis
        PaperReadings.assertComputes("Rollout", "A, B \\in \\mathbb{R}^{n \\times n}\n\nR = \\mathrm{softmax}(A)"
                        + " \\mathrm{softmax}(B)", "R", Map.of("A", s, "B", s), Map.of("A", new int[] {3, 3}, "B", new int[] {3, 3}),
                matmul(rowSoftmax(s, 3, 3), rowSoftmax(s, 3, 3), 3, 3, 3), List.of());
        // as the left factor, softmax(S) V, it stays along the last axis (each row of weights sums to 1)
        PaperReadings.assertComputes("SoftmaxTimesV", "V, S \\in \\mathbb{R}^{n \\times n}\n\nA = \\mathrm{softmax}(S) V",
                "A", Map.of("V", s, "S", s), Map.of("V", new int[] {3, 3}, "S", new int[] {3, 3}),
                matmul(rowSoftmax(s, 3, 3), s, 3, 3, 3), List.of());
    }
}
