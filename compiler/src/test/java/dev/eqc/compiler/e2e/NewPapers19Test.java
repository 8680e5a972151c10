package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Paper equations the lead pasted in session 19 (Sutton &amp; Barto, Goodfellow et al.; fresh cases c1622-c1629,
 * c1700-c1719): expected values worked out here from the sources' meaning.
 */
class NewPapers19Test {
    @Test
    void aFunctionWhoseParameterPicksARowIsItsBodyAtTheIndex() throws Exception {
        // Sutton & Barto, Eqs. 9.1 and 9.8: \hat{v}(s, w) = w^T x(s) under \sum_{s \in S}. Its s only picks the row of
        // the declared features x, so the call is w^T x_s for each s (W0388). It was the whole x, E0301.
        double[] mu = {0.5, 0.3, 0.2};
        double[] v = {1, -1, 2};
        double[] x = {1, 0, 0, 1, 1, 1};   // S = 3, d = 2
        double[] w = {0.5, -2};
        double expected = 0;
        for (int s = 0; s < 3; s++) {
            double vhat = w[0] * x[2 * s] + w[1] * x[2 * s + 1];
            expected += mu[s] * (v[s] - vhat) * (v[s] - vhat);
        }
        PaperReadings.assertComputes("ValueError", "\\mu \\in \\mathbb{R}^{S}, v_\\pi \\in \\mathbb{R}^{S}, \\mathbf{x} \\in"
                        + " \\mathbb{R}^{S \\times d}, \\mathbf{w} \\in \\mathbb{R}^{d}\n\n"
                        + "\\hat{v}(s, \\mathbf{w}) \\doteq \\mathbf{w}^\\top \\mathbf{x}(s)\n"
                        + "\\overline{\\mathrm{VE}}(\\mathbf{w}) \\doteq \\sum_{s \\in \\mathcal{S}} \\mu(s) \\left[ v_\\pi(s)"
                        + " - \\hat{v}(s, \\mathbf{w}) \\right]^2", "\\overline{\\mathrm{VE}}",
                Map.of("\\mu", mu, "v_\\pi", v, "\\mathbf{x}", x, "\\mathbf{w}", w),
                Map.of("\\mu", new int[] {3}, "v_\\pi", new int[] {3}, "\\mathbf{x}", new int[] {3, 2}, "\\mathbf{w}",
                        new int[] {2}), new double[] {expected}, List.of(Code.W0147, Code.W0161, Code.W0388));
    }

