package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import dev.eqc.compiler.testkit.GeneratedTests;
import dev.eqc.runtime.Tensor;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/LANGUAGE.md, "Vocabulary" and "Class labels": the identity and the ones vector of implied size,
 * selection by class labels, one-hot, LayerNorm and RMSNorm. Expected values are computed here with
 * plain loops, independently of eqc's parser and interpreter; both the generated code and the
 * interpreter must give them, with exactly the warnings listed.
 */
class VocabularyTest {
    // X = [[1, 2], [0, -1], [3, 0.5]], y = [1, -2, 0.5]
    private static final double[][] XM = {{1, 2}, {0, -1}, {3, 0.5}};
    private static final double[] Y = {1, -2, 0.5};
    private static final double[][] WM = {{0.5, -1}, {2, 0.25}};
    // p, z: N = 3 rows of K = 4
    private static final double[][] P = {{0.1, 0.2, 0.3, 0.4}, {0.25, 0.25, 0.4, 0.1}, {0.7, 0.1, 0.1, 0.1}};
    private static final double[][] Z = {{1.0, -0.5, 2.0, 0.0}, {0.3, 0.3, -1.0, 4.0}, {-2.0, 1.5, 0.5, 0.25}};
    private static final double[] ALPHA = {0.5, 1.5, 2.0, 0.75};

    record Case(String name, String program, String definition, Map<String, double[]> inputs,
            Map<String, int[]> shapes, double[] expected, Set<Code> warns) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static double[] flat(double[][] m) {
        return Stream.of(m).flatMapToDouble(java.util.Arrays::stream).toArray();
    }

