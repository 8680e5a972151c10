package dev.eqc.compiler.grad;

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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gradients of losses as papers write them (issue 16, section 7): each translates, and its
 * generated tests pass, including the check of every gradient against central finite differences
 * of the loss's own method; and the subgradients chosen at kinks and ties, in the interpreter and
 * in generated code alike.
 */
class PaperGradientsTest {
    private static final String LEAST_SQUARES = "x \\in \\mathbb{R}^{n \\times d}, y \\in \\mathbb{R}^{n},"
            + " w \\in \\mathbb{R}^{d}\n";

    /** Translates {@code text} with tests, runs them, and returns the test class's source. */
    private static String generatedTestsPass(String name, String text) throws Exception {
        List<GeneratedFile> files = GeneratedTests.translate(name + ".eq", text + "\n",
                new Options(name, "gen.papergrad", Precision.DOUBLE, true));
        GeneratedTests.compileAndPass(files);
        return files.get(1).source();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            least-squares-elementwise; E(w) = \\frac{1}{2}\\sum_i (x_i^\\top (w \\odot w) - y_i)^2 + \\sum_j w_j
            least-squares-sum; E(w) = \\frac{1}{2}\\sum_i (\\sum_j x_{ij} w_j - y_i)^2 + \\frac{1}{2}\\mathrm{sum}(\\tanh(w))
            logistic; E(w) = \\sum_i \\log(1 + \\exp(-y_i (x_i^\\top w))) + \\sum_j |w_j|
            """)
    void gradientOfAFunctionOfTheInputIsCheckedByFiniteDifferences(String name, String body) throws Exception {
        String test = generatedTestsPass(name.replace("-", "_"), LEAST_SQUARES + body + "\ng = \\nabla_w E(w)");
        assertTrue(test.contains("gMatchesFiniteDifferences"), test);
    }

    @Test
    void infoNceOverRowsOfOneMatrix() throws Exception {
        String test = generatedTestsPass("InfoNce", "z \\in \\mathbb{R}^{n \\times d}, \\tau = 0.1\n"
                + "L = -\\frac{1}{n}\\sum_i \\log \\frac{\\exp(z_i \\cdot z_i / \\tau)}{\\sum_k \\exp(z_i \\cdot z_k / \\tau)}\n"
                + "g = \\nabla_z L");
        assertTrue(test.contains("gMatchesFiniteDifferences"), test);
    }

    /** SimCLR as printed: \ell(2k-1, 2k) is an element of \ell_{i,j} (W0161), the indicator compares positions. */
    @Test
    void ntXentWithPairsWrittenAsAFunctionOfTheirIndices() throws Exception {
        String test = generatedTestsPass("NtXent", "z \\in \\mathbb{R}^{2N \\times d}, \\tau = 0.5\n"
                + "\\mathrm{sim}(u, v) = u^\\top v / \\|u\\| \\|v\\|\n"
                + "\\ell_{i,j} = -\\log \\frac{\\exp(\\mathrm{sim}(z_i, z_j)/\\tau)}{\\sum_{k=1}^{2N}"
                + " \\mathbb{1}_{[k \\neq i]} \\exp(\\mathrm{sim}(z_i, z_k)/\\tau)}\n"
                + "L = \\frac{1}{2N} \\sum_{k=1}^{N} [\\ell(2k-1, 2k) + \\ell(2k, 2k-1)]\n"
                + "g = \\nabla_z L");
        assertTrue(test.contains("gMatchesFiniteDifferences"), test);
    }

    /** Hadsell et al.'s contrastive loss with the distance named without its arguments (W0160). */
    @Test
    void contrastiveLossWithTheDistanceNamedWithoutArguments() throws Exception {
        String test = generatedTestsPass("Contrastive", "a, b \\in \\mathbb{R}^{n}, W \\in \\mathbb{R}^{p \\times n},"
                + " Y \\in \\mathbb{R}, m = 2\n"
                + "D_W(a, b) = \\|W a - W b\\|_2\n"
                + "L(Y, a, b) = (1 - Y)\\frac{1}{2}(D_W)^2 + Y\\frac{1}{2}\\{\\max(0, m - D_W)\\}^2\n"
                + "g = \\nabla_a L(Y, a, b)");
        assertTrue(test.contains("gMatchesFiniteDifferences"), test);
    }

    /**
     * Adafactor's column statistic, Algorithm 4: a scaled row of ones, {@code (1 - \hat{\beta}_{2t}) 1_n^\top}, times
     * a matrix. The row is a product, no transpose, so the weight's adjoint {@code x g^T} read as two rows side by
     * side (E0501, "cannot multiply element-wise [n] and [m]"); the outer product is now explicit.
     */
    @Test
    void aScaledRowTimesAMatrixAsAdafactorPrintsIt() throws Exception {
        String test = generatedTestsPass("AdafactorColumns", "G_t \\in \\mathbb{R}^{n \\times m}, C_{t-1} \\in"
                + " \\mathbb{R}^{m}, \\hat{\\beta}_{2t} \\in \\mathbb{R}\n"
                + "C_t = \\hat{\\beta}_{2t} C_{t-1} + (1 - \\hat{\\beta}_{2t}) 1_n^\\top (G_t^2 + 10^{-30} 1_n 1_m^\\top)\n"
                + "L = \\sum_j \\tanh(C_t)_j\ng = \\nabla_{G_t} L");
        assertTrue(test.contains("gMatchesFiniteDifferences"), test);
    }

    @Test
    void infoNceOfTwoViewsThroughAnElementwiseDefinition() throws Exception {
        String test = generatedTestsPass("InfoNceViews", "u \\in \\mathbb{R}^{n \\times d}, v \\in \\mathbb{R}^{n \\times d},"
                + " \\tau = 0.1\n\\ell_i = -\\log \\frac{\\exp(u_i \\cdot v_i / \\tau)}{\\sum_k \\exp(u_i \\cdot v_k / \\tau)}\n"
                + "L = \\frac{1}{n}\\sum_i \\ell_i\ng_u = \\nabla_u L\ng_v = \\nabla_v L");
        assertTrue(test.contains("g_uMatchesFiniteDifferences") && test.contains("g_vMatchesFiniteDifferences"), test);
    }

    /**
     * PRML Eq. 4.87, 4.90: E(w) reads w only through the element-wise y_n = \sigma(w^\top \phi_n); its
     * gradient is Eq. 4.91, \sum_n (y_n - t_n) \phi_n, computed here in plain Java. (Inlining y_n into
     * E's body once lost its element-wise form: an ill-shaped term and an internal error.)
     */
    @Test
    void logisticRegressionThroughAnElementwiseDefinitionIsPrmlEq491() throws Exception {
        String source = "\\phi \\in \\mathbb{R}^{N \\times M}, w \\in \\mathbb{R}^{M}, t \\in \\mathbb{R}^{N}\n"
                + "y_n = \\sigma(w^{\\mathrm{T}}\\phi_n)\n"
                + "E(w) = -\\sum_{n=1}^{N}\\left\\{t_n \\ln y_n + (1 - t_n)\\ln(1 - y_n)\\right\\}\n"
                + "g = \\nabla_w E(w)";
        generatedTestsPass("LogisticPrml", source);
        double[] phi = {0.5, -1, 2, 0.25, 1.5, -0.5};
        double[] w = {0.3, -0.7};
        double[] t = {1, 0, 1};
        double[] expected = new double[2];
        for (int n = 0; n < 3; n++) {
            double y = 1 / (1 + Math.exp(-(w[0] * phi[2 * n] + w[1] * phi[2 * n + 1])));
            for (int m = 0; m < 2; m++) {
                expected[m] += (y - t[n]) * phi[2 * n + m];
            }
        }
        double[] g = both(source, "g", new double[][] {phi, w, t}, new int[][] {{3, 2}, {2}, {3}});
        assertArrayEquals(expected, g, 1e-12);
    }

    /**
     * Adafactor's update clipping, \max(1, \mathrm{RMS}(U)/d), reduced to its core: a comparison of a
     * constant with a sum, inside the gathered adjoint of G_i. The comparison once lost the sum's
     * index axis and the gradient came out as [1, n] instead of [n].
     */
    @Test
    void clippingByTheMaxOfOneAndASumKeepsTheGradientsShape() throws Exception {
        String source = "G \\in \\mathbb{R}^{n}\nL = \\max(1, \\sum_i G_i^2)\ng = \\nabla_G L";
        generatedTestsPass("ClipBySum", source);
        double[] g = both(source, "g", new double[][] {{0.5, -2, 1}}, new int[][] {{3}});
        assertArrayEquals(new double[] {1, -4, 2}, g, 1e-12); // 2G, since the sum (5.25) exceeds 1
        double[] small = both(source, "g", new double[][] {{0.5, -0.25, 0.1}}, new int[][] {{3}});
        assertArrayEquals(new double[] {0, 0, 0}, small, 0); // the constant 1 is the max: no gradient
    }

    /** A determinant has no derivative rule yet: the gradient stops with E0501 at it, never a crash. */
    @Test
    void gradientThroughADeterminantIsALocatedError() {
        Diagnostics d = new Diagnostics();
        EqCompiler.check(new SourceFile("t.eq", "S \\in \\mathbb{R}^{n \\times n}\nL = \\ln|S|\ng = \\nabla_S L\n"),
                Options.forClass("T"), d);
        assertTrue(d.all().stream().anyMatch(x -> x.code() == Code.E0501 && x.message().contains("determinant")),
                d.all().toString());
    }

    /** Weight decay on a matrix, \|W\|_F^2 and \|W\|_F: gradients 2W and W / \|W\|_F. */
    @Test
    void frobeniusNormOfAMatrix() throws Exception {
        double[] w = {1, -2, 0.5, 3, 0.25, -1};
        double norm = 0;
        for (double v : w) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        String squared = "W \\in \\mathbb{R}^{n \\times k}\ng = \\nabla_W \\|W\\|_F^2";
        generatedTestsPass("FrobeniusSquared", squared);
        double[] g2 = both(squared, "g", new double[][] {w}, new int[][] {{2, 3}});
        String plain = "W \\in \\mathbb{R}^{n \\times k}\ng = \\nabla_W \\|W\\|_F";
        generatedTestsPass("Frobenius", plain);
        double[] g1 = both(plain, "g", new double[][] {w}, new int[][] {{2, 3}});
        for (int i = 0; i < w.length; i++) {
            assertEquals(2 * w[i], g2[i], 1e-12);
            assertEquals(w[i] / norm, g1[i], 1e-12);
        }
    }

    /** Gradients through shifted reads, sums to infinity and lower limits that are another index. */
    @Test
    void gradientsThroughRangesAsPapersWriteThem() throws Exception {
        String test = generatedTestsPass("RangesGrad", "x \\in \\mathbb{R}^{n}, w \\in \\mathbb{R}^{k},"
                + " D \\in \\mathbb{R}^{n \\times n}, \\gamma = 0.9\n"
                + "y_i = \\sum_{m=0}^{k-1} w_m x_{i+m}\nG_t = \\sum_{l=0}^{\\infty} \\gamma^l x_{t+l}\n"
                + "s_i = \\sum_{j=i+1}^{n} x_j\nq_i = \\min_{j \\neq i} D_{ij}\n"
                + "L = \\sum_i y_i^2 + \\sum_t G_t^2 + \\sum_i s_i^2 + \\sum_{i,j=1}^{n} x_i x_j D_{ij} + \\sum_i q_i\n"
                + "g_x = \\nabla_x L\ng_w = \\nabla_w L\ng_D = \\nabla_D L");
        assertTrue(test.contains("g_xMatchesFiniteDifferences") && test.contains("g_wMatchesFiniteDifferences")
                && test.contains("g_DMatchesFiniteDifferences"), test);
    }

    /** CS229's cost over training examples {@code x^{(i)}} (rows of X): its gradient by finite differences. */
    @Test
    void gradientOverTrainingExamplesWrittenAsSuperscripts() throws Exception {
        String test = generatedTestsPass("ExamplesGrad", "X \\in \\mathbb{R}^{m \\times n}, y \\in \\mathbb{R}^{m},"
                + " \\theta \\in \\mathbb{R}^{n}\nJ(\\theta) = \\frac{1}{2m}\\sum_{i=1}^{m}(\\theta^T x^{(i)} - y^{(i)})^2\n"
                + "g = \\nabla_\\theta J(\\theta)");
        assertTrue(test.contains("gMatchesFiniteDifferences"), test);
    }

    @Test
    void gradientOfASumOfElementsIsOnes() throws Exception {
        String source = "s \\in \\mathbb{R}^{n}\ng = \\nabla_s \\sum_i s_i";
        generatedTestsPass("SumOfElements", source);
        double[] g = both(source, "g", new double[][] {{0.5, -2, 7}}, new int[][] {{3}});
        assertArrayEquals(new double[] {1, 1, 1}, g, 0);
    }

    /** At ties and kinks: which subgradient eqc chooses (docs/LANGUAGE.md, Gradients). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            max over an index, tie shared evenly; L = \\max_j s_j; 1, 3, 3; 0, 0.5, 0.5
            min over an index, tie shared evenly; L = \\min_j s_j; 2, -1, -1; 0, 0.5, 0.5
            infinity norm, tie shared evenly; L = \\|s\\|_\\infty; -3, 1, 3; -0.5, 0, 0.5
            abs at zero; L = \\mathrm{sum}(|s|); 0, -2, 2; 0, -1, 1
            ReLU at zero; L = \\mathrm{sum}(\\mathrm{ReLU}(s)); 0, -2, 2; 0, 0, 1
            Euclidean norm at zero; L = \\|s\\|; 0, 0, 0; 0, 0, 0
            max of two at a tie; L = \\mathrm{sum}(\\max(s, 1)); 1, 0, 2; 1, 0, 1
            min of two at a tie; L = \\mathrm{sum}(\\min(s, 1)); 1, 0, 2; 1, 1, 0
            """)
    void subgradientAtTiesAndKinks(String what, String loss, String at, String expected) throws Exception {
        double[] s = parse(at);
        double[] g = both("s \\in \\mathbb{R}^{n}\n" + loss + "\ng = \\nabla_s L", "g", new double[][] {s},
                new int[][] {{s.length}});
        assertArrayEquals(parse(expected), g, 1e-12, what);
    }

