package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.codegen.GeneratedFile;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.interp.Interpreter;
import dev.eqc.compiler.interp.NDArray;
import dev.eqc.compiler.run.EquationRunner;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.testkit.GeneratedTests;
import dev.eqc.runtime.Tensor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Sizes no input gives (docs/LANGUAGE.md, "Sizes no input gives"): a dimension the equations name that no input
 * carries is an {@code int} parameter of the generated method (W0195); a left-hand index that ranges over
 * nothing gets one named for it (W0196); {@code c i / D} gives {@code i} its range (W0197). Expected values are
 * computed here in plain Java loops.
 */
class SizeParametersTest {
    /** labml-core #49: the sinusoidal positional encoding with nothing declared. */
    private static final String PE = "PE_{p,2i} = sin\\Bigg(\\frac{p}{10000^{\\frac{2i}{d_{model}}}}\\Bigg)\n"
            + "PE_{p,2i + 1} = cos\\Bigg(\\frac{p}{10000^{\\frac{2i}{d_{model}}}}\\Bigg)\n";

    private static TypedProgram check(String name, String text, Diagnostics diagnostics) {
        return EqCompiler.check(new SourceFile(name + ".eq", text), new Options(name, "", Precision.DOUBLE, false),
                diagnostics).orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
    }

    private static Definition definition(TypedProgram typed, String latexName) {
        return typed.program().definitions().stream().filter(d -> d.latexName().equals(latexName)).findFirst()
                .orElseThrow(() -> new AssertionError("no definition " + latexName));
    }

    private static Set<Code> codes(Diagnostics diagnostics) {
        return diagnostics.all().stream().map(Diagnostic::code).collect(Collectors.toSet());
    }

    /** The generated method and the interpreter, both given {@code sizes} by name. */
    private static void assertComputes(TypedProgram typed, Definition d, Map<String, Integer> sizes, double[] expected,
            String name) throws Exception {
        double[] generated = EquationRunner.compile(typed, new Options(name, "", Precision.DOUBLE, false))
                .invoke(d, List.of(), sizes).toDoubleArray();
        double[] interpreted = new Interpreter(typed).call(d, List.of(), sizes).data();
        assertArrayEquals(expected, generated, 1e-12, "generated code");
        assertArrayEquals(expected, interpreted, 1e-12, "interpreter");
    }

