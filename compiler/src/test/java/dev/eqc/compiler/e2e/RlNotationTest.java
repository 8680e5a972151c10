package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reinforcement-learning, diffusion and score-matching notation as papers print it (docs/LANGUAGE.md, Indexes and
 * ranges; Functions): values of states {@code V(s_t)}, trajectories of different lengths, sums to infinity over a
 * defined sequence. Each expected value is computed here in plain Java, never by eqc's parser.
 */
class RlNotationTest {
    private static final double[] R = {0.5, -1.25, 2};
    private static final double[] V = {1.5, 0.25, -0.75, 0.4};

    record Case(String name, String program, String definition, Map<String, double[]> inputs,
            Map<String, int[]> shapes, double[] expected, List<Code> warns) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** GAE's TD residual: r_t + gamma V_{t+1} - V_t over the T rewards, V holding the T+1 state values. */
    private static double[] residuals(double gamma) {
        double[] d = new double[R.length];
        for (int t = 0; t < R.length; t++) {
            d[t] = R[t] + gamma * V[t + 1] - V[t];
        }
        return d;
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        int[] three = {3};
        int[] four = {4};
        double[] delta = residuals(0.5);
        cases.add(new Case("V(s_t), V(s_{t+1}) with V declared over the T+1 states are its elements t and t+1",
                "r \\in \\mathbb{R}^{T}, V \\in \\mathbb{R}^{T+1}, \\gamma = 0.5\n"
                        + "\\delta_t = r_t + \\gamma V(s_{t+1}) - V(s_t)", "\\delta",
                Map.of("r", R, "V", V), Map.of("r", three, "V", four), delta,
                List.of(Code.W0190, Code.W0170, Code.W0255)));
        cases.add(new Case("V_t beside r_t, V one longer: t runs over the rewards (V_t read first)",
                "r \\in \\mathbb{R}^{T}, V \\in \\mathbb{R}^{T+1}, \\gamma = 0.5\n"
                        + "\\delta_t = - V_t + \\gamma V_{t+1} + r_t", "\\delta",
                Map.of("r", R, "V", V), Map.of("r", three, "V", four), delta, List.of(Code.W0255, Code.W0170)));
        cases.add(new Case("a written range says which axis t runs over: no warning for the longer one",
                "r \\in \\mathbb{R}^{T}, V \\in \\mathbb{R}^{T+1}, \\gamma = 0.5\n"
                        + "\\delta_t = r_t + \\gamma V_{t+1} - V_t \\quad t = 0, \\dots, T-1", "\\delta",
                Map.of("r", R, "V", V), Map.of("r", three, "V", four), delta, List.of(Code.W0170)));
        double[] oneStep = new double[R.length];
        for (int t = 0; t < R.length; t++) {
            oneStep[t] = R[t] + 0.5 * V[t + 1];
        }
        // Before: V_{t+1}, read only shifted, counted V from 1, so t = 0 read V_0 and V_T was never read.
        cases.add(new Case("r_t + gamma V(s_{t+1}), V one longer and never read plainly: V counts from 0, read to its end",
                "r \\in \\mathbb{R}^{T}, V \\in \\mathbb{R}^{T+1}, \\gamma = 0.5\n"
                        + "y_t = r_t + \\gamma V(s_{t+1})", "y",
                Map.of("r", R, "V", V), Map.of("r", three, "V", four), oneStep, List.of(Code.W0190, Code.W0170)));
        cases.add(new Case("V_{t+1} with t = 0, ..., T-1 written and V over the T+1 states: position t+1",
                "r \\in \\mathbb{R}^{T}, V \\in \\mathbb{R}^{T+1}, \\gamma = 0.5\n"
                        + "y_t = r_t + \\gamma V_{t+1} \\quad t = 0, \\dots, T-1", "y",
                Map.of("r", R, "V", V), Map.of("r", three, "V", four), oneStep, List.of(Code.W0170)));
        // Before: the underset{a}{\arg\max} was an axis form, `a` an undeclared scalar input (exit 2 at run time).
        cases.add(new Case("UCB: \\underset{a}{\\arg\\max} [Q_t(a) + c sqrt(ln t / N_t(a))] is the arg max over the index a",
                "Q_t, N_t \\in \\mathbb{R}^{k}, c, t \\in \\mathbb{R}\n"
                        + "A_t = \\underset{a}{\\arg\\max} \\left[ Q_t(a) + c \\sqrt{\\frac{\\ln t}{N_t(a)}} \\right]", "A_t",
                Map.of("Q_t", new double[] {0.5, 0.9, 0.7}, "N_t", new double[] {1, 9, 1}, "c", new double[] {2},
                        "t", new double[] {Math.E}),
                Map.of("Q_t", three, "N_t", three, "c", new int[0], "t", new int[0]), new double[] {2}, List.of(Code.W0161)));
        cases.add(new Case("\\underset{i}{\\min} over a fresh letter the body uses is \\min_i",
                "r \\in \\mathbb{R}^{T}\ny = \\underset{i}{\\min} r_i", "y",
                Map.of("r", R), Map.of("r", three), new double[] {-1.25}, List.of()));
        // Before: q^-_{a^*} was an undeclared scalar input (W0101, exit 2 at run time).
        cases.add(new Case("Double DQN: q^-_{a^*} after a^* = argmax_a q_a is the element of q^- at the arg max",
                "q, q^- \\in \\mathbb{R}^{A}, r, \\gamma \\in \\mathbb{R}\n"
                        + "Y = r + \\gamma q^-_{a^*} \\quad \\text{where } a^* = \\operatorname{argmax}_a q_a", "Y",
                Map.of("q", new double[] {0.5, 2, -1}, "q^-", new double[] {10, 20, 30}, "r", new double[] {1},
                        "\\gamma", new double[] {0.5}),
                Map.of("q", three, "q^-", three, "r", new int[0], "\\gamma", new int[0]), new double[] {11},
                List.of()));
        double[] gae = new double[R.length];
        for (int t = 0; t < R.length; t++) {
            for (int l = 0; t + l < R.length; l++) {
                gae[t] += Math.pow(0.5 * 0.8, l) * delta[t + l];
            }
        }
        cases.add(new Case("GAE: the sum to infinity over the defined delta_{t+l}^V runs to the trajectory's end",
                "r \\in \\mathbb{R}^{T}, V \\in \\mathbb{R}^{T+1}, \\gamma = 0.5, \\lambda = 0.8\n"
                        + "\\delta_t^V = r_t + \\gamma V_{t+1} - V_t\n"
                        + "\\hat{A}_t = \\sum_{l=0}^{\\infty} (\\gamma \\lambda)^l \\delta_{t+l}^V", "\\hat{A}",
                Map.of("r", R, "V", V), Map.of("r", three, "V", four), gae,
                List.of(Code.W0170, Code.W0255, Code.W0172)));
        // A3C's entropy at each of T = 2 states over A = 3 actions; pi laid out [T, A], row t the policy at s_t.
        double[] pi = {0.2, 0.3, 0.5, 0.6, 0.3, 0.1};
        double[] entropy = new double[2];
        for (int t = 0; t < 2; t++) {
            for (int a = 0; a < 3; a++) {
                entropy[t] -= pi[3 * t + a] * Math.log(pi[3 * t + a]);
            }
        }
        // Before: pi(a | s_t) read pi_{a, t}, so a ran over the T rows and the result had A entries (no error).
        cases.add(new Case("pi(a | s_t) of a declared T x A table is row t, entry a: the condition selects the row",
                "\\pi \\in \\mathbb{R}^{T \\times A}\nH_t = -\\sum_{a} \\pi(a \\mid s_t) \\log \\pi(a \\mid s_t)", "H",
                Map.of("\\pi", pi), Map.of("\\pi", new int[] {2, 3}), entropy, List.of(Code.W0256, Code.W0190)));
        double surrogate = 0;
        for (int t = 0; t < 3; t++) {
            surrogate += R[t] * V[t] / 3;
        }
        // Before: \hat{A}_t was the whole declared vector at every t, so the mean over t was a vector (no error).
        cases.add(new Case("A_t declared in R^T is read as element t under the mean over t (TRPO's surrogate)",
                "\\rho(a_t \\mid s_t), \\hat{A}_t \\in \\mathbb{R}^{T}\n"
                        + "L = \\hat{\\mathbb{E}}_t\\left[\\rho(a_t \\mid s_t)\\hat{A}_t\\right]", "L",
                Map.of("\\rho(a_t \\mid s_t)", R, "\\hat{A}_t", new double[] {V[0], V[1], V[2]}),
                Map.of("\\rho(a_t \\mid s_t)", three, "\\hat{A}_t", three), new double[] {surrogate},
                List.of(Code.W0257)));
        double[] alphaBar = {1.0, 0.9, 0.7, 0.4};
        double[] betas = new double[3];
        for (int t = 1; t <= 3; t++) {
            betas[t - 1] = Math.min(1 - alphaBar[t] / alphaBar[t - 1], 0.999);
        }
        // Before: E0304 (t over T, \bar\alpha over T+1).
        cases.add(new Case("beta_t for t = 1 ... T from alpha-bar over 0 ... T: alpha-bar_t is position t",
                "\\bar{\\alpha} \\in \\mathbb{R}^{T+1}\n\\beta_t = \\min\\left(1 - \\frac{\\bar{\\alpha}_t}"
                        + "{\\bar{\\alpha}_{t-1}}, 0.999\\right) \\quad t = 1, \\dots, T", "\\beta",
                Map.of("\\bar{\\alpha}", alphaBar), Map.of("\\bar{\\alpha}", four), betas,
                List.of(Code.W0255, Code.W0170)));
        double kl = 0;
        for (int j = 0; j < 3; j++) {
            kl += 0.5 * (1 + Math.log(V[j] * V[j]) - R[j] * R[j] - V[j] * V[j]);
        }
        // Before: E0107 (a parameter must be a name).
        cases.add(new Case("D_KL(q(z) || p(z)) = ...: the distributions are notation, D_KL the value of the body",
                "\\mu, \\sigma \\in \\mathbb{R}^{J}\n"
                        + "D_{KL}(q_\\phi(z) || p_\\theta(z)) = \\frac{1}{2}\\sum_{j=1}^{J}(1 + \\log(\\sigma_j^2) - \\mu_j^2 - \\sigma_j^2)",
                "D_{KL}", Map.of("\\mu", R, "\\sigma", new double[] {V[0], V[1], V[2]}), Map.of("\\mu", three, "\\sigma", three),
                new double[] {kl}, List.of(Code.W0258)));
        return cases.stream();
    }