    @Test
    void aPolicyOverPickingParametersIsItsTableConditionsFirst() throws Exception {
        // Sutton & Barto, Eqs. 13.2-13.3: \pi(a|s, θ) = e^{h(s,a,θ)} / \sum_b e^{h(s,b,θ)} with h(s,a,θ) = θ^T x(s,a).
        // Nothing calls \pi: it is the table over s, a (conditions first, W0389), h read at each call (W0388).
        // Was h's parameters taken for notation (W0191), then E0301.
        int states = 2;
        int actions = 3;
        double[] x = {1, 0, 0, 1, 1, 1, 2, 0, 0, -1, 0.5, 0.5};   // [S, A, d = 2]
        double[] theta = {0.7, -0.4};
        double[] expected = new double[states * actions];
        for (int s = 0; s < states; s++) {
            double z = 0;
            for (int b = 0; b < actions; b++) {
                z += Math.exp(theta[0] * x[(s * actions + b) * 2] + theta[1] * x[(s * actions + b) * 2 + 1]);
            }
            for (int a = 0; a < actions; a++) {
                expected[s * actions + a] = Math.exp(theta[0] * x[(s * actions + a) * 2]
                        + theta[1] * x[(s * actions + a) * 2 + 1]) / z;
            }
        }
        PaperReadings.assertComputes("SoftmaxPolicy", "\\mathbf{x} \\in \\mathbb{R}^{S \\times A \\times d},"
                        + " \\boldsymbol{\\theta} \\in \\mathbb{R}^{d}\n\n"
                        + "h(s, a, \\boldsymbol{\\theta}) \\doteq \\boldsymbol{\\theta}^\\top \\mathbf{x}(s, a)\n"
                        + "\\pi(a|s, \\boldsymbol{\\theta}) \\doteq \\frac{e^{h(s, a, \\boldsymbol{\\theta})}}{\\sum_b"
                        + " e^{h(s, b, \\boldsymbol{\\theta})}}", "\\pi",
                Map.of("\\mathbf{x}", x, "\\boldsymbol{\\theta}", theta),
                Map.of("\\mathbf{x}", new int[] {states, actions, 2}, "\\boldsymbol{\\theta}", new int[] {2}), expected,
                List.of(Code.W0389, Code.W0388, Code.W0161));
        // as the book prints them, \pi (13.2) before h (13.3): the body read at the call keeps its spans in order
        PaperReadings.assertComputes("SoftmaxPolicyPrinted", "\\mathbf{x} \\in \\mathbb{R}^{S \\times A \\times d},"
                        + " \\boldsymbol{\\theta} \\in \\mathbb{R}^{d}\n\n"
                        + "\\pi(a|s, \\boldsymbol{\\theta}) \\doteq \\frac{e^{h(s, a, \\boldsymbol{\\theta})}}{\\sum_b"
                        + " e^{h(s, b, \\boldsymbol{\\theta})}}\n"
                        + "h(s, a, \\boldsymbol{\\theta}) \\doteq \\boldsymbol{\\theta}^\\top \\mathbf{x}(s, a)", "\\pi",
                Map.of("\\mathbf{x}", x, "\\boldsymbol{\\theta}", theta),
                Map.of("\\mathbf{x}", new int[] {states, actions, 2}, "\\boldsymbol{\\theta}", new int[] {2}), expected,
                List.of(Code.W0389, Code.W0388, Code.W0161));
    }

    @Test
    void aProbabilityOfASubscriptedUnitIsOnePerUnit() throws Exception {
        // Goodfellow et al., Eq. 20.14: P(h_j = 1 | v) = σ(c_j + v^T W_{:,j}) is one probability per hidden unit j
        // (W0160). It was one scalar P with c_j and W_{:,j} inputs of their own.
        double[] v = {1, -1};
        double[] c = {0.1, 0.2, -0.3};
        double[] w = {1, 2, 3, 0.5, -1, 0};   // n = 2, k = 3
        double[] expected = new double[3];
        for (int j = 0; j < 3; j++) {
            expected[j] = 1 / (1 + Math.exp(-(c[j] + v[0] * w[j] + v[1] * w[3 + j])));
        }
        PaperReadings.assertComputes("RbmHidden", "\\boldsymbol{v} \\in \\mathbb{R}^{n}, \\boldsymbol{c} \\in"
                        + " \\mathbb{R}^{k}, \\boldsymbol{W} \\in \\mathbb{R}^{n \\times k}\n\n"
                        + "P(h_j = 1 \\mid \\boldsymbol{v}) = \\sigma\\left( c_j + \\boldsymbol{v}^\\top"
                        + " \\boldsymbol{W}_{:,j} \\right)", "P",
                Map.of("\\boldsymbol{v}", v, "\\boldsymbol{c}", c, "\\boldsymbol{W}", w),
                Map.of("\\boldsymbol{v}", new int[] {2}, "\\boldsymbol{c}", new int[] {3}, "\\boldsymbol{W}",
                        new int[] {2, 3}), expected, List.of(Code.W0160));
    }

    @Test
    void aPickingParameterGivenANumberIsNotExpanded() {
        // \hat{v}(2, w): no index in scope picks the row, so the body is not read at the call (no W0388); the function
        // keeps its own reading, which does not fit x here.
        PaperReadings.assertRejected("\\mathbf{x} \\in \\mathbb{R}^{S \\times d}, \\mathbf{w} \\in \\mathbb{R}^{d}\n\n"
                + "\\hat{v}(s, \\mathbf{w}) \\doteq \\mathbf{w}^\\top \\mathbf{x}(s)\n"
                + "y = \\hat{v}(2, \\mathbf{w})", Code.E0301);
    }

