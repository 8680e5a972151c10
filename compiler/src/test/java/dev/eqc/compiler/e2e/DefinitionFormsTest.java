package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How papers write a definition and its pieces (docs/LANGUAGE.md, Names and Functions): names spelled with
 * {@code \_} or digits, star marks, declared values of functions the paper does not define, a value named by
 * its argument in square brackets, functions of rows of declared matrices, {@code \cos} of two vectors, the
 * clip interval under {@code \mathrm{clip}}. Each expected value is computed here in plain Java, independently
 * of eqc's parser, with the warnings due.
 */
class DefinitionFormsTest {
    private static final double[] X = {0.5, -1.25, 2};
    private static final double[] Y = {1.5, 0.25, -0.75};

    record Case(String name, String program, String definition, Map<String, double[]> inputs,
            Map<String, int[]> shapes, double[] expected, List<Code> warns) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static double norm(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static Stream<Case> cases() {
        int[] vec = {3};
        int[] scalar = {};
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("letters joined by \\_ are one word (Vaswani's step\\_num)",
                "step\\_num, warmup\\_steps \\in \\mathbb{R}\nlrate = \\min(step\\_num^{-0.5}, step\\_num \\cdot"
                        + " warmup\\_steps^{-1.5})", "lrate",
                Map.of("step\\_num", new double[] {100}, "warmup\\_steps", new double[] {4000}),
                Map.of("step\\_num", scalar, "warmup\\_steps", scalar),
                new double[] {Math.min(Math.pow(100, -0.5), 100 * Math.pow(4000, -1.5))}, List.of()));
        cases.add(new Case("a mark of two stars is part of the name (k_{**})",
                "k_{**}, \\mathbf{k}_* \\in \\mathbb{R}\nv = k_{**} - \\mathbf{k}_*^2", "v",
                Map.of("k_{**}", new double[] {3}, "\\mathbf{k}_*", new double[] {0.5}),
                Map.of("k_{**}", scalar, "\\mathbf{k}_*", scalar), new double[] {3 - 0.25}, List.of()));
        cases.add(new Case("\\mathrm{stop\\_gradient} is the stop-gradient (the identity forward)",
                "x \\in \\mathbb{R}^{3}\ny = \\mathrm{stop\\_gradient}(x) + 2x", "y", Map.of("x", X), Map.of("x", vec),
                new double[] {3 * X[0], 3 * X[1], 3 * X[2]}, List.of()));
        double c = 1;
        cases.add(new Case("the interval under clip bounds it (Batch Renormalization)",
                "x \\in \\mathbb{R}^{3}, c \\in \\mathbb{R}\ny = \\mathrm{clip}_{[-c, 2c]}(x)", "y",
                Map.of("x", X, "c", new double[] {c}), Map.of("x", vec, "c", scalar),
                new double[] {Math.max(-c, Math.min(2 * c, X[0])), Math.max(-c, Math.min(2 * c, X[1])),
                    Math.max(-c, Math.min(2 * c, X[2]))}, List.of()));
        cases.add(new Case("\\cos of two vectors is their cosine similarity",
                "u, v \\in \\mathbb{R}^{3}\ns = \\cos(u, v)", "s", Map.of("u", X, "v", Y), Map.of("u", vec, "v", vec),
                new double[] {dot(X, Y) / (norm(X) * norm(Y))}, List.of(Code.W0102)));
        double[] q = {1, 2, -0.5, 0.25, 3, -2};   // Q: 3 rows of 2
        double[] k = {0.5, -1, 2, 1};             // K: 2 rows of 2
        double[] b = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
        double[] sim = new double[6];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 2; j++) {
                double[] qi = {q[2 * i], q[2 * i + 1]};
                double[] kj = {k[2 * j], k[2 * j + 1]};
                sim[2 * i + j] = dot(qi, kj) / (norm(qi) * norm(kj)) / 0.5 + b[2 * i + j];
            }
        }
        cases.add(new Case("a function of rows of declared capitals is defined element-wise over their indices (Swin-v2)",
                "\\mathbf{Q} \\in \\mathbb{R}^{n \\times d}, \\mathbf{K} \\in \\mathbb{R}^{m \\times d}, B \\in"
                        + " \\mathbb{R}^{n \\times m}, \\tau \\in \\mathbb{R}\n\\mathrm{Sim}(\\mathbf{q}_i, \\mathbf{k}_j) ="
                        + " \\cos(\\mathbf{q}_i, \\mathbf{k}_j) / \\tau + B_{ij}", "\\mathrm{Sim}",
                Map.of("\\mathbf{Q}", q, "\\mathbf{K}", k, "B", b, "\\tau", new double[] {0.5}),
                Map.of("\\mathbf{Q}", new int[] {3, 2}, "\\mathbf{K}", new int[] {2, 2}, "B", new int[] {3, 2},
                        "\\tau", scalar), sim, List.of(Code.W0137, Code.W0102)));
        cases.add(new Case("a letter directly before a number is that name (PyTorch's x1, x2)",
                "x1, x2 \\in \\mathbb{R}^{3}\ny = x1 - 2 x2", "y", Map.of("x1", X, "x2", Y),
                Map.of("x1", vec, "x2", vec), new double[] {X[0] - 2 * Y[0], X[1] - 2 * Y[1], X[2] - 2 * Y[2]},
                List.of()));
        cases.add(new Case("x2 beside a declared vector x is its element 2, counted from 1",
                "x \\in \\mathbb{R}^{3}\ny = x2 + 1", "y", Map.of("x", X), Map.of("x", vec), new double[] {X[1] + 1},
                List.of(Code.W0140)));
        cases.add(new Case("a declared value of a function the paper does not define (k(x_*, x_*))",
                "k(\\mathbf{x}_*, \\mathbf{x}_*), s \\in \\mathbb{R}\nv = k(\\mathbf{x}_*, \\mathbf{x}_*) - s^2", "v",
                Map.of("k(\\mathbf{x}_*, \\mathbf{x}_*)", new double[] {3}, "s", new double[] {0.5}),
                Map.of("k(\\mathbf{x}_*, \\mathbf{x}_*)", scalar, "s", scalar), new double[] {3 - 0.25}, List.of()));
        cases.add(new Case("a declared value at time 0 (\\mathbf{x}(0) of the SDE papers)",
                "\\mathbf{x}(0) \\in \\mathbb{R}^{3}, t \\in \\mathbb{R}\n\\mu = \\mathbf{x}(0) e^{-t}", "\\mu",
                Map.of("\\mathbf{x}(0)", X, "t", new double[] {0.5}), Map.of("\\mathbf{x}(0)", vec, "t", scalar),
                new double[] {X[0] * Math.exp(-0.5), X[1] * Math.exp(-0.5), X[2] * Math.exp(-0.5)}, List.of()));
        cases.add(new Case("a value named by its argument in square brackets (\\mathbb{V}[f_*])",
                "a, b \\in \\mathbb{R}\n\\mathbb{V}[f_*] = a - b^2", "\\mathbb{V}",
                Map.of("a", new double[] {3}, "b", new double[] {0.5}), Map.of("a", scalar, "b", scalar),
                new double[] {3 - 0.25}, List.of(Code.W0191)));
        double[] pr = {0.5, 1.5, 2};
        double z = 0;
        for (double v : pr) {
            z += v * v;
        }
        double[] w = new double[3];
        for (int i = 0; i < 3; i++) {
            w[i] = Math.pow(3 * pr[i] * pr[i] / z, -0.5);
        }
        cases.add(new Case("a function of an index the body uses on a declared tensor is its values (PER's P(i))",
                "p \\in \\mathbb{R}^{N}\nP(i) = \\frac{p_i^2}{\\sum_k p_k^2}\nw_i = (N \\cdot P(i))^{-0.5}", "w",
                Map.of("p", pr), Map.of("p", vec), w, List.of(Code.W0220)));
        cases.add(new Case("a Greek subscript on a function names its parameters (classifier-free guidance)",
                "\\epsilon_\\theta(z, c), \\epsilon_\\theta(z) \\in \\mathbb{R}^{3}, w \\in \\mathbb{R}\n"
                        + "\\tilde{\\epsilon}_\\theta(z, c) = (1+w)\\epsilon_\\theta(z,\\, c) - w\\epsilon_\\theta\\big(z\\big)",
                "\\tilde{\\epsilon}_\\theta", Map.of("\\epsilon_\\theta(z, c)", X, "\\epsilon_\\theta(z)", Y,
                        "w", new double[] {2}), Map.of("\\epsilon_\\theta(z, c)", vec, "\\epsilon_\\theta(z)", vec,
                        "w", scalar),
                new double[] {3 * X[0] - 2 * Y[0], 3 * X[1] - 2 * Y[1], 3 * X[2] - 2 * Y[2]}, List.of(Code.W0191)));
        cases.add(new Case("a whole power on a built-in word powers its value (FLASH's squared ReLU)",
                "x \\in \\mathbb{R}^{3}\ny = \\mathrm{relu}^2(x)", "y", Map.of("x", X), Map.of("x", vec),
                new double[] {X[0] * X[0], 0, X[2] * X[2]}, List.of()));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatedCodeAndInterpreterComputeThePaperReading(Case c) throws Exception {
        PaperReadings.assertComputes("Reading", c.program(), c.definition(), c.inputs(), c.shapes(), c.expected(),
                c.warns());
    }
}