    @Test
    void positionalEncodingWithNothingDeclaredTakesThePositionsAndDModel() throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        TypedProgram typed = check("SizesPe", PE, diagnostics);
        assertEquals(Set.of(Code.W0195, Code.W0196, Code.W0197, Code.W0140), codes(diagnostics), diagnostics.all()::toString);
        Definition pe = definition(typed, "PE");
        assertEquals(List.of("n_p", "d_{model}"), typed.sizeParameters(pe));
        int n = 4;
        int dModel = 6;
        double[] expected = new double[n * dModel];
        for (int p = 0; p < n; p++) {
            for (int i = 0; i < dModel / 2; i++) {
                double angle = p / Math.pow(10000, 2.0 * i / dModel);
                expected[p * dModel + 2 * i] = Math.sin(angle);
                expected[p * dModel + 2 * i + 1] = Math.cos(angle);
            }
        }
        assertComputes(typed, pe, Map.of("n_p", n, "d_{model}", dModel), expected, "SizesPe");
        // the runner (eqc run) also knows a size by its name without braces and by the Java parameter's name
        assertArrayEquals(expected, EquationRunner.compile(typed, new Options("SizesPe", "", Precision.DOUBLE, false))
                .invoke(pe, List.of(), Map.of("nP", n, "d_model", dModel)).toDoubleArray(), 1e-12);
    }

    @Test
    void generatedMethodTakesReadableIntParametersAndItsTestsPass() throws Exception {
        List<GeneratedFile> files = GeneratedTests.translate("pe.eq", PE, Options.forClass("SizesPeGenerated"));
        String source = files.get(0).source();
        assertTrue(source.contains("public static Tensor pe(int nP, int dModel)"), source);
        assertTrue(GeneratedTests.compileAndPass(files) > 0);
    }

    @Test
    void roformerFrequenciesTakeD() throws Exception {
        // labml-core #48: the set's range names d/2; nothing gives d.
        Diagnostics diagnostics = new Diagnostics();
        TypedProgram typed = check("SizesRope",
                "\\Theta = {\\theta_i = 10000^{-\\frac{2(i-1)}{d}}, i \\in [1, 2, ..., \\frac{d}{2}]}\n", diagnostics);
        assertTrue(codes(diagnostics).contains(Code.W0195), diagnostics.all()::toString);
        Definition theta = definition(typed, "\\Theta");
        assertEquals(List.of("d"), typed.sizeParameters(theta));
        int d = 8;
        double[] expected = new double[d / 2];
        for (int i = 1; i <= d / 2; i++) {
            expected[i - 1] = Math.pow(10000, -2.0 * (i - 1) / d);
        }
        assertComputes(typed, theta, Map.of("d", d), expected, "SizesRope");
    }

    @Test
    void frequenciesFromAFractionOfTheirSize() throws Exception {
        // \theta_i = 10000^{-2i/d} with nothing declared: i runs over d/2 values from 0 (W0197, W0140).
        Diagnostics diagnostics = new Diagnostics();
        TypedProgram typed = check("SizesFraction", "\\theta_i = 10000^{-2i/d}\n", diagnostics);
        assertEquals(Set.of(Code.W0195, Code.W0197, Code.W0140), codes(diagnostics), diagnostics.all()::toString);
        int d = 6;
        double[] expected = new double[d / 2];
        for (int i = 0; i < d / 2; i++) {
            expected[i] = Math.pow(10000, -2.0 * i / d);
        }
        assertComputes(typed, definition(typed, "\\theta"), Map.of("d", d), expected, "SizesFraction");
    }

    @Test
    void linearScheduleOverAWrittenRangeTakesT() throws Exception {
        // DDPM (Ho et al. 2020): \beta_t linear from \beta_1 to \beta_T, t = 1 … T; T is given.
        Diagnostics diagnostics = new Diagnostics();
        TypedProgram typed = check("SizesDdpm", "\\beta_1, \\beta_T \\in \\mathbb{R}\n"
                + "\\beta_t = \\beta_1 + \\frac{t-1}{T-1}(\\beta_T - \\beta_1), \\quad t = 1, \\dots, T\n", diagnostics);
        assertTrue(codes(diagnostics).contains(Code.W0195), diagnostics.all()::toString);
        Definition beta = definition(typed, "\\beta");
        assertEquals(List.of("T"), typed.sizeParameters(beta));
        int steps = 5;
        double b1 = 1e-4;
        double bT = 0.02;
        double[] expected = new double[steps];
        for (int t = 1; t <= steps; t++) {
            expected[t - 1] = b1 + (t - 1) * (bT - b1) / (steps - 1);
        }
        List<Tensor> args = List.of(Tensor.of(new double[] {b1}), Tensor.of(new double[] {bT}));
        double[] generated = EquationRunner.compile(typed, new Options("SizesDdpm", "", Precision.DOUBLE, false))
                .invoke(beta, args, Map.of("T", steps)).toDoubleArray();
        double[] interpreted = new Interpreter(typed).call(beta, List.of(NDArray.scalar(b1), NDArray.scalar(bT)),
                Map.of("T", steps)).data();
        assertArrayEquals(expected, generated, 1e-12);
        assertArrayEquals(expected, interpreted, 1e-12);
    }

    @Test
    void aFamilyLabelledBySuperscriptIsIndexedByItsIndex() throws Exception {
        // WGAN's samples x^{(i)}, i = 1 … m: a family of m vectors, member i inside \sum_i; m is its size.
        Diagnostics diagnostics = new Diagnostics();
        TypedProgram typed = check("SizesFamily", "x^{(i)} \\in \\mathbb{R}^{d}, i = 1, \\ldots, m\n"
                + "s = \\frac{1}{m}\\sum_{i=1}^{m} x^{(i)}\n", diagnostics);
        assertTrue(!codes(diagnostics).contains(Code.W0195), diagnostics.all()::toString);
        Definition s = definition(typed, "s");
        assertEquals(List.of(), typed.sizeParameters(s));
        double[] x = {1, 2, 3, 4, 5, 6};   // m = 3 rows of d = 2
        double[] expected = {(1 + 3 + 5) / 3.0, (2 + 4 + 6) / 3.0};
        double[] generated = EquationRunner.compile(typed, new Options("SizesFamily", "", Precision.DOUBLE, false))
                .invoke(s, List.of(Tensor.of(x, new int[] {3, 2}))).toDoubleArray();
        double[] interpreted = new Interpreter(typed).call(s, List.of(NDArray.of(x, new int[] {3, 2}))).data();
        assertArrayEquals(expected, generated, 1e-12);
        assertArrayEquals(expected, interpreted, 1e-12);
    }

    @Test
    void aSizeOfAnotherInputUsedOnlyAsAValueStaysE0110() {
        // \frac{1}{h} x with W \in \mathbb{R}^{h \times d} unused: most likely a forgotten input, not a size to ask for.
        Diagnostics diagnostics = new Diagnostics();
        EqCompiler.check(new SourceFile("h.eq", "x \\in \\mathbb{R}^{d}, W \\in \\mathbb{R}^{h \\times d}\na = W x\n"
                + "\\mu = \\frac{1}{h} x\n"), Options.forClass("SizesH"), diagnostics);
        assertTrue(codes(diagnostics).contains(Code.E0110), diagnostics.all()::toString);
        assertTrue(!codes(diagnostics).contains(Code.W0195), diagnostics.all()::toString);
    }

    @Test
    void wganCriticGradientIsALocatedE0501NotACrash() {
        // papers/wgan_critic_grad.eq: the families now read, its gradient through f_w(g_\theta(z^{(i)})) in two
        // sums over i is not differentiated yet (the backward step left its sum: an internal error before).
        String text = "w \\in \\mathbb{R}^{d}, \\theta \\in \\mathbb{R}^{d \\times k}\n"
                + "x^{(i)} \\in \\mathbb{R}^{d}, z^{(i)} \\in \\mathbb{R}^{k}, i = 1, \\ldots, m\n"
                + "f_w(x) = w^\\top x\ng_\\theta(z) = \\theta z\n"
                + "g_w \\leftarrow \\nabla_w \\left[\\frac{1}{m}\\sum_{i=1}^{m} f_w(x^{(i)}) - \\frac{1}{m}\\sum_{i=1}^{m}"
                + " f_w(g_\\theta(z^{(i)}))\\right]\n";
        Diagnostics diagnostics = new Diagnostics();
        EqCompiler.check(new SourceFile("wgan.eq", text), Options.forClass("SizesWgan"), diagnostics);
        Diagnostic e = diagnostics.all().stream().filter(x -> x.code() == Code.E0501).findFirst()
                .orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
        assertEquals(text.indexOf("\\nabla_w"), e.span().start(), e.toString());
    }
}
