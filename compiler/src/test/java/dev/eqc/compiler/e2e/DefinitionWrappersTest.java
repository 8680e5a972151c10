package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.term.Definition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How papers wrap a definition (docs/LANGUAGE.md, Definitions and wrappers): values defined in a {@code where} clause
 * after the line that reads them, chains whose middle member is another name or an intermediate step, and parameters
 * of a function nothing calls that nothing reads. Each expected value is computed here in plain Java, independently
 * of eqc's parser, with the warnings due.
 */
class DefinitionWrappersTest {
    private static final double[] S = {0.5, 1.25, 2, 0.75};
    private static final double[] D = {0.2, 0.4, 0.1, 0.3};
    private static final double[] X = {0.5, -1.25, 2};

    record Case(String name, String program, String definition, Map<String, double[]> inputs,
            Map<String, int[]> shapes, double[] expected, List<Code> warns) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** NeRF's colour of a ray (Mildenhall et al., Eq. 3) without the colours: the weights summed. */
    private static double nerf() {
        double c = 0;
        for (int i = 0; i < 4; i++) {
            double before = 0;
            for (int j = 0; j < i; j++) {
                before += S[j] * D[j];
            }
            c += Math.exp(-before) * (1 - Math.exp(-S[i] * D[i]));
        }
        return c;
    }

