package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How papers lay out several definitions (docs/LANGUAGE.md, "Definitions and wrappers"): on one line set apart by
 * {@code \quad} or joined by {@code \text{and}}, a name redefined from its own value (an algorithm box's update),
 * a row that solves a function's definition for its argument, a function written of a tensor's element (PReLU)
 * and a gradient taken at a point (Adam's {@code \nabla_\theta f_t(\theta_{t-1})}). Expected values are computed
 * here in plain Java, not by eqc.
 */
class SeveralDefinitionsTest {
    private static final double[] A = {1.5, -0.5, 2.0, 0.25};
    private static final int[] VEC = {4};

    @Test
    void aValuePerElementAndItsTotalShareALetter() throws Exception {
        // The multiclass SVM as CS231n prints it: L_i = … then L = (1/N) sum_i L_i. Before: E0106, L defined twice.
        double[] losses = new double[A.length];
        double mean = 0;
        for (int i = 0; i < A.length; i++) {
            losses[i] = Math.max(0, 1 - A[i]);
            mean += losses[i] / A.length;
        }
        String program = "s \\in \\mathbb{R}^{N}\nL_i = \\max(0, 1 - s_i)\nL = \\frac{1}{N} \\sum_i L_i";
        PaperReadings.assertComputes("Totals", program, "L", Map.of("s", A), Map.of("s", VEC), new double[] {mean},
                List.of(Code.W0230));
        PaperReadings.assertComputes("Totals", program, "L'", Map.of("s", A), Map.of("s", VEC), losses,
                List.of(Code.W0230));
        // A total that does not read the per-element values is a second definition of the name.
        assertEquals(List.of(Code.E0106), codes("s \\in \\mathbb{R}^{N}\nL_i = s_i\nL = 2"));
    }

    @Test
    void quadSeparatesTwoDefinitionsOnOneLine() throws Exception {
        // Layer normalization, Ba et al. (2016), Eq. 3: \mu^l \qquad \sigma^l on one line.
        double mu = 0;
        for (double a : A) {
            mu += a / A.length;
        }
        double var = 0;
        for (double a : A) {
            var += (a - mu) * (a - mu) / A.length;
        }
        String program = "a \\in \\mathbb{R}^{H}\n"
                + "\\mu = \\frac{1}{H}\\sum_{i=1}^{H} a_i \\qquad \\sigma = \\sqrt{\\frac{1}{H}\\sum_{i=1}^{H}(a_i - \\mu)^2}";
        PaperReadings.assertComputes("Quad", program, "\\sigma", Map.of("a", A), Map.of("a", VEC),
                new double[] {Math.sqrt(var)}, List.of());
        PaperReadings.assertComputes("Quad", program, "\\mu", Map.of("a", A), Map.of("a", VEC), new double[] {mu},
                List.of());
    }

    @Test
    void quadSeparatedFunctionAndValue() throws Exception {
        // DDPM's \tilde{\mu}_t(x_t, x_0) := … \quad \tilde{\beta}_t := …: a function then a value.
        String program = "x \\in \\mathbb{R}^{d}, b \\in \\mathbb{R}\n"
                + "f(x) := 2 x \\quad \\tilde{\\beta}_t := 3 b";
        PaperReadings.assertComputes("QuadFn", program, "\\tilde{\\beta}_t", Map.of("b", new double[] {0.5}),
                Map.of("b", new int[0]), new double[] {1.5}, List.of());
    }

    @Test
    void textAndJoinsTwoDefinitions() throws Exception {
        // DDPM, §2: "\alpha_t := 1 - \beta_t and \bar{\alpha}_t := \prod_{s=1}^{t} \alpha_s".
        double[] beta = {0.1, 0.2, 0.3};
        double[] abar = new double[3];
        double p = 1;
        for (int t = 0; t < 3; t++) {
            p *= 1 - beta[t];
            abar[t] = p;
        }
        String program = "\\beta \\in \\mathbb{R}^{T}\n"
                + "\\alpha_t := 1 - \\beta_t \\text{ and } \\bar{\\alpha}_t := \\prod_{s=1}^{t} \\alpha_s";
        PaperReadings.assertComputes("And", program, "\\bar{\\alpha}", Map.of("\\beta", beta),
                Map.of("\\beta", new int[] {3}), abar, List.of(Code.W0140));
    }

    @Test
    void aRangeTailAfterQuadBelongsToTheLastDefinition() throws Exception {
        // h_i = x_i + i with i = 1 … n (the range written after it), beside g on the same line.
        double[] x = {1, 2, 3, 4};
        double[] h = new double[4];
        for (int i = 0; i < 4; i++) {
            h[i] = x[i] + (i + 1);
        }
        String program = "x \\in \\mathbb{R}^{n}\n"
                + "g = 2 x \\qquad h_i = x_i + i \\quad \\text{for } i = 1, \\dots, n";
        PaperReadings.assertComputes("Tail", program, "h", Map.of("x", x), Map.of("x", VEC), h, List.of());
    }

    @Test
    void aNameDefinedAgainFromItselfIsAnUpdate() throws Exception {
        // LAMB, You et al. (2020), Algorithm 2: m_t = β1 m_{t-1} + (1 - β1) g_t, then m_t = m_t / (1 - β1^t).
        double[] g = {1, -2, 0.5, 3};
        double[] m0 = {0.1, 0.2, -0.3, 0.4};
        double beta = 0.9;
        int t = 3;
        double[] first = new double[4];
        double[] corrected = new double[4];
        for (int i = 0; i < 4; i++) {
            first[i] = beta * m0[i] + (1 - beta) * g[i];
            corrected[i] = first[i] / (1 - Math.pow(beta, t));
        }
        String program = "g_t, m_{t-1} \\in \\mathbb{R}^{d}, \\beta_1 \\in \\mathbb{R}, t \\in \\mathbb{N}\n"
                + "m_t = \\beta_1 m_{t-1} + (1 - \\beta_1) g_t\n"
                + "m_t = m_t / (1 - \\beta_1^t)";
        Map<String, double[]> inputs = Map.of("g_t", g, "m_{t-1}", m0, "\\beta_1", new double[] {beta},
                "t", new double[] {t});
        Map<String, int[]> shapes = Map.of("g_t", VEC, "m_{t-1}", VEC, "\\beta_1", new int[0], "t", new int[0]);
        PaperReadings.assertComputes("Lamb", program, "m_t", inputs, shapes, corrected, List.of(Code.W0135));
        PaperReadings.assertComputes("Lamb", program, "m_t'", inputs, shapes, first, List.of(Code.W0135));
    }

    @Test
    void aNameDefinedAgainThroughAValueThatReadsItIsAnUpdate() throws Exception {
        // Karras et al. (2022), Algorithm 1: Euler's x_{i+1}, then d'_i from it, then x_{i+1} again (Heun's
        // correction) from d'_i. Before: E0106, x_{i+1} defined twice.
        double[] x = {1.5, -0.5, 2.0, 0.25};
        double t0 = 2.0;
        double t1 = 1.2;
        double[] heun = new double[4];
        double[] euler = new double[4];
        for (int i = 0; i < 4; i++) {
            double d0 = x[i] / t0 * 3;
            euler[i] = x[i] + (t1 - t0) * d0;
            double d1 = euler[i] / t1 * 3;
            heun[i] = x[i] + (t1 - t0) * (d0 / 2 + d1 / 2);
        }
        String program = "x_i \\in \\mathbb{R}^{d}, t_i, t_{i+1} \\in \\mathbb{R}\n"
                + "d_i \\leftarrow 3 x_i / t_i\n"
                + "x_{i+1} \\leftarrow x_i + (t_{i+1} - t_i) d_i\n"
                + "d'_i \\leftarrow 3 x_{i+1} / t_{i+1}\n"
                + "x_{i+1} \\leftarrow x_i + (t_{i+1} - t_i)\\left(\\frac{1}{2} d_i + \\frac{1}{2} d'_i\\right)";
        Map<String, double[]> inputs = Map.of("x_i", x, "t_i", new double[] {t0}, "t_{i+1}", new double[] {t1});
        Map<String, int[]> shapes = Map.of("x_i", VEC, "t_i", new int[0], "t_{i+1}", new int[0]);
        PaperReadings.assertComputes("Heun", program, "x_{i+1}", inputs, shapes, heun, List.of(Code.W0135));
        PaperReadings.assertComputes("Heun", program, "x_{i+1}'", inputs, shapes, euler, List.of(Code.W0135));
    }

    @Test
    void aNameDefinedTwiceWithoutReadingItselfIsStillADuplicate() {
        assertTrue(codes("x \\in \\mathbb{R}^{d}\nh = 2 x\nh = 3 x").contains(Code.E0106));
        // An update of an input (\theta \leftarrow \theta - …) read again is not a correction step either.
        assertTrue(codes("x \\in \\mathbb{R}^{d}\nm \\leftarrow m + x\nm \\leftarrow m / 2").contains(Code.E0106));
    }

    @Test
    void aDeclaredInputDefinedFromItselfIsAnUpdateStep() throws Exception {
        // SGD as optimiser papers print it: w = w - η g, with w declared (the input): the update w <- w - η g.
        double[] w = {1, -2, 0.5, 3};
        double[] g = {0.5, 0.25, -1, 2};
        double eta = 0.1;
        double[] updated = new double[4];
        for (int i = 0; i < 4; i++) {
            updated[i] = w[i] - eta * g[i];
        }
        String sgd = "w, g \\in \\mathbb{R}^{d}, \\eta \\in \\mathbb{R}\nw = w - \\eta g";
        Map<String, double[]> in = Map.of("w", w, "g", g, "\\eta", new double[] {eta});
        Map<String, int[]> shapes = Map.of("w", VEC, "g", VEC, "\\eta", new int[0]);
        PaperReadings.assertComputes("Sgd", sgd, "w", in, shapes, updated, List.of(Code.W0270));
    }

    @Test
    void twoUpdatesOfADeclaredInputAreTwoSteps() throws Exception {
        // Prince's batch norm (c1447): h_i <- (h_i - m_h) / (s_h + eps), then h_i <- gamma h_i + delta reads the first
        // step's value (was E0106: h defined twice); m_h reads the input as given.
        double[] h = {0.5, -1, 2, 0.25};
        double gamma = 1.5;
        double delta = 0.25;
        double m = (0.5 - 1 + 2 + 0.25) / 4;
        double[] expected = new double[4];
        for (int i = 0; i < 4; i++) {
            expected[i] = gamma * ((h[i] - m) / 2) + delta;
        }
        String prince = "h \\in \\mathbb{R}^{n}, \\gamma, \\delta \\in \\mathbb{R}\n"
                + "m_h = \\frac{1}{n}\\sum_{i=1}^{n} h_i\n"
                + "h_i \\leftarrow \\frac{h_i - m_h}{2}\n"
                + "h_i \\leftarrow \\gamma h_i + \\delta";
        PaperReadings.assertComputes("Prince", prince, "h", Map.of("h", h, "\\gamma", new double[] {gamma},
                "\\delta", new double[] {delta}), Map.of("h", VEC, "\\gamma", new int[0], "\\delta", new int[0]),
                expected, List.of(Code.W0135, Code.W0142));
    }

    @Test
    void laterLinesReadAnInputsUpdatedElements() throws Exception {
        // Graves (2013), Eqs. 38-41: n_i = ℵ n_i + (1-ℵ) ε_i², then Δ_i reads the updated n_i.
        double[] n = {0.5, 0.25, 1, 2};
        double[] e = {0.5, -1, 0.25, 2};
        double aleph = 0.95;
        double[] delta = new double[4];
        for (int i = 0; i < 4; i++) {
            double updated = aleph * n[i] + (1 - aleph) * e[i] * e[i];
            delta[i] = -e[i] / Math.sqrt(updated + 1e-4);
        }
        String graves = "n, \\epsilon \\in \\mathbb{R}^{m}, \\aleph = 0.95\n"
                + "n_i = \\aleph n_i + (1 - \\aleph)\\epsilon_i^2\n"
                + "\\Delta_i = -\\frac{\\epsilon_i}{\\sqrt{n_i + 0.0001}}";
        PaperReadings.assertComputes("Graves", graves, "\\Delta", Map.of("n", n, "\\epsilon", e),
                Map.of("n", VEC, "\\epsilon", VEC), delta, List.of(Code.W0270));
        // A recurrence over another element (h_t from h_{t-1}) is not an update of the input.
        assertTrue(codes("h \\in \\mathbb{R}^{T}, w \\in \\mathbb{R}\nh_t = \\tanh(w h_{t-1})").contains(Code.E0105));
    }

    @Test
    void aCallOnTheNameBeingDefinedIsTheFunctionsValue() throws Exception {
        // DDPM as labml prints it: x_t(x_0, ε) = √ᾱ x_0 + √(1-ᾱ) ε, then x_0 = (x_t(x_0, ε) - √(1-ᾱ) ε) / √ᾱ.
        double abar = 0.64;
        double[] eps = {0.5, -1, 2, 0.25};
        double xt = 1.5;     // the input x_t is assumed a number (W0101): nothing declares it apart from the function
        double[] x0 = new double[4];
        for (int i = 0; i < 4; i++) {
            x0[i] = (xt - Math.sqrt(1 - abar) * eps[i]) / Math.sqrt(abar);
        }
        String program = "\\epsilon \\in \\mathbb{R}^{d}, \\bar\\alpha_t \\in \\mathbb{R}\n"
                + "x_t(x_0, \\epsilon) = \\sqrt{\\bar\\alpha_t} x_0 + \\sqrt{1-\\bar\\alpha_t}\\epsilon \\\\ "
                + "x_0 = \\frac{1}{\\sqrt{\\bar\\alpha_t}} \\Big(x_t(x_0, \\epsilon) - \\sqrt{1-\\bar\\alpha_t}\\epsilon\\Big)";
        PaperReadings.assertComputes("Inverse", program, "x_0", Map.of("\\epsilon", eps, "x_t", new double[] {xt},
                "\\bar\\alpha_t", new double[] {abar}), Map.of("\\epsilon", VEC, "x_t", new int[0], "\\bar\\alpha_t", new int[0]),
                x0, List.of(Code.W0136, Code.W0103, Code.W0101));
    }

    @Test
    void aFunctionOfATensorsElementIsDefinedElementWise() throws Exception {
        // PReLU, He et al. (2015), Eq. 2: f(y_i) = max(0, y_i) + a_i min(0, y_i), y and a per channel.
        double[] y = {1.5, -2, 0.5, -0.25};
        double[] a = {0.1, 0.2, 0.3, 0.4};
        double[] f = new double[4];
        for (int i = 0; i < 4; i++) {
            f[i] = Math.max(0, y[i]) + a[i] * Math.min(0, y[i]);
        }
        PaperReadings.assertComputes("Prelu", "y, a \\in \\mathbb{R}^{C}\nf(y_i) = \\max(0, y_i) + a_i \\min(0, y_i)",
                "f", Map.of("y", y, "a", a), Map.of("y", VEC, "a", VEC), f, List.of(Code.W0137));
    }

    @Test
    void aGradientWithRespectToAParameterIsTakenAtTheArgument() throws Exception {
        // Adam, Algorithm 1: g_t <- \nabla_\theta f_t(\theta_{t-1}), f_t(θ) = ½‖Aθ - b‖²: Aᵀ(Aθ_{t-1} - b).
        double[] m = {1, 2, 3, 4};      // A = [[1, 2], [3, 4]]
        double[] b = {0.5, -1};
        double[] theta = {0.25, -0.5};
        double[] r = {m[0] * theta[0] + m[1] * theta[1] - b[0], m[2] * theta[0] + m[3] * theta[1] - b[1]};
        double[] g = {m[0] * r[0] + m[2] * r[1], m[1] * r[0] + m[3] * r[1]};
        String program = "\\theta_{t-1} \\in \\mathbb{R}^{d}, A \\in \\mathbb{R}^{n \\times d}, b \\in \\mathbb{R}^{n}\n"
                + "f_t(\\theta) = \\frac{1}{2}\\|A\\theta - b\\|^2\n"
                + "g_t \\leftarrow \\nabla_\\theta f_t(\\theta_{t-1})";
        PaperReadings.assertComputes("GradAt", program, "g_t", Map.of("\\theta_{t-1}", theta, "A", m, "b", b),
                Map.of("\\theta_{t-1}", new int[] {2}, "A", new int[] {2, 2}, "b", new int[] {2}), g, List.of(Code.W0103));
    }

    private static List<Code> codes(String program) {
        Diagnostics diagnostics = new Diagnostics();
        EqCompiler.check(new SourceFile("T.eq", program), new Options("T", "", Precision.DOUBLE, false), diagnostics);
        return diagnostics.all().stream().map(Diagnostic::code).toList();
    }
}