    /**
     * VQ-VAE's codebook and commitment terms (van den Oord et al. 2017, Eq. 3): the stop-gradient is the
     * identity in value and holds its argument constant, so d/dz = 2β(z - e) and d/de = -2(z - e); the
     * generated tests still pass (no finite-difference check, which would see the identity).
     */
    @Test
    void stopGradientHoldsItsArgumentConstant() throws Exception {
        String source = "z, e \\in \\mathbb{R}^{D}\n"
                + "L = \\|\\mathrm{sg}[z] - e\\|_2^2 + 0.25 \\|z - \\operatorname{stopgrad}(e)\\|_2^2\n"
                + "g_z = \\nabla_z L\ng_e = \\nabla_e L";
        String test = generatedTestsPass("StopGradient", source);
        assertTrue(!test.contains("MatchesFiniteDifferences"), test);
        double[] z = {0.5, -1, 2};
        double[] e = {1.5, 0.25, -1};
        double[] gz = new double[3];
        double[] ge = new double[3];
        double value = 0;
        for (int i = 0; i < 3; i++) {
            value += 1.25 * (z[i] - e[i]) * (z[i] - e[i]);
            gz[i] = 2 * 0.25 * (z[i] - e[i]);
            ge[i] = -2 * (z[i] - e[i]);
        }
        double[][] values = {z, e};
        int[][] shapes = {{3}, {3}};
        assertArrayEquals(new double[] {value}, both(source, "L", values, shapes), 1e-12);
        assertArrayEquals(gz, both(source, "g_z", values, shapes), 1e-12);
        assertArrayEquals(ge, both(source, "g_e", values, shapes), 1e-12);
    }