    static Stream<Case> cases() {
        int[] vec4 = {4};
        int[] vec3 = {3};
        List<Case> cases = new ArrayList<>();
        // Before: the where clause was prose (W0130) and T an input the run asked for.
        cases.add(new Case("a value defined element-wise in a where clause after the line that reads it",
                "\\sigma, \\delta \\in \\mathbb{R}^{4}\nC = \\sum_{i=1}^{4} T_i (1 - \\exp(-\\sigma_i \\delta_i)), \\text{ where }"
                        + " T_i = \\exp\\left(-\\sum_{j=1}^{i-1} \\sigma_j \\delta_j\\right)", "C",
                Map.of("\\sigma", S, "\\delta", D), Map.of("\\sigma", vec4, "\\delta", vec4), new double[] {nerf()},
                List.of(Code.W0140)));
        double[] sq = new double[3];
        for (int i = 0; i < 3; i++) {
            sq[i] = 2 * X[i] + X[i] * X[i];
        }
        cases.add(new Case("several values defined in one where clause, set apart by a comma",
                "x \\in \\mathbb{R}^{3}\ny = a + b, \\quad \\text{where} \\quad a = 2x, \\; b = x \\odot x", "y",
                Map.of("x", X), Map.of("x", vec3), sq, List.of()));
        cases.add(new Case("values defined in a where clause and joined by `and`",
                "x \\in \\mathbb{R}^{3}\ny = a + b \\quad \\text{where } a = 2x \\text{ and } b = x \\odot x", "y",
                Map.of("x", X), Map.of("x", vec3), sq, List.of()));
        cases.add(new Case("a where clause that states a range of values stays prose",
                "x \\in \\mathbb{R}^{3}\ny = 2x, \\text{ where } x \\in [0, 1]", "y",
                Map.of("x", X), Map.of("x", vec3), new double[] {2 * X[0], 2 * X[1], 2 * X[2]}, List.of(Code.W0130)));
        // GRPO's outcome advantage (Shao et al., Sec. 4.1.2) with a plain scale: before, \tilde{r} was an input.
        cases.add(new Case("a middle name defined nowhere is another name for the value",
                "r \\in \\mathbb{R}^{3}\n\\hat{A}_i = \\tilde{r}_i = 2 r_i", "\\hat{A}",
                Map.of("r", X), Map.of("r", vec3), new double[] {2 * X[0], 2 * X[1], 2 * X[2]}, List.of(Code.W0250)));
        // LoRA (Hu et al., Eq. 3): before, \Delta W was an assumed scalar and the sum of [d] and [k] an error.
        double[] w = {1, 2, 3, 4, 5, 6};   // 2 x 3
        double[] b = {0.5, -1};             // 2 x 1
        double[] a = {2, 0, -1};            // 1 x 3
        double ax = a[0] * X[0] + a[1] * X[1] + a[2] * X[2];
        double[] lora = new double[2];
        for (int i = 0; i < 2; i++) {
            lora[i] = w[3 * i] * X[0] + w[3 * i + 1] * X[1] + w[3 * i + 2] * X[2] + b[i] * ax;
        }
        cases.add(new Case("a middle form reading a name given nowhere is an intermediate step",
                "W_0 \\in \\mathbb{R}^{2 \\times 3}, B \\in \\mathbb{R}^{2 \\times 1}, A \\in \\mathbb{R}^{1 \\times 3},"
                        + " x \\in \\mathbb{R}^{3}\nh = W_0 x + \\Delta W x = W_0 x + B A x", "h",
                Map.of("W_0", w, "B", b, "A", a, "x", X),
                Map.of("W_0", new int[] {2, 3}, "B", new int[] {2, 1}, "A", new int[] {1, 3}, "x", vec3), lora,
                List.of(Code.W0251)));
        cases.add(new Case("a chain whose forms read only what the file gives keeps its first form",
                "x \\in \\mathbb{R}^{3}\ny = 2 x = x + x + x", "y",
                Map.of("x", X), Map.of("x", vec3), new double[] {2 * X[0], 2 * X[1], 2 * X[2]}, List.of()));
        // The KL of two Gaussians written over their names (c583): before, the run asked for \mathcal{N}_1, \mathcal{N}_2.
        cases.add(new Case("a parameter of a function nothing calls that nothing reads is notation",
                "\\mu \\in \\mathbb{R}^{3}\nD(\\mathcal{N}_1, \\mathcal{N}_2) = \\frac{1}{2} \\sum_i \\mu_i^2", "D",
                Map.of("\\mu", X), Map.of("\\mu", vec3),
                new double[] {(X[0] * X[0] + X[1] * X[1] + X[2] * X[2]) / 2}, List.of(Code.W0252)));
        // Swish (Ramachandran et al., Sec. 4) with the sigmoid defined in a where clause: before, `\cdot` beside the
        // file's own element-wise function was the dot product (one number instead of a vector, with a warning).
        double[] swish = new double[3];
        for (int i = 0; i < 3; i++) {
            swish[i] = X[i] / (1 + Math.exp(-1.5 * X[i]));
        }
        cases.add(new Case("a cdot beside the file's own element-wise function of one parameter is element-wise",
                "x \\in \\mathbb{R}^{3}, \\beta \\in \\mathbb{R}\nf(x) = x \\cdot \\sigma(\\beta x), \\quad \\text{where }"
                        + " \\sigma(z) = (1 + \\exp(-z))^{-1}", "f",
                Map.of("x", X, "\\beta", new double[] {1.5}), Map.of("x", vec3, "\\beta", new int[] {}), swish,
                List.of(Code.W0102)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatedCodeAndInterpreterComputeThePaperReading(Case c) throws Exception {
        PaperReadings.assertComputes("Wrapper", c.program(), c.definition(), c.inputs(), c.shapes(), c.expected(),
                c.warns());
    }

    private static TypedProgram check(String program, Diagnostics diagnostics) {
        Options options = new Options("Wrapper", "", Precision.DOUBLE, false);
        return EqCompiler.check(new SourceFile("wrapper.eq", program), options, diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
    }

    @Test
    void theLineStaysTheMainResultWhenItsWhereClauseDefinesWhatItReads() {
        // Before: the function of the where clause was the last definition, so `eqc run` printed RMS(a), not ā.
        TypedProgram typed = check("a, g \\in \\mathbb{R}^{3}\n\\bar{a}_i = \\frac{a_i}{\\mathrm{RMS}(a)} g_i, \\quad"
                + " \\text{where} \\quad \\mathrm{RMS}(a) = \\sqrt{\\frac{1}{3}\\sum_{i=1}^{3} a_i^2}", new Diagnostics());
        assertEquals("\\bar{a}", typed.program().main().latexName());
    }

    @Test
    void aParameterReadThroughAnotherDefinitionStaysAParameter() {
        // Multi-head attention: MultiHead's body reads Q, K, V only through the heads (the rule that broke it before).
        Diagnostics diagnostics = new Diagnostics();
        TypedProgram typed = check("W_i^Q, W_i^K, W_i^V \\in \\mathbb{R}^{4 \\times 2}, i = 1, \\ldots, 2\n"
                + "W^O \\in \\mathbb{R}^{4 \\times 4}\n"
                + "\\mathrm{Attention}(Q, K, V) = \\mathrm{softmax}\\left(\\frac{QK^T}{\\sqrt{2}}\\right)V\n"
                + "\\mathrm{head}_i = \\mathrm{Attention}(QW_i^Q, KW_i^K, VW_i^V)\n"
                + "\\mathrm{MultiHead}(Q, K, V) = \\mathrm{Concat}(\\mathrm{head}_1, \\ldots, \\mathrm{head}_2)W^O",
                diagnostics);
        Definition multi = typed.program().main();
        assertEquals("\\mathrm{MultiHead}", multi.latexName());
        assertEquals(3, multi.params().size(), () -> multi.params().toString());
        assertTrue(diagnostics.all().stream().noneMatch(d -> d.code() == Code.W0252), () -> diagnostics.all().toString());
    }

    @Test
    void aParameterReadByLettersWrittenTogetherStaysAParameter() {
        // The Transformer's FFN as examples/ffn_dims.eq prints it: h = \max(0, xW_1 + b_1) reads x inside `xW_1`, and
        // FFN(x) reads x inside `hW_2`, through h. Before: x was read as notation (W0252) and the compiler crashed.
        Diagnostics diagnostics = new Diagnostics();
        TypedProgram typed = check("x \\in \\mathbb{R}^{3}, W_1, W_2 \\in \\mathbb{R}^{3 \\times 3}\n"
                + "h = \\max(0, xW_1)\n\\mathrm{FFN}(x) = hW_2", diagnostics);
        assertEquals(1, typed.program().main().params().size(), () -> typed.program().main().params().toString());
        assertTrue(diagnostics.all().stream().noneMatch(d -> d.code() == Code.W0252), () -> diagnostics.all().toString());
    }
}
