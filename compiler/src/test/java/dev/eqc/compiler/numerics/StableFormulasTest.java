package dev.eqc.compiler.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.interp.Interpreter;
import dev.eqc.compiler.interp.NDArray;
import dev.eqc.compiler.run.EquationRunner;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.runtime.DType;
import dev.eqc.runtime.Tensor;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SPEC 3.5: formulas spelled out the textbook way stay finite and correct for inputs of
 * magnitude 500, in the generated code (both precisions) and in the interpreter.
 */
class StableFormulasTest {
    private static final double[] X = {500, -500, 0.25, -3, 499.5, -499.75};

    private static TypedProgram compile(String text) {
        Diagnostics d = new Diagnostics();
        return EqCompiler.check(new SourceFile("t.eq", text), Options.forClass("T"), d)
                .orElseThrow(() -> new AssertionError(d.all().toString()));
    }

    private static void assertMatches(String text, Precision precision, List<double[]> args, double[] expected)
            throws Exception {
        TypedProgram typed = compile(text);
        var def = typed.program().main();
        Options options = new Options("T", "", precision, false);
        DType dtype = precision == Precision.FLOAT ? DType.FLOAT32 : DType.FLOAT64;
        List<Tensor> tensors = args.stream().map(a -> Tensor.of(a, a.length).toDType(dtype)).toList();
        double[] generated = EquationRunner.compile(typed, options).invoke(def, tensors).toDoubleArray();
        double[] interpreted = new Interpreter(typed).call(def, args.stream().map(a -> NDArray.of(a, a.length)).toList())
                .data();
        double tol = precision == Precision.FLOAT ? 1e-5 : 1e-12;
        for (double[] actual : List.of(generated, interpreted)) {
            assertTrue(java.util.Arrays.stream(actual).allMatch(Double::isFinite), java.util.Arrays.toString(actual));
            assertArrayEquals(expected, actual, tol * 500, java.util.Arrays.toString(actual));
        }
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void spelledOutSoftmax(Precision p) throws Exception {
        double max = 500;
        double sum = 0;
        for (double x : X) {
            sum += Math.exp(x - max);
        }
        double[] expected = new double[X.length];
        for (int i = 0; i < X.length; i++) {
            expected[i] = Math.exp(X[i] - max) / sum;
        }
        assertMatches("z \\in \\mathbb{R}^{n}\n\\mathrm{softmax}(z)_i = \\frac{e^{z_i}}{\\sum_{j} e^{z_j}}\n", p,
                List.of(X), expected);
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void spelledOutLogSumExp(Precision p) throws Exception {
        double sum = 0;
        for (double x : X) {
            sum += Math.exp(x - 500);
        }
        assertMatches("x \\in \\mathbb{R}^{n}\nL = \\log\\sum_{i=1}^{n} \\exp(x_i)\n", p, List.of(X),
                new double[] {500 + Math.log(sum)});
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void spelledOutSoftplusAndLogSigmoids(Precision p) throws Exception {
        DoubleUnaryOperator softplus = x -> Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
        double[] sp = java.util.Arrays.stream(X).map(softplus).toArray();
        assertMatches("x \\in \\mathbb{R}^{n}\ny = \\ln(1 + e^x)\n", p, List.of(X), sp);
        double[] logSig = java.util.Arrays.stream(X).map(x -> -softplus.applyAsDouble(-x)).toArray();
        assertMatches("x \\in \\mathbb{R}^{n}\ny = \\log \\sigma(x)\n", p, List.of(X), logSig);
        double[] logOneMinus = java.util.Arrays.stream(X).map(x -> -softplus.applyAsDouble(x)).toArray();
        assertMatches("x \\in \\mathbb{R}^{n}\ny = \\log(1 - \\sigma(x))\n", p, List.of(X), logOneMinus);
        double[] sig = java.util.Arrays.stream(X).map(x -> x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)))
                .toArray();
        assertMatches("x \\in \\mathbb{R}^{n}\ny = \\frac{1}{1 + e^{-x}}\n", p, List.of(X), sig);
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void spelledOutLogSoftmax(Precision p) throws Exception {
        double sum = 0;
        for (double x : X) {
            sum += Math.exp(x - 500);
        }
        double lse = 500 + Math.log(sum);
        double[] expected = java.util.Arrays.stream(X).map(x -> x - lse).toArray();
        assertMatches("z \\in \\mathbb{R}^{n}\ny_i = \\log \\frac{e^{z_i}}{\\sum_j e^{z_j}}\n", p, List.of(X), expected);
    }
}