    @Test
    void aStepWithNoDerivativeIsALocatedE0501() {
        Diagnostics d = new Diagnostics();
        String text = "s \\in \\mathbb{R}^{n}\nL = \\mathrm{sum}(\\lfloor s \\rfloor)\ng = \\nabla_s L\n";
        EqCompiler.translate(new SourceFile("floor.eq", text), Options.forClass("Floor"), d);
        Diagnostic e = d.all().stream().filter(x -> x.code() == Code.E0501).findFirst().orElseThrow(
                () -> new AssertionError(d.all().toString()));
        assertEquals("\\lfloor s \\rfloor", text.substring(e.span().start(), e.span().end()));
    }

    /** The definition {@code name} on the given inputs, by the interpreter and by generated code, which must agree. */
    private static double[] both(String text, String name, double[][] values, int[][] shapes) throws Exception {
        Options options = new Options("T", "", Precision.DOUBLE, false);
        Diagnostics d = new Diagnostics();
        TypedProgram typed = EqCompiler.check(new SourceFile("t.eq", text + "\n"), options, d)
                .orElseThrow(() -> new AssertionError(d.all().toString()));
        Definition def = typed.program().definitions().stream().filter(x -> x.latexName().equals(name)).findFirst()
                .orElseThrow();
        List<NDArray> ref = new ArrayList<>();
        List<Tensor> args = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            ref.add(NDArray.of(values[i], shapes[i]));
            args.add(Tensor.of(values[i], shapes[i]));
        }
        double[] expected = new Interpreter(typed).call(def, ref).data();
        double[] actual = EquationRunner.compile(typed, options).invoke(def, args).toDoubleArray();
        assertArrayEquals(expected, actual, 1e-12, "generated code and interpreter");
        return actual;
    }

    private static double[] parse(String csv) {
        String[] parts = csv.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Double.parseDouble(parts[i].trim());
        }
        return out;
    }
}
