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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Matrix and vector literals, lists and dimension expressions as papers print them, against values
 * computed here in plain Java (independently of eqc's parser), through the generated code and the
 * interpreter; each case names the warnings eqc must give for the reading it chose.
 */
class LiteralsTest {
    private static final double A = 1.5;
    private static final double B = -0.5;
    private static final double THETA = 0.3;
    private static final double M = 2;

    record Case(String name, String program, String definition, Map<String, double[]> inputs,
            Map<String, int[]> shapes, double[] expected, List<Code> warns) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final int[] SCALAR = {};

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        Map<String, double[]> ab = Map.of("a", new double[] {A}, "b", new double[] {B});
        Map<String, int[]> abShapes = Map.of("a", SCALAR, "b", SCALAR);
        double c = Math.cos(M * THETA);
        double s = Math.sin(M * THETA);
        cases.add(new Case("RoPE's 2 x 2 rotation times a column vector (core #46)",
                "\\theta, m, a, b \\in \\mathbb{R}\n"
                        + "y = \\begin{pmatrix} \\cos m \\theta & - \\sin m \\theta \\\\ \\sin m \\theta & \\cos m \\theta"
                        + " \\end{pmatrix} \\begin{pmatrix} a \\\\ b \\end{pmatrix}", "y",
                Map.of("\\theta", new double[] {THETA}, "m", new double[] {M}, "a", new double[] {A}, "b",
                        new double[] {B}),
                Map.of("\\theta", SCALAR, "m", SCALAR, "a", SCALAR, "b", SCALAR),
                new double[] {c * A - s * B, s * A + c * B}, List.of()));
        cases.add(new Case("a bmatrix of expressions and numbers is the matrix of its cells, row by row",
                "a, b \\in \\mathbb{R}\nZ = \\begin{bmatrix} a & b \\\\ 2a & 3 \\\\ a b & -1 \\end{bmatrix}", "Z", ab,
                abShapes, new double[] {A, B, 2 * A, 3, A * B, -1}, List.of()));
        cases.add(new Case("\\left[\\begin{array}{c} … \\end{array}\\right] is a column vector",
                "a, b \\in \\mathbb{R}\nv = \\left[\\begin{array}{c} a \\\\ b^2 \\\\ 1 \\end{array}\\right]", "v", ab,
                abShapes, new double[] {A, B * B, 1}, List.of()));
        cases.add(new Case("a vmatrix is the determinant of its matrix",
                "a, b \\in \\mathbb{R}\nD = \\begin{vmatrix} a & b \\\\ 2 & 3 \\end{vmatrix}", "D", ab, abShapes,
                new double[] {A * 3 - B * 2}, List.of()));
        double[] x = {1, 2, 3};
        double[] z = {4, 5, 6};
        // a column of vectors and a number (session 20): papers mostly mean the block vector ([x; 1], the bias
        // entry), so it is E0369 (columnOfVectorsAndANumberIsRefused); without the number the vectors stack (W0492)
        double[] pairs = new double[6];
        for (int i = 0; i < 3; i++) {
            pairs[2 * i] = x[i];
            pairs[2 * i + 1] = z[i];
        }
        cases.add(new Case("a column of same-shape vectors stacks them along a new last axis",
                "x, z \\in \\mathbb{R}^{n}\nV = \\begin{pmatrix} x \\\\ z \\end{pmatrix}", "V",
                Map.of("x", x, "z", z), Map.of("x", new int[] {3}, "z", new int[] {3}), pairs,
                List.of(dev.eqc.compiler.diag.Code.W0492)));
        // L = w^T M v with M = [[a^2, 1], [3b, ab]], v = [b, a]: dL/da = w0 (2ab + 1) + w1 (2ab),
        // dL/db = w0 a^2 + w1 (6b + a^2).
        double[] w = {1, 2};
        String loss = "a, b \\in \\mathbb{R}, w \\in \\mathbb{R}^{2}\n"
                + "L = w^\\top \\begin{pmatrix} a^2 & 1 \\\\ 3b & a b \\end{pmatrix} \\begin{pmatrix} b \\\\ a \\end{pmatrix}\n"
                + "g = \\nabla_a L\nh = \\nabla_b L";
        Map<String, double[]> abw = Map.of("a", new double[] {A}, "b", new double[] {B}, "w", w);
        Map<String, int[]> abwShapes = Map.of("a", SCALAR, "b", SCALAR, "w", new int[] {2});
        cases.add(new Case("the gradient flows through the cells of a matrix written out (a)", loss, "g", abw,
                abwShapes, new double[] {w[0] * (2 * A * B + 1) + w[1] * 2 * A * B}, List.of()));
        cases.add(new Case("the gradient flows through the cells of a matrix written out (b)", loss, "h", abw,
                abwShapes, new double[] {w[0] * A * A + w[1] * (6 * B + A * A)}, List.of()));
        // Bahdanau's U_a \in R^{n' x 2n}: the product written together (2n) is one size.
        double[] u = {1, 2, 3, 4, 5, 6}; // [[1, 2], [3, 4], [5, 6]] with n' = 3, n = 1
        double[] h = {0.5, -2};
        cases.add(new Case("\\mathbb{R}^{n' \\times 2n} is [n', 2n]",
                "U \\in \\mathbb{R}^{n' \\times 2n}, h \\in \\mathbb{R}^{2n}\ny = U h", "y", Map.of("U", u, "h", h),
                Map.of("U", new int[] {3, 2}, "h", new int[] {2}),
                new double[] {1 * 0.5 - 2 * 2, 3 * 0.5 - 4 * 2, 5 * 0.5 - 6 * 2}, List.of()));
        // ALiBi: softmax(q K^T + m [-(i-1), ..., -1, 0]) with K of i = 3 rows.
        double[] q = {0.5, -1};
        double[] keys = {1, 2, -1, 0.5, 0, 3}; // [[1, 2], [-1, 0.5], [0, 3]]
        double slope = 0.25;
        double[] logits = new double[3];
        double total = 0;
        for (int j = 0; j < 3; j++) {
            logits[j] = q[0] * keys[2 * j] + q[1] * keys[2 * j + 1] + slope * (j - 2);
            total += Math.exp(logits[j]);
        }
        double[] alibi = new double[3];
        for (int j = 0; j < 3; j++) {
            alibi[j] = Math.exp(logits[j]) / total;
        }
        cases.add(new Case("ALiBi's [-(i-1), \\ldots, -1, 0] with i a size is the sequence -(i-1), …, 0 (W0180)",
                "q \\in \\mathbb{R}^{1 \\times d}, K \\in \\mathbb{R}^{i \\times d}, m \\in \\mathbb{R}\n"
                        + "a = \\mathrm{softmax}\\left(q K^\\top + m \\cdot [-(i-1), \\ldots, -2, -1, 0]\\right)", "a",
                Map.of("q", q, "K", keys, "m", new double[] {slope}),
                Map.of("q", new int[] {1, 2}, "K", new int[] {3, 2}, "m", SCALAR), alibi, List.of(Code.W0180)));
        double[] evens = new double[3];
        for (int j = 0; j < 3; j++) {
            evens[j] = x[j] + 2 * j;
        }
        cases.add(new Case("a list stepping by 2 to a size expression: [0, 2, \\ldots, 2n-2] (W0180)",
                "x \\in \\mathbb{R}^{n}\ny = [0, 2, \\ldots, 2n - 2] + x", "y", Map.of("x", x),
                Map.of("x", new int[] {3}), evens, List.of(Code.W0180)));
        double[] sq = new double[3];
        for (int j = 0; j < 3; j++) {
            sq[j] = 2 * (x[j] + j);
        }
        cases.add(new Case("the gradient passes a list with dots as a constant",
                "x \\in \\mathbb{R}^{n}\nL = \\sum_j \\left(x + [0, 1, \\ldots, n-1]\\right)_j^2\ng = \\nabla_x L", "g",
                Map.of("x", x), Map.of("x", new int[] {3}), sq, List.of(Code.W0180)));
        // HyperLSTM's {i,f,g,o} = …^{i,f,g,o}…: one definition per label.
        double[] hv = {1, 2};
        double[] wa = {1, 0.5, -1, 2};   // [[1, 0.5], [-1, 2]]
        double[] wb = {0, 1, 3, -2};     // [[0, 1], [3, -2]]
        String gates = "h \\in \\mathbb{R}^{2}, W^{a}, W^{b} \\in \\mathbb{R}^{2 \\times 2}\n\\{a, b\\} = W^{a,b} h + 1";
        cases.add(new Case("{a, b} = W^{a,b} h + 1 defines a with W^{a} (W0181)", gates, "a",
                Map.of("h", hv, "W^{a}", wa), Map.of("h", new int[] {2}, "W^{a}", new int[] {2, 2}),
                new double[] {1 * 1 + 0.5 * 2 + 1, -1 * 1 + 2 * 2 + 1}, List.of(Code.W0181)));
        cases.add(new Case("{a, b} = W^{a,b} h + 1 defines b with W^{b} (W0181)", gates, "b",
                Map.of("h", hv, "W^{b}", wb), Map.of("h", new int[] {2}, "W^{b}", new int[] {2, 2}),
                new double[] {0 * 1 + 1 * 2 + 1, 3 * 1 - 2 * 2 + 1}, List.of(Code.W0181)));
        double[] pos = {1, 2, 3};
        double[] log10 = new double[3];
        double[] log2 = new double[3];
        for (int j = 0; j < 3; j++) {
            log10[j] = Math.log10(pos[j]);
            log2[j] = Math.log(pos[j]) / Math.log(2);
        }
        cases.add(new Case("\\log_{10} x is the logarithm to base 10", "x \\in \\mathbb{R}^{n}\ny = \\log_{10} x", "y",
                Map.of("x", pos), Map.of("x", new int[] {3}), log10, List.of()));
        cases.add(new Case("\\log_2(x) is the logarithm to base 2", "x \\in \\mathbb{R}^{n}\ny = \\log_2(x)", "y",
                Map.of("x", pos), Map.of("x", new int[] {3}), log2, List.of()));
        double[] dlog10 = new double[3];
        for (int j = 0; j < 3; j++) {
            dlog10[j] = 1 / (pos[j] * Math.log(10));
        }
        cases.add(new Case("the gradient of \\log_{10}", "x \\in \\mathbb{R}^{n}\nL = \\sum_j \\log_{10} x_j\ng = \\nabla_x L",
                "g", Map.of("x", pos), Map.of("x", new int[] {3}), dlog10, List.of()));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatedCodeAndInterpreterComputeThePaperReading(Case c) throws Exception {
        PaperReadings.assertComputes("Literals", c.program(), c.definition(), c.inputs(), c.shapes(), c.expected(), c.warns());
    }

    @org.junit.jupiter.api.Test
    void columnOfVectorsAndANumberIsRefused() {
        List<Diagnostic> errors = errors("x, z \\in \\mathbb{R}^{n}\nV = \\begin{pmatrix} x \\\\ z \\\\ 0 \\end{pmatrix}");
        org.junit.jupiter.api.Assertions.assertEquals(List.of("E0369"), errors.stream().map(d -> d.code().name()).toList());
    }

    private static List<Diagnostic> errors(String program) {
        Diagnostics diagnostics = new Diagnostics();
        EqCompiler.check(new SourceFile("literals.eq", program), new Options("Literals", "", Precision.DOUBLE, false),
                diagnostics);
        return diagnostics.all().stream().filter(x -> x.code().name().startsWith("E")).toList();
    }

    @Test
    void aListWhoseLengthFollowsAnIndexIsE0183() {
        List<Diagnostic> errors = errors("x \\in \\mathbb{R}^{n}\ny_i = x_i [0, 1, \\ldots, i]");
        assertEquals(List.of(Code.E0183), errors.stream().map(Diagnostic::code).toList());
    }

    @Test
    void aListOffItsSequenceIsE0182() {
        List<Diagnostic> errors = errors("x \\in \\mathbb{R}^{n}\ny = x + [0, 1, 3, \\ldots, n]");
        assertEquals(List.of(Code.E0182), errors.stream().map(Diagnostic::code).toList());
    }

    private static List<Code> codes(String program) {
        Diagnostics diagnostics = new Diagnostics();
        EqCompiler.check(new SourceFile("literals.eq", program), new Options("Literals", "", Precision.DOUBLE, false),
                diagnostics);
        return diagnostics.all().stream().map(Diagnostic::code).distinct().toList();
    }

    @Test
    void aSetWrittenAsADefinitionReadsAsTheElementWiseDefinitionOverItsRange() {
        String set = "x \\in \\mathbb{R}^{d}\n"
                + "\\Theta = \\left\\{\\theta_i = 10000^{-2(i-1)/d}, i \\in [1, 2, \\ldots, d/2]\\right\\}";
        String written = "x \\in \\mathbb{R}^{d}, \\theta \\in \\mathbb{R}^{d/2}\n"
                + "\\theta_i = 10000^{-2(i-1)/d} \\quad \\text{for } i = 1, \\dots, d/2\n\\Theta = \\theta";
        List<Code> fromSet = new ArrayList<>(codes(set));
        assertTrue(fromSet.remove(Code.W0182), "W0182 names the reading: " + fromSet);
        assertEquals(codes(written), fromSet);
    }

    @Test
    void concatenatingAnUndeclaredNameSaysWhatToDeclare() {
        // g and h are vectors (a concatenation needs an axis), but how the 2 entries split is the user's to say.
        Diagnostics diagnostics = new Diagnostics();
        EqCompiler.check(new SourceFile("literals.eq", "a \\in \\mathbb{R}^{2}\ne = a^\\top [g \\Vert h]"),
                new Options("Literals", "", Precision.DOUBLE, false), diagnostics);
        assertTrue(diagnostics.hasErrors(), diagnostics.all()::toString);
        Diagnostic g = diagnostics.all().stream().filter(x -> x.code() == Code.W0101 && x.message().contains("`g`"))
                .findFirst().orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
        assertTrue(g.message().contains("vector") && g.help().contains("g \\in \\mathbb{R}^{n_g}"), g::toString);
    }

    @Test
    void raggedMatrixRowsAreE0180() {
        List<Diagnostic> errors = errors("a, b, c \\in \\mathbb{R}\nM = \\begin{pmatrix} a & b \\\\ c \\end{pmatrix}");
        assertEquals(List.of(Code.E0180), errors.stream().map(Diagnostic::code).toList());
    }

    @Test
    void aVdotsPatternIsE0181NotAGuess() {
        List<Diagnostic> errors = errors("x \\in \\mathbb{R}^{d}\ny = \\begin{pmatrix} x_1 \\\\ \\vdots \\\\ x_d \\end{pmatrix}");
        assertEquals(List.of(Code.E0181), errors.stream().map(Diagnostic::code).toList());
        assertTrue(errors.get(0).message().contains("\\vdots"), errors.get(0).message());
    }
}