    @Test
    void aChainFromAProbabilityToANameDefinesTheName() throws Exception {
        // Sutton & Barto, Eq. 2.11: \Pr\{A_t = a\} \doteq \frac{e^{H_t(a)}}{\sum_b e^{H_t(b)}} \doteq \pi_t(a). The
        // probability on the left was E0107 (no name), and e^{H_t(a)} an ungiven name of an intermediate step.
        double[] h = {0.5, -1, 2};
        double z = Math.exp(0.5) + Math.exp(-1) + Math.exp(2);
        PaperReadings.assertComputes("GradientBandit", "H_t \\in \\mathbb{R}^{k}\n\n\\Pr\\{A_t = a\\} \\doteq"
                        + " \\frac{e^{H_t(a)}}{\\sum_{b=1}^{k} e^{H_t(b)}} \\doteq \\pi_t(a)", "\\pi_t",
                Map.of("H_t", h), Map.of("H_t", new int[] {3}),
                new double[] {Math.exp(0.5) / z, Math.exp(-1) / z, Math.exp(2) / z},
                List.of(Code.W0397, Code.W0389, Code.W0161));
    }

    @Test
    void aConditionalTableDeclaredInThePrintedOrderIsReadSo() throws Exception {
        // q_\pi(s, a) = r(s, a) + γ \sum_{s'} p(s' | s, a) v_\pi(s') with p declared over S x S x A, the axes named as
        // the letters are printed: p's first axis is the next state (was E0304: the conditions first, [s, a, s']).
        int states = 2;
        int actions = 2;
        double[] r = {1, 2, 3, 4};
        double[] p = {0.1, 0.2, 0.3, 0.4, 0.9, 0.8, 0.7, 0.6};   // [s', s, a]
        double[] v = {10, -5};
        double gamma = 0.5;
        double[] expected = new double[states * actions];
        for (int s = 0; s < states; s++) {
            for (int a = 0; a < actions; a++) {
                double sum = 0;
                for (int n = 0; n < states; n++) {
                    sum += p[(n * states + s) * actions + a] * v[n];
                }
                expected[s * actions + a] = r[s * actions + a] + gamma * sum;
            }
        }
        String declarations = "r \\in \\mathbb{R}^{S \\times A}, v_\\pi \\in \\mathbb{R}^{S}, \\gamma \\in \\mathbb{R}, ";
        String equation = "\n\nq_\\pi(s, a) \\doteq r(s, a) + \\gamma \\sum_{s'} p(s' \\mid s, a) v_\\pi(s')";
        PaperReadings.assertComputes("LookAhead", declarations + "p \\in \\mathbb{R}^{S \\times S \\times A}" + equation,
                "q_\\pi", Map.of("r", r, "p", p, "v_\\pi", v, "\\gamma", new double[] {gamma}),
                Map.of("r", new int[] {2, 2}, "p", new int[] {2, 2, 2}, "v_\\pi", new int[] {2}, "\\gamma", new int[] {}),
                expected, List.of(Code.W0220, Code.W0161, Code.W0256));
        // declared over S x A x S, the conditions first, it is read so, as before
        double[] conditionsFirst = new double[8];
        for (int n = 0; n < 2; n++) {
            for (int s = 0; s < 2; s++) {
                for (int a = 0; a < 2; a++) {
                    conditionsFirst[(s * 2 + a) * 2 + n] = p[(n * 2 + s) * 2 + a];
                }
            }
        }
        PaperReadings.assertComputes("LookAheadConditionsFirst", declarations
                        + "p \\in \\mathbb{R}^{S \\times A \\times S}" + equation, "q_\\pi",
                Map.of("r", r, "p", conditionsFirst, "v_\\pi", v, "\\gamma", new double[] {gamma}),
                Map.of("r", new int[] {2, 2}, "p", new int[] {2, 2, 2}, "v_\\pi", new int[] {2}, "\\gamma", new int[] {}),
                expected, List.of(Code.W0220, Code.W0161, Code.W0256));
    }

