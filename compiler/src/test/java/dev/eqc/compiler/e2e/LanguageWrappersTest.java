package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.interp.Interpreter;
import dev.eqc.compiler.interp.NDArray;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.testkit.GeneratedTests;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/LANGUAGE.md, "Definitions and wrappers" and "Vocabulary": the examples there (the files in
 * {@code src/test/resources/language/}) give the diagnostics and the values the document says,
 * with expected values computed here by hand, not by eqc's parser.
 */
class LanguageWrappersTest {
    private static final double[] X = {-1.0, 0.5, 2.0};

    @Test
    void everyDefinitionSignDefinesAndNoneUpdates() throws IOException {
        TypedProgram typed = check("definition_signs.eq", Set.of());
        for (String name : List.of("a", "b", "c", "d", "e", "f", "g", "h")) {
            Definition d = definition(typed, name);
            assertEquals(List.of("x"), d.freeInputs().stream().map(Input::key).toList(), name + " reads only x");
            assertArrayEquals(new double[] {-2.0, 1.0, 4.0}, run(typed, name, Map.of("x", X)), 1e-12, name);
        }
    }

    @Test
    void aTrailingShapeIsCheckedAndPasses() throws IOException {
        check("shape_annotation.eq", Set.of());
        TypedProgram typed = check("shape_annotation_function.eq", Set.of());
        assertEquals(0, typed.resultShape(definition(typed, "a")).dims().size(), "a(q, k) is a scalar");
    }

    @Test
    void aTrailingShapeThatDisagreesIsAnErrorAtTheDefinitionLabelledAtTheShape() throws IOException {
        String text = read("shape_annotation_wrong.eq");
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(EqCompiler.check(new SourceFile("w.eq", text), options(), diagnostics).isEmpty());
        Diagnostic d = diagnostics.all().get(0);
        assertEquals(Code.E0304, d.code());
        assertTrue(d.message().contains("[n, m]") && d.message().contains("[n, v]"), d.message());
        String rendered = new dev.eqc.compiler.diag.DiagnosticRenderer(false).text(d);
        assertTrue(rendered.contains("the shape written after it"), rendered);
    }

    @Test
    void aRangeTailGivesTheIndexItsLimitsSoItCountsFromOne() throws IOException {
        TypedProgram typed = check("condition_range.eq", Set.of());
        assertArrayEquals(new double[] {0.0, 2.5, 5.0}, run(typed, "y", Map.of("x", X)), 1e-12);
    }

    @Test
    void aRangeTailThatDisagreesWithWhatTheIndexIndexesIsAnError() {
        Diagnostics diagnostics = new Diagnostics();
        // m is the size of another input, so the tail says i runs over m where x has n.
        EqCompiler.check(new SourceFile("r.eq", "x \\in \\mathbb{R}^{n}, z \\in \\mathbb{R}^{m}\n"
                + "y_i = x_i \\quad \\text{for } i = 1, \\dots, m\n"), options(), diagnostics);
        assertEquals(Set.of(Code.E0304), codes(diagnostics));
        // m declared nowhere: it is read as the size of the axis i indexes (W0143).
        Diagnostics undeclared = new Diagnostics();
        EqCompiler.check(new SourceFile("r.eq", "x \\in \\mathbb{R}^{n}\ny_i = x_i \\quad \\text{for } i = 1, \\dots, m\n"),
                options(), undeclared);
        assertEquals(Set.of(Code.W0143), codes(undeclared));
    }

    @Test
    void proseTailsAreSkippedWithAWarningAndTheEquationStillCompiles() throws IOException {
        TypedProgram typed = check("condition_prose.eq", Set.of(Code.W0130));
        assertArrayEquals(new double[] {-2.0, 1.0, 4.0}, run(typed, "v", Map.of("x", X)), 1e-12);
        double[] sigma = new double[3];
        for (int i = 0; i < 3; i++) {
            sigma[i] = 1.0 / (1.0 + Math.exp(-X[i]));
        }
        assertArrayEquals(sigma, run(typed, "z", Map.of("x", X)), 1e-12);
    }

    @Test
    void bracesArePrimesAndConditionalBarsSeparateArguments() throws IOException {
        TypedProgram typed = check("braces_primes_conditionals.eq", Set.of());
        Map<String, double[]> in = Map.of("x", X);
        assertArrayEquals(new double[] {0.0, 3.0, 6.0}, run(typed, "u", in), 1e-12);
        assertArrayEquals(new double[] {1.0, 0.25, 4.0}, run(typed, "n_h^{'}", in), 1e-12);
        double[] p = new double[3];
        for (int i = 0; i < 3; i++) {
            p[i] = X[i] + 2 * X[i] * X[i] + 3 * (X[i] + 1) * 2;
        }
        assertArrayEquals(p, run(typed, "p", in), 1e-12);
        assertEquals(3, definition(typed, "P").params().size(), "P(s' | s, a) has three parameters");
    }

