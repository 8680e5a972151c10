package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Printings the lead met in session 22's backlog. Expected values are worked out here from the papers' meaning. */
class NewPapers22Test {
    private static final String QUADRATIC = "A \\in \\mathbb{R}^{2 \\times 2}, b, \\theta_t, v_t \\in \\mathbb{R}^{2},"
            + " \\mu, \\varepsilon \\in \\mathbb{R}\n\nf(\\theta) = \\frac{1}{2} \\|A\\theta - b\\|^2\n";
    // A = diag(1, 2), b = (1, 1), theta_t = (1, 0), v_t = (1, 1), mu = 0.5, eps = 0.1: the look-ahead point is
    // (1.5, 0.5), A p - b = (0.5, 0), the gradient A^T (A p - b) = (0.5, 0), v_{t+1} = 0.5 v_t - 0.1 (0.5, 0)
    private static final Map<String, double[]> NESTEROV = Map.of("A", new double[] {1, 0, 0, 2}, "b",
            new double[] {1, 1}, "\\theta_t", new double[] {1, 0}, "v_t", new double[] {1, 1}, "\\mu",
            new double[] {0.5}, "\\varepsilon", new double[] {0.1});
    private static final Map<String, int[]> NESTEROV_SHAPES = Map.of("A", new int[] {2, 2}, "b", new int[] {2},
            "\\theta_t", new int[] {2}, "v_t", new int[] {2}, "\\mu", new int[0], "\\varepsilon", new int[0]);

    @Test
    void aGradientAtAPointTheFileComputes() throws Exception {
        // Sutskever et al. (2013), Eq. 3 (Nesterov's momentum): \nabla f(\theta_t + \mu v_t) is f's gradient with
        // respect to its parameter at the look-ahead point; was E0103 (the point is no input)
        PaperReadings.assertComputes("Nesterov", QUADRATIC
                        + "v_{t+1} = \\mu v_t - \\varepsilon \\nabla f(\\theta_t + \\mu v_t)", "v_{t+1}",
                NESTEROV, NESTEROV_SHAPES, new double[] {0.45, 0.5}, List.of(Code.W0103, Code.W0146));
        // Bottou, Curtis & Nocedal (2018): \nabla F(\tilde{w}_k) at a defined value. F = |w|^2/2 + q^T w has the
        // gradient w + q; tilde w = (1, 2) + 0.5 ((1, 2) - (0, 1)) = (1.5, 2.5), + q = (2.5, 1.5), step 0.1
        PaperReadings.assertComputes("Bottou", "q, w_k, w_{k-1} \\in \\mathbb{R}^{2}, \\alpha_k, \\beta_k \\in \\mathbb{R}\n\n"
                        + "F(w) = \\frac{1}{2} w^\\top w + q^\\top w\n"
                        + "\\tilde{w}_k \\leftarrow w_k + \\beta_k (w_k - w_{k-1})\n"
                        + "w_{k+1} \\leftarrow \\tilde{w}_k - \\alpha_k \\nabla F(\\tilde{w}_k)", "w_{k+1}",
                Map.of("q", new double[] {1, -1}, "w_k", new double[] {1, 2}, "w_{k-1}", new double[] {0, 1},
                        "\\alpha_k", new double[] {0.1}, "\\beta_k", new double[] {0.5}),
                Map.of("q", new int[] {2}, "w_k", new int[] {2}, "w_{k-1}", new int[] {2}, "\\alpha_k", new int[0],
                        "\\beta_k", new int[0]),
                new double[] {1.25, 2.35}, List.of(Code.W0103, Code.W0146));
    }

    @Test
    void theParameterUnderNablaWithAPointThatIsAnExpression() throws Exception {
        // \nabla_\theta f(\theta_t + \mu v_t), \theta f's parameter and declared nowhere: the same gradient. It was
        // the gradient with respect to an assumed scalar input \theta the call never reads: 0, silently.
        PaperReadings.assertComputes("NesterovSub", QUADRATIC
                        + "v_{t+1} = \\mu v_t - \\varepsilon \\nabla_\\theta f(\\theta_t + \\mu v_t)", "v_{t+1}",
                NESTEROV, NESTEROV_SHAPES, new double[] {0.45, 0.5}, List.of(Code.W0103));
    }

    @Test
    void aGradientAtEachRowInsideASum() throws Exception {
        // l(u) = (w^T u)^2 / 2 has the gradient (w^T u) w; at the rows (1, 0), (0, 1), (1, 1) of X with w = (1, 2):
        // (1 + 2 + 3) w = (6, 12)
        PaperReadings.assertComputes("Rows", "X \\in \\mathbb{R}^{3 \\times 2}, w \\in \\mathbb{R}^{2}\n\n"
                        + "\\ell(u) = \\frac{1}{2} (w^\\top u)^2\ng = \\sum_{i=1}^{3} \\nabla \\ell(x_i)", "g",
                Map.of("X", new double[] {1, 0, 0, 1, 1, 1}, "w", new double[] {1, 2}),
                Map.of("X", new int[] {3, 2}, "w", new int[] {2}),
                new double[] {6, 12}, List.of(Code.W0103, Code.W0102, Code.W0146));
    }

