package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.interp.Interpreter;
import dev.eqc.compiler.interp.NDArray;
import dev.eqc.compiler.run.EquationRunner;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Param;
import dev.eqc.runtime.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Forms the core corpus prints (docs/COVERAGE.md) that eqc reads since issue 16's coverage work, each
 * against values computed here in plain Java, with the warning that says which reading was chosen.
 */
class PaperFormsTest {
    private static final double[] X = {0.5, -1, 2};

    record Case(String name, String program, String definition, Map<String, double[]> inputs,
            Map<String, int[]> shapes, double[] expected, List<Code> warns) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // FFN_GLU(x)(x, W_1, V, W_2) = (sigma(x W_1) (x) x V) W_2 with x [3], W_1, V [3 x 2], W_2 [2 x 1].
        double[] w1 = {1, -0.5, 0.25, 2, -1, 0.5};
        double[] vv = {0.5, 1, -1, 0.25, 2, -0.75};
        double[] w2 = {1.5, -2};
        double[] h = new double[2];
        for (int c = 0; c < 2; c++) {
            double a = 0;
            double b = 0;
            for (int l = 0; l < 3; l++) {
                a += X[l] * w1[l * 2 + c];
                b += X[l] * vv[l * 2 + c];
            }
            h[c] = sigmoid(a) * b;
        }
        double[] ffn = {h[0] * w2[0] + h[1] * w2[1]};
        cases.add(new Case("a name applied to its input, then to the full list, is a function of the full list",
                "x \\in \\mathbb{R}^{d}, W \\in \\mathbb{R}^{d \\times f}, U \\in \\mathbb{R}^{d \\times f},"
                        + " P \\in \\mathbb{R}^{f \\times 1}\n"
                        + "FFN_{GLU}(x)(x, W_1, V, W_2) = (\\sigma(x W_1) \\otimes x V) W_2\n"
                        + "y = FFN_{GLU}(x, W, U, P)", "y",
                Map.of("x", X, "W", w1, "U", vv, "P", w2),
                Map.of("x", new int[] {3}, "W", new int[] {3, 2}, "U", new int[] {3, 2}, "P", new int[] {2, 1}), ffn,
                List.of(Code.W0102, Code.W0103)));
        double beta = 1.7;
        double[] swish = new double[3];
        for (int i = 0; i < 3; i++) {
            swish[i] = X[i] * sigmoid(beta * X[i]) + X[i] * sigmoid(X[i]);
        }
        cases.add(new Case("Swish with its coefficient in the subscript: Swish_beta(x) = x sigma(beta x)",
                "x \\in \\mathbb{R}^{d}, \\beta \\in \\mathbb{R}\ny = \\text{Swish}_\\beta(x) + \\text{Swish}_1(x)", "y",
                Map.of("x", X, "\\beta", new double[] {beta}), Map.of("x", new int[] {3}, "\\beta", new int[0]),
                swish, List.of()));
        cases.add(new Case("a chain of equal forms whose first side is an expression computes that side",
                "x \\in \\mathbb{R}^{d}, a \\in \\mathbb{R}\n2 a x = a x + a x = x (a + a)", "\\u0000result:Chain",
                Map.of("x", X, "a", new double[] {0.5}), Map.of("x", new int[] {3}, "a", new int[0]),
                new double[] {0.5, -1, 2}, List.of(Code.W0102)));
        // RWKV: wkv_t = (sum_{i=1}^{t-1} e^{-(t-1-i)w + k_i} v_i + e^{u + k_t} v_t)
        //             / (sum_{i=1}^{t-1} e^{-(t-1-i)w + k_i} + e^{u + k_t}), t = 1 … T.
        double[] k = {0.3, -0.2, 0.8, 0.1};
        double[] v = {1, -2, 0.5, 3};
        double w = 0.6;
        double u = -0.4;
        double[] wkv = new double[4];
        for (int t = 1; t <= 4; t++) {
            double num = Math.exp(u + k[t - 1]) * v[t - 1];
            double den = Math.exp(u + k[t - 1]);
            for (int i = 1; i <= t - 1; i++) {
                double e = Math.exp(-(t - 1 - i) * w + k[i - 1]);
                num += e * v[i - 1];
                den += e;
            }
            wkv[t - 1] = num / den;
        }
        cases.add(new Case("a sum from 1 up to t-1 with t the left-hand index is a prefix sum; t counts from 1",
                "k, v \\in \\mathbb{R}^{T}, w, u \\in \\mathbb{R}\n"
                        + "wkv_t=\\frac{\\sum^{t-1}_{i=1}e^{-(t-1-i)w+k_i}v_i+e^{u+k_t}v_t}"
                        + "{\\sum^{t-1}_{i=1}e^{-(t-1-i)w+k_i}+e^{u+k_t}}", "wkv",
                Map.of("k", k, "v", v, "w", new double[] {w}, "u", new double[] {u}),
                Map.of("k", new int[] {4}, "v", new int[] {4}, "w", new int[0], "u", new int[0]), wkv,
                List.of(Code.W0140)));
        // Weight standardisation: mu_{W_{i,.}} and sigma_{W_{i,.}} are statistics of row i of W.
        double[] wm = {1, -2, 0.5, 3, 0.25, -1};
        double eps = 1e-5;
        double[] sd = new double[2];
        for (int i = 0; i < 2; i++) {
            double mu = 0;
            double sq = 0;
            for (int j = 0; j < 3; j++) {
                mu += wm[i * 3 + j] / 3;
                sq += wm[i * 3 + j] * wm[i * 3 + j] / 3;
            }
            sd[i] = Math.sqrt(sq - mu * mu + eps);
        }
        cases.add(new Case("a name subscripted by a row of an input is a statistic of each row",
                "W \\in \\mathbb{R}^{O \\times I}, \\epsilon = 10^{-5}\n"
                        + "\\mu_{W_{i,\\cdot}} = \\frac{1}{I} \\sum_{j=1}^I W_{i,j}\n"
                        + "\\sigma_{W_{i,\\cdot}} = \\sqrt{\\frac{1}{I} \\sum_{j=1}^I W^2_{i,j} - \\mu^2_{W_{i,\\cdot}}"
                        + " + \\epsilon}", "\\sigma", Map.of("W", wm), Map.of("W", new int[] {2, 3}), sd, List.of()));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatedCodeAndInterpreterComputeThePaperReading(Case c) throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        Options options = new Options("Chain", "", Precision.DOUBLE, false);
        TypedProgram typed = EqCompiler.check(new SourceFile("forms.eq", c.program()), options, diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
        List<Code> warnings = diagnostics.all().stream().map(Diagnostic::code).distinct().sorted().toList();
        assertEquals(c.warns(), warnings, () -> "warnings: " + diagnostics.all());
        String wanted = c.definition().replace("\\u0000", "\u0000");
        Definition d = typed.program().definitions().stream()
                .filter(x -> x.latexName().equals(wanted) || x.key().equals(wanted))
                .findFirst().orElseThrow(() -> new AssertionError("no definition " + c.definition() + " in "
                        + typed.program().definitions().stream().map(Definition::key).toList()));
        List<String> names = new ArrayList<>();
        d.params().stream().map(Param::latex).forEach(names::add);
        d.freeInputs().stream().map(Input::latex).forEach(names::add);
        List<Tensor> args = new ArrayList<>();
        List<NDArray> refArgs = new ArrayList<>();
        for (String name : names) {
            double[] val = c.inputs().get(name);
            int[] shape = c.shapes().get(name);
            if (val == null || shape == null) {
                throw new AssertionError("the case gives no input " + name + " (has " + c.inputs().keySet() + ")");
            }
            args.add(Tensor.of(val, shape));
            refArgs.add(NDArray.of(val, shape));
        }
        double[] generated = EquationRunner.compile(typed, options).invoke(d, args).toDoubleArray();
        double[] interpreted = new Interpreter(typed).call(d, refArgs).data();
        assertArrayEquals(c.expected(), generated, 1e-12, "generated code");
        assertArrayEquals(c.expected(), interpreted, 1e-12, "interpreter");
    }
}