    @Test
    void vocabulary() throws IOException {
        TypedProgram typed = check("vocabulary.eq", Set.of(Code.W0132));
        double[] p = {0.2, 0.3, 0.5};
        double[] q = {0.4, 0.4, 0.2};
        Map<String, double[]> in = Map.of("p", p, "q", q, "z", X);
        double kl = 0;
        for (int i = 0; i < 3; i++) {
            kl += p[i] * Math.log(p[i] / q[i]);
        }
        assertArrayEquals(new double[] {kl}, run(typed, "D", in), 1e-12);
        assertArrayEquals(new double[] {0.0, 1.0, 4.0}, run(typed, "r", in), 1e-12);
        assertArrayEquals(new double[] {0.0, 3.0, 6.0}, run(typed, "b", in), 1e-12);
        assertArrayEquals(new double[] {0.0, 1.0, 1.0}, run(typed, "o", in), 1e-12);
        assertArrayEquals(new double[] {1.0, 1.0, 1.0}, run(typed, "s", in), 1e-12);
        assertArrayEquals(new double[] {(1.0 + 0.25 + 4.0) / 3}, run(typed, "m", in), 1e-12);
        assertArrayEquals(new double[] {2.0}, run(typed, "k", in), 1e-12);
    }

    @Test
    void rowAndColumnSlicesOfAMatrixByAnIndexInScope() throws IOException {
        TypedProgram typed = check("slices.eq", Set.of());
        double[][] w = {{0, 1, 2}, {3, 4, 5}};
        double[] v = {1, 2, 3};
        double[] u = {1, -1};
        double[] rows = new double[2];
        double[] norms = new double[2];
        double[] cols = new double[3];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                rows[i] += w[i][j] * v[j];
                norms[i] += w[i][j] * w[i][j];
                cols[j] += u[i] * w[i][j];
            }
            norms[i] = Math.sqrt(norms[i]);
        }
        NDArray matrix = NDArray.of(new double[] {0, 1, 2, 3, 4, 5}, 2, 3);
        Map<String, NDArray> in = Map.of("W", matrix, "v", NDArray.of(v.clone(), 3), "u", NDArray.of(u.clone(), 2));
        assertArrayEquals(rows, runArrays(typed, "r", in), 1e-12, "W_{i,:} v is row i times v");
        assertArrayEquals(rows, runArrays(typed, "s", in), 1e-12);
        assertArrayEquals(cols, runArrays(typed, "c", in), 1e-12, "W_{:,j}^T u is column j times u");
        assertArrayEquals(cols, runArrays(typed, "d", in), 1e-12);
        assertArrayEquals(norms, runArrays(typed, "n", in), 1e-12);
    }

    @Test
    void sliceLeftHandSidesDefineColumnByColumnAndRowByRow() throws IOException {
        // U_{*,i} = … is column i of U (MLP-Mixer's token mixing): U is X + AX, not its transpose.
        TypedProgram typed = check("slice_definitions.eq", Set.of(Code.W0330));
        double[][] x = {{1, 2, 3}, {4, 5, 6}};
        double[][] a = {{0, 1}, {2, -1}};
        double[][] b = {{1, 0, 2}, {0, 3, 0}, {-1, 1, 1}};
        double[] u = new double[6];
        double[] y = new double[6];
        double[] z = new double[6];
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 3; c++) {
                u[r * 3 + c] = x[r][c];
                y[r * 3 + c] = x[r][c];
                for (int k = 0; k < 2; k++) {
                    u[r * 3 + c] += a[r][k] * x[k][c];
                }
                for (int k = 0; k < 3; k++) {
                    y[r * 3 + c] += b[c][k] * x[r][k];   // B times row r, as a column
                    z[r * 3 + c] += x[r][k] * b[k][c];
                }
            }
        }
        Map<String, NDArray> in = Map.of("X", NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3),
                "A", NDArray.of(new double[] {0, 1, 2, -1}, 2, 2),
                "B", NDArray.of(new double[] {1, 0, 2, 0, 3, 0, -1, 1, 1}, 3, 3));
        assertArrayEquals(u, runArrays(typed, "U", in), 1e-12, "U_{*,i}: one column per i");
        assertArrayEquals(y, runArrays(typed, "Y", in), 1e-12, "Y_{j,*}: one row per j");
        assertArrayEquals(z, runArrays(typed, "Z", in), 1e-12, "(XB)_{:,i}: a column of a product");
    }

    @Test
    void aRangeOfValuesAfterADefinitionIsProse() throws IOException {
        TypedProgram typed = check("value_range.eq", Set.of(Code.W0130));
        double[] z = {-1.0, 0.5, 2.0};
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            expected[i] = 1.0 / (1.0 + Math.exp(-z[i]));
        }
        assertArrayEquals(expected, run(typed, "y", Map.of("z", z)), 1e-12);
    }

    @Test
    void aDisplayBlockIsOneStatementPerRowAndALineEndingInAnOperatorGoesOn() throws IOException {
        TypedProgram typed = check("display_blocks.eq", Set.of());
        double[] y = new double[3];
        double[] z = new double[3];
        double[] w = new double[3];
        for (int i = 0; i < 3; i++) {
            y[i] = 2 * X[i] + 1;
            z[i] = y[i] * y[i];
            w[i] = 3 * X[i] - X[i];
        }
        assertArrayEquals(y, run(typed, "y", Map.of("x", X)), 1e-12);
        assertArrayEquals(z, run(typed, "z", Map.of("x", X)), 1e-12);
        assertArrayEquals(w, run(typed, "w", Map.of("x", X)), 1e-12);
    }

    @Test
    void theInverseOfASquareMatrixAndABracketListAsConcatenation() throws IOException {
        TypedProgram typed = check("inverse_and_lists.eq", Set.of(Code.W0133));
        // Phi = [[1, 0], [0, 2], [1, 1]], t = [1, 2, 3]: Phi^T Phi = [[2, 1], [1, 5]], Phi^T t = [4, 7];
        // the inverse is [[5, -1], [-1, 2]] / 9, so w = [13, 10] / 9.
        Map<String, NDArray> in = Map.of("\\Phi", NDArray.of(new double[] {1, 0, 0, 2, 1, 1}, 3, 2),
                "t", NDArray.of(new double[] {1, 2, 3}, 3), "a", NDArray.of(new double[] {1, 2}, 2),
                "b", NDArray.of(new double[] {3, 4}, 2));
        assertArrayEquals(new double[] {13.0 / 9, 10.0 / 9}, runArrays(typed, "w", in), 1e-12);
        assertArrayEquals(new double[] {1, 2, 3, 4}, runArrays(typed, "h", in), 1e-12);
    }

    @Test
    void theInverseOfAMatrixThatIsNotSquareIsAnError() {
        Diagnostics diagnostics = new Diagnostics();
        EqCompiler.check(new SourceFile("i.eq", "X \\in \\mathbb{R}^{n \\times m}\nB = X^{-1}\n"), options(), diagnostics);
        assertEquals(Set.of(Code.E0304), codes(diagnostics));
    }

    @ParameterizedTest
    @ValueSource(strings = {"definition_signs.eq", "shape_annotation.eq", "condition_range.eq", "condition_prose.eq",
            "braces_primes_conditionals.eq", "vocabulary.eq", "slices.eq", "value_range.eq", "inverse_and_lists.eq",
            "display_blocks.eq", "slice_definitions.eq"})
    void generatedTestsPass(String file) throws Exception {
        assertTrue(GeneratedTests.compileAndPass(GeneratedTests.translate(file, read(file),
                Options.forClass("Lang" + file.replace(".eq", "").replace("_", "")))) > 0);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static Options options() {
        return new Options("Lang", "", Precision.DOUBLE, false);
    }

    private static TypedProgram check(String file, Set<Code> expected) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        TypedProgram typed = EqCompiler.check(new SourceFile(file, read(file)), options(), diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
        assertEquals(expected, codes(diagnostics), diagnostics.all().toString());
        return typed;
    }

    private static Set<Code> codes(Diagnostics diagnostics) {
        Set<Code> out = new TreeSet<>();
        diagnostics.all().forEach(d -> out.add(d.code()));
        return out;
    }

    private static Definition definition(TypedProgram typed, String latex) {
        return typed.program().definitions().stream().filter(d -> d.latexName().equals(latex)).findFirst()
                .orElseThrow(() -> new AssertionError("no definition " + latex));
    }

    private static double[] run(TypedProgram typed, String latex, Map<String, double[]> inputs) {
        Definition d = definition(typed, latex);
        List<NDArray> args = new ArrayList<>();
        for (Input in : d.freeInputs()) {
            double[] v = inputs.get(in.key());
            args.add(NDArray.of(v.clone(), v.length));
        }
        return new Interpreter(typed).call(d, args).data();
    }

    private static double[] runArrays(TypedProgram typed, String latex, Map<String, NDArray> inputs) {
        Definition d = definition(typed, latex);
        List<NDArray> args = new ArrayList<>();
        for (Input in : d.freeInputs()) {
            args.add(inputs.get(in.key()));
        }
        return new Interpreter(typed).call(d, args).data();
    }

    private static String read(String file) throws IOException {
        try (InputStream in = LanguageWrappersTest.class.getResourceAsStream("/language/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
