package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sums over index sets, diagonal matrices given by their diagonal and superscripted element-wise names
 * (docs/LANGUAGE.md, "Sums over index sets"): each computed by generated code and the interpreter against
 * values from plain loops here, with the warnings the reading gives.
 */
class IndexSetsTest {
    /** A 4-node graph: 0 -> {1, 2}, 1 -> {0}, 2 -> {2, 3}, 3 -> {0, 1, 2, 3}. */
    private static final double[] MEMBERS = {0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1};
    /** Weighted adjacency with the same pattern (a weight is not 1, so "≠ 0" is what counts). */
    private static final double[] ADJ = {0, 2, 0.5, 0, -1, 0, 0, 0, 0, 0, 3, 1, 1, 1, 1, 0.25};
    private static final double[] H = {1, -2, 0.5, 3, 0.25, 4, -1, 2};   // [4, 2]
    private static final double[] S = {0.5, -3, 2, 1.5};                  // [4]

    record Case(String name, String program, String definition, Map<String, double[]> inputs,
            Map<String, int[]> shapes, double[] expected, List<Code> warns) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static double member(double[] m, int i, int j) {
        return m[i * 4 + j] != 0 ? 1 : 0;
    }

    /** Row i of the set times h: sum over the members j of h_j. */
    private static double[] setSums(double[] m, double[] h, int d) {
        double[] out = new double[4 * d];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                for (int c = 0; c < d; c++) {
                    out[i * d + c] += member(m, i, j) * h[j * d + c];
                }
            }
        }
        return out;
    }

    private static double[] setMeans(double[] m, double[] s) {
        double[] out = new double[4];
        for (int i = 0; i < 4; i++) {
            double sum = 0;
            int count = 0;
            for (int j = 0; j < 4; j++) {
                if (m[i * 4 + j] != 0) {
                    sum += s[j];
                    count++;
                }
            }
            out[i] = sum / count;
        }
        return out;
    }

    private static double[] setMax(double[] m, double[] s) {
        double[] out = new double[4];
        for (int i = 0; i < 4; i++) {
            out[i] = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < 4; j++) {
                if (m[i * 4 + j] != 0) {
                    out[i] = Math.max(out[i], s[j]);
                }
            }
        }
        return out;
    }

    /** D^{-1/2} A D^{-1/2} with D the diagonal of row sums (GCN's normalisation). */
    private static double[] normalised(double[] a) {
        double[] d = new double[4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                d[i] += a[i * 4 + j];
            }
        }
        double[] out = new double[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                out[i * 4 + j] = a[i * 4 + j] / Math.sqrt(d[i] * d[j]);
            }
        }
        return out;
    }

    private static double[] diagonalOfRowSums(double[] a) {
        double[] out = new double[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                out[i * 4 + i] += a[i * 4 + j];
            }
        }
        return out;
    }

    static Stream<Case> cases() {
        int[] mat = {4, 4};
        int[] h = {4, 2};
        int[] vec = {4};
        double[] positive = {2, 1, 0, 0, 1, 3, 1, 0, 0, 1, 1, 0.5, 0, 0, 0.5, 2};
        return Stream.of(
                new Case("sum over j in N_i with N declared as a 0/1 matrix",
                        "h \\in \\mathbb{R}^{n \\times d}, \\mathcal{N} \\in \\{0,1\\}^{n \\times n}\n"
                                + "g_i = \\sum_{j \\in \\mathcal{N}_i} h_j", "g",
                        Map.of("h", H, "\\mathcal{N}", MEMBERS), Map.of("h", h, "\\mathcal{N}", mat),
                        setSums(MEMBERS, H, 2), List.of()),
                new Case("mean over a set defined by set-builder notation, |N_i| its size",
                        "A \\in \\mathbb{R}^{n \\times n}, s \\in \\mathbb{R}^{n}\n"
                                + "\\mathcal{N}_i = \\{j \\mid A_{ij} \\neq 0\\}\n"
                                + "g_i = \\frac{1}{|\\mathcal{N}_i|}\\sum_{j \\in \\mathcal{N}_i} s_j", "g",
                        Map.of("A", ADJ, "s", S), Map.of("A", mat, "s", vec), setMeans(ADJ, S), List.of()),
                new Case("GIN's sum over u in N(v) of a defined set",
                        "h \\in \\mathbb{R}^{n \\times d}, A \\in \\mathbb{R}^{n \\times n}\n"
                                + "\\mathcal{N}_v = \\{u \\mid A_{vu} \\neq 0\\}\n"
                                + "g_v = \\sum_{u \\in \\mathcal{N}(v)} h_u", "g",
                        Map.of("A", ADJ, "h", H), Map.of("A", mat, "h", h), setSums(ADJ, H, 2), List.of()),
                new Case("max over an undeclared set: a membership matrix input, warned",
                        "s \\in \\mathbb{R}^{n}\nm_i = \\max_{j \\in \\mathcal{N}_i} s_j", "m",
                        Map.of("s", S, "\\mathcal{N}", MEMBERS), Map.of("s", vec, "\\mathcal{N}", mat),
                        setMax(MEMBERS, S), List.of(Code.W0151, Code.W0101)),
                new Case("D_{ii} defines a diagonal matrix",
                        "A \\in \\mathbb{R}^{n \\times n}\nD_{ii} = \\sum_j A_{ij}", "D",
                        Map.of("A", positive), Map.of("A", mat), diagonalOfRowSums(positive), List.of(Code.W0150)),
                new Case("GCN: D^{-1/2} A D^{-1/2} of a defined matrix and its defined diagonal",
                        "A \\in \\mathbb{R}^{n \\times n}\n\\tilde{A} = A + I_n\n"
                                + "\\tilde{D}_{ii} = \\sum_j \\tilde{A}_{ij}\n"
                                + "S = \\tilde{D}^{-\\frac{1}{2}}\\tilde{A}\\tilde{D}^{-\\frac{1}{2}}", "S",
                        Map.of("A", positive), Map.of("A", mat), normalised(plusIdentity(positive)),
                        List.of(Code.W0150, Code.W0102)),
                new Case("GAT: a weight normalised over k in N_i is 0 outside the set",
                        "c \\in \\mathbb{R}^{n \\times n}, A \\in \\mathbb{R}^{n \\times n}\n"
                                + "\\mathcal{N}_i = \\{j \\mid A_{ij} \\neq 0\\}\n"
                                + "\\alpha_{ij} = \\frac{\\exp(c_{ij})}{\\sum_{k \\in \\mathcal{N}_i} \\exp(c_{ik})}", "\\alpha",
                        Map.of("c", positive, "A", ADJ), Map.of("c", mat, "A", mat), maskedSoftmax(ADJ, positive),
                        List.of(Code.W0152)),
                new Case("gradient through a masked sum and a masked max",
                        "w \\in \\mathbb{R}^{n}, A \\in \\mathbb{R}^{n \\times n}\n"
                                + "\\mathcal{N}_i = \\{j \\mid A_{ij} \\ne 0\\}\n"
                                + "L = \\sum_i \\max_{j \\in \\mathcal{N}_i} w_j^2 + \\sum_i \\sum_{j \\in \\mathcal{N}_i} w_j^3\n"
                                + "g = \\nabla_w L", "g",
                        Map.of("w", S, "A", ADJ), Map.of("w", vec, "A", mat), gradient(ADJ, S), List.of()),
                new Case("running mean: b, h, w run up to the undeclared B, H, W; c is the left-hand C",
                        "\\hat{\\mu}_C \\longleftarrow (1 - r)\\hat{\\mu}_C + r \\frac{1}{B H W} \\sum_{b,h,w} X_{b,c,h,w}",
                        "\\hat{\\mu}", Map.of("\\hat{\\mu}", new double[] {0.5, -1}, "r", new double[] {0.25}, "X", X4),
                        Map.of("\\hat{\\mu}", new int[] {2}, "r", new int[0], "X", new int[] {2, 2, 1, 3}),
                        runningMean(new double[] {0.5, -1}, 0.25, X4), List.of(Code.W0153, Code.W0101)),
                new Case("sigma_i^2 = ... defines sigma^2 element-wise over i",
                        "X \\in \\mathbb{R}^{n \\times m}\n\\sigma_{i}^2 = \\sum_j X_{ij} X_{ij}", "\\sigma^2",
                        Map.of("X", H), Map.of("X", h), new double[] {5, 9.25, 16.0625, 5}, List.of()));
    }

    /** exp(e_ij) / sum over the members k of row i of exp(e_ik), 0 where j is not a member. */
    private static double[] maskedSoftmax(double[] m, double[] e) {
        double[] out = new double[16];
        for (int i = 0; i < 4; i++) {
            double z = 0;
            for (int k = 0; k < 4; k++) {
                z += member(m, i, k) * Math.exp(e[i * 4 + k]);
            }
            for (int j = 0; j < 4; j++) {
                out[i * 4 + j] = member(m, i, j) * Math.exp(e[i * 4 + j]) / z;
            }
        }
        return out;
    }

    /** d/dw of sum_i max_{j in N_i} w_j^2 + sum_i sum_{j in N_i} w_j^3, by hand. */
    private static double[] gradient(double[] m, double[] w) {
        double[] g = new double[4];
        for (int i = 0; i < 4; i++) {
            int best = -1;
            for (int j = 0; j < 4; j++) {
                if (member(m, i, j) != 0) {
                    if (best < 0 || w[j] * w[j] > w[best] * w[best]) {
                        best = j;
                    }
                    g[j] += 3 * w[j] * w[j];
                }
            }
            g[best] += 2 * w[best];
        }
        return g;
    }

    /** [B, C, H, W] = [2, 2, 1, 3]. */
    private static final double[] X4 = {1, 2, 3, -1, 0.5, 4, 2, -2, 0, 6, 1.5, -3};

    private static double[] runningMean(double[] mu, double r, double[] x) {
        double[] out = new double[2];
        for (int c = 0; c < 2; c++) {
            double sum = 0;
            for (int b = 0; b < 2; b++) {
                for (int w = 0; w < 3; w++) {
                    sum += x[b * 6 + c * 3 + w];
                }
            }
            out[c] = (1 - r) * mu[c] + r * sum / 6;
        }
        return out;
    }

    private static double[] plusIdentity(double[] a) {
        double[] out = a.clone();
        for (int i = 0; i < 4; i++) {
            out[i * 4 + i] += 1;
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatedCodeAndInterpreterComputeTheSetReading(Case c) throws Exception {
        PaperReadings.assertComputes("Sets", c.program(), c.definition(), c.inputs(), c.shapes(), c.expected(), c.warns());
    }

    private static List<Diagnostic> check(String program) {
        Diagnostics diagnostics = new Diagnostics();
        EqCompiler.check(new SourceFile("sets.eq", program), new Options("Sets", "", Precision.DOUBLE, false),
                diagnostics);
        return diagnostics.all();
    }

    @Test
    void aNamedPowerOfASquareMatrixIsRejectedNotGuessed() {
        // SGC's S^K with K = 2: the matrix power; before, each entry was squared without a word.
        List<Diagnostic> all = check("A \\in \\mathbb{R}^{n \\times n}, K = 2\nB = A^K");
        assertTrue(all.stream().anyMatch(d -> d.code() == Code.E0150), all::toString);
    }

    @Test
    void styledLettersAreNamesOfTheirOwnNotALetterRun() {
        // GAT's \mathbf{W}\vec{h}_i: W times row i of h (before: one name `Wh_i`).
        List<Diagnostic> all = check("h \\in \\mathbb{R}^{n \\times f}, \\mathbf{W} \\in \\mathbb{R}^{g \\times f}\n"
                + "z_i = \\mathbf{W}\\vec{h}_i");
        assertTrue(all.isEmpty(), all::toString);
    }
}