    @Test
    void aGradientAtAPointThatIsItselfAGradientStep() throws Exception {
        // the extragradient step theta - eta grad f(theta - eta grad f(theta)) with f = |x|^2 / 2 (grad f = x):
        // theta (1 - eta + eta^2) = (1, 2) * 0.91
        PaperReadings.assertComputes("Extragradient", "\\theta \\in \\mathbb{R}^{2}, \\eta \\in \\mathbb{R}\n\n"
                        + "f(x) = \\frac{1}{2} \\|x\\|^2\n"
                        + "\\theta' = \\theta - \\eta \\nabla f(\\theta - \\eta \\nabla f(\\theta))", "\\theta'",
                Map.of("\\theta", new double[] {1, 2}, "\\eta", new double[] {0.1}),
                Map.of("\\theta", new int[] {2}, "\\eta", new int[0]),
                new double[] {0.91, 1.82}, List.of(Code.W0103, Code.W0146));
    }

    @Test
    void aFunctionOfNumbersNamedLikeADeclaredVectorTakesElements() throws Exception {
        // NoisyNet (Fortunato et al. 2018), Eq. 10-11: f(x) = sgn(x) sqrt|x| with x the layer's declared input, called
        // on the noise's elements; was E0303 (the parameter took x's declared shape). f(4, -9, 0.25) = (2, -3, 0.5)
        PaperReadings.assertComputes("NoisyNet", "\\varepsilon^{out} \\in \\mathbb{R}^{3}, x \\in \\mathbb{R}^{2}\n\n"
                        + "f(x) = \\operatorname{sgn}(x) \\sqrt{|x|}\n\\varepsilon^b_j = f(\\varepsilon^{out}_j)",
                "\\varepsilon^b", Map.of("\\varepsilon^{out}", new double[] {4, -9, 0.25}),
                Map.of("\\varepsilon^{out}", new int[] {3}), new double[] {2, -3, 0.5}, List.of(Code.W0265));
        // a layer on rows named like the declared input stays an error when called on a number
        PaperReadings.assertRejected("x \\in \\mathbb{R}^{2}, a \\in \\mathbb{R}^{3}\n\nf(x) = \\frac{x}{\\|x\\|}\n"
                + "b_j = f(a_j)", Code.E0303);
    }

    @Test
    void aCalledElementWiseFunctionTakesNumbersWhateverItsParameterIsNamedAfter() throws Exception {
        // StableMax (Prieto et al. 2025): s(x) of one number, StableMax(x_i) = s(x_i) / sum_j s(x_j), with x_i read
        // elsewhere as x's elements; the parameter was assumed the vector x (E0303). s(1, -1, 0) = (2, 1/2, 1)
        PaperReadings.assertComputes("StableMax", "x \\in \\mathbb{R}^{3}\n\n"
                        + "s(x) = \\begin{cases} x + 1 & \\text{if } x \\geq 0 \\\\ \\frac{1}{1 - x} & \\text{if } x < 0"
                        + " \\end{cases}\n\\mathrm{StableMax}(x_i) = \\frac{s(x_i)}{\\sum_j s(x_j)}", "\\mathrm{StableMax}",
                Map.of("x", new double[] {1, -1, 0}), Map.of("x", new int[] {3}),
                new double[] {2 / 3.5, 0.5 / 3.5, 1 / 3.5}, List.of(Code.W0137, Code.W0265));
        // the same with the parameter named like a name read only by its elements, undeclared
        PaperReadings.assertComputes("Elements", "z \\in \\mathbb{R}^{3}\n\ns(u) = u^2 + 1\n"
                        + "t = \\sum_i s(u_i) z_i", "t",
                Map.of("z", new double[] {1, 2, 3}, "u", new double[] {1, 0, -2}),
                Map.of("z", new int[] {3}, "u", new int[] {3}), new double[] {2 + 2 + 15}, List.of(Code.W0101));
    }

    @Test
    void aValueOfTheSamplesNamedWithTheTokenIndexTooIsReadAtTheSample() throws Exception {
        // probe22, Dr. GRPO (Liu et al. 2025), Eq. 3: \hat{A}_{i,t} = R(q, o_i) - mean, a vector over the G samples (the
        // advantage is the same at every token), inside \sum_i \sum_t: the element i. It was the whole vector at every
        // term, a [G] result, silently. R = (1, 3), b = 1: A = (0, 2); J = sum_i sum_t A_i M_it = 0 + 2 (3 + 4) = 14
        PaperReadings.assertComputes("DrGrpo", "R(q, o_i) \\in \\mathbb{R}^{G}, M \\in \\mathbb{R}^{G \\times T},"
                        + " b \\in \\mathbb{R}\n\n\\hat{A}_{i,t} = R(q, o_i) - b\n"
                        + "J = \\sum_{i=1}^{G}\\sum_{t=1}^{T} \\hat{A}_{i,t} M_{i,t}", "J",
                Map.of("R(q, o_i)", new double[] {1, 3}, "M", new double[] {1, 2, 3, 4}, "b", new double[] {1}),
                Map.of("R(q, o_i)", new int[] {2}, "M", new int[] {2, 2}, "b", new int[0]),
                new double[] {14}, List.of(Code.W0385));
    }