    @Test
    void aProbabilityGivenTheIthExampleIsOnePerExample() throws Exception {
        // Goodfellow et al., Eq. 5.81: p(y = 1 | x^{(i)}; θ) = σ(θ^T x^{(i)}) with the design matrix X declared, the
        // x^{(i)} its rows: one probability per example (W0160). The second argument was E0107; p^{(i)} = … was an
        // undeclared x^{(i)} (W0101).
        double[] x = {1, 2, -1, 0.5, 0, 3};   // m = 3, n = 2
        double[] theta = {0.25, -0.5};
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            expected[i] = 1 / (1 + Math.exp(-(theta[0] * x[2 * i] + theta[1] * x[2 * i + 1])));
        }
        String declarations = "\\boldsymbol{X} \\in \\mathbb{R}^{m \\times n}, \\boldsymbol{\\theta} \\in \\mathbb{R}^{n}\n\n";
        Map<String, double[]> inputs = Map.of("\\boldsymbol{X}", x, "\\boldsymbol{\\theta}", theta);
        Map<String, int[]> shapes = Map.of("\\boldsymbol{X}", new int[] {3, 2}, "\\boldsymbol{\\theta}", new int[] {2});
        PaperReadings.assertComputes("LogisticGiven", declarations + "p(y = 1 \\mid \\boldsymbol{x}^{(i)};"
                        + " \\boldsymbol{\\theta}) = \\sigma(\\boldsymbol{\\theta}^\\top \\boldsymbol{x}^{(i)})", "p",
                inputs, shapes, expected, List.of(Code.W0160, Code.W0102));
        PaperReadings.assertComputes("LogisticLabelled", declarations + "p^{(i)} = \\sigma(\\boldsymbol{\\theta}^\\top"
                        + " \\boldsymbol{x}^{(i)})", "p", inputs, shapes, expected, List.of(Code.W0439, Code.W0102));
        // UFLDL's softmax regression, P(y^{(i)} = j | x^{(i)}; θ): a row of class probabilities per example, over i, j
        double[] weights = {1, 0, 0, 1, 1, 1};   // k = 3 classes, n = 2
        double[] table = new double[3 * 3];
        for (int i = 0; i < 3; i++) {
            double z = 0;
            for (int j = 0; j < 3; j++) {
                z += Math.exp(weights[2 * j] * x[2 * i] + weights[2 * j + 1] * x[2 * i + 1]);
            }
            for (int j = 0; j < 3; j++) {
                table[3 * i + j] = Math.exp(weights[2 * j] * x[2 * i] + weights[2 * j + 1] * x[2 * i + 1]) / z;
            }
        }
        PaperReadings.assertComputes("SoftmaxRegression", "x \\in \\mathbb{R}^{m \\times n}, \\theta \\in"
                        + " \\mathbb{R}^{k \\times n}\n\nP(y^{(i)} = j | x^{(i)} ; \\theta) = \\frac{\\exp(\\theta^{(j)\\top}"
                        + " x^{(i)})}{\\sum_{l=1}^k \\exp(\\theta^{(l)\\top} x^{(i)}) }", "P",
                Map.of("x", x, "\\theta", weights), Map.of("x", new int[] {3, 2}, "\\theta", new int[] {3, 2}), table,
                List.of(Code.W0160, Code.W0102));
    }

    @Test
    void aDeclaredTensorDefinedWithBracketedIndicesIsDefinedElementByElement() throws Exception {
        // Fleuret's pos-enc[t, 2i] = sin(t / T^{2i/D}), pos-enc[t, 2i+1] = cos(…) with pos-enc declared L x D: the
        // brackets hold the element's indices (was E0107, a function's parameters).
        int positions = 3;
        int width = 4;
        double[] expected = new double[positions * width];
        for (int t = 0; t < positions; t++) {
            for (int i = 0; i < width / 2; i++) {
                double angle = t / Math.pow(1e4, 2.0 * i / width);
                expected[t * width + 2 * i] = Math.sin(angle);
                expected[t * width + 2 * i + 1] = Math.cos(angle);
            }
        }
        PaperReadings.assertComputes("FleuretPositions", "\\mathrm{pos\\text{-}enc} \\in \\mathbb{R}^{L \\times D}, T = 10^4, L = 3, D = 4"
                        + "\n\n\\mathrm{pos\\text{-}enc}[t, 2i] = \\sin\\left(\\frac{t}{T^{2i/D}}\\right)\n"
                        + "\\mathrm{pos\\text{-}enc}[t, 2i+1] = \\cos\\left(\\frac{t}{T^{2i/D}}\\right)",
                "\\mathrm{pos\\text{-}enc}", Map.of(), Map.of(), expected, List.of());
    }

    @Test
    void aParameterThatSubscriptsADeclaredMatrixPicksItsRowsToo() throws Exception {
        // f(s, w) = w^T x(s) + w^T y_s with y declared S x d (and y_s no name of its own): the s of y_s picks a row as
        // the s of x(s) does, so f is read at its calls (W0388). Session 20; was E0301, the whole x in the product.
        // E = mu_0 (w.x_0 + w.y_0) + mu_1 (w.x_1 + w.y_1) = 1 (1 + 3) + 2 (2 + 4) = 16
        PaperReadings.assertComputes("PicksBySubscript", "\\mathbf{x} \\in \\mathbb{R}^{S \\times d}, \\mathbf{y} \\in"
                        + " \\mathbb{R}^{S \\times d}, \\mathbf{w} \\in \\mathbb{R}^{d}, \\mu \\in \\mathbb{R}^{S}\n\n"
                        + "f(s, \\mathbf{w}) = \\mathbf{w}^\\top \\mathbf{x}(s) + \\mathbf{w}^\\top \\mathbf{y}_s\n"
                        + "E = \\sum_{b} \\mu_b f(b, \\mathbf{w})", "E",
                Map.of("\\mathbf{x}", new double[] {1, 0, 2, 0}, "\\mathbf{y}", new double[] {3, 0, 4, 0},
                        "\\mathbf{w}", new double[] {1, 5}, "\\mu", new double[] {1, 2}),
                Map.of("\\mathbf{x}", new int[] {2, 2}, "\\mathbf{y}", new int[] {2, 2}, "\\mathbf{w}", new int[] {2},
                        "\\mu", new int[] {2}), new double[] {16}, List.of(Code.W0388, Code.W0161));
    }

    @Test
    void aParameterAlsoWrittenInTheSpellingOfADeclaredNameIsNoPickingParameter() {
        // y_s declared under that spelling: the s is part of the name, which a call cannot rewrite, so f is not read
        // at its calls (no W0388); it stays generic and its x(s) does not fit (E0301), as before.
        PaperReadings.assertRejected("\\mathbf{x} \\in \\mathbb{R}^{S \\times d}, \\mathbf{y}_s \\in \\mathbb{R}^{d},"
                + " \\mathbf{w} \\in \\mathbb{R}^{d}, \\mu \\in \\mathbb{R}^{S}\n\n"
                + "f(s, \\mathbf{w}) = \\mathbf{w}^\\top \\mathbf{x}(s) + \\mathbf{w}^\\top \\mathbf{y}_s\n"
                + "E = \\sum_{b} \\mu_b f(b, \\mathbf{w})", Code.E0301);
    }

    @Test
    void anEntryWiseFunctionOfASquareMatrixUsedAsAMapIsRefused() throws Exception {
        // S4's \bar{A} = \exp(\Delta A) then \bar{A} h, and Adagrad's \frac{\eta}{\sqrt{G_t + \epsilon}} g_t with G_t
        // a d x d matrix (found by the session's probe): the entry-wise reading turned every zero off the diagonal
        // into 1 or 1/\sqrt{\epsilon}, silently; the paper means the matrix function or its diagonal's (E0349).
        PaperReadings.assertRejected("A \\in \\mathbb{R}^{N \\times N}, h \\in \\mathbb{R}^{N}, \\Delta \\in \\mathbb{R}\n\n"
                + "\\bar{A} = \\exp(\\Delta A)\nh' = \\bar{A} h", Code.E0349);
        PaperReadings.assertRejected("G_t \\in \\mathbb{R}^{d \\times d}, g_t, \\theta_t \\in \\mathbb{R}^{d}, \\eta,"
                + " \\epsilon \\in \\mathbb{R}\n\n\\theta_{t+1} = \\theta_t - \\frac{\\eta}{\\sqrt{G_t + \\epsilon}} g_t",
                Code.E0349);
        // the attention numerator \exp(Q K^T) V, of a computed matrix, stays entry-wise; so does the diagonal form
        double[] d = {4, 9};
        double[] g = {2, 3};
        PaperReadings.assertComputes("DiagonalAdagrad", "G_t \\in \\mathbb{R}^{d}, g_t \\in \\mathbb{R}^{d}\n\n"
                        + "u = \\frac{1}{\\sqrt{G_t}} \\odot g_t", "u", Map.of("G_t", d, "g_t", g),
                Map.of("G_t", new int[] {2}, "g_t", new int[] {2}), new double[] {1, 1}, List.of());
        double[] q = {1, 0, 0, 1};
        double[] v = {1, 2, 3, 4};
        double e = Math.E;
        PaperReadings.assertComputes("ExpScores", "Q, K, V \\in \\mathbb{R}^{2 \\times 2}\n\nY = \\exp(Q K^\\top) V", "Y",
                Map.of("Q", q, "K", q, "V", v), Map.of("Q", new int[] {2, 2}, "K", new int[] {2, 2}, "V", new int[] {2, 2}),
                new double[] {e * 1 + 1 * 3, e * 2 + 1 * 4, 1 * 1 + e * 3, 1 * 2 + e * 4}, List.of());
    }

    @Test
    void aDeclaredVectorAtTheNameOfItsLengthIsItsLastElement() throws Exception {
        // \bar{\alpha}_T with \bar{\alpha} \in \mathbb{R}^{T} (diffusion schedules, the last step): the last element,
        // counting from 1 as the subscript does (W0140). It was an undeclared scalar the run asked for (W0101).
        PaperReadings.assertComputes("LastElement", "\\bar{\\alpha} \\in \\mathbb{R}^{T}\n\ny = \\frac{\\bar{\\alpha}_1"
                        + " - \\bar{\\alpha}_T}{2}", "y", Map.of("\\bar{\\alpha}", new double[] {0.9, 0.5, 0.1}),
                Map.of("\\bar{\\alpha}", new int[] {3}), new double[] {0.4}, List.of(Code.W0140));
    }

    @Test
    void aDefinedVectorAtOneAndAtItsLengthIsItsFirstAndLastElement() throws Exception {
        // Lin et al.'s zero-terminal SNR rescaling (probe19's c1737): s_t = \sqrt{\bar{\alpha}_t}, then
        // \hat{s}_t = (s_t - s_T) \frac{s_1}{s_1 - s_T}. s_1 and s_T were undeclared scalars the run asked for (W0101).
        double[] alphaBar = {0.81, 0.25, 0.04};
        double first = 0.9;
        double last = 0.2;
        double[] expected = new double[3];
        for (int t = 0; t < 3; t++) {
            expected[t] = (Math.sqrt(alphaBar[t]) - last) * first / (first - last);
        }
        PaperReadings.assertComputes("ZeroTerminalSnr", "\\bar{\\alpha} \\in \\mathbb{R}^{T}\n\ns_t ="
                        + " \\sqrt{\\bar{\\alpha}_t}\n\\hat{s}_t = \\left( s_t - s_T \\right) \\frac{s_1}{s_1 - s_T}",
                "\\hat{s}", Map.of("\\bar{\\alpha}", alphaBar), Map.of("\\bar{\\alpha}", new int[] {3}), expected,
                List.of(Code.W0140));
        // a vector defined over another axis than the size named: the position's range is tied to T, so E0304
        PaperReadings.assertRejected("x \\in \\mathbb{R}^{N}, w \\in \\mathbb{R}^{T}\n\nz_t = 2 x_t\ny = z_T + w_1",
                Code.E0304);
    }
}
