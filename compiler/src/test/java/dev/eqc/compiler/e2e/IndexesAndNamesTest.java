package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.codegen.TestInputs;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.interp.InputSampler;
import dev.eqc.compiler.interp.Interpreter;
import dev.eqc.compiler.interp.NDArray;
import dev.eqc.compiler.run.EquationRunner;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.term.Definition;
import dev.eqc.runtime.Tensor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, sections 3 and 4 (docs/LANGUAGE.md, "Names" and "Indexes and ranges"): indexes on
 * any expression, ranges papers leave implied, names with decorations, sizes solved from
 * declared expressions. Each form compiles without errors, its generated code agrees with the
 * interpreter, and the readings that matter are checked against values computed here by hand.
 */
class IndexesAndNamesTest {
    /** Each program must check without errors; generated code and interpreter must agree on it. */
    @ParameterizedTest
    @ValueSource(strings = {
        "z \\in \\mathbb{R}^{n}\np_i = \\mathrm{softmax}(z)_i",
        "W \\in \\mathbb{R}^{m \\times n}\nx \\in \\mathbb{R}^{n}\nb \\in \\mathbb{R}^{m}\nq_j = (Wx)_j\nr_i = [Wx+b]_i",
        "W \\in \\mathbb{R}^{m \\times n}\nx \\in \\mathbb{R}^{n}\nf(x) = \\tanh(Wx)\ng_k = f(x)_k + 1",
        "z \\in \\mathbb{R}^{n}\ns = \\sum_i \\mathrm{softmax}(z)_i z_i",
        "\\theta \\in \\mathbb{R}^{d/2}\n\\theta_i = 10000^{-2i/d}",
        "x \\in \\mathbb{R}^{N}\nr = \\sum_i^N i x_i",
        "A \\in \\mathbb{R}^{n \\times n}\nx \\in \\mathbb{R}^{n}\nc_i = \\sum_{j \\neq i} A_{ij} x_j\nl_i = \\sum_{j \\le i} x_j",
        "x \\in \\mathbb{R}^{n}\na = \\sum_{i \\in \\{1, \\dots, n\\}} i x_i\nb = \\sum_{i \\in [1, n]} x_i",
        "\\alpha \\in \\mathbb{R}^{T}, t \\in \\mathbb{N}\na = \\prod_{s=1}^{t} \\alpha_s\nb = \\sum_{s \\le t} \\alpha_s",
        "\\beta \\in \\mathbb{R}^{T}\n\\alpha_t := 1 - \\beta_t\n\\bar{\\alpha}_t := \\prod_{s=1}^{t} \\alpha_s",
        "x \\in \\mathbb{R}^{d}\ny_{2i-1} = x_{2i-1} - x_{2i}\ny_{2i} = x_{2i-1} + x_{2i}",
        "x \\in \\mathbb{R}^{d}\ny_i = x_{2i-1} x_{2i}",
        "\\boldsymbol{x}^{(t)} \\in \\mathbb{R}^{d}\n\\mathbf{u}_c \\in \\mathbb{R}^{d}\ny = \\boldsymbol{x}^{(t)} + \\mathbf{u}_c",
        "a^K \\in \\mathbb{R}^{n}\nb_i = 2 a^K_i",
        "x \\in \\mathbb{R}^{n}\nW^{(l)} \\in \\mathbb{R}^{n \\times n}\n\\sigma^2 \\in \\mathbb{R}^{n}\n"
                + "y_i = \\sum_j W^{(l)}_{ij} x_j + \\sigma^2_i",
        "g_t, E[g^2]_{t-1} \\in \\mathbb{R}^{d}, \\rho \\in \\mathbb{R}\nE[g^2]_t = \\rho E[g^2]_{t-1} + (1 - \\rho) g_t^2",
        "\\mathrm{max\\_len} \\in \\mathbb{R}\nx \\in \\mathbb{R}^{d_{\\text{model}}}\n"
                + "W \\in \\mathbb{R}^{d_{model} \\times d_{model}}\ny = W x + \\mathrm{max\\_len}",
        "x \\in \\mathbb{R}^{K+1}\ns = \\sum_{k=0}^{K} x_k + K",
        "X \\in \\mathbb{R}^{(n+1) \\times d}\nt = \\sum_i \\sum_j X_{ij} + n",
        // Swin's \\mathbb{R}^{M^2 \\times d}: a size to a whole power (was E0108 "not a dimension").
        "a \\in \\mathbb{R}^{M}, B \\in \\mathbb{R}^{M^2 \\times d}\nt = \\sum_i \\sum_j B_{ij} + \\sum_k a_k",
        "a \\in \\mathbb{R}^{n}, B \\in \\mathbb{R}^{(n+1)^2}\nt = \\sum_i B_i + n + \\sum_k a_k",
        "u \\in \\mathbb{R}^{d/h}, w \\in \\mathbb{R}^{h}, v \\in \\mathbb{R}^{h d_v}\n"
                + "z = \\sum_j u_j + d + \\sum_i w_i + \\sum_k v_k",
    })
    void generatedCodeMatchesInterpreter(String source) throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        Options options = new Options("T", "", Precision.DOUBLE, false);
        TypedProgram typed = EqCompiler.check(new SourceFile("t.eq", source + "\n"), options, diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
        assertTrue(!diagnostics.hasErrors(), diagnostics.all().toString());
        EquationRunner runner = EquationRunner.compile(typed, options);
        Interpreter interpreter = new Interpreter(typed);
        SplittableRandom rng = new SplittableRandom(source.hashCode());
        for (Definition d : typed.program().definitions()) {
            List<TestInputs.Spec> specs = new TestInputs(typed).of(d);
            List<NDArray> ref = new ArrayList<>();
            List<Tensor> args = new ArrayList<>();
            for (TestInputs.Spec s : specs) {
                NDArray a = s.integer() ? InputSampler.integers(rng.nextLong(), (int) s.lo(), (int) s.hi(), s.coreShape())
                        : InputSampler.uniform(rng.nextLong(), s.lo(), s.hi(), false, s.coreShape());
                ref.add(a);
                args.add(Tensor.of(a.data(), a.shape()));
            }
            Map<String, Integer> sizes = new HashMap<>(new TestInputs(typed).sizes(d));
            sizes.keySet().retainAll(typed.sizeParameters(d));
            NDArray expected = interpreter.call(d, ref, sizes);
            Tensor actual = runner.invoke(d, args, sizes);
            assertArrayEquals(expected.shape(), actual.shape(), d.latexName());
            assertArrayEquals(expected.data(), actual.toDoubleArray(), 1e-9, d.latexName());
        }
    }