    private static double[] softmax(double[] row) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : row) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = Math.exp(row[j] - max);
            sum += out[j];
        }
        for (int j = 0; j < row.length; j++) {
            out[j] /= sum;
        }
        return out;
    }

    static double[] layerNorm(double[] row) {
        double mean = 0;
        for (double v : row) {
            mean += v / row.length;
        }
        double var = 0;
        for (double v : row) {
            var += (v - mean) * (v - mean) / row.length;
        }
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = (row[j] - mean) / Math.sqrt(var + 1e-5);
        }
        return out;
    }

    static double[] rmsNorm(double[] row) {
        double ms = 0;
        for (double v : row) {
            ms += v * v / row.length;
        }
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = row[j] / Math.sqrt(ms + 1e-5);
        }
        return out;
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        Map<String, double[]> in = new HashMap<>();
        in.put("X", flat(XM));
        in.put("y", Y);
        in.put("\\lambda", new double[] {0.5});
        in.put("W", flat(WM));
        in.put("x", new double[] {1, 2});
        Map<String, int[]> shapes = Map.of("X", new int[] {3, 2}, "y", new int[] {3}, "\\lambda", new int[0],
                "W", new int[] {2, 2}, "x", new int[] {2}, "I", new int[] {2, 2});
        String decl = "X \\in \\mathbb{R}^{n \\times d}, y \\in \\mathbb{R}^{n}, \\lambda \\in \\mathbb{R}, "
                + "W \\in \\mathbb{R}^{d \\times d}, x \\in \\mathbb{R}^{d}\n";
        // Ridge regression: (X^T X + 0.5 I)^{-1} X^T y with a 2x2 inverse written out.
        double[][] g = new double[2][2];
        double[] xty = new double[2];
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                for (int i = 0; i < 3; i++) {
                    g[a][b] += XM[i][a] * XM[i][b];
                }
            }
            g[a][a] += 0.5;
            for (int i = 0; i < 3; i++) {
                xty[a] += XM[i][a] * Y[i];
            }
        }
        double det = g[0][0] * g[1][1] - g[0][1] * g[1][0];
        double[] ridge = {(g[1][1] * xty[0] - g[0][1] * xty[1]) / det, (-g[1][0] * xty[0] + g[0][0] * xty[1]) / det};
        cases.add(new Case("an undeclared I is the identity of the size its use implies: ridge regression",
                decl + "w = (X^\\top X + \\lambda I)^{-1} X^\\top y", "w", in, shapes, ridge, Set.of()));
        double[] wPlusI = {WM[0][0] + 1, WM[0][1], WM[1][0], WM[1][1] + 1};
        cases.add(new Case("W + I", decl + "A = W + I", "A", in, shapes, wPlusI, Set.of()));
        cases.add(new Case("I_d is the identity of size d", decl + "A = W + I_d", "A", in, shapes, wPlusI, Set.of()));
        cases.add(new Case("I_{ij} with indices in scope is the Kronecker delta", decl + "T_{ij} = W_{ij} + I_{ij}", "T",
                in, shapes, wPlusI, Set.of()));
        Map<String, double[]> withI = new HashMap<>(in);
        withI.put("I", new double[] {10, 20, 30, 40});
        cases.add(new Case("a declared I is that input, not the identity",
                decl + "I \\in \\mathbb{R}^{d \\times d}\nA = W + I", "A", withI, shapes,
                new double[] {10.5, 19, 32, 40.25}, Set.of()));
        double sumY = Y[0] + Y[1] + Y[2];
        cases.add(new Case("\\mathbf{1}^\\top y is the sum of y (it was the number 1 times y)", decl + "s = \\mathbf{1}^\\top y",
                "s", in, shapes, new double[] {sumY}, Set.of()));
        cases.add(new Case("1_n^\\top y", decl + "s = 1_n^\\top y", "s", in, shapes, new double[] {sumY}, Set.of()));
        cases.add(new Case("\\boldsymbol{1}_n^\\top y", decl + "s = \\boldsymbol{1}_n^\\top y", "s", in, shapes,
                new double[] {sumY}, Set.of()));
        double[] centred = new double[6];
        for (int j = 0; j < 2; j++) {
            double mean = (XM[0][j] + XM[1][j] + XM[2][j]) / 3;
            for (int i = 0; i < 3; i++) {
                centred[i * 2 + j] = XM[i][j] - mean;
            }
        }
        cases.add(new Case("centring: X - \\frac{1}{n} \\mathbf{1}\\mathbf{1}^\\top X subtracts the column means",
                decl + "C = X - \\frac{1}{n}\\mathbf{1}\\mathbf{1}^\\top X", "C", in, shapes, centred, Set.of()));
        double bilinear = 0;
        double ones = 0;
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                bilinear += new double[] {1, 2}[a] * WM[a][b] * new double[] {1, 2}[b];
                ones += WM[a][b];
            }
        }
        cases.add(new Case("x^\\top W x is a number (it was element-wise)", decl + "q = x^\\top W x", "q", in, shapes,
                new double[] {bilinear}, Set.of()));
        cases.add(new Case("\\mathbf{1}^\\top W \\mathbf{1} sums W", decl + "q = \\mathbf{1}^\\top W \\mathbf{1}", "q", in,
                shapes, new double[] {ones}, Set.of()));

        // ---- class labels ----
        Map<String, double[]> lab = new HashMap<>();
        lab.put("p", flat(P));
        lab.put("z", flat(Z));
        lab.put("\\alpha", ALPHA);
        Map<String, int[]> labShapes = Map.of("p", new int[] {3, 4}, "z", new int[] {3, 4}, "\\alpha", new int[] {4},
                "y", new int[] {3});
        int[] oneBased = {2, 4, 1};
        double[] yOne = {2, 4, 1};
        double[] yZero = {1, 3, 0};   // the same classes counted from 0
        String p1 = "p \\in \\mathbb{R}^{N \\times K}, z \\in \\mathbb{R}^{N \\times K}, \\alpha \\in \\mathbb{R}^{K}, ";
        double nll = 0;
        double focal = 0;
        double[] weights = new double[3];
        double[] picked = new double[3];
        for (int i = 0; i < 3; i++) {
            int c = oneBased[i] - 1;
            nll -= Math.log(P[i][c]) / 3;
            focal -= ALPHA[c] * Math.log(softmax(Z[i])[c]);
            weights[i] = ALPHA[c];
            picked[i] = P[i][c];
        }
        Map<String, double[]> lab1 = new HashMap<>(lab);
        lab1.put("y", yOne);
        Map<String, double[]> lab0 = new HashMap<>(lab);
        lab0.put("y", yZero);
        cases.add(new Case("labels declared {1..K} count from 1: the negative log-likelihood",
                p1 + "y \\in \\{1, \\dots, K\\}^N\nL = -\\frac{1}{N}\\sum_i \\log p_{i, y_i}", "L", lab1, labShapes,
                new double[] {nll}, Set.of()));
        cases.add(new Case("labels declared {0..K-1} count from 0",
                p1 + "y \\in \\{0, \\ldots, K-1\\}^N\nL = -\\frac{1}{N}\\sum_i \\log p_{i, y_i}", "L", lab0, labShapes,
                new double[] {nll}, Set.of()));
        cases.add(new Case("labels over \\mathbb{N} count from 0, with W0140",
                p1 + "y \\in \\mathbb{N}^N\nL = -\\frac{1}{N}\\sum_i \\log p_{i, y_i}", "L", lab0, labShapes,
                new double[] {nll}, Set.of(Code.W0140)));
        cases.add(new Case("labels over \\mathbb{Z} count from 0, with W0140",
                p1 + "y \\in \\mathbb{Z}^{N}\nq_i = p_{i, y_i}", "q", lab0, labShapes, picked, Set.of(Code.W0140)));
        cases.add(new Case("a per-class weight selected by the label",
                p1 + "y \\in \\{1, \\dots, K\\}^N\na_i = \\alpha_{y_i}", "a", lab1, labShapes, weights, Set.of()));
        cases.add(new Case("the log-probability of the labelled class, weighted: \\mathrm{softmax}(z_i)_{y_i}",
                p1 + "y \\in \\{1, \\dots, K\\}^N\nF = -\\sum_i \\alpha_{y_i} \\log \\mathrm{softmax}(z_i)_{y_i}", "F", lab1,
                labShapes, new double[] {focal}, Set.of()));
        double[] onehot = new double[12];
        for (int i = 0; i < 3; i++) {
            onehot[i * 4 + oneBased[i] - 1] = 1;
        }
        cases.add(new Case("one-hot of labels counted from 1",
                p1 + "y \\in \\{1, \\dots, K\\}^N\nO = \\mathrm{onehot}(y)", "O", lab1, labShapes, onehot, Set.of()));
        cases.add(new Case("one-hot of labels counted from 0",
                p1 + "y \\in \\{0, \\dots, K-1\\}^N\nO = \\mathrm{one\\_hot}(y)", "O", lab0, labShapes, onehot,
                Set.of()));
        cases.add(new Case("a label counted from 1 compared with an index counted from 0 is compared by position",
                p1 + "y \\in \\{1, \\dots, K\\}^N\nT = \\sum_i \\sum_k \\mathbb{1}[y_i = k] p_{ik}", "T", lab1, labShapes,
                new double[] {picked[0] + picked[1] + picked[2]}, Set.of()));
        // The gradient of the negative log-likelihood: -1 / (N p) at the selected elements.
        double[] gp = new double[12];
        for (int i = 0; i < 3; i++) {
            gp[i * 4 + oneBased[i] - 1] = -1.0 / (3 * P[i][oneBased[i] - 1]);
        }
        cases.add(new Case("the gradient flows into the selected elements",
                p1 + "y \\in \\{1, \\dots, K\\}^N\nL = -\\frac{1}{N}\\sum_i \\log p_{i, y_i}\ng = \\nabla_p L", "g", lab1,
                labShapes, gp, Set.of()));
        // Weighted cross-entropy: dF/dz_ik = alpha_{y_i} (softmax(z_i)_k - [k = y_i]).
        double[] gz = new double[12];
        for (int i = 0; i < 3; i++) {
            double[] s = softmax(Z[i]);
            for (int k = 0; k < 4; k++) {
                gz[i * 4 + k] = ALPHA[oneBased[i] - 1] * (s[k] - (k == oneBased[i] - 1 ? 1 : 0));
            }
        }
        cases.add(new Case("the gradient of a weighted cross-entropy through \\mathrm{softmax}(z_i)_{y_i}",
                p1 + "y \\in \\{1, \\dots, K\\}^N\nF = -\\sum_i \\alpha_{y_i} \\log \\mathrm{softmax}(z_i)_{y_i}\n"
                        + "g = \\nabla_z F", "g", lab1, labShapes, gz, Set.of()));

        // ---- exclusions and selections by a label (docs/LANGUAGE.md, "Class labels") ----
        double[] hinge = new double[3];
        double[] others = new double[3];
        for (int i = 0; i < 3; i++) {
            int c = oneBased[i] - 1;
            for (int j = 0; j < 4; j++) {
                if (j != c) {
                    hinge[i] += Math.max(0, P[i][j] - P[i][c] + 1);
                    others[i] += P[i][j];
                }
            }
        }
        cases.add(new Case("\\sum_{j \\neq y_i} leaves out the labelled class; s_{i y_i} without a comma selects",
                p1 + "y \\in \\{1, \\dots, K\\}^N\nq_i = \\sum_{j \\neq y_i} \\max(0, p_{ij} - p_{i y_i} + 1)", "q", lab1,
                labShapes, hinge, Set.of()));
        cases.add(new Case("\\sum_{j=1, j \\neq y_i}^{K} with labels counted from 0 leaves out the same class",
                p1 + "y \\in \\{0, \\dots, K-1\\}^N\nr_i = \\sum_{j=1, j \\neq y_i}^{K} p_{ij}", "r", lab0, labShapes,
                others, Set.of()));
        cases.add(new Case("an exclusion by labels over \\mathbb{N} counts them from 0, with W0140",
                p1 + "y \\in \\mathbb{N}^N\nr_i = \\sum_{j \\neq y_i} p_{ij}", "r", lab0, labShapes, others,
                Set.of(Code.W0140)));
        Map<String, double[]> one = new HashMap<>(lab);
        one.put("y", new double[] {3});
        Map<String, int[]> oneShapes = new HashMap<>(labShapes);
        oneShapes.put("y", new int[] {});
        cases.add(new Case("one label y \\in \\{1, \\dots, K\\} selects \\alpha_y",
                p1 + "y \\in \\{1, \\dots, K\\}\na = \\alpha_y", "a", one, oneShapes, new double[] {ALPHA[2]}, Set.of()));
        cases.add(new Case("\\max_{j \\neq y} over the classes but one label's (Crammer and Singer)",
                p1 + "y \\in \\{1, \\dots, K\\}\nm = \\max_{j \\neq y} \\alpha_j - \\alpha_y", "m", one, oneShapes,
                new double[] {Math.max(Math.max(ALPHA[0], ALPHA[1]), ALPHA[3]) - ALPHA[2]}, Set.of()));
        double[] ohArgmax = new double[4];
        ohArgmax[2] = 1;   // ALPHA's largest is at position 2
        cases.add(new Case("one-hot of an arg max over an index (the Gumbel-Max trick)",
                p1 + "O = \\mathrm{one\\_hot}(\\arg\\max_k \\alpha_k)", "O", lab, labShapes, ohArgmax, Set.of()));
        double hits = 0;
        for (int i = 0; i < 3; i++) {
            int best = 0;
            for (int k = 1; k < 4; k++) {
                best = P[i][k] > P[i][best] ? k : best;
            }
            hits += best == oneBased[i] - 1 ? 1 : 0;
        }
        cases.add(new Case("an arg max compared with a label counted from 1 is compared by position (top-1 accuracy)",
                p1 + "y \\in \\{1, \\dots, K\\}^N\nA = \\sum_i \\mathbb{1}[\\arg\\max_k p_{ik} = y_i]", "A", lab1, labShapes,
                new double[] {hits}, Set.of()));
        double sameClass = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 3; i++) {
            sameClass = oneBased[i] != 4 ? Math.max(sameClass, ALPHA[oneBased[i] - 1]) : sameClass;
        }
        cases.add(new Case("a condition under the operator: \\max_{i : y_i \\neq 4}",
                p1 + "y \\in \\{1, \\dots, K\\}^N\nm = \\max_{i : y_i \\neq 4} \\alpha_{y_i}", "m", lab1, labShapes,
                new double[] {sameClass}, Set.of()));
        cases.add(new Case("a left-hand index compared with a label runs over its classes: t_{ik} = \\mathbb{1}[y_i = k]",
                p1 + "y \\in \\{1, \\dots, K\\}^N\nt_{ik} = \\mathbb{1}[y_i = k]", "t", lab1, labShapes, onehot,
                Set.of(Code.W0195)));   // K, the number of classes, is no axis of an input: a size argument

        double weighted = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                weighted += P[i][j] * (j + 1);
            }
        }
        cases.add(new Case("\\sum_{i,j=1}^{N,K}: each index over its own upper limit, in the order written (MMD)",
                p1 + "q = \\sum_{i,j=1}^{N,K} p_{ij} j", "q", lab, labShapes, new double[] {weighted}, Set.of()));

        // ---- LayerNorm, RMSNorm ----
        double[] ln = new double[12];
        double[] lnAffine = new double[12];
        double[] rms = new double[12];
        double[] rmsGain = new double[12];
        for (int i = 0; i < 3; i++) {
            double[] l = layerNorm(Z[i]);
            double[] r = rmsNorm(Z[i]);
            for (int k = 0; k < 4; k++) {
                ln[i * 4 + k] = l[k];
                lnAffine[i * 4 + k] = ALPHA[k] * l[k] + 0.5 * ALPHA[k];
                rms[i * 4 + k] = r[k];
                rmsGain[i * 4 + k] = ALPHA[k] * r[k];
            }
        }
        Map<String, double[]> norm = new HashMap<>(lab);
        norm.put("\\beta", new double[] {0.25, 0.75, 1, 0.375});
        Map<String, int[]> normShapes = new HashMap<>(labShapes);
        normShapes.put("\\beta", new int[] {4});
        cases.add(new Case("LayerNorm along the last axis, eps 1e-5", p1 + "h = \\mathrm{LayerNorm}(z)", "h", lab,
                labShapes, ln, Set.of()));
        cases.add(new Case("LayerNorm with a gain and a bias", p1 + "\\beta \\in \\mathbb{R}^{K}\n"
                + "h = \\mathrm{LayerNorm}(z, \\alpha, \\beta)", "h", norm, normShapes, plusBeta(lnAffine), Set.of()));
        cases.add(new Case("RMSNorm along the last axis", p1 + "r = \\mathrm{RMSNorm}(z)", "r", lab, labShapes, rms,
                Set.of()));
        cases.add(new Case("RMSNorm with a gain", p1 + "r = \\mathrm{rms\\_norm}(z, \\alpha)", "r", lab, labShapes, rmsGain,
                Set.of()));
        cases.add(new Case("the gradient through LayerNorm", p1 + "E = \\sum_i \\sum_k \\alpha_k \\mathrm{LayerNorm}(z)_{ik}^2\n"
                + "g = \\nabla_z E", "g", lab, labShapes, centralDifferences(VocabularyTest::layerNorm), Set.of()));
        cases.add(new Case("the gradient through RMSNorm", p1 + "E = \\sum_i \\sum_k \\alpha_k \\mathrm{RMSNorm}(z)_{ik}^2\n"
                + "g = \\nabla_z E", "g", lab, labShapes, centralDifferences(VocabularyTest::rmsNorm), Set.of()));
        // The divergence in a textbook's brackets: D_{KL}[p || q] = \\sum_k p_k (\\log p_k - \\log q_k).
        Map<String, double[]> pq = Map.of("p", P[0], "q", P[1]);
        Map<String, int[]> pqShapes = Map.of("p", new int[] {4}, "q", new int[] {4});
        double kl = 0;
        for (int k = 0; k < 4; k++) {
            kl += P[0][k] * (Math.log(P[0][k]) - Math.log(P[1][k]));
        }
        String pqDecl = "p, q \\in \\mathbb{R}^{4}\n";
        for (String written : List.of("D_{KL}\\bigl[p||q\\bigr]", "\\mbox{D}_{KL}\\Bigl[p\\Bigl|\\Bigr|q\\Bigr]",
                "\\mbox{KL}\\left[p\\left|\\left|\\right.\\right.q\\right]", "D_{KL}[p \\| q]", "D_{KL}[p, q]")) {
            cases.add(new Case("the divergence written " + written, pqDecl + "d = " + written, "d", pq, pqShapes,
                    new double[] {kl}, Set.of()));
        }
        // Jensen-Shannon from two divergences, as a textbook prints it: \\left|\\left|\\right.\\right. on the left.
        double js = 0;
        for (int k = 0; k < 4; k++) {
            double m = (P[0][k] + P[1][k]) / 2;
            js += 0.5 * P[0][k] * (Math.log(P[0][k]) - Math.log(m)) + 0.5 * P[1][k] * (Math.log(P[1][k]) - Math.log(m));
        }
        String jsDef = "\\begin{eqnarray} D_{JS}\\Bigl[p\\left|\\left|\\right.\\right.q\\Bigr] &=& \\frac{1}{2}D_{KL}"
                + "\\Bigl[p\\bigl|\\bigr|\\frac{p+q}{2}\\Bigr] + \\frac{1}{2}\\mbox{KL}\\left[q\\,||\\,\\frac{p+q}{2}\\right]"
                + " \\end{eqnarray}\n";
        cases.add(new Case("the Jensen-Shannon divergence defined from two KL divergences in square brackets",
                pqDecl + jsDef, "D_{JS}", pq, pqShapes, new double[] {js}, Set.of(Code.W0160)));
        cases.add(new Case("a defined divergence called with bars", pqDecl + jsDef + "j = D_{JS}[q || p]", "j", pq,
                pqShapes, new double[] {js}, Set.of(Code.W0160)));
        // Lin (1991) as printed: \\parallel between the arguments, information theory's bare D for the KL divergence,
        // and M defined after the equation (before: E0107 "a parameter must be a name", then E0192 on D).
        cases.add(new Case("JSD(p \\parallel q) from D(p \\parallel m), the relative entropy, with m defined after it",
                pqDecl + "\\mathrm{JSD}(p \\parallel q) = \\frac{1}{2} D(p \\parallel m) + \\frac{1}{2} D(q \\parallel m),"
                        + " \\quad m = \\frac{1}{2}(p + q)", "\\mathrm{JSD}", pq, pqShapes, new double[] {js},
                Set.of(Code.W0102)));
        cases.add(new Case("a divergence written D(p \\| q) with D undefined is the KL divergence", pqDecl + "d = D(p \\| q)",
                "d", pq, pqShapes, new double[] {kl}, Set.of(Code.W0102)));
        return cases.stream();
    }

    /** lnAffine holds gamma * LN + 0.5 alpha; the case's bias is beta: replace the stand-in. */
    private static double[] plusBeta(double[] lnAffine) {
        double[] beta = {0.25, 0.75, 1, 0.375};
        double[] out = lnAffine.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += beta[i % 4] - 0.5 * ALPHA[i % 4];
        }
        return out;
    }

    /** d/dz of sum_ik alpha_k norm(z_i)_k^2 by central differences of the Java formula. */
    private static double[] centralDifferences(java.util.function.UnaryOperator<double[]> norm) {
        double[] out = new double[12];
        double h = 1e-6;
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 4; k++) {
                double[] up = Z[i].clone();
                double[] down = Z[i].clone();
                up[k] += h;
                down[k] -= h;
                double[] a = norm.apply(up);
                double[] b = norm.apply(down);
                double diff = 0;
                for (int j = 0; j < 4; j++) {
                    diff += ALPHA[j] * (a[j] * a[j] - b[j] * b[j]);
                }
                out[i * 4 + k] = diff / (2 * h);
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatedCodeAndInterpreterComputeThePaperReading(Case c) throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        Options options = new Options("Vocabulary", "", Precision.DOUBLE, false);
        TypedProgram typed = EqCompiler.check(new SourceFile("vocabulary.eq", c.program()), options, diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
        Set<Code> warnings = new TreeSet<>(diagnostics.all().stream().map(Diagnostic::code).toList());
        assertEquals(new TreeSet<>(c.warns()), warnings, () -> "warnings: " + diagnostics.all());
        Definition d = typed.program().definitions().stream()
                .filter(x -> x.latexName().equals(c.definition()) || x.key().equals(c.definition()))
                .findFirst().orElseThrow(() -> new AssertionError("no definition " + c.definition()));
        List<String> names = new ArrayList<>();
        d.params().stream().map(Param::latex).forEach(names::add);
        d.freeInputs().stream().map(Input::latex).forEach(names::add);
        List<Tensor> args = new ArrayList<>();
        List<NDArray> refArgs = new ArrayList<>();
        for (String name : names) {
            double[] v = c.inputs().get(name);
            int[] shape = c.shapes().get(name);
            if (v == null || shape == null) {
                throw new AssertionError("the case gives no input " + name);
            }
            args.add(Tensor.of(v, shape));
            refArgs.add(NDArray.of(v, shape));
        }
        // One-hot takes the number of classes as a size when no argument has an axis of K.
        Map<String, Integer> sizes = new HashMap<>();
        typed.sizeParameters(d).forEach(size -> sizes.put(size, 4));
        double[] generated = EquationRunner.compile(typed, options).invoke(d, args, sizes).toDoubleArray();
        double[] interpreted = new Interpreter(typed).call(d, refArgs, sizes).data();
        double tolerance = c.name().startsWith("the gradient through") ? 1e-6 : 1e-12;
        assertArrayEquals(c.expected(), generated, tolerance, "generated code");
        assertArrayEquals(c.expected(), interpreted, tolerance, "interpreter");
    }

    @Test
    void aDivergenceTheFileDoesNotDefineIsAnUndefinedFunctionNotAProductWithAConcatenation() {
        for (String written : List.of("D_{JS}\\Bigl[p\\bigl|\\bigr|q\\Bigr]", "D_{w}[p || q]")) {
            Diagnostics diagnostics = check("p, q \\in \\mathbb{R}^{4}\nd = " + written + "\n");
            assertEquals(List.of(Code.E0192), diagnostics.all().stream().map(Diagnostic::code).distinct().toList(),
                    diagnostics.all()::toString);
        }
    }

    @Test
    void aOnesVectorOfNoTellableSizeIsALocatedError() {
        Diagnostics diagnostics = check("x \\in \\mathbb{R}^{n}\ns = \\mathbf{1}^\\top \\mathbf{1} + \\sum_i x_i\n");
        assertEquals(List.of(Code.E0304), diagnostics.all().stream().map(Diagnostic::code).distinct().toList());
        assertTrue(diagnostics.all().get(0).message().contains("the ones vector"), diagnostics.all().toString());
    }

    @Test
    void layerNormTakesAtMostAGainAndABias() {
        Diagnostics diagnostics = check("x \\in \\mathbb{R}^{d}\nh = \\mathrm{LayerNorm}(x, x, x, x)\n");
        assertEquals(List.of(Code.E0104), diagnostics.all().stream().map(Diagnostic::code).distinct().toList());
    }

    @Test
    void oneHotNeedsTheNumberOfClasses() {
        Diagnostics diagnostics = check("y \\in \\mathbb{N}^{N}\nO = \\mathrm{onehot}(y)\n");
        assertEquals(List.of(Code.E0103), diagnostics.all().stream().map(Diagnostic::code).distinct().toList());
    }

    @Test
    void aGradientThroughAnElementOfAResultThatDependsOnAnEnclosingIndexIsE0501NotAWrongGradient() {
        Diagnostics diagnostics = check("z, t \\in \\mathbb{R}^{N \\times K}\nQ = \\sum_i \\sum_k t_{ik} \\exp(2 z_i)_k\n"
                + "g = \\nabla_z Q\n");
        assertEquals(List.of(Code.E0501), diagnostics.all().stream().map(Diagnostic::code).distinct().toList());
    }

    @Test
    void generatedCodeRejectsALabelThatIsNotAClass() throws Exception {
        Options options = new Options("Labels", "", Precision.DOUBLE, false);
        Diagnostics diagnostics = new Diagnostics();
        TypedProgram typed = EqCompiler.check(new SourceFile("l.eq", "p \\in \\mathbb{R}^{N \\times K}, "
                + "y \\in \\{1, \\dots, K\\}^N\nL = -\\sum_i \\log p_{i, y_i}\n"), options, diagnostics).orElseThrow();
        Definition d = typed.program().definitions().get(0);
        Tensor p = Tensor.of(flat(P), 3, 4);
        EquationRunner compiled = EquationRunner.compile(typed, options);
        Exception e = assertThrows(Exception.class, () -> compiled.invoke(d, List.of(p, Tensor.of(new double[] {1, 0, 2}, 3))));
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertTrue(cause.getMessage().contains("not one of the classes 1 … 4"), cause.getMessage());
    }

    @Test
    void generatedCodeRejectsASingleLabelThatIsNotAClass() throws Exception {
        Options options = new Options("Label", "", Precision.DOUBLE, false);
        Diagnostics diagnostics = new Diagnostics();
        TypedProgram typed = EqCompiler.check(new SourceFile("l.eq", "z \\in \\mathbb{R}^{K}, y \\in \\{1, \\dots, K\\}\n"
                + "L = -\\log \\mathrm{softmax}(z)_y\n"), options, diagnostics).orElseThrow();
        Definition d = typed.program().definitions().get(0);
        EquationRunner compiled = EquationRunner.compile(typed, options);
        Exception e = assertThrows(Exception.class, () -> compiled.invoke(d, List.of(Tensor.of(ALPHA, 4), Tensor.scalar(5))));
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertTrue(cause.getMessage().contains("not one of the classes 1 … 4"), cause.getMessage());
    }

    @Test
    void theGradientOfAOneHotOfAnArgMaxIsALocatedE0501() {
        Diagnostics diagnostics = check("a \\in \\mathbb{R}^{K}\nO = \\mathrm{one\\_hot}(\\arg\\max_k a_k)\n"
                + "L = \\sum_k O_k a_k\ng = \\nabla_a L\n");
        assertEquals(List.of(Code.E0501), diagnostics.all().stream().map(Diagnostic::code).distinct().toList());
        assertTrue(diagnostics.all().get(0).message().contains("one-hot of an arg max"), diagnostics.all().toString());
    }

    @Test
    void anIndexRangePastedAsADeclarationIsStillE0108ButAnUnusedLetterIsOneLabel() {
        assertEquals(List.of(Code.E0108), check("i \\in \\{1, \\dots, n\\}\nx \\in \\mathbb{R}^{n}\ny_i = x_i\n").all()
                .stream().map(Diagnostic::code).distinct().toList());
        assertEquals(List.of(Code.E0108), check("j \\in \\{1, \\dots, n\\}\nx \\in \\mathbb{R}^{n}\ns = \\sum_j x_j\n").all()
                .stream().map(Diagnostic::code).distinct().toList());
        assertEquals(List.of(), check("c \\in \\{1, \\dots, n\\}\nx \\in \\mathbb{R}^{n}\ns = x_c\n").all());
    }

    @ParameterizedTest
    @ValueSource(strings = {"identity_ones.eq", "labels.eq", "labels_exclusion.eq"})
    void generatedTestsPassWithFiniteDifferenceGradients(String file) throws Exception {
        String text;
        try (InputStream s = VocabularyTest.class.getResourceAsStream("/language/" + file)) {
            text = new String(s.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(GeneratedTests.compileAndPass(GeneratedTests.translate(file, text,
                Options.forClass("Vocab" + file.replace(".eq", "").replace("_", "")))) > 0);
    }

    private static Diagnostics check(String text) {
        Diagnostics diagnostics = new Diagnostics();
        EqCompiler.check(new SourceFile("v.eq", text), new Options("V", "", Precision.DOUBLE, false), diagnostics);
        return diagnostics;
    }

    @Test
    void instructGptsRewardLossReadsAsPrinted() throws Exception {
        // Ouyang et al. (2022), Eq. 1: loss(θ) = -1/binom(K,2) E_{(x, y_w, y_l) ~ D}[log σ(r(x, y_w) - r(x, y_l))].
        // Before: \binom was an unknown command (E0102), the italic E an undeclared matrix (W0101) and θ, which the
        // body does not use, an input the run asked for (it is notation: the body reads values of r).
        double[] w = {0.5, -1, 2};
        double[] l = {0.25, 0.5, -1};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            sum += Math.log(1 / (1 + Math.exp(-(w[i] - l[i]))));
        }
        String program = "r(x, y_w), r(x, y_l) \\in \\mathbb{R}^{B}, K = 4\n"
                + "\\operatorname{loss}(\\theta) = -\\frac{1}{\\binom{K}{2}} E_{(x, y_w, y_l) \\sim D}"
                + "\\left[\\log\\left(\\sigma\\left(r(x, y_w) - r(x, y_l)\\right)\\right)\\right]";
        PaperReadings.assertComputes("RewardLoss", program, "\\operatorname{loss}",
                Map.of("r(x, y_w)", w, "r(x, y_l)", l), Map.of("r(x, y_w)", new int[] {3}, "r(x, y_l)", new int[] {3}),
                new double[] {-sum / 3 / 6}, List.of(Code.W0132, Code.W0191));
    }
}
