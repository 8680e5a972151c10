package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Paper equations that shape inference or the parser used to reject although the paper is clear (issue 16):
 * each reading is checked against values computed here in plain Java loops, independently of eqc's parser,
 * with the warnings eqc must give for it.
 */
class ShapeReadingsTest {
    private static final double[] A = {1, 2, 3, 4};          // [[1, 2], [3, 4]]
    private static final double[] U = {1, -2};

    record Case(String name, String program, String definition, Map<String, double[]> inputs,
            Map<String, int[]> shapes, double[] expected, List<Code> warns) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static double[] matVec(double[] m, int rows, int cols, double[] v, boolean transpose) {
        double[] out = new double[transpose ? cols : rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (transpose) {
                    out[j] += m[i * cols + j] * v[i];
                } else {
                    out[i] += m[i * cols + j] * v[j];
                }
            }
        }
        return out;
    }

    private static double[] unit(double[] v) {
        double n = 0;
        for (double x : v) {
            n += x * x;
        }
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / Math.sqrt(n);
        }
        return out;
    }

    static Stream<Case> cases() {
        int[] mat = {2, 2};
        int[] vec2 = {2};
        List<Case> cases = new ArrayList<>();
        // Spectral normalisation's power iteration (Miyato et al., Algorithm 1): v from the old u, then the new u
        // from v (before: E0105, u defined in terms of itself through v).
        String power = "W \\in \\mathbb{R}^{n \\times m}, u \\in \\mathbb{R}^{n}\n"
                + "v \\leftarrow W^\\top u / \\|W^\\top u\\|_2\n"
                + "u \\leftarrow W v / \\|W v\\|_2\n"
                + "s = u^\\top W v";
        double[] v = unit(matVec(A, 2, 2, U, true));
        double[] u = unit(matVec(A, 2, 2, v, false));
        double[] wv = matVec(A, 2, 2, v, false);
        cases.add(new Case("a line before an update reads the old value: power iteration, v", power, "v",
                Map.of("W", A, "u", U), Map.of("W", mat, "u", vec2), v, List.of(Code.W0142)));
        cases.add(new Case("a line before an update reads the old value: power iteration, new u", power, "u",
                Map.of("W", A, "u", U), Map.of("W", mat, "u", vec2), u, List.of(Code.W0142)));
        cases.add(new Case("a line after an update reads the new value", power, "s",
                Map.of("W", A, "u", U), Map.of("W", mat, "u", vec2),
                new double[] {u[0] * wv[0] + u[1] * wv[1]}, List.of(Code.W0142)));
        // Müller et al.'s softmax over K classes sums to L, a size the file never declares (before: E0304).
        double[] w = {1, -2, 0.5};
        cases.add(new Case("a limit that names no declared size is the size of the axis its index reads",
                "w \\in \\mathbb{R}^{K}\ns = \\sum_{l=1}^{L} w_l", "s", Map.of("w", w), Map.of("w", new int[] {3}),
                new double[] {w[0] + w[1] + w[2]}, List.of(Code.W0143)));
        // Shaw et al.'s x_i W^Q (x_j W^K + a^K_{ij})^T: the chain multiplies from the left and x W is a row, so the
        // transposed vector after it is a column (before: E0301, W^Q times a row vector).
        double[] xw = matVec(A, 2, 2, U, true);
        double[] y = {0.5, 3};
        double[] yw = matVec(A, 2, 2, y, true);
        cases.add(new Case("x W (y W)^T: vectors written as rows, a number",
                "x, y \\in \\mathbb{R}^{d}, W \\in \\mathbb{R}^{d \\times d}\ns = x W (y W)^T", "s",
                Map.of("x", U, "y", y, "W", A), Map.of("x", vec2, "y", vec2, "W", mat),
                new double[] {xw[0] * yw[0] + xw[1] * yw[1]}, List.of(Code.W0144)));
        // Bishop's \\nabla E(\\mathbf{w}) = \\sum_n (y_n - t_n) \\phi_n: the closed form names \\nabla E (before: E0107).
        double[] x = {0.5, 3};
        cases.add(new Case("a definition whose left side is a gradient names that gradient",
                "w, x \\in \\mathbb{R}^{d}\n\\nabla E(w) = w - x", "\\nabla E", Map.of("w", U, "x", x),
                Map.of("w", vec2, "x", vec2), new double[] {U[0] - x[0], U[1] - x[1]}, List.of(Code.W0145)));
        // Sutskever et al.'s \\nabla f(\\theta_t): the gradient of f at the input theta (before: E0103).
        double[] b = {1, -1};
        double[] residual = matVec(A, 2, 2, U, false);
        residual[0] -= b[0];
        residual[1] -= b[1];
        cases.add(new Case("nabla f(theta) is the gradient of f with respect to its argument, at theta",
                "\\theta \\in \\mathbb{R}^{d}, A \\in \\mathbb{R}^{n \\times d}, b \\in \\mathbb{R}^{n}\n"
                        + "f(u) = \\frac{1}{2}\\|A u - b\\|^2\ng = \\nabla f(\\theta)", "g",
                Map.of("\\theta", U, "A", A, "b", b), Map.of("\\theta", vec2, "A", mat, "b", vec2),
                matVec(A, 2, 2, residual, true), List.of(Code.W0103, Code.W0146)));
        // Szegedy et al.'s q'(k) = (1 - \\epsilon)\\delta_{k,y} + …: a declared vector written as a function of its index,
        // with the Kronecker delta of the index and a whole-number input (before: E0304, a number).
        double[] z = {0.25, -1, 2};
        cases.add(new Case("a declared vector written as a function of its index is defined element-wise",
                "y \\in \\mathbb{N}, z, q \\in \\mathbb{R}^{K}\nq(k) = z_k + \\delta_{k,y}", "q",
                Map.of("y", new double[] {1}, "z", z), Map.of("y", new int[0], "z", new int[] {3}),
                new double[] {z[0], z[1] + 1, z[2]}, List.of(Code.W0161, Code.W0140)));
        // Cover and Thomas's relative entropy: a sum over the alphabet, p and q vectors over it (before: E0103).
        double[] p = {0.2, 0.5, 0.3};
        double[] q = {0.4, 0.4, 0.2};
        double kl = 0;
        for (int k = 0; k < 3; k++) {
            kl += p[k] * Math.log(p[k] / q[k]);
        }
        cases.add(new Case("a sum over a set the file does not give runs over the support",
                "p, q \\in \\mathbb{R}^{K}\nD(p\\|q) = \\sum_{x \\in \\mathcal{X}} p(x) \\log \\frac{p(x)}{q(x)}", "D",
                Map.of("p", p, "q", q), Map.of("p", new int[] {3}, "q", new int[] {3}), new double[] {kl},
                List.of(Code.W0160, Code.W0147, Code.W0161)));
        // Fast R-CNN's \\sum_{i \\in \\{x, y, w, h\\}}: the four coordinates in order (before: E0103).
        double[] t4 = {1, -2, 0.5, 3};
        double[] v4 = {0, 1, 1, -1};
        double l1 = 0;
        for (int i = 0; i < 4; i++) {
            l1 += Math.abs(t4[i] - v4[i]);
        }
        cases.add(new Case("a sum over named coordinates runs over their positions",
                "t, v \\in \\mathbb{R}^{4}\nL = \\sum_{i \\in \\{x, y, w, h\\}} |t_i - v_i|", "L",
                Map.of("t", t4, "v", v4), Map.of("t", new int[] {4}, "v", new int[] {4}), new double[] {l1},
                List.of(Code.W0148)));
        // APPNP's \\hat{\\tilde{A}}: accents on accents are one name (before: E0101, unknown function \\hat).
        cases.add(new Case("a name with two accents is one name",
                "\\hat{\\tilde{A}} \\in \\mathbb{R}^{n \\times n}, z \\in \\mathbb{R}^{n}\ny = \\hat{\\tilde{A}} z", "y",
                Map.of("\\hat{\\tilde{A}}", A, "z", U), Map.of("\\hat{\\tilde{A}}", mat, "z", vec2),
                matVec(A, 2, 2, U, false), List.of()));
        // Qiao et al.'s \\hat{W} = [\\hat{W}_{i,j} | \\hat{W}_{i,j} = …]: the set of elements is the element-wise
        // definition (before: E0103, a bar inside an expression).
        double[] doubled = new double[4];
        for (int k = 0; k < 4; k++) {
            doubled[k] = 2 * A[k] - 1;
        }
        cases.add(new Case("a tensor written as the set of its elements is defined element-wise",
                "W \\in \\mathbb{R}^{n \\times m}\nV = \\left[V_{i,j} \\,\\big|\\, V_{i,j} = 2 W_{i,j} - 1\\right]", "V",
                Map.of("W", A), Map.of("W", mat), doubled, List.of(Code.W0149)));
        // Adafactor's \hat{V}_t = R_t C_t / 1_n^\top R_t, R_t \in R^n, C_t \in R^m (was E0302: element-wise [n] and [m])
        double[] r = {1, 2};
        double[] c3 = {3, -1, 0.5};
        double[] factored = new double[6];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                factored[i * 3 + j] = r[i] * c3[j] / (r[0] + r[1]);
            }
        }
        cases.add(new Case("vectors of different lengths side by side are a column times a row",
                "R \\in \\mathbb{R}^{n}, C \\in \\mathbb{R}^{m}\nV = R C / 1_n^\\top R", "V",
                Map.of("R", r, "C", c3), Map.of("R", new int[] {2}, "C", new int[] {3}), factored,
                List.of(Code.W0102, Code.W0261)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatedCodeAndInterpreterComputeThePaperReading(Case c) throws Exception {
        PaperReadings.assertComputes("Shapes", c.program(), c.definition(), c.inputs(), c.shapes(), c.expected(),
                c.warns());
    }
}