    private static Map<String, NDArray> run(String source, String function, Map<String, NDArray> inputs) {
        Diagnostics diagnostics = new Diagnostics();
        TypedProgram typed = EqCompiler.check(new SourceFile("t.eq", source + "\n"), Options.forClass("T"), diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
        Definition d = typed.program().definitions().stream().filter(x -> x.latexName().equals(function)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + function));
        List<NDArray> args = d.freeInputs().stream().map(in -> inputs.get(in.latex())).toList();
        return Map.of(function, new Interpreter(typed).call(d, args, Map.of()));
    }

    private static Set<Code> codes(String source) {
        Diagnostics diagnostics = new Diagnostics();
        EqCompiler.check(new SourceFile("t.eq", source + "\n"), Options.forClass("T"), diagnostics);
        return diagnostics.all().stream().map(Diagnostic::code).collect(Collectors.toSet());
    }

    private static NDArray vec(double... v) {
        return NDArray.of(v, v.length);
    }

    @Test
    void softmaxIndexedIsTheSoftmax() {
        NDArray p = run("z \\in \\mathbb{R}^{n}\np_i = \\mathrm{softmax}(z)_i", "p", Map.of("z", vec(0, Math.log(3))))
                .get("p");
        assertArrayEquals(new double[] {0.25, 0.75}, p.data(), 1e-12);
    }