    @Test
    void aVectorOfCoefficientsBeforeTheSamplesIsRefused() throws Exception {
        // probe22 and review22: rectified flow batched, z_t = (1 - t) x_0 + t eps with t one time per sample, and EDM's
        // c_out(sigma) F: it was the row vector times the matrix, [D], silently; attention's a v with the same shapes
        // means that weighted sum, so eqc cannot tell (E0355)
        PaperReadings.assertRejected("\\mathbf{x}_0, \\boldsymbol{\\epsilon} \\in \\mathbb{R}^{B \\times D}, t \\in"
                + " \\mathbb{R}^{B}\n\nz_t = (1 - t) \\mathbf{x}_0 + t \\boldsymbol{\\epsilon}", Code.E0355);
        PaperReadings.assertRejected("F \\in \\mathbb{R}^{B \\times D}, \\sigma \\in \\mathbb{R}^{B}, \\sigma_{data} \\in"
                + " \\mathbb{R}\n\nc_{out}(\\sigma) = \\frac{\\sigma \\sigma_{data}}{\\sqrt{\\sigma^2 + \\sigma_{data}^2}}\n"
                + "D = c_{out}(\\sigma) F", Code.E0355);
        PaperReadings.assertRejected("k, v \\in \\mathbb{R}^{n \\times d}, a \\in \\mathbb{R}^{n}\n\no = a v", Code.E0355);
        // written out, both compute: diag(t) scales the rows, t^T sums them. t = (0.25, 0.5), x = [[1, 2], [3, 4]]
        Map<String, double[]> in = Map.of("x", new double[] {1, 2, 3, 4}, "e", new double[] {0, 0, 0, 0},
                "t", new double[] {0.25, 0.5});
        Map<String, int[]> shapes = Map.of("x", new int[] {2, 2}, "e", new int[] {2, 2}, "t", new int[] {2});
        PaperReadings.assertComputes("Scaled", "x, e \\in \\mathbb{R}^{B \\times D}, t \\in \\mathbb{R}^{B}\n\n"
                + "z = \\mathrm{diag}(1 - t) x + e", "z", in, shapes, new double[] {0.75, 1.5, 1.5, 2}, List.of());
        PaperReadings.assertComputes("Summed", "x, e \\in \\mathbb{R}^{B \\times D}, t \\in \\mathbb{R}^{B}\n\n"
                + "z = t^\\top x", "z", in, shapes, new double[] {1.75, 2.5}, List.of());
        // a weight's input axis: x W with x \\in R^d stays the row vector times the matrix, as does a layer's output
        PaperReadings.assertComputes("RowConvention", "x \\in \\mathbb{R}^{2}, W \\in \\mathbb{R}^{2 \\times 3}\n\n"
                        + "y = xW", "y", Map.of("x", new double[] {1, 2}, "W", new double[] {1, 0, 1, 0, 1, 1}),
                Map.of("x", new int[] {2}, "W", new int[] {2, 3}), new double[] {1, 2, 3}, List.of());
    }

    @Test
    void aRowBeforeABracketOfLabelsPicksEvenWithASpace() throws Exception {
        // new22a, DeepSeek-V3's MTP loss printed \log P_i^k [t_i]: the bracket of token ids picks the entry as written
        // without the space; with it, it was the row times the label, a vector of -inf, silently
        PaperReadings.assertComputes("MtpSpaced", "P^k \\in \\mathbb{R}^{3 \\times 2}, t \\in \\mathbb{N}^{3}\n\n"
                        + "L = -\\sum_{i=1}^{3} \\log P_i^k [t_i]", "L",
                Map.of("P^k", new double[] {0.5, 0.5, 0.25, 0.75, 0.1, 0.9}, "t", new double[] {1, 0, 1}),
                Map.of("P^k", new int[] {3, 2}, "t", new int[] {3}),
                new double[] {-(Math.log(0.5) + Math.log(0.25) + Math.log(0.9))}, List.of(Code.W0458, Code.W0140));
    }

    @Test
    void aStarFormFollowedByTheWrittenOutConvolutionIsComputedFromTheSum() throws Exception {
        // new22a, Hyena (Poli et al. 2023): y_t = (h * u)_t = sum_n h_{t-n} u_n, the causal convolution. It was the
        // element-wise product of the first form. h = (1, 2, 3), u = (1, 1, 1): y = (1, 3, 6)
        PaperReadings.assertComputes("Hyena", "u, h \\in \\mathbb{R}^{3}\n\ny_t = (h * u)_t = \\sum_{n=0}^{t} h_{t-n} u_n",
                "y", Map.of("u", new double[] {1, 1, 1}, "h", new double[] {1, 2, 3}),
                Map.of("u", new int[] {3}, "h", new int[] {3}), new double[] {1, 3, 6}, List.of(Code.W0509, Code.W0170));
    }
}
