package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Functions a paper applies but never defines (docs/LANGUAGE.md, Functions): their values are inputs named as
 * printed, one per argument text, shaped by a declaration, an index or what they are added to (W0190); declared
 * tensors applied to arguments read at the indices the arguments carry; unused parameters of such bodies are
 * notation (W0191); keyword arguments bind by name. Each expected value is computed here in plain Java.
 */
class UndefinedFunctionsTest {
    private static final double[] X = {0.5, -1.25, 2};
    private static final double[] Y = {1.5, 0.25, -0.75};
    private static final double[] Z = {-0.3, 0.9, 0.4};

    record Case(String name, String program, String definition, Map<String, double[]> inputs,
            Map<String, int[]> shapes, double[] expected, List<Code> warns) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        int[] vec = {3};
        int[] scalar = {};
        List<Case> cases = new ArrayList<>();
        double[] residual = new double[3];
        for (int i = 0; i < 3; i++) {
            residual[i] = Y[i] + 2 * X[i];
        }
        cases.add(new Case("a residual branch F(x, {W_i}) + x is an input shaped like x",
                "x \\in \\mathbb{R}^{3}\ny = \\mathcal{F}(x, \\{W_i\\}) + 2x", "y",
                Map.of("x", X, "\\mathcal{F}(x, \\{W_i\\})", Y), Map.of("x", vec, "\\mathcal{F}(x, \\{W_i\\})", vec),
                residual, List.of(Code.W0190)));
        double[] td = new double[3];
        for (int i = 0; i < 3; i++) {
            td[i] = X[i] + 0.5 * Y[i] - Z[i];
        }
        cases.add(new Case("V(s') and V(s) are two inputs, each shaped like what it is added to",
                "r \\in \\mathbb{R}^{3}, \\gamma = 0.5\nA = r + \\gamma V(s') - V(s)", "A",
                Map.of("r", X, "V(s')", Y, "V(s)", Z), Map.of("r", vec, "V(s')", vec, "V(s)", vec), td,
                List.of(Code.W0190)));
        double total = 0;
        for (double v : X) {
            total += Math.exp(v);
        }
        double[] router = {Math.exp(X[0]) / total, Math.exp(X[1]) / total, Math.exp(X[2]) / total};
        cases.add(new Case("the router h(x), indexed h(x)_i, is a vector over the experts; x is notation",
                "p_i(x) = \\frac{e^{h(x)_i}}{\\sum_{j=1}^N e^{h(x)_j}}", "p_i",
                Map.of("h(x)", X), Map.of("h(x)", vec), router, List.of(Code.W0191, Code.W0190)));
        double[] ratio = {X[0] / Y[0], X[1] / Y[1], X[2] / Y[2]};
        cases.add(new Case("a declared policy applied to (a_t | s_t) is its element t; theta is notation",
                "p, q \\in \\mathbb{R}^{T}\nr_t(\\theta) = \\frac{p(a_t \\mid s_t)}{q(a_t \\mid s_t)}", "r_t",
                Map.of("p", X, "q", Y), Map.of("p", vec, "q", vec), ratio, List.of(Code.W0190, Code.W0191)));
        cases.add(new Case("a conditional probability declared as printed (DPO's pi(y_w | x) in R^B) is read by its uses",
                "\\pi(y_w \\mid x), q(y_w|x) \\in \\mathbb{R}^{B}\nr = \\frac{\\pi(y_w\\mid x)}{q(y_w \\mid x)}", "r",
                Map.of("\\pi(y_w \\mid x)", X, "q(y_w|x)", Y), Map.of("\\pi(y_w \\mid x)", vec, "q(y_w|x)", vec), ratio,
                List.of()));
        cases.add(new Case("DPO's loss of the policies L(pi; pi_ref): parameters applied only to declared values are notation",
                "\\pi(y_w \\mid x), \\rho(y_w \\mid x) \\in \\mathbb{R}^{B}\n"
                        + "L(\\pi; \\rho) = \\frac{\\pi(y_w \\mid x)}{\\rho(y_w \\mid x)}", "L",
                Map.of("\\pi(y_w \\mid x)", X, "\\rho(y_w \\mid x)", Y),
                Map.of("\\pi(y_w \\mid x)", vec, "\\rho(y_w \\mid x)", vec), ratio, List.of(Code.W0191)));
        // Rasmussen & Williams, Eq. 2.25: \bar{f}_* = K(X_*, X) y. Before: the `*` of the left-hand side was an index,
        // so K(X_*, X) was read row by row at it and the result was the m x n element-wise product (no warning).
        double[] kStar = {1, 2, 3, -1, 0.5, 2};   // m = 2 test points, n = 3 training points
        double[] gpMean = {kStar[0] * X[0] + kStar[1] * X[1] + kStar[2] * X[2],
            kStar[3] * X[0] + kStar[4] * X[1] + kStar[5] * X[2]};
        cases.add(new Case("the star of f_* on the left names the test points; it is no index",
                "K(X_*, X) \\in \\mathbb{R}^{m \\times n}, \\mathbf{y} \\in \\mathbb{R}^{n}\n"
                        + "\\bar{\\mathbf{f}}_* = K(X_*, X)\\mathbf{y}", "\\bar{\\mathbf{f}}_*",
                Map.of("K(X_*, X)", kStar, "\\mathbf{y}", X), Map.of("K(X_*, X)", new int[] {2, 3}, "\\mathbf{y}", vec),
                gpMean, List.of()));
        double mean = (Y[0] + Y[1] + Y[2]) / 3;
        double[] duel = {0.75 + Y[0] - mean, 0.75 + Y[1] - mean, 0.75 + Y[2] - mean};
        cases.add(new Case("the dueling network: V(s; theta) the declared number, A(s, a; theta) every action",
                "V \\in \\mathbb{R}, A \\in \\mathbb{R}^{n_a}\nQ(s, a; \\theta) = V(s; \\theta) + A(s, a; \\theta)"
                        + " - \\frac{1}{|\\mathcal{A}|}\\sum_{a'} A(s, a'; \\theta)", "Q",
                Map.of("V", new double[] {0.75}, "A", Y), Map.of("V", scalar, "A", vec), duel,
                List.of(Code.W0190, Code.W0192, Code.W0191)));
        double[] realScores = {Math.abs(X[0]), Math.abs(X[1]), 0.5};
        double[] fakeScores = {Math.abs(Z[0]), Math.abs(Z[1]), Math.abs(Z[2])};
        double ganExpected = (Math.log(realScores[0]) + Math.log(1 - fakeScores[0]) + Math.log(realScores[1])
                + Math.log(1 - fakeScores[1]) + Math.log(realScores[2]) + Math.log(1 - fakeScores[2])) / 3;
        cases.add(new Case("D(x^{(i)}) inside a sum over i is the discriminator's output for every example",
                "V = \\frac{1}{m}\\sum_{i=1}^{m} \\left[\\log D(x^{(i)}) + \\log(1 - D(G(z^{(i)})))\\right]", "V",
                Map.of("D(x^{(i)})", realScores, "D(G(z^{(i)}))", fakeScores),
                Map.of("D(x^{(i)})", vec, "D(G(z^{(i)}))", vec), new double[] {ganExpected}, List.of(Code.W0190)));
        double[] kw = {7 * X[0], 7 * X[1], 7 * X[2]};
        cases.add(new Case("keyword arguments bind by parameter name",
                "x \\in \\mathbb{R}^{3}\nA(q, k, v) = q + 2k + 3v\ny = A(v=x, q=2x, k=x)", "y",
                Map.of("x", X), Map.of("x", vec), kw, List.of()));
        double[] w = {1, -2, 0.5, 3, 0.25, -1};   // a 2 x 3 matrix, row by row
        double[] featureMap = new double[2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                featureMap[i] += w[3 * i + j] * X[j];
            }
        }
        cases.add(new Case("phi(q) multiplied by a matrix is a feature vector of its column count",
                "W \\in \\mathbb{R}^{2 \\times 3}\ny = W \\phi(q)", "y",
                Map.of("W", w, "\\phi(q)", X), Map.of("W", new int[] {2, 3}, "\\phi(q)", vec), featureMap,
                List.of(Code.W0190)));
        double[] rowTimes = new double[3];
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 2; i++) {
                rowTimes[j] += 2 * Y[i] * w[3 * i + j];
            }
        }
        cases.add(new Case("psi(k) multiplying a matrix from the left is a vector of its row count",
                "W \\in \\mathbb{R}^{2 \\times 3}\ny = 2 \\psi(k) W", "y",
                Map.of("W", w, "\\psi(k)", new double[] {Y[0], Y[1]}), Map.of("W", new int[] {2, 3}, "\\psi(k)",
                new int[] {2}), rowTimes, List.of(Code.W0190)));
        double dot = 0;
        for (int j = 0; j < 3; j++) {
            dot += Z[j] * X[j];
        }
        cases.add(new Case("z . phi(q) with z a vector: phi(q) is a vector of z's length, and the dot product",
                "z \\in \\mathbb{R}^{3}\ns = z \\cdot \\phi(q)", "s",
                Map.of("z", Z, "\\phi(q)", X), Map.of("z", vec, "\\phi(q)", vec), new double[] {dot},
                List.of(Code.W0102, Code.W0190)));
        double[] fast = new double[6];
        double[] outer = {0.5, 1, -1, 2, 0, 1.5};
        for (int k = 0; k < 6; k++) {
            fast[k] = w[k] + 0.75 * outer[k];
        }
        cases.add(new Case("a number scaling phi(k) in a sum with a matrix: phi(k) has the matrix's shape",
                "W \\in \\mathbb{R}^{2 \\times 3}, v \\in \\mathbb{R}\nY = W + v \\otimes \\phi(k)", "Y",
                Map.of("W", w, "v", new double[] {0.75}, "\\phi(k)", outer),
                Map.of("W", new int[] {2, 3}, "v", scalar, "\\phi(k)", new int[] {2, 3}), fast, List.of(Code.W0190)));
        double clipped = 0;
        for (int t = 0; t < 3; t++) {
            double r = 1 + X[t] / 4;   // 1.125, 0.6875, 1.5
            clipped += Math.min(r * Y[t], Math.min(Math.max(r, 0.8), 1.2) * Y[t]) / 3;
        }
        double[] ratios = {1 + X[0] / 4, 1 + X[1] / 4, 1 + X[2] / 4};
        cases.add(new Case("PPO: r_t(theta) under E over samples a_t, s_t is a vector over t, A_t too; the mean over t",
                "\\epsilon = 0.2\nL = \\mathbb{E}_{a_t, s_t \\sim \\pi}[\\min(r_t(\\theta) \\bar{A_t}, \\mathrm{clip}("
                        + "r_t(\\theta), 1 - \\epsilon, 1 + \\epsilon) \\bar{A_t})]", "L",
                Map.of("r_t(\\theta)", ratios, "\\bar{A}", Y), Map.of("r_t(\\theta)", vec, "\\bar{A}", vec),
                new double[] {clipped}, List.of(Code.W0132, Code.W0190, Code.W0101)));
        double[] lstm = {X[0] + Z[0], X[1] + Z[1], X[2] + Z[2]};
        cases.add(new Case("lin_x^i(x_t) is a layer's value at each step (lin with scripts is no typo of ln)",
                "i_t = lin_x^i(x_t) + lin_h^i(h_{t-1})", "i",
                Map.of("lin_x^i(x_t)", X, "lin_h^i(h_{t-1})", Z), Map.of("lin_x^i(x_t)", vec, "lin_h^i(h_{t-1})", vec),
                lstm, List.of(Code.W0190)));
        // A gradient the paper gives at a point, declared as printed (before: E0103 at `\nabla` in the declaration).
        double[] step = new double[3];
        double[] nesterov = new double[3];
        double[] normed = new double[3];
        double sq = Y[0] * Y[0] + Y[1] * Y[1] + Y[2] * Y[2];
        for (int i = 0; i < 3; i++) {
            step[i] = X[i] - 0.5 * Y[i];
            nesterov[i] = Z[i] + 0.5 * X[i] - 2 * Y[i];
            normed[i] = X[i] - Y[i] / (2 + sq);
        }
        cases.add(new Case("schedule-free SGD: a declared gradient nabla f(y_t) is an input named as printed",
                "x, \\nabla f(y_t) \\in \\mathbb{R}^{3}, \\gamma = 0.5\nz = x - \\gamma \\nabla f(y_t)", "z",
                Map.of("x", X, "\\nabla f(y_t)", Y), Map.of("x", vec, "\\nabla f(y_t)", vec), step, List.of()));
        cases.add(new Case("Nesterov: the gradient declared at the look-ahead point theta + mu v, the last factor",
                "\\theta, v, \\nabla f(\\theta + \\mu v) \\in \\mathbb{R}^{3}, \\mu = 0.5\n"
                        + "u = \\theta + \\mu v - 2 \\nabla f(\\theta + \\mu v)", "u",
                Map.of("\\theta", Z, "v", X, "\\nabla f(\\theta + \\mu v)", Y),
                Map.of("\\theta", vec, "v", vec, "\\nabla f(\\theta + \\mu v)", vec), nesterov, List.of()));
        cases.add(new Case("AdaGrad-Norm: a declared nabla F(x) inside a norm and as a factor is one input",
                "x, \\nabla F(x) \\in \\mathbb{R}^{3}, b = 2\ny = x - \\frac{1}{b + \\|\\nabla F(x)\\|^2} \\nabla F(x)", "y",
                Map.of("x", X, "\\nabla F(x)", Y), Map.of("x", vec, "\\nabla F(x)", vec), normed, List.of()));
        // EDM2's power-function EMA: the function's own value at t-1 declared is a given value (before: E0105).
        double[] ema = new double[3];
        for (int i = 0; i < 3; i++) {
            ema[i] = 0.25 * X[i] + 0.75 * Y[i];
        }
        cases.add(new Case("EDM2: theta-hat(t-1) declared beside theta-hat(t) = ... theta-hat(t-1) is that given value",
                "\\hat{\\theta}(t-1), \\theta(t) \\in \\mathbb{R}^{3}, \\beta = 0.25\n"
                        + "\\hat{\\theta}(t) = \\beta \\hat{\\theta}(t-1) + (1 - \\beta) \\theta(t)", "\\hat{\\theta}",
                Map.of("\\hat{\\theta}(t-1)", X, "\\theta(t)", Y), Map.of("\\hat{\\theta}(t-1)", vec, "\\theta(t)", vec),
                ema, List.of(Code.W0191)));
        return cases.stream();
    }

    /** Where the reading would be a guess, an error with the reason, never a silent value. */
    static Stream<Object[]> rejected() {
        return Stream.of(
                // the function's own value at an argument the file does not declare is still a recursion
                new Object[] {"\\hat{\\theta}(t-1), \\theta(t) \\in \\mathbb{R}^{3}, \\beta = 0.25\n\\hat{\\theta}(t) = "
                        + "\\beta \\hat{\\theta}(t-2) + (1 - \\beta) \\theta(t)", Code.E0105},
                // a misspelt built-in stays unknown, with "did you mean"
                new Object[] {"x, y \\in \\mathbb{R}^{3}\nz = \\mathrm{sofmax}(x, y)", Code.E0101},
                // nothing tells the shape of D(x)
                new Object[] {"x \\in \\mathbb{R}^{3}\nL = \\log D(x)", Code.E0192},
                // two values of undefined functions of vectors multiplied: neither tells the other's shape (of
                // numbers, each is a number: UndefinedFunctionsOfNumbersTest)
                new Object[] {"q, k \\in \\mathbb{R}^{d}\ny = \\phi(q) \\psi(k)", Code.E0192},
                // a longer word with a subscript a small edit away from a built-in is still a typo
                new Object[] {"x \\in \\mathbb{R}^{3}\ny = \\mathrm{sofmax}_j(x)", Code.E0101},
                // the samples under the expectation carry different indices: no step to average over
                new Object[] {"\\theta \\in \\mathbb{R}^{p}\nL = \\mathbb{E}_{a_t, s_u \\sim \\pi}[r_t(\\theta)]", Code.E0192},
                // h(x) is one input per name: f(y + 1) has no name for h(y + 1)
                new Object[] {"x, y \\in \\mathbb{R}^{3}\nf(x) = x + h(x)\nz = f(y + 1)", Code.E0191},
                // h's argument is an expression of the parameter: no name gives its value at y
                new Object[] {"x, y \\in \\mathbb{R}^{3}\nf(x) = x + h(x + 1, w)\nz = f(y)", Code.E0191},
                // which argument selects which axis of a matrix of probabilities?
                new Object[] {"p \\in \\mathbb{R}^{T \\times K}\nr_t = p(a_t \\mid s_t)", Code.E0190},
                // no derivative through the value of an undefined function
                new Object[] {"x, w \\in \\mathbb{R}^{3}\nL = \\sum_j (w_j x_j + \\log D(x)_j)\ng = \\nabla_w L", Code.E0501},
                // an unknown keyword
                new Object[] {"x \\in \\mathbb{R}^{3}\nA(q, k) = q + k\ny = A(q=x, K=x)", Code.E0104},
                // a keyword given twice
                new Object[] {"x \\in \\mathbb{R}^{3}\nA(q, k) = q + k\ny = A(x, q=x)", Code.E0104});
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void guessesAreRejected(String program, Code code) {
        PaperReadings.assertRejected(program, code);
    }

    /** Values that tell each other nothing (hourglass's S(x) + Attention(…), then x' + FFN(x')): one E0192, at the first. */
    @org.junit.jupiter.api.Test
    void valuesOfUnknownShapeSideBySideGiveOneError() {
        Diagnostics diagnostics = new Diagnostics();
        EqCompiler.check(new SourceFile("hourglass.eq", "x, q, k \\in \\mathbb{R}^{n \\times d}\n"
                + "x' = S(x) + A(Q=S(x), K=x, V=x)\ny = x' + F(x')\nz = \\phi(q) \\psi(k)"), new Options("Reading", "", Precision.DOUBLE, false), diagnostics);
        List<String> errors = diagnostics.all().stream().filter(d -> d.code() == Code.E0192)
                .map(d -> d.message()).toList();
        org.junit.jupiter.api.Assertions.assertEquals(2, errors.size(), () -> diagnostics.all().toString());
        assertTrue(errors.get(0).contains("`S(x)`") && errors.get(1).contains("`\\phi(q)`"), errors::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatedCodeAndInterpreterComputeThePaperReading(Case c) throws Exception {
        PaperReadings.assertComputes("Reading", c.program(), c.definition(), c.inputs(), c.shapes(), c.expected(),
                c.warns());
    }

    /**
     * A declared name before one parenthesised argument multiplies it, so the help for the value of an undefined
     * one-argument function must not say to declare the function (before: {@code S \\in \\mathbb{R}^{n}}, which
     * turns {@code S(x)} into {@code S \\odot x}); with two arguments a declaration is what makes it an input.
     */
    @org.junit.jupiter.api.Test
    void theHelpNeverSuggestsADeclarationThatMakesTheValueAProduct() {
        for (String program : List.of("x' = S(x) + A(Q=S(x), K=x, V=x)", "x \\in \\mathbb{R}^{n}\ny = h(x) + x")) {
            Diagnostics diagnostics = new Diagnostics();
            EqCompiler.check(new SourceFile("help.eq", program), new Options("Reading", "", Precision.DOUBLE, false),
                    diagnostics);
            var d = diagnostics.all().stream().filter(x -> x.code() == Code.E0192 || x.code() == Code.W0190).findFirst()
                    .orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
            assertTrue(!d.help().contains("\\in \\mathbb{R}") || d.help().contains("_x \\in"), d::toString);
            assertTrue(d.help().contains("a product"), d::toString);
        }
        Diagnostics two = new Diagnostics();
        EqCompiler.check(new SourceFile("help.eq", "x \\in \\mathbb{R}^{n}\ny = F(x, W) + x"),
                new Options("Reading", "", Precision.DOUBLE, false), two);
        var d = two.all().stream().filter(x -> x.code() == Code.W0190).findFirst()
                .orElseThrow(() -> new AssertionError(two.all().toString()));
        assertTrue(d.help().contains("declare `F \\in \\mathbb{R}^{n}`"), d::toString);
    }
}