    @Test
    void aSizeLabelledByACapitalIsOneSizeTheBodyReads() {
        // DeepSeek-V2's d_h^R, the size of a head's RoPE part (c1406): was E0108 "not a dimension"; the body's
        // d_{h}^{R} is that size, not an undeclared scalar input
        String src = "q \\in \\mathbb{R}^{d_h^R}, k \\in \\mathbb{R}^{d_{h}^{R}}\nz = \\sum_i q_i k_i / \\sqrt{d_{h}^{R}}";
        assertEquals(30.0 / 2, run(src, "z", Map.of("q", vec(1, 2, 3, 4), "k", vec(1, 2, 3, 4))).get("z").data()[0], 1e-12);
        assertTrue(codes(src).stream().noneMatch(c -> c.name().startsWith("E") || c == Code.W0101), codes(src).toString());
    }

    @Test
    void membershipInTheTopKOfASetIsFewerThanKGreater() {
        // DeepSeek-V3's routers (c1415, c1416): s_{i,t} \in Topk({s_{j,t} | 1 <= j <= N_r}, K_r) was E0103; here the
        // top 2 of each column (of 4 experts, 2 tokens)
        String src = "s \\in \\mathbb{R}^{N \\times T}, K = 2\n"
                + "f_{i,t} = \\mathbb{1}\\left( s_{i,t} \\in \\mathrm{Topk}(\\{ s_{j,t} | 1 \\leqslant j \\leqslant N \\}, K) \\right)";
        NDArray s = NDArray.of(new double[] {0.3, 0.2, 0.9, 0.1, 0.1, 0.7, 0.5, 0.6}, 4, 2);
        assertArrayEquals(new double[] {0, 0, 1, 0, 0, 1, 1, 1}, run(src, "f", Map.of("s", s)).get("f").data(), 1e-12);
        // with a bias added to both sides (the auxiliary-loss-free balancing) and a colon for the bar
        String biased = "s, b \\in \\mathbb{R}^{N}, K = 1\n"
                + "g_i = \\begin{cases} s_i, & s_i + b_i \\in \\mathrm{TopK}(\\{ s_j + b_j : 1 \\le j \\le N \\}, K) \\\\"
                + " 0, & \\text{otherwise} \\end{cases}";
        assertArrayEquals(new double[] {0, 0, 0.1}, run(biased, "g", Map.of("s", vec(0.5, 0.3, 0.1), "b", vec(0, 0, 1)))
                .get("g").data(), 1e-12);
    }

    @Test
    void anEntryOfTheIthExampleIsTheElementWithTheExampleFirst() {
        // ST-MoE's x_j^{(i)} (c1414): feature j of example i, element (i, j) of the declared x (was an undeclared
        // name x_j^{(i)}, or E0350 under a sum over i)
        for (String entry : List.of("x_j^{(i)}", "x^{(i)}_j")) {
            String src = "x \\in \\mathbb{R}^{B \\times N}\nr = \\sum_{i=1}^{B} i \\sum_{j=1}^{N} j " + entry;
            // 1 (1*1 + 2*2) + 2 (1*3 + 2*4) = 5 + 22; the transpose would give 7 + 20
            assertEquals(27.0, run(src, "r", Map.of("x", NDArray.of(new double[] {1, 2, 3, 4}, 2, 2))).get("r").data()[0],
                    1e-12, entry);
            assertTrue(codes(src).contains(Code.W0440), entry);
        }
        // JKNet's h_v^{(i)} of the layers stacked, h \in R^{K x n x d}: node v's features at layer i (c1272, was E0350)
        String layers = "h \\in \\mathbb{R}^{K \\times n \\times d}\ns_v = \\sum_{i=1}^{K} h_v^{(i)}";
        assertArrayEquals(new double[] {6, 8, 10, 12}, run(layers, "s", Map.of("h", NDArray.of(new double[] {1, 2, 3, 4, 5,
                6, 7, 8}, 2, 2, 2))).get("s").data(), 1e-12);
    }