    /** Where the reading would be a guess, an error with the reason, never a silent value. */
    static Stream<Object[]> rejected() {
        return Stream.<Object[]>of(
                // V and r of unrelated lengths: no shorter axis to run over
                new Object[] {"r \\in \\mathbb{R}^{T}, V \\in \\mathbb{R}^{n}\n\\delta_t = r_t - V_t", Code.E0304});
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void guessesAreRejected(String program, Code code) {
        PaperReadings.assertRejected(program, code);
    }

    /** {@code --function '\hat{A}'} names {@code \hat{A}_t^{GAE(\gamma, \lambda)}}: the label above is no part of the name typed. */
    @org.junit.jupiter.api.Test
    void aDefinitionIsFoundByItsNameWithoutTheLabelAbove() throws Exception {
        dev.eqc.compiler.diag.Diagnostics diagnostics = new dev.eqc.compiler.diag.Diagnostics();
        dev.eqc.compiler.Options options = new dev.eqc.compiler.Options("Gae", "", dev.eqc.compiler.Precision.DOUBLE, false);
        var typed = dev.eqc.compiler.EqCompiler.check(new dev.eqc.compiler.source.SourceFile("gae.eq",
                        "\\delta \\in \\mathbb{R}^{T}, \\gamma, \\lambda \\in \\mathbb{R}\n"
                                + "\\hat{A}_t^{GAE(\\gamma, \\lambda)} = \\sum_{l=0}^{\\infty} (\\gamma \\lambda)^l \\delta_{t+l}"),
                        options, diagnostics).orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
        var runner = dev.eqc.compiler.run.EquationRunner.compile(typed, options);
        org.junit.jupiter.api.Assertions.assertTrue(runner.find("\\hat{A}").isPresent(), typed.program().definitions()::toString);
        org.junit.jupiter.api.Assertions.assertTrue(runner.find("\\hat{B}").isEmpty());
    }

    /**
     * {@code --function '\sigma_t'} must not name {@code \sigma_t^2 = …} (Neelakantan et al.'s noise variance): the 2
     * above is a power, not a label, and the variance returned for the standard deviation was a silent wrong result.
     */
    @org.junit.jupiter.api.Test
    void aPowerAboveIsNoLabelToDropFromTheName() throws Exception {
        dev.eqc.compiler.diag.Diagnostics diagnostics = new dev.eqc.compiler.diag.Diagnostics();
        dev.eqc.compiler.Options options = new dev.eqc.compiler.Options("Noise", "", dev.eqc.compiler.Precision.DOUBLE, false);
        var typed = dev.eqc.compiler.EqCompiler.check(new dev.eqc.compiler.source.SourceFile("noise.eq",
                        "\\eta, \\gamma, t \\in \\mathbb{R}\n"
                                + "\\sigma_t^2 = \\frac{\\eta}{(1 + t)^\\gamma}\n"
                                + "P^{-1} = \\eta + t"),
                        options, diagnostics).orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
        var runner = dev.eqc.compiler.run.EquationRunner.compile(typed, options);
        org.junit.jupiter.api.Assertions.assertTrue(runner.find("\\sigma_t^2").isPresent(), typed.program().definitions()::toString);
        org.junit.jupiter.api.Assertions.assertTrue(runner.find("\\sigma_t").isEmpty());
        org.junit.jupiter.api.Assertions.assertTrue(runner.find("P").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatedCodeAndInterpreterComputeThePaperReading(Case c) throws Exception {
        PaperReadings.assertComputes("Rl", c.program(), c.definition(), c.inputs(), c.shapes(), c.expected(),
                c.warns());
    }
}
