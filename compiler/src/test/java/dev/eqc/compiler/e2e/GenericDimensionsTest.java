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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generic functions whose bodies use a size nothing declares ({@code d_k} in scaled dot-product attention),
 * and families of functions over stacked weights ({@code E_i(x) = \max(0, xW_i)}, the experts of a mixture):
 * generated code and the interpreter against values computed here in plain Java (issue 16, section 2).
 */
class GenericDimensionsTest {
    // X: 2 x 3
    private static final double[] X = {0.5, -1, 2, 1.5, 0.25, -0.75};
    // W_q, W_k: 3 x 2; W_v: 3 x 2
    private static final double[] WQ = {1, 0.5, -0.5, 2, 0.25, -1};
    private static final double[] WK = {-1, 1, 0.5, 0.5, 2, -0.25};
    private static final double[] WV = {0.3, -0.2, 1.1, 0.4, -0.6, 0.9};

    record Case(String name, String program, String definition, Map<String, double[]> inputs,
            Map<String, int[]> shapes, double[] expected, List<Code> warns) {
        @Override
        public String toString() {
            return name;
        }
    }

    static double[] matmul(double[] a, double[] b, int n, int k, int m) {
        double[] c = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                for (int l = 0; l < k; l++) {
                    c[i * m + j] += a[i * k + l] * b[l * m + j];
                }
            }
        }
        return c;
    }

    /** softmax(Q K^T / sqrt(dk)) V for Q [n, dk], K [m, dk], V [m, dv]. */
    static double[] attention(double[] q, double[] k, double[] v, int n, int m, int dk, int dv) {
        double[] out = new double[n * dv];
        for (int i = 0; i < n; i++) {
            double[] s = new double[m];
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                for (int l = 0; l < dk; l++) {
                    s[j] += q[i * dk + l] * k[j * dk + l];
                }
                s[j] /= Math.sqrt(dk);
                max = Math.max(max, s[j]);
            }
            double z = 0;
            for (int j = 0; j < m; j++) {
                s[j] = Math.exp(s[j] - max);
                z += s[j];
            }
            for (int j = 0; j < m; j++) {
                for (int c = 0; c < dv; c++) {
                    out[i * dv + c] += s[j] / z * v[j * dv + c];
                }
            }
        }
        return out;
    }

    /** Q K^T / sqrt(d) for Q = K = A [n, d]. */
    static double[] score(double[] a, int n, int d) {
        double[] s = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int l = 0; l < d; l++) {
                    s[i * n + j] += a[i * d + l] * a[j * d + l];
                }
                s[i * n + j] /= Math.sqrt(d);
            }
        }
        return s;
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        double[] q = matmul(X, WQ, 2, 3, 2);
        double[] k = matmul(X, WK, 2, 3, 2);
        double[] v = matmul(X, WV, 2, 3, 2);
        double[] att = attention(q, k, v, 2, 2, 2, 2);
        Map<String, int[]> shapes = Map.of("X", new int[] {2, 3}, "W_q", new int[] {3, 2}, "W_k", new int[] {3, 2},
                "W_v", new int[] {3, 2});
        Map<String, double[]> inputs = Map.of("X", X, "W_q", WQ, "W_k", WK, "W_v", WV);
        cases.add(new Case("d_k that nothing declares is the last axis of K at each call (W0104)",
                "X \\in \\mathbb{R}^{n \\times d}, W_q, W_k, W_v \\in \\mathbb{R}^{d \\times e}\n"
                        + "\\mathrm{Attention}(Q,K,V) = \\mathrm{softmax}(QK^\\top/\\sqrt{d_k})V\n"
                        + "A = \\mathrm{Attention}(X W_q, X W_k, X W_v)", "A", inputs, shapes, att,
                List.of(Code.W0103, Code.W0104)));
        cases.add(new Case("d_k declared with the parameters: the declaration says which axis (no warning)",
                "Q, K \\in \\mathbb{R}^{n \\times d_k}, V \\in \\mathbb{R}^{n \\times d_v}\n"
                        + "X \\in \\mathbb{R}^{n \\times d}, W_q, W_k \\in \\mathbb{R}^{d \\times d_k},"
                        + " W_v \\in \\mathbb{R}^{d \\times d_v}\n"
                        + "\\mathrm{Attention}(Q,K,V) = \\mathrm{softmax}(QK^\\top/\\sqrt{d_k})V\n"
                        + "A = \\mathrm{Attention}(X W_q, X W_k, X W_v)", "A", inputs, shapes, att, List.of()));
        // Two calls at different widths: each has its own d_k (3, then 2).
        double[] y = {1, -2, 0.5, 0.75};
        double[] s1 = score(X, 2, 3);
        double[] s2 = score(y, 2, 2);
        double[] both = new double[4];
        for (int i = 0; i < 4; i++) {
            both[i] = s1[i] + s2[i];
        }
        cases.add(new Case("each call binds its own d_k",
                "X \\in \\mathbb{R}^{n \\times e}, Y \\in \\mathbb{R}^{n \\times c}\n"
                        + "\\mathrm{score}(Q, K) = QK^\\top / \\sqrt{d_k}\n"
                        + "S = \\mathrm{score}(X, X) + \\mathrm{score}(Y, Y)", "S", Map.of("X", X, "Y", y),
                Map.of("X", new int[] {2, 3}, "Y", new int[] {2, 2}), both, List.of(Code.W0103, Code.W0104)));
        // Experts of a mixture: E_i(x) = max(0, x W_i) with W stacked [m, d, f]; y = sum_i g_i E_i(x).
        double[] x = {1, -0.5, 2};
        double[] w = {0.5, -1, 1, 0.25, -0.5, 0.75,      // W_1: 3 x 2
                -0.25, 0.5, 1.5, -1, 0.1, 0.2};          // W_2
        double[] g = {0.3, 0.7};
        double[] mix = new double[2];
        for (int i = 0; i < 2; i++) {
            for (int c = 0; c < 2; c++) {
                double h = 0;
                for (int l = 0; l < 3; l++) {
                    h += x[l] * w[i * 6 + l * 2 + c];
                }
                mix[c] += g[i] * Math.max(0, h);
            }
        }
        Map<String, double[]> moeInputs = Map.of("x", x, "W", w, "g", g, "W_i", w);
        cases.add(new Case("a family of functions over stacked weights: experts of a mixture",
                "x \\in \\mathbb{R}^{d}, W \\in \\mathbb{R}^{m \\times d \\times f}, g \\in \\mathbb{R}^{m}\n"
                        + "E_i(x) = \\max(0, xW_i)\ny = \\sum_i g_i E_i(x)", "y", moeInputs,
                Map.of("x", new int[] {3}, "W", new int[] {2, 3, 2}, "g", new int[] {2}), mix, List.of()));
        cases.add(new Case("a family of functions over a declared family of weights",
                "x \\in \\mathbb{R}^{d}, g \\in \\mathbb{R}^{m}\nW_i \\in \\mathbb{R}^{d \\times f}, i = 1, \\ldots, m\n"
                        + "E_i(x) = \\max(0, xW_i)\ny = \\sum_i g_i E_i(x)", "y", moeInputs,
                Map.of("x", new int[] {3}, "W_i", new int[] {2, 3, 2}, "g", new int[] {2}), mix, List.of()));
        // Shazeer et al.'s gate W_g declared beside the family W_i: g is no index, so W_g is its own name
        // (before: E0122 "names a member of the family outside its index").
        double[] wg = {0.5, -1, 0.25, 2, -0.75, 1};   // 3 x 2
        double[] logits = new double[2];
        for (int i = 0; i < 2; i++) {
            for (int l = 0; l < 3; l++) {
                logits[i] += x[l] * wg[l * 2 + i];
            }
        }
        double zg = Math.exp(logits[0]) + Math.exp(logits[1]);
        double[] gated = new double[2];
        for (int i = 0; i < 2; i++) {
            for (int c = 0; c < 2; c++) {
                double h = 0;
                for (int l = 0; l < 3; l++) {
                    h += x[l] * w[i * 6 + l * 2 + c];
                }
                gated[c] += Math.exp(logits[i]) / zg * h;
            }
        }
        cases.add(new Case("a name W_g declared beside the family W_i is its own name",
                "x \\in \\mathbb{R}^{d}, W_g \\in \\mathbb{R}^{d \\times m}, W_i \\in \\mathbb{R}^{d \\times f}, i = 1, \\ldots, m\n"
                        + "G = \\mathrm{softmax}(x W_g)\ny = \\sum_{i=1}^{m} G_i x W_i", "y",
                Map.of("x", x, "W_g", wg, "W_i", w),
                Map.of("x", new int[] {3}, "W_g", new int[] {3, 2}, "W_i", new int[] {2, 3, 2}), gated, List.of()));
        cases.add(new Case("a generic family of functions: the member's index is the one in scope at the call",
                "x \\in \\mathbb{R}^{d}, W \\in \\mathbb{R}^{m \\times d \\times f}, g \\in \\mathbb{R}^{m}\n"
                        + "E_i(z) = \\max(0, zW_i)\ny = \\sum_j g_j E_j(x)", "y", moeInputs,
                Map.of("x", new int[] {3}, "W", new int[] {2, 3, 2}, "g", new int[] {2}), mix, List.of(Code.W0103)));
        // MultiHead as printed, with d_k declared nowhere (the projections' width is e): per head
        // softmax(Q W_i^Q (K W_i^K)^T / sqrt(e)) V W_i^V, the heads side by side, times W^O.
        double[] qm = {0.5, -1, 2, 1.5, 0.25, -0.75};
        double[] km = {1, 0.5, -0.5, -2, 0.75, 0.25};
        double[] vm = {0.2, -0.4, 1, 0.6, 1.2, -0.3};
        double[] wq = {1, 0.5, -0.5, 2, 0.25, -1, -1, 1, 0.5, 0.5, 2, -0.25};     // [2, 3, 2]
        double[] wk = {0.3, -0.2, 1.1, 0.4, -0.6, 0.9, 0.7, 0.1, -0.3, 0.8, 0.2, -0.5};
        double[] wv = {-0.4, 0.6, 0.9, -0.1, 0.5, 0.3, 0.2, 0.2, -0.7, 1, 0.4, -0.6};
        double[] wo = {0.1, -0.2, 0.3, 0.4, 0.5, -0.6, -0.7, 0.8, 0.9, 1.0, -1.1, 0.12};   // [4, 3]
        double[] concat = new double[2 * 4];
        for (int head = 0; head < 2; head++) {
            double[] wqi = java.util.Arrays.copyOfRange(wq, head * 6, head * 6 + 6);
            double[] wki = java.util.Arrays.copyOfRange(wk, head * 6, head * 6 + 6);
            double[] wvi = java.util.Arrays.copyOfRange(wv, head * 6, head * 6 + 6);
            double[] a = attention(matmul(qm, wqi, 2, 3, 2), matmul(km, wki, 2, 3, 2), matmul(vm, wvi, 2, 3, 2),
                    2, 2, 2, 2);
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 2; c++) {
                    concat[r * 4 + head * 2 + c] = a[r * 2 + c];
                }
            }
        }
        double[] multi = matmul(concat, wo, 2, 4, 3);
        Map<String, double[]> mhInputs = new java.util.HashMap<>(Map.of("Q", qm, "K", km, "V", vm, "W^O", wo));
        Map<String, int[]> mhShapes = new java.util.HashMap<>(Map.of("Q", new int[] {2, 3}, "K", new int[] {2, 3},
                "V", new int[] {2, 3}, "W^O", new int[] {4, 3}));
        for (String family : List.of("Q", "K", "V")) {
            double[] stacked = family.equals("Q") ? wq : family.equals("K") ? wk : wv;
            mhInputs.put("W_i^" + family, stacked);
            mhInputs.put("W^" + family, stacked);
            mhShapes.put("W_i^" + family, new int[] {2, 3, 2});
            mhShapes.put("W^" + family, new int[] {2, 3, 2});
        }
        cases.add(new Case("MultiHead of a family of heads, with d_k bound from each head's projections",
                "W_i^Q, W_i^K \\in \\mathbb{R}^{d_{model} \\times e}, W_i^V \\in \\mathbb{R}^{d_{model} \\times d_v},"
                        + " i = 1, \\ldots, h\n"
                        + "W^O \\in \\mathbb{R}^{h d_v \\times d_{model}}\n"
                        + "\\mathrm{Attention}(Q, K, V) = \\mathrm{softmax}\\left(\\frac{QK^T}{\\sqrt{d_k}}\\right)V\n"
                        + "\\mathrm{head}_i = \\mathrm{Attention}(QW_i^Q, KW_i^K, VW_i^V)\n"
                        + "\\mathrm{MultiHead}(Q, K, V) = \\mathrm{Concat}(\\mathrm{head}_1, \\ldots, \\mathrm{head}_h)W^O",
                "\\mathrm{MultiHead}", mhInputs, mhShapes, multi, List.of(Code.W0101, Code.W0103, Code.W0104)));
        // The same with Q, K, V declared as the prose gives them: the declaration fixed Attention's parameters at
        // d_model and its calls on QW_i^Q (width e) did not fit (E0304, E0110 before); they are local (W0265).
        cases.add(new Case("MultiHead with Q, K, V declared: Attention's parameters are local to it",
                "Q, K, V \\in \\mathbb{R}^{n \\times d_{model}}\n"
                        + "W_i^Q, W_i^K \\in \\mathbb{R}^{d_{model} \\times e}, W_i^V \\in \\mathbb{R}^{d_{model} \\times d_v},"
                        + " i = 1, \\ldots, h\n"
                        + "W^O \\in \\mathbb{R}^{h d_v \\times d_{model}}\n"
                        + "\\mathrm{Attention}(Q, K, V) = \\mathrm{softmax}\\left(\\frac{QK^T}{\\sqrt{d_k}}\\right)V\n"
                        + "\\mathrm{head}_i = \\mathrm{Attention}(QW_i^Q, KW_i^K, VW_i^V)\n"
                        + "\\mathrm{MultiHead}(Q, K, V) = \\mathrm{Concat}(\\mathrm{head}_1, \\ldots, \\mathrm{head}_h)W^O",
                "\\mathrm{MultiHead}", mhInputs, mhShapes, multi, List.of(Code.W0103, Code.W0104, Code.W0265)));
        // f(x) = x / ||x||_2 with x declared [n], applied to Wx of size m: one normalised vector, not E0304.
        double[] wm = {1, 2, -1, 0.5, 0, 3};   // W: 2 x 3
        double[] xv = {1, -1, 2};
        double[] wx = matmul(wm, xv, 2, 3, 1);
        double norm = Math.hypot(wx[0], wx[1]);
        cases.add(new Case("a parameter named like a declared input of another size is local",
                "x \\in \\mathbb{R}^{n}, W \\in \\mathbb{R}^{m \\times n}\n"
                        + "f(x) = \\frac{x}{\\|x\\|_2}\ny = f(Wx)", "y", Map.of("x", xv, "W", wm),
                Map.of("x", new int[] {3}, "W", new int[] {2, 3}), new double[] {wx[0] / norm, wx[1] / norm},
                List.of(Code.W0103, Code.W0265)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatedCodeAndInterpreterComputeThePaperReading(Case c) throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        Options options = new Options("Generic", "", Precision.DOUBLE, false);
        TypedProgram typed = EqCompiler.check(new SourceFile("generic.eq", c.program()), options, diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
        List<Code> warnings = diagnostics.all().stream().map(Diagnostic::code).distinct().sorted().toList();
        assertEquals(c.warns(), warnings, () -> "warnings: " + diagnostics.all());
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
                throw new AssertionError("the case gives no input " + name + " (has " + c.inputs().keySet() + ")");
            }
            args.add(Tensor.of(v, shape));
            refArgs.add(NDArray.of(v, shape));
        }
        double[] generated = EquationRunner.compile(typed, options).invoke(d, args).toDoubleArray();
        double[] interpreted = new Interpreter(typed).call(d, refArgs).data();
        assertArrayEquals(c.expected(), generated, 1e-12, "generated code");
        assertArrayEquals(c.expected(), interpreted, 1e-12, "interpreter");
    }

    @Test
    void aSizeThatNamesNoParameterIsALocatedError() {
        Diagnostics diagnostics = new Diagnostics();
        String program = "X \\in \\mathbb{R}^{n \\times e}\n\\mathrm{score}(Q, K) = QK^\\top / \\sqrt{d}\n"
                + "S = \\mathrm{score}(X, X)";
        EqCompiler.check(new SourceFile("generic.eq", program), new Options("Generic", "", Precision.DOUBLE, false),
                diagnostics);
        Diagnostic e = diagnostics.all().stream().filter(x -> x.code() == Code.E0110).findFirst()
                .orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
        assertTrue(e.message().contains("`d`"), e.message());
        assertEquals(program.indexOf("{d}") + 1, e.span().start());
    }
}
