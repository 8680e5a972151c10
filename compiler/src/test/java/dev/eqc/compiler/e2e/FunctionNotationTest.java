package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Function notation as papers print it (docs/LANGUAGE.md, Definitions and wrappers): functions named
 * without their arguments, called with square brackets, tensors written as functions of their indices,
 * grouped parameters, functions defined in a {@code where} clause or named by a middle form. Each
 * expected value is computed here in plain Java, independently of eqc's parser, with the warnings due.
 */
class FunctionNotationTest {
    private static final double[] X = {0.5, -1.25, 2};
    private static final double[] Y = {1.5, 0.25, -0.75};
    private static final double[] Z4 = {0.3, -1.1, 2.4, 0.7};

    record Case(String name, String program, String definition, Map<String, double[]> inputs,
            Map<String, int[]> shapes, double[] expected, List<Code> warns) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static double norm(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static final double[] M9 = {0.5, -1, 2, 0.25, 1.5, -0.5, 1, 0.75, -2};

    static Stream<Case> cases() {
        int[] vec = {3};
        int[] scalar = {};
        List<Case> cases = new ArrayList<>();
        double[] diff = {X[0] - Y[0], X[1] - Y[1], X[2] - Y[2]};
        double dist = norm(diff);
        cases.add(new Case("a function named without arguments is called at its parameters' names in scope",
                "x, y \\in \\mathbb{R}^{3}\nD(x, y) = \\|x - y\\|\nL(x, y) = (D)^2 + 3 D",
                "L", Map.of("x", X, "y", Y), Map.of("x", vec, "y", vec),
                new double[] {dist * dist + 3 * dist}, List.of(Code.W0160)));
        double[] tanh = new double[3];
        for (int i = 0; i < 3; i++) {
            tanh[i] = 2 * Math.tanh(X[i] + 1);
        }
        cases.add(new Case("a defined function called with square brackets",
                "x \\in \\mathbb{R}^{3}\nf(z) = \\tanh(z)\nh = 2 f\\left[x + 1\\right]", "h",
                Map.of("x", X), Map.of("x", vec), tanh, List.of()));
        double[] gv = new double[3];
        for (int i = 0; i < 3; i++) {
            gv[i] = 0.5 * X[i] * X[i] + X[i];
        }
        cases.add(new Case("a square-bracket call is the last factor of a product, not the product called",
                "x \\in \\mathbb{R}^{3}, g \\in \\mathbb{R}\n\\mathrm{V}[z] = z^2\ny = g \\, \\mathrm{V}[x] + x", "y",
                Map.of("x", X, "g", new double[] {0.5}), Map.of("x", vec, "g", scalar), gv, List.of()));
        cases.add(new Case("a tensor defined element-wise, written as a function of its indices, is its element",
                "z \\in \\mathbb{R}^{4}\n\\ell_{i,j} = z_i - 2 z_j\nL = \\sum_{k=1}^{2} \\ell(2k-1, 2k)", "L",
                Map.of("z", Z4), Map.of("z", new int[] {4}),
                new double[] {(Z4[0] - 2 * Z4[1]) + (Z4[2] - 2 * Z4[3])}, List.of(Code.W0161)));
        // Rabiner's forward recursion, Eq. 20: \alpha_t(i) with \alpha_t declared is element i (before: \alpha_t times
        // the index i, a silent [n, n] result in the Viterbi recursion), and the range after `, \quad` (was E0103).
        double[] forward = new double[3];
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 3; i++) {
                forward[j] += X[i] * M9[i * 3 + j];
            }
            forward[j] *= Y[j];
        }
        cases.add(new Case("a declared subscripted vector written as a function of an index in scope is its element",
                "\\alpha_t, b \\in \\mathbb{R}^{n}, a \\in \\mathbb{R}^{n \\times n}\n\\beta_j = \\left[ \\sum_{i=1}^{n}"
                        + " \\alpha_t(i) a_{ij} \\right] b_j, \\quad 1 \\le j \\le n", "\\beta",
                Map.of("\\alpha_t", X, "a", M9, "b", Y), Map.of("\\alpha_t", vec, "a", new int[] {3, 3}, "b", vec),
                forward, List.of(Code.W0161)));
        // Munchausen RL's \pi_t(a_t) with \pi_t = \mathrm{softmax}(q_t / \tau) defined: a vector the file defines, written
        // as a function of a declared class label or an index in scope, is its element (before: the vector times the
        // label, a silent [A] result where the paper has a number).
        cases.add(new Case("a defined vector written as a function of a class label or an index is its element",
                "x \\in \\mathbb{R}^{3}, a \\in \\{1, \\dots, 3\\}\np = 2 x\ny = p(a) + \\sum_{b} p(b)", "y",
                Map.of("x", X, "a", new double[] {2}), Map.of("x", vec, "a", scalar),
                new double[] {2 * X[1] + 2 * (X[0] + X[1] + X[2])}, List.of(Code.W0161)));
        // C51's [\hat{\mathcal{T}} z_j]_{V_{\min}}^{V_{\max}}, Munchausen RL's [\tau \ln \pi]_{l_0}^{0}: a square
        // bracket with both bounds written on it is the value clipped to them (was E0103).
        cases.add(new Case("a square bracket with a lower and an upper bound is the value clipped to them",
                "x \\in \\mathbb{R}^{3}, c \\in \\mathbb{R}\ny = \\left[1 - x\\right]_{c}^{1}", "y",
                Map.of("x", X, "c", new double[] {0}), Map.of("x", vec, "c", scalar),
                new double[] {0.5, 1, 0}, List.of(Code.W0406)));
        // Proxy-NCA's \exp(-d(x, p_y)): the sign applies to the call (before, (-d)(x, p_y): E0104, d not called).
        double sq = 0;
        for (int i = 0; i < 3; i++) {
            sq += (X[i] - Y[i]) * (X[i] - Y[i]);
        }
        cases.add(new Case("a negated call of a function of two arguments",
                "x, y \\in \\mathbb{R}^{3}\nd(a, b) = \\|a - b\\|^2\nL = \\exp(-d(x, y)) - d(x, y)", "L",
                Map.of("x", X, "y", Y), Map.of("x", vec, "y", vec), new double[] {Math.exp(-sq) - sq},
                List.of(Code.W0103)));
        // Khosla et al.'s SupCon, Eq. 2: |P(i)| with P a declared 0/1 matrix is the number of positives of anchor i
        // (before: P times i, and the bars a determinant of [n, n]: inf here, a wrong number elsewhere); I, a set the
        // file does not give, is every anchor (was E0103).
        double[] member = {0, 1, 1, 1, 0, 0, 1, 1, 0};
        double supcon = 0;
        for (int i = 0; i < 3; i++) {
            double count = 0;
            double sum = 0;
            for (int p = 0; p < 3; p++) {
                count += member[i * 3 + p];
                sum += member[i * 3 + p] * M9[i * 3 + p];
            }
            supcon += -sum / count;
        }
        cases.add(new Case("bars around a row of a declared 0/1 matrix written as a set member count its members",
                "P \\in \\{0,1\\}^{n \\times n}, s \\in \\mathbb{R}^{n \\times n}\nL = \\sum_{i \\in I} \\frac{-1}{|P(i)|}"
                        + " \\sum_{p \\in P(i)} s_{ip}", "L", Map.of("P", member, "s", M9),
                Map.of("P", new int[] {3, 3}, "s", new int[] {3, 3}), new double[] {supcon},
                List.of(Code.W0147, Code.W0285)));
        // Szegedy et al.'s q'(k|x) = (1 - eps) delta_{k,y} + eps u(k), x unused: before, E0304 (q' a function of k).
        cases.add(new Case("a declared vector written as a function of its index given an unused condition",
                "y \\in \\mathbb{N}, q \\in \\mathbb{R}^{3}\nq(k|x) = 0.9 \\delta_{k,y} + 0.1 / 3", "q",
                Map.of("y", new double[] {1}), Map.of("y", scalar), new double[] {0.1 / 3, 0.9 + 0.1 / 3, 0.1 / 3},
                List.of(Code.W0161, Code.W0140)));
        // A function that ignores its parameter (Szegedy's prior u(k) = 1/K) still maps over the argument's batch
        // axes: before, the generated code returned one scalar where the interpreter returned one per element.
        cases.add(new Case("a function that ignores its parameter keeps the batch of its argument",
                "v(x) = 2", "v", Map.of("x", new double[] {0.5, -1}), Map.of("x", new int[] {2}),
                new double[] {2, 2}, List.of()));
        // Kingma & Welling print the VAE's KL term negated on the left: -D_{KL}(…) = ½ Σ_j (…). Before, E0107.
        cases.add(new Case("a negated left-hand side defines the name as the negated right-hand side",
                "x \\in \\mathbb{R}^{2}\n-L = \\sum_i x_i - 1", "L", Map.of("x", new double[] {0.5, 2}),
                Map.of("x", new int[] {2}), new double[] {-(0.5 + 2 - 1)}, List.of()));
        cases.add(new Case("a negated log-density on the left",
                "x \\in \\mathbb{R}^{2}\n-\\log p(x) = \\frac{1}{2} \\sum_i x_i^2", "\\log p",
                Map.of("x", new double[] {0.5, 2}), Map.of("x", new int[] {2}), new double[] {-0.5 * (0.25 + 4)},
                List.of()));
        // Luong et al.'s a_t(s) = exp(score(h_t, \bar{h}_s)) / sum_{s'} …: a function of a letter that only picks
        // rows is the vector over that letter. Before: a function of an undeclared scalar s (rejected at run time).
        double[] hbar = {1, 0, 0.5, 2, -1, 1};   // 3 x 2
        double[] ht = {0.5, -0.25};
        double[] align = new double[3];
        double norm = 0;
        for (int s = 0; s < 3; s++) {
            align[s] = Math.exp(hbar[2 * s] * ht[0] + hbar[2 * s + 1] * ht[1]);
            norm += align[s];
        }
        for (int s = 0; s < 3; s++) {
            align[s] /= norm;
        }
        cases.add(new Case("a function of a letter that only indexes rows is defined element by element",
                "h \\in \\mathbb{R}^{d}, \\bar{h} \\in \\mathbb{R}^{S \\times d}\n"
                        + "a(s) = \\frac{\\exp(h^\\top \\bar{h}_s)}{\\sum_{s'} \\exp(h^\\top \\bar{h}_{s'})}", "a",
                Map.of("h", ht, "\\bar{h}", hbar), Map.of("h", new int[] {2}, "\\bar{h}", new int[] {3, 2}), align,
                List.of(Code.W0220)));
        // Speculative decoding's residual p'(x) = max(0, p(x) - q(x)) / sum_{x'} …, p, q declared over the vocabulary
        // (Leviathan et al.): a letter that is only the argument of declared tensors picks elements, so p' is the
        // vector over it. Before: a generic function of an undeclared x (rejected at run time).
        double[] pv = {0.5, 0.1, 0.3, 0.1};
        double[] qv = {0.2, 0.4, 0.1, 0.3};
        double[] residual = new double[4];
        double mass = 0;
        for (int x = 0; x < 4; x++) {
            residual[x] = Math.max(0, pv[x] - qv[x]);
            mass += residual[x];
        }
        for (int x = 0; x < 4; x++) {
            residual[x] /= mass;
        }
        cases.add(new Case("a function of a letter that only picks elements of declared vectors is defined element by element",
                "p, q \\in \\mathbb{R}^{V}\n% p'(x) = norm(max(0, p(x) - q(x)))\n"
                        + "p'(x) = \\frac{\\max(0, p(x) - q(x))}{\\sum_{x'} \\max(0, p(x') - q(x'))}", "p'",
                Map.of("p", pv, "q", qv), Map.of("p", new int[] {4}, "q", new int[] {4}), residual,
                List.of(Code.W0220, Code.W0161)));
        double[] p = {0.2, 0.5, 0.3};
        double[] q = {0.4, 0.4, 0.2};
        double kl = 0;
        for (int i = 0; i < 3; i++) {
            kl += p[i] * Math.log(p[i] / q[i]);
        }
        cases.add(new Case("a declared vector applied to an index in scope is its element (p(x))",
                "p, q \\in \\mathbb{R}^{3}\nD = \\sum_{x} p(x) \\log \\frac{p(x)}{q(x)}", "D",
                Map.of("p", p, "q", q), Map.of("p", vec, "q", vec), new double[] {kl}, List.of(Code.W0161)));
        cases.add(new Case("a tuple of names in a parameter list is that many parameters",
                "w, x \\in \\mathbb{R}^{3}, y \\in \\mathbb{R}\n\\ell(w; (x, y)) = \\max\\{0, 1 - y \\langle w, x \\rangle\\}",
                "\\ell", Map.of("w", X, "x", Y, "y", new double[] {-1}), Map.of("w", vec, "x", vec, "y", scalar),
                new double[] {Math.max(0, 1 + dot(X, Y))}, List.of(Code.W0160)));
        double rms = norm(X) / Math.sqrt(3);
        double[] rmsNorm = new double[3];
        for (int i = 0; i < 3; i++) {
            rmsNorm[i] = X[i] / rms * Y[i];
        }
        cases.add(new Case("a function defined in a where clause after the line that uses it",
                "a, g \\in \\mathbb{R}^{n}\n\\bar{a}_i = \\frac{a_i}{\\mathrm{RMS}(a)} g_i, \\quad \\text{where} \\quad"
                        + " \\mathrm{RMS}(a) = \\sqrt{\\frac{1}{n}\\sum_{i=1}^{n} a_i^2}", "\\bar{a}",
                Map.of("a", X, "g", Y), Map.of("a", vec, "g", vec), rmsNorm, List.of()));
        double[] h = {0.5, -1};
        double[] hs = {1, 2, -0.5, 0.25, 3, -2};   // 3 rows of 2
        double[] scores = new double[3];
        double total = 0;
        for (int s = 0; s < 3; s++) {
            scores[s] = Math.exp(h[0] * hs[2 * s] + h[1] * hs[2 * s + 1]);
            total += scores[s];
        }
        for (int s = 0; s < 3; s++) {
            scores[s] /= total;
        }
        cases.add(new Case("a middle form whose function is defined nowhere else names the form after it",
                "h \\in \\mathbb{R}^{2}, H \\in \\mathbb{R}^{3 \\times 2}\na = \\mathrm{align}(h, H) = \\mathrm{softmax}(H h)",
                "a", Map.of("h", h, "H", hs), Map.of("h", new int[] {2}, "H", new int[] {3, 2}), scores,
                List.of(Code.W0160)));
        double sum = X[0] + X[1] + X[2];
        cases.add(new Case("an indicator compares a left-hand index and a sum's index by position",
                "z \\in \\mathbb{R}^{3}\ny_i = z_i \\sum_{k=1}^{3} \\mathbb{1}_{[k \\neq i]} z_k", "y",
                Map.of("z", X), Map.of("z", vec),
                new double[] {X[0] * (sum - X[0]), X[1] * (sum - X[1]), X[2] * (sum - X[2])}, List.of(Code.W0140)));
        cases.add(new Case("norms side by side after / are one denominator (cosine similarity)",
                "u, v \\in \\mathbb{R}^{3}\ns = u^\\top v / \\|u\\| \\|v\\|", "s", Map.of("u", X, "v", Y),
                Map.of("u", vec, "v", vec), new double[] {dot(X, Y) / (norm(X) * norm(Y))}, List.of(Code.W0102)));
        // Squeeze-and-excitation (Hu et al., Eq. 3) as printed: the middle forms name functions defined nowhere
        // (F_{ex}, g); the last form computes s (before: E0192 on F_{ex}(z, W)).
        double[] se = new double[3];
        for (int i = 0; i < 3; i++) {
            double hidden = Math.max(0, X[0] + X[1] + X[2]);
            se[i] = 1 / (1 + Math.exp(-(Y[i] * hidden)));
        }
        cases.add(new Case("a chain whose middle forms use functions defined nowhere is computed from its last form",
                "x, w \\in \\mathbb{R}^{3}\n\\delta(u) = \\max(0, u)\n"
                        + "s = F_{ex}(x, W) = \\sigma(g(x, W)) = \\sigma(w \\delta(\\sum_{i} x_i))", "s",
                Map.of("x", X, "w", Y), Map.of("x", vec, "w", vec), se, List.of(Code.W0160)));
        // PPO's clipped objective as printed (Schulman et al., Eq. 7): r_t(\\theta) with r declared is element t of
        // r, \\theta notation (before: an input named `r_t(\\theta)` that the user had to pass).
        double[] ratio = {0.5, 1.1, 1.6};
        double ppo = 0;
        for (int t = 0; t < 3; t++) {
            double clipped = Math.min(Math.max(ratio[t], 0.8), 1.2);
            ppo += Math.min(ratio[t] * Y[t], clipped * Y[t]) / 3;
        }
        cases.add(new Case("r_t(theta) with r declared is element t of r, theta notation",
                "r, A \\in \\mathbb{R}^{T}, \\epsilon \\in \\mathbb{R}\n"
                        + "L(\\theta) = \\hat{\\mathbb{E}}_t\\left[\\min(r_t(\\theta) A_t, \\text{clip}(r_t(\\theta), 1 - \\epsilon,"
                        + " 1 + \\epsilon) A_t)\\right]", "L",
                Map.of("r", ratio, "A", Y, "\\epsilon", new double[] {0.2}),
                Map.of("r", vec, "A", vec, "\\epsilon", scalar), new double[] {ppo}, List.of(Code.W0190, Code.W0191)));
        // Hinton et al.'s stated gradient (Eq. 2): C is given nowhere, so the left-hand side names the value, element-wise
        // over i; the form with q_i, p_i (given nowhere) names the last form (before: E0305 on an assumed matrix C).
        double[] stated = new double[3];
        for (int i = 0; i < 3; i++) {
            stated[i] = (X[i] - Y[i]) / 2;
        }
        cases.add(new Case("a stated derivative of a name given nowhere is a name defined by its computable form",
                "z, v \\in \\mathbb{R}^{n}, T \\in \\mathbb{R}\n"
                        + "\\frac{\\partial C}{\\partial z_i} = \\frac{1}{T}\\left(q_i - p_i\\right) = \\frac{1}{T}(z_i - v_i)",
                "\\frac{\\partial C}{\\partial z_i}", Map.of("z", X, "v", Y, "T", new double[] {2}),
                Map.of("z", vec, "v", vec, "T", scalar), stated, List.of(Code.W0160, Code.W0145)));
        // Hadsell, Chopra & LeCun (2006), Eqs. 1 and 4: D_W of the declared G_W(X_1), G_W(X_2) is one distance (before:
        // element-wise over W, so L's D_W was an undeclared matrix), and L's W, X_1, X_2 are notation for what D_W
        // depends on (before: inputs the run asked for).
        double pair = 0;
        for (int i = 0; i < 3; i++) {
            pair += (X[i] - Y[i]) * (X[i] - Y[i]);
        }
        pair = Math.sqrt(pair);
        double margin = 4;
        double contrastive = 0.5 * Math.pow(Math.max(0, margin - pair), 2);   // Y = 1: a dissimilar pair
        cases.add(new Case("a loss's parameters that only name what a value it reads depends on are notation",
                "G_W(\\vec{X}_1), G_W(\\vec{X}_2) \\in \\mathbb{R}^{d}, Y \\in \\mathbb{R}, m \\in \\mathbb{R}\n"
                        + "D_W = \\|G_W(\\vec{X}_1) - G_W(\\vec{X}_2)\\|_2\n"
                        + "L(W, Y, \\vec{X}_1, \\vec{X}_2) = (1 - Y)\\frac{1}{2}(D_W)^2"
                        + " + (Y)\\frac{1}{2}\\{\\max(0, m - D_W)\\}^2", "L",
                Map.of("G_W(\\vec{X}_1)", X, "G_W(\\vec{X}_2)", Y, "Y", new double[] {1}, "m", new double[] {margin}),
                Map.of("G_W(\\vec{X}_1)", vec, "G_W(\\vec{X}_2)", vec, "Y", scalar, "m", scalar),
                new double[] {contrastive}, List.of(Code.W0191)));
        // The Frobenius inner product printed as a trace: the bracket on the left names the value (before: E0107,
        // "a parameter must be a name").
        double frob = 0;
        for (int i = 0; i < 3; i++) {
            frob += X[i] * Y[i];
        }
        cases.add(new Case("an inner-product bracket on the left names the value",
                "A, B \\in \\mathbb{R}^{3 \\times 1}\n\\langle A, B \\rangle_F = \\mathrm{tr}(A^\\top B)",
                "\\langle A, B \\rangle_F", Map.of("A", X, "B", Y),
                Map.of("A", new int[] {3, 1}, "B", new int[] {3, 1}), new double[] {frob}, List.of(Code.W0102)));
        return cases.stream();
    }

    /** Calls that have nothing to compute stay errors: never a product, never a guess. */
    static Stream<Object[]> rejected() {
        return Stream.of(
                new Object[] {"x, y \\in \\mathbb{R}^{3}\nD(x, z) = \\|x - z\\|\nL(x, y) = D^2", Code.E0104},
                new Object[] {"x \\in \\mathbb{R}^{3}\nF(x) = 2 x\ny = x + F", Code.E0104},
                new Object[] {"z \\in \\mathbb{R}^{4}\n\\ell_{i,j} = z_i z_j\nL = \\ell(1.5, 2) + \\ell(z, z)", Code.E0101});
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void callsWithNothingToComputeAreRejected(String program, Code code) {
        PaperReadings.assertRejected(program, code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatedCodeAndInterpreterComputeThePaperReading(Case c) throws Exception {
        PaperReadings.assertComputes("Reading", c.program(), c.definition(), c.inputs(), c.shapes(), c.expected(), c.warns());
    }

    @Test
    void aGenericFamilyCalledWholeGivesEveryElement() throws Exception {
        // s_i(x) = \sum_j x_{ij} with x undeclared, called as s(x) inside another generic function (AdaIN's
        // \mu(x) beside \mu_{nc}(x)): its element index was left unbound and the interpreter threw
        double[] x = PaperReadings.seq(12, 1.0, 0.3);
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                expected[i] += 2 * x[i * 4 + j];
            }
        }
        PaperReadings.assertComputes("FamilyWhole", "X \\in \\mathbb{R}^{3 \\times 4}\ns_i(x) = \\sum_j x_{ij}\n"
                        + "A(x) = 2 s(x)\ny = A(X)\n", "y", java.util.Map.of("X", x),
                java.util.Map.of("X", new int[] {3, 4}), expected, List.of(Code.W0103));
    }
}