    @Test
    void aProductBetweenTwoIndicesRunsStrictlyBetweenThem() {
        // Stick-breaking attention's \prod_{i < k < j} (c1429): was E0103 "ranges start at 0 or 1"
        String src = "a \\in \\mathbb{R}^{n}\nP_{i,j} = a_i a_j \\prod_{i < k < j} a_k";
        double[] a = {2, 3, 5, 7};
        double[] expected = new double[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double p = a[i] * a[j];
                for (int k = i + 1; k < j; k++) {
                    p *= a[k];
                }
                expected[4 * i + j] = p;
            }
        }
        assertArrayEquals(expected, run(src, "P", Map.of("a", vec(a))).get("P").data(), 1e-12);
    }

    @Test
    void cumulativeProductUpToAnInputStep() {
        String src = "\\alpha \\in \\mathbb{R}^{T}, t \\in \\mathbb{N}\na = \\prod_{s=1}^{t} \\alpha_s";
        assertEquals(6.0, run(src, "a", Map.of("\\alpha", vec(2, 3, 5), "t", NDArray.scalar(2))).get("a").data()[0], 1e-12);
        assertTrue(codes(src).contains(Code.W0141));
    }

    @Test
    void cumulativeProductOverTheLeftIndex() {
        String src = "\\alpha \\in \\mathbb{R}^{T}\n\\bar{\\alpha}_t = \\prod_{s=1}^{t} \\alpha_s";
        assertArrayEquals(new double[] {2, 6, 30}, run(src, "\\bar{\\alpha}", Map.of("\\alpha", vec(2, 3, 5)))
                .get("\\bar{\\alpha}").data(), 1e-12);
    }

    @Test
    void prefixSumOverAnotherIndex() {
        String src = "x \\in \\mathbb{R}^{n}\nl_i = \\sum_{j \\le i} x_j";
        assertArrayEquals(new double[] {1, 3, 6}, run(src, "l", Map.of("x", vec(1, 2, 3))).get("l").data(), 1e-12);
    }

    @Test
    void sumWithOnlyAnUpperLimitCountsFromOneAndSaysSo() {
        String src = "x \\in \\mathbb{R}^{N}\nr = \\sum_i^N i x_i";
        assertEquals(1 * 1 + 2 * 10, run(src, "r", Map.of("x", vec(1, 10))).get("r").data()[0], 1e-12);
        assertTrue(codes(src).contains(Code.W0140));
    }

    /** {@code function} of {@code source} with no inputs, at the given sizes, and the codes reported. */
    private static double[] sized(String source, String function, Map<String, Integer> sizes, Set<Code> codes)
            throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        Options options = new Options("T", "", Precision.DOUBLE, false);
        TypedProgram typed = EqCompiler.check(new SourceFile("t.eq", source + "\n"), options, diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
        diagnostics.all().forEach(x -> codes.add(x.code()));
        Definition d = typed.program().definitions().stream().filter(x -> x.latexName().equals(function)).findFirst()
                .orElseThrow();
        double[] interpreted = new Interpreter(typed).call(d, List.of(), sizes).data();
        double[] generated = EquationRunner.compile(typed, options).invoke(d, List.of(), sizes).toDoubleArray();
        assertArrayEquals(interpreted, generated, 1e-12, "generated code and interpreter");
        return generated;
    }

    /**
     * An index used as a number with no range written: RoFormer's {@code \theta_i = 10000^{-2(i-1)/d}}
     * counts from 1 (the body subtracts 1: theta_1 = 1), the Transformer-style {@code 10000^{-2i/d}}
     * from 0; both say which (W0140), and a written range decides without a warning. RoFormer read
     * from 0 gave theta = 10, 1, 0.1, 0.01 with no warning before.
     */
    @Test
    void indexUsedAsANumberCountsAsTheBodySaysAndWarns() throws Exception {
        Set<Code> codes = new java.util.HashSet<>();
        double[] rope = sized("\\theta \\in \\mathbb{R}^{d/2}\n\\theta_i = 10000^{-2(i-1)/d}", "\\theta", Map.of("d", 8),
                codes);
        assertArrayEquals(new double[] {1, 0.1, 0.01, 0.001}, rope, 1e-12);
        assertTrue(codes.contains(Code.W0140), codes.toString());
        codes.clear();
        double[] transformer = sized("\\theta \\in \\mathbb{R}^{d/2}\n\\theta_i = 10000^{-2i/d}", "\\theta",
                Map.of("d", 8), codes);
        assertArrayEquals(new double[] {1, 0.1, 0.01, 0.001}, transformer, 1e-12);
        assertTrue(codes.contains(Code.W0140), codes.toString());
        codes.clear();
        double[] stated = sized("\\theta \\in \\mathbb{R}^{d/2}\n\\theta_i = 10000^{-2i/d} \\quad \\text{for } i = 1, \\dots, d/2",
                "\\theta", Map.of("d", 8), codes);
        assertArrayEquals(new double[] {0.1, 0.01, 0.001, 0.0001}, stated, 1e-12);
        assertTrue(!codes.contains(Code.W0140), codes.toString());
    }

    /** A size declared as a number ({@code d \in \mathbb{N}}) and used in a shape takes the input's value. */
    @Test
    void aWholeNumberInputGivesTheSizeOfTheSameName() throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        Options options = new Options("T", "", Precision.DOUBLE, false);
        TypedProgram typed = EqCompiler.check(new SourceFile("t.eq", "d \\in \\mathbb{N}\n\\theta \\in \\mathbb{R}^{d/2}\n"
                + "\\theta_i = 10000^{-2(i-1)/d}\n"), options, diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
        Definition d = typed.program().definitions().get(0);
        Tensor theta = EquationRunner.compile(typed, options).invoke(d, List.of(Tensor.of(new double[] {8})), Map.of());
        assertArrayEquals(new double[] {1, 0.1, 0.01, 0.001}, theta.toDoubleArray(), 1e-12);
    }

    /**
     * Adam, section 3: v_t = (1 - \beta_2) \sum_{i=1}^{t} \beta_2^{t-i} g_i^2 is the running average
     * v_t = \beta_2 v_{t-1} + (1 - \beta_2) g_t^2 from v_0 = 0. t limits a sum that counts from 1, so
     * t counts from 1 as a number too; read from 0, every value was 1/\beta_2 too large, silently.
     */
    @Test
    void indexThatLimitsASumFromOneCountsFromOneAsANumber() {
        double beta = 0.9;
        double[] g = {0.5, -1, 2, 0.25};
        double[] expected = new double[g.length];
        double v = 0;
        for (int t = 0; t < g.length; t++) {
            v = beta * v + (1 - beta) * g[t] * g[t];
            expected[t] = v;
        }
        String src = "g \\in \\mathbb{R}^{T}, \\beta_2 \\in \\mathbb{R}\n"
                + "v_t = (1 - \\beta_2) \\sum_{i=1}^{t} \\beta_2^{t-i} \\cdot g_i^2";
        assertArrayEquals(expected, run(src, "v", Map.of("g", vec(g), "\\beta_2", NDArray.scalar(beta))).get("v").data(),
                1e-12);
        assertTrue(codes(src).contains(Code.W0140));
    }

    @Test
    void stridedPairsCountedFromOne() {
        String src = "x \\in \\mathbb{R}^{d}\ny_{2i-1} = x_{2i-1} - x_{2i}\ny_{2i} = x_{2i-1} + x_{2i}";
        assertArrayEquals(new double[] {-1, 3, -1, 7}, run(src, "y", Map.of("x", vec(1, 2, 3, 4))).get("y").data(), 1e-12);
        assertTrue(codes(src).contains(Code.W0140));
        assertTrue(codes("x \\in \\mathbb{R}^{d}\ny_{2i} = x_{2i-1}\ny_{2i+1} = x_{2i}").contains(Code.E0140));
    }

    @Test
    void declaredSuperscriptedNameKeepsItsIndex() {
        String src = "a^K \\in \\mathbb{R}^{n}\nb_i = 2 a^K_i";
        assertArrayEquals(new double[] {2, 4}, run(src, "b", Map.of("a^K", vec(1, 2))).get("b").data(), 1e-12);
        assertTrue(!codes(src).contains(Code.W0101));
    }

    @Test
    void styledNamesArePrintedWhole() {
        Diagnostics diagnostics = new Diagnostics();
        TypedProgram typed = EqCompiler.check(new SourceFile("t.eq",
                "\\mathbf{u}_c \\in \\mathbb{R}^{d}\n\\boldsymbol{x}^{(t)} = 2\\mathbf{u}_c\n"), Options.forClass("T"),
                diagnostics).orElseThrow();
        assertEquals("\\boldsymbol{x}^{(t)}", typed.program().definitions().get(0).latexName());
        assertEquals("\\mathbf{u}_c", typed.program().definitions().get(0).freeInputs().get(0).latex());
    }

    @Test
    void labelSuperscriptsArePartOfTheName() {
        // W^{(l)} and x^{a} are names (a is no number in scope); x^{t} with t an input is a power.
        String src = "x \\in \\mathbb{R}^{n}, t \\in \\mathbb{R}\ny = x^{t}";
        assertArrayEquals(new double[] {4, 9}, run(src, "y", Map.of("x", vec(2, 3), "t", NDArray.scalar(2)))
                .get("y").data(), 1e-12);
        String label = "x \\in \\mathbb{R}^{n}, x^{a} \\in \\mathbb{R}^{n}\ny = x^{a} - x";
        assertArrayEquals(new double[] {1, 1}, run(label, "y", Map.of("x", vec(2, 3), "x^{a}", vec(3, 4)))
                .get("y").data(), 1e-12);
    }

    @Test
    void runningAverageNamedByItsBracket() {
        String src = "g_t, E[g^2]_{t-1} \\in \\mathbb{R}^{d}, \\rho \\in \\mathbb{R}\n"
                + "E[g^2]_t = \\rho E[g^2]_{t-1} + (1 - \\rho) g_t^2";
        NDArray out = run(src, "E[g^2]_t", Map.of("g_t", vec(2), "E[g^2]_{t-1}", vec(1), "\\rho", NDArray.scalar(0.5)))
                .get("E[g^2]_t");
        assertEquals(0.5 + 0.5 * 4, out.data()[0], 1e-12);
    }
    @Test
    void italicCapitalsBeforeABracketAreOneName() {
        // Ruder's Adadelta writes RMS[g]_t in italic capitals (was E0107: cannot define `RMS[g]_{t}`)
        String src = "E[g^2]_t, g_t \\in \\mathbb{R}^{d}, \\epsilon \\in \\mathbb{R}\n"
                + "RMS[g]_{t} = \\sqrt{E[g^2]_t + \\epsilon}\ny = - \\frac{1}{RMS[g]_{t}} g_t";
        NDArray out = run(src, "y", Map.of("E[g^2]_t", vec(4), "g_t", vec(2), "\\epsilon", NDArray.scalar(0.0)))
                .get("y");
        assertEquals(-1.0, out.data()[0], 1e-12);
    }

    @Test
    void aPowerOfADefinedIncrementBeforeAParenthesisIsAProduct() {
        // PyTorch's Adadelta box: u_t \leftarrow u_{t-1} \rho + \Delta x^2_t (1 - \rho) (was E0101: unknown function)
        String src = "g_t, u_{t-1} \\in \\mathbb{R}^{d}, \\rho \\in \\mathbb{R}\n"
                + "\\Delta x_t = 3 g_t\nu_t = u_{t-1} \\rho + \\Delta x^2_t (1 - \\rho)";
        NDArray out = run(src, "u_t", Map.of("g_t", vec(1), "u_{t-1}", vec(2), "\\rho", NDArray.scalar(0.5)))
                .get("u_t");
        assertEquals(2 * 0.5 + 9 * 0.5, out.data()[0], 1e-12);
    }
}
