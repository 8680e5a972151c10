package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Notation from the rejected backlog of papers/fresh (session 17): textbook and documentation printings of
 * functions of declared inputs. Expected values are plain loops over the inputs.
 */
class Backlog17Test {
    private static final double[] X = {0.5, -1, 2, 0.25, 1.5, -0.5};   // 3 x 2
    private static final double[] THETA = {0.75, -0.25};

    private static double[] rowsTimesTheta() {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = X[i * 2] * THETA[0] + X[i * 2 + 1] * THETA[1];
        }
        return out;
    }

    @Test
    void aCalledFunctionWhoseBodyFailsAtItsNamesakesShapeTakesItsParameterFromTheCall() throws Exception {
        // CS229's h_\theta(x) = \theta^T x with the examples x \in \mathbb{R}^{m \times n} declared, called on the rows
        // x^{(i)} (c72, c1442): was E0301 ([n] times [m, n]); the parameter is local and each call gives its shape
        double[] y = {1, -2, 0.5};
        double[] h = rowsTimesTheta();
        double cost = 0;
        for (int i = 0; i < 3; i++) {
            cost += (h[i] - y[i]) * (h[i] - y[i]);
        }
        PaperReadings.assertComputes("Cs229", "x \\in \\mathbb{R}^{m \\times n}, y \\in \\mathbb{R}^{m}, \\theta \\in"
                        + " \\mathbb{R}^{n}\n\nh_\\theta(x) = \\theta^T x\nJ = \\frac{1}{2m}\\sum_{i=1}^{m}\\left("
                        + "h_\\theta(x^{(i)}) - y^{(i)}\\right)^2\n", "J",
                Map.of("x", X, "y", y, "\\theta", THETA), Map.of("x", new int[] {3, 2}, "y", new int[] {3},
                        "\\theta", new int[] {2}), new double[] {cost / 6}, List.of(Code.W0265, Code.W0103, Code.W0102));
        // Nothing calls it: the declared shape stands, and so does the error.
        PaperReadings.assertRejected("x \\in \\mathbb{R}^{m \\times n}, \\theta \\in \\mathbb{R}^{n}\n\n"
                + "h_\\theta(x) = \\theta^T x\n", Code.E0301);
    }

    @Test
    void aProseConditionInParenthesesIsATail() throws Exception {
        // CS229's \theta_j := \theta_j + … \quad (\text{for every } j): was the product of an undeclared input
        // `\text{for every }` and j
        double[] w = {1, -2, 0.5};
        double[] g = {0.5, 0.25, -1};
        double[] expected = new double[3];
        for (int j = 0; j < 3; j++) {
            expected[j] = w[j] - 0.5 * g[j];
        }
        PaperReadings.assertComputes("ForEvery", "w, g \\in \\mathbb{R}^{d}\n\nw_j := w_j - 0.5 g_j \\quad (\\text{for"
                        + " every } j)\n", "w", Map.of("w", w, "g", g), Map.of("w", new int[] {3}, "g", new int[] {3}),
                expected, List.of(Code.W0270, Code.W0130));   // W0130, as for the words without parentheses
    }

    @Test
    void aFunctionOfEntriesNothingCallsIsTheValueAtEachIndex() throws Exception {
        // scikit-learn's SGD hinge loss, L(y_i, f(x_i)) = \max(0, 1 - y_i f(x_i)) with f(x) = w^T x + b (c1446): was
        // E0301 in f, then a function of y_i and x_i that nothing gave
        double[] y = {1, -1, 1};
        double b = 0.25;
        double[] h = rowsTimesTheta();
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            expected[i] = Math.max(0, 1 - y[i] * (h[i] + b));
        }
        PaperReadings.assertComputes("Hinge", "x \\in \\mathbb{R}^{n \\times m}, y \\in \\mathbb{R}^{n}, w \\in"
                        + " \\mathbb{R}^{m}, b \\in \\mathbb{R}\n\nf(x) = w^T x + b\nL(y_i, f(x_i)) = \\max(0, 1 - y_i"
                        + " f(x_i))\n", "L", Map.of("x", X, "y", y, "w", THETA, "b", new double[] {b}),
                Map.of("x", new int[] {3, 2}, "y", new int[] {3}, "w", new int[] {2}, "b", new int[0]), expected,
                List.of(Code.W0137, Code.W0265, Code.W0103));
    }

    @Test
    void rowsAtTwoIndicesSideBySideAreTheirDotProduct() throws Exception {
        // scikit-learn's multinomial \hat{p}_k(X_i) = \frac{\exp(X_i W_k + W_{0,k})}{\sum_l \exp(X_i W_l + W_{0,l})}
        // (c1445): the value at each (i, k), the sample first (W0137), and X_i W_k the rows' dot product (W0455;
        // was their element-wise product, a vector for each pair)
        double[] w = {1, 0.5, -0.5, 2};   // 2 classes x 2 features
        double[] w0 = {0.25, -0.75};
        double[] expected = new double[6];
        for (int i = 0; i < 3; i++) {
            double[] z = new double[2];
            double den = 0;
            for (int k = 0; k < 2; k++) {
                z[k] = Math.exp(X[i * 2] * w[k * 2] + X[i * 2 + 1] * w[k * 2 + 1] + w0[k]);
                den += z[k];
            }
            for (int k = 0; k < 2; k++) {
                expected[i * 2 + k] = z[k] / den;
            }
        }
        PaperReadings.assertComputes("Multinomial", "X \\in \\mathbb{R}^{n \\times m}, W \\in \\mathbb{R}^{K \\times m},"
                        + " W_0 \\in \\mathbb{R}^{K}\n\n\\hat{p}_k(X_i) = \\frac{\\exp(X_i W_k + W_{0, k})}{\\sum_{l=0}^{K-1}"
                        + " \\exp(X_i W_l + W_{0, l})}\n", "\\hat{p}", Map.of("X", X, "W", w, "W_0", w0),
                Map.of("X", new int[] {3, 2}, "W", new int[] {2, 2}, "W_0", new int[] {2}), expected,
                List.of(Code.W0137, Code.W0455));
        // `--function '\\hat{p}_k'`, the name as printed before the parentheses, finds it.
        dev.eqc.compiler.diag.Diagnostics diagnostics = new dev.eqc.compiler.diag.Diagnostics();
        dev.eqc.compiler.Options options = new dev.eqc.compiler.Options("Named", "", dev.eqc.compiler.Precision.DOUBLE,
                false);
        dev.eqc.compiler.shape.TypedProgram typed = dev.eqc.compiler.EqCompiler.check(new dev.eqc.compiler.source.SourceFile(
                "named.eq", "X \\in \\mathbb{R}^{n \\times m}, W \\in \\mathbb{R}^{K \\times m}\n\n"
                        + "\\hat{p}_k(X_i) = \\exp(X_i W_k)\n"), options, diagnostics).orElseThrow();
        org.junit.jupiter.api.Assertions.assertTrue(dev.eqc.compiler.run.EquationRunner.compile(typed, options)
                .find("\\hat{p}_k").isPresent());
    }
    @Test
    void aListWrittenWithDotsWhoseEntriesFollowTheirPositionIsThatVector() throws Exception {
        // Murphy's softmax S(a) = [e^{a_1} / \sum_{c'} e^{a_{c'}}, \cdots, e^{a_C} / \sum_{c'} e^{a_{c'}}] (c1452) and
        // Performer's (\exp(\omega_1^\top x), \ldots, \exp(\omega_m^\top x)) (c218): were E0103 (`\cdots`)
        double[] a = {0.5, -1, 2, 0.25};
        double den = 0;
        for (double v : a) {
            den += Math.exp(v);
        }
        double[] expected = new double[4];
        for (int c = 0; c < 4; c++) {
            expected[c] = Math.exp(a[c]) / den;
        }
        PaperReadings.assertComputes("MurphySoftmax", "a \\in \\mathbb{R}^{C}\n\nS = \\left[\\frac{e^{a_1}}{\\sum_{c'=1}^C"
                        + " e^{a_{c'}}}, \\cdots, \\frac{e^{a_C}}{\\sum_{c'=1}^C e^{a_{c'}}}\\right]\n", "S",
                Map.of("a", a), Map.of("a", new int[] {4}), expected, List.of(Code.W0456));
        // Two entries before the dots, counted from 0: (a_0^2, a_1^2, \ldots, a_{C-1}^2)
        double[] squares = new double[4];
        for (int c = 0; c < 4; c++) {
            squares[c] = a[c] * a[c];
        }
        PaperReadings.assertComputes("FromZero", "a \\in \\mathbb{R}^{C}\n\ns = (a_0^2, a_1^2, \\ldots, a_{C-1}^2)\n",
                "s", Map.of("a", a), Map.of("a", new int[] {4}), squares, List.of(Code.W0456));
        // A function the file calls keeps E0103: the vector would read the declared input, not each argument.
        PaperReadings.assertRejected("x, z \\in \\mathbb{R}^{d}, w \\in \\mathbb{R}^{m \\times d}\n\n"
                + "\\phi(x) = (\\exp(w_1^\\top x), \\ldots, \\exp(w_m^\\top x))\ny = \\phi(2 z)\n", Code.E0103);
    }
    @Test
    void oneLetterDefinedWithTwoNumbersOfIndicesIsTwoValues() throws Exception {
        // BPR (c752): \hat{x}_{ui} = \langle w_u, h_i \rangle, then \hat{x}_{uij} = \hat{x}_{ui} - \hat{x}_{uj} (was
        // E0106, defined twice); \ell_{uij} reads the second
        double[] w = {0.5, -1, 2, 0.25};        // 2 users x 2
        double[] h = {1, 0.5, -0.5, 2, 0.75, -1};   // 3 items x 2
        double[] expected = new double[18];
        for (int u = 0; u < 2; u++) {
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    double xi = w[u * 2] * h[i * 2] + w[u * 2 + 1] * h[i * 2 + 1];
                    double xj = w[u * 2] * h[j * 2] + w[u * 2 + 1] * h[j * 2 + 1];
                    expected[(u * 3 + i) * 3 + j] = Math.log(1 / (1 + Math.exp(-(xi - xj))));
                }
            }
        }
        PaperReadings.assertComputes("Bpr", "w \\in \\mathbb{R}^{U \\times k}, h \\in \\mathbb{R}^{I \\times k}\n\n"
                        + "\\hat{x}_{ui} = \\sum_{f=1}^{k} w_{uf} h_{if}\n\\hat{x}_{uij} = \\hat{x}_{ui} - \\hat{x}_{uj}\n"
                        + "\\ell_{uij} = \\ln \\sigma(\\hat{x}_{uij})\n", "\\ell", Map.of("w", w, "h", h),
                Map.of("w", new int[] {2, 2}, "h", new int[] {3, 2}), expected, List.of(Code.W0457));
        // Labels, not indices (SSIM's \sigma_x and \sigma_{xy} with x declared): two names, as before.
        PaperReadings.assertComputes("Ssim", "x, y \\in \\mathbb{R}^{N}\n\n\\sigma_x = \\sum_{i=1}^{N} x_i^2\n"
                        + "\\sigma_{xy} = \\sum_{i=1}^{N} x_i y_i\n", "\\sigma_{xy}", Map.of("x", w, "y", w),
                Map.of("x", new int[] {4}, "y", new int[] {4}), new double[] {0.25 + 1 + 4 + 0.0625}, List.of());
    }
}
