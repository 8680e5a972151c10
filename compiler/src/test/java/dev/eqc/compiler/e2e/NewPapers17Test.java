package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Paper equations the lead pasted in session 17 (fresh cases c1420, c1436, c1440, c1454 and variants): expected values
 * worked out here from the sources' meaning.
 */
class NewPapers17Test {
    @Test
    void aConditionWrittenAsAnEventNamesTheGivenValue() throws Exception {
        // CS224n's word2vec, P(O=o \mid C=c): the chain reads ((O = o) | C) = c, which was E0107 (a parameter must
        // be a name). The outcome o is the index defined over; c is the given centre word.
        double[] u = {1, 0, 0, 1, 1, 1}; // 3 outside vectors of d = 2
        double[] v = {0.5, -1};
        double[] s = new double[3];
        double z = 0;
        for (int o = 0; o < 3; o++) {
            s[o] = Math.exp(u[2 * o] * v[0] + u[2 * o + 1] * v[1]);
            z += s[o];
        }
        for (int o = 0; o < 3; o++) {
            s[o] /= z;
        }
        PaperReadings.assertComputes("Word2vec", "\\boldsymbol{U} \\in \\mathbb{R}^{V \\times d}, \\boldsymbol{v}_c \\in"
                        + " \\mathbb{R}^{d}\n\nP(O=o \\mid C=c) = \\frac{\\exp(\\boldsymbol{u}_o^\\top \\boldsymbol{v}_c)}"
                        + "{\\sum_{w=1}^{V} \\exp(\\boldsymbol{u}_w^\\top \\boldsymbol{v}_c)}", "P",
                Map.of("\\boldsymbol{U}", u, "\\boldsymbol{v}_c", v),
                Map.of("\\boldsymbol{U}", new int[] {3, 2}, "\\boldsymbol{v}_c", new int[] {2}),
                s, List.of(Code.W0160, Code.W0102));
        // as printed, \sum_{w \in \text{Vocab}}: a set named by a word the file does not give is the whole axis w
        // indexes (W0147; was E0103)
        PaperReadings.assertComputes("Word2vecVocab", "\\boldsymbol{U} \\in \\mathbb{R}^{V \\times d}, \\boldsymbol{v}_c \\in"
                        + " \\mathbb{R}^{d}\n\nP(O=o \\mid C=c) = \\frac{\\exp(\\boldsymbol{u}_o^\\top \\boldsymbol{v}_c)}"
                        + "{\\sum_{w \\in \\text{Vocab}} \\exp(\\boldsymbol{u}_w^\\top \\boldsymbol{v}_c)}", "P",
                Map.of("\\boldsymbol{U}", u, "\\boldsymbol{v}_c", v),
                Map.of("\\boldsymbol{U}", new int[] {3, 2}, "\\boldsymbol{v}_c", new int[] {2}),
                s, List.of(Code.W0160, Code.W0102, Code.W0147));
    }

    @Test
    void aDeclaredValueReadAtAnArgMaxInOneArgumentIsTheElementItPicks() throws Exception {
        // van Hasselt et al.'s Double DQN target: the online network picks the action, the target network values it.
        // It was one scalar input named for the whole argument (W0190), which the run then asked for.
        double[] online = {0.1, 0.9, 0.3};
        double[] target = {5, -2, 7};
        String decl = "Q(S_{t+1}, a; \\boldsymbol{\\theta}_t), Q(S_{t+1}, a; \\boldsymbol{\\theta}'_t) \\in \\mathbb{R}^{A},"
                + " R_{t+1}, \\gamma \\in \\mathbb{R}\n\n";
        Map<String, double[]> in = Map.of("Q(S_{t+1}, a, \\boldsymbol{\\theta}_t)", online,
                "Q(S_{t+1}, a, \\boldsymbol{\\theta}'_t)", target, "R_{t+1}", new double[] {1}, "\\gamma", new double[] {0.5});
        Map<String, int[]> shapes = Map.of("Q(S_{t+1}, a, \\boldsymbol{\\theta}_t)", new int[] {3},
                "Q(S_{t+1}, a, \\boldsymbol{\\theta}'_t)", new int[] {3}, "R_{t+1}", new int[] {}, "\\gamma", new int[] {});
        PaperReadings.assertComputes("DoubleDqn", decl + "Y_t \\equiv R_{t+1} + \\gamma Q(S_{t+1}, \\operatorname*{argmax}_a"
                        + " Q(S_{t+1}, a; \\boldsymbol{\\theta}_t); \\boldsymbol{\\theta}'_t)", "Y_t", in, shapes,
                new double[] {1 + 0.5 * -2}, List.of(Code.W0418));
        // the same with the action named first, a^* = argmax_a Q(…)
        PaperReadings.assertComputes("DoubleDqnNamed", decl + "a^* = \\operatorname*{argmax}_a Q(S_{t+1}, a;"
                        + " \\boldsymbol{\\theta}_t)\nY_t = R_{t+1} + \\gamma Q(S_{t+1}, a^*; \\boldsymbol{\\theta}'_t)", "Y_t",
                in, shapes, new double[] {1 + 0.5 * -2}, List.of(Code.W0418));
    }

    @Test
    void anArgMaxOverValuesOfAnotherSizeIsNotPickedFrom() {
        // the arg max runs over 5 values and the table it would pick from has 3: a position past the end would pick
        // nothing (0, silently), so the value stays an input of its own, whose shape nothing tells (E0192)
        PaperReadings.assertRejected("Q(s, a; \\theta) \\in \\mathbb{R}^{5}, Q(s, a; \\theta') \\in \\mathbb{R}^{3}\n\n"
                + "y = Q(s, \\arg\\max_a Q(s, a; \\theta); \\theta')", Code.E0192);
    }

    @Test
    void aDeclaredValueAtAnotherStateIsNotPickedFrom() throws Exception {
        // Q(S_t, argmax …) beside Q(S_{t+1}, a; \\theta') declared: another argument differs, so nothing is picked;
        // the value stays an input of its own, whose shape nothing tells (E0192).
        PaperReadings.assertRejected("Q(S_{t+1}, a; \\theta), Q(S_{t+1}, a; \\theta') \\in \\mathbb{R}^{A}\n\n"
                + "Y = 2 Q(S_t, \\operatorname*{argmax}_a Q(S_{t+1}, a; \\theta); \\theta')", Code.E0192);
    }

    @Test
    void theGradientOfAFunctionTheFileDoesNotDefineIsGiven() throws Exception {
        // Adam's Algorithm 1, g_t <- \nabla_\theta f_t(\theta_{t-1}) with f_t the stochastic objective, never defined:
        // was E0192 (no shape for f_t's value). The gradient is given, shaped like \theta_{t-1}.
        double[] g = {0.5, -1, 2};
        double[] m = {1, 1, 1};
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            expected[i] = 0.9 * m[i] + 0.1 * g[i];
        }
        PaperReadings.assertComputes("AdamGradient", "\\theta_{t-1}, m_{t-1} \\in \\mathbb{R}^{d}, \\beta_1 \\in \\mathbb{R}\n\n"
                        + "g_t \\leftarrow \\nabla_\\theta f_t(\\theta_{t-1})\n"
                        + "m_t \\leftarrow \\beta_1 \\cdot m_{t-1} + (1 - \\beta_1) \\cdot g_t", "m_t",
                Map.of("\\nabla_\\theta f_t(\\theta_{t-1})", g, "m_{t-1}", m, "\\beta_1", new double[] {0.9}),
                Map.of("\\nabla_\\theta f_t(\\theta_{t-1})", new int[] {3}, "m_{t-1}", new int[] {3}, "\\beta_1", new int[] {}),
                expected, List.of(Code.W0419));
    }

    @Test
    void theGradientOfADeclaredScalarIsGivenNotZero() throws Exception {
        // W' = W - \eta \nabla_W L with L declared a scalar: L depends on nothing, so its gradient was 0 and W came
        // back unchanged, exit 0, nothing said. The paper's algorithm is given that gradient.
        PaperReadings.assertComputes("GivenStep", "L \\in \\mathbb{R}, W \\in \\mathbb{R}^{d}, \\eta \\in \\mathbb{R}\n\n"
                        + "W' = W - \\eta \\nabla_W L", "W'",
                Map.of("W", new double[] {1, 2}, "\\nabla_W L", new double[] {10, -10}, "\\eta", new double[] {0.5}),
                Map.of("W", new int[] {2}, "\\nabla_W L", new int[] {2}, "\\eta", new int[] {}),
                new double[] {1 - 5, 2 + 5}, List.of(Code.W0419));
    }

    @Test
    void aGradientDeclaredAsAFractionIsThatInput() throws Exception {
        // Prince's Adam (Eq. 6.16) declares the gradient at \phi_t as printed, \frac{\partial L[\phi_t]}{\partial
        // \phi}: was E0103 (\partial) in the declaration.
        PaperReadings.assertComputes("PrinceStep", "\\boldsymbol\\phi_t, \\frac{\\partial L[\\boldsymbol\\phi_t]}{\\partial"
                        + " \\boldsymbol\\phi} \\in \\mathbb{R}^{D}, \\alpha \\in \\mathbb{R}\n\n"
                        + "\\boldsymbol\\phi_{t+1} \\leftarrow \\boldsymbol\\phi_t - \\alpha \\frac{\\partial"
                        + " L[\\boldsymbol\\phi_t]}{\\partial \\boldsymbol\\phi}", "\\boldsymbol\\phi_{t+1}",
                Map.of("\\boldsymbol\\phi_t", new double[] {1, 2},
                        "\\frac{\\partial L[\\boldsymbol\\phi_t]}{\\partial \\boldsymbol\\phi}", new double[] {4, 8},
                        "\\alpha", new double[] {0.25}),
                Map.of("\\boldsymbol\\phi_t", new int[] {2},
                        "\\frac{\\partial L[\\boldsymbol\\phi_t]}{\\partial \\boldsymbol\\phi}", new int[] {2},
                        "\\alpha", new int[] {}),
                new double[] {0, 0}, List.of());
    }

    @Test
    void theGradientOfADefinedLossIsStillDifferentiated() throws Exception {
        // L defined in the file: eqc differentiates it, nothing is given.
        PaperReadings.assertComputes("DefinedStep", "W \\in \\mathbb{R}^{d}, \\eta \\in \\mathbb{R}\n\n"
                        + "L = \\sum_i W_i^2\nW' = W - \\eta \\nabla_W L", "W'",
                Map.of("W", new double[] {1, 2}, "\\eta", new double[] {0.5}),
                Map.of("W", new int[] {2}, "\\eta", new int[] {}), new double[] {0, 0}, List.of());
    }

    @Test
    void aFunctionOfTheStepReadsValuesDeclaredPerStep() throws Exception {
        // REINFORCE++'s KL(t) = \log(\pi^{RL}(a_t|s_t) / \pi^{SFT}(a_t|s_t)) with both declared over the T tokens: t
        // picks the step of the declared values, so KL is defined element by element over t (W0220). It was a
        // function whose parameter was notation (W0191), then E0191 at the call KL(i).
        double[] rl = {0.5, 0.25, 0.8};
        double[] sft = {0.4, 0.5, 0.2};
        double total = 0;
        for (int t = 0; t < 3; t++) {
            total += Math.log(rl[t] / sft[t]);
        }
        PaperReadings.assertComputes("KlPerToken", "\\pi^{RL}(a_t|s_t), \\pi^{SFT}(a_t|s_t) \\in \\mathbb{R}^{T}\n\n"
                        + "\\mathrm{KL}(t) = \\log\\left(\\frac{\\pi^{RL}(a_t|s_t)}{\\pi^{SFT}(a_t|s_t)}\\right)\n"
                        + "D = \\sum_{i=1}^{T} \\mathrm{KL}(i)", "D",
                Map.of("\\pi^{RL}(a_t|s_t)", rl, "\\pi^{SFT}(a_t|s_t)", sft),
                Map.of("\\pi^{RL}(a_t|s_t)", new int[] {3}, "\\pi^{SFT}(a_t|s_t)", new int[] {3}),
                new double[] {total}, List.of(Code.W0220));
    }

    @Test
    void anElementOfAFunctionOfAnIndexIsNamedAsWrittenInMessages() {
        // P(i) of P(t) defined element-wise: E0304 printed the name without its last character (`\mathrm{KL`, ``).
        dev.eqc.compiler.diag.Diagnostics diagnostics = new dev.eqc.compiler.diag.Diagnostics();
        dev.eqc.compiler.EqCompiler.check(new dev.eqc.compiler.source.SourceFile("kl.eq",
                        "p \\in \\mathbb{R}^{T}\n\n\\mathrm{KL}(t) = 2 p_t\ng = \\sum_{i=0}^{T} \\mathrm{KL}(i)"),
                new dev.eqc.compiler.Options("Kl", "", dev.eqc.compiler.Precision.DOUBLE, false), diagnostics);
        String messages = diagnostics.all().stream().filter(d -> d.code() == Code.E0304)
                .map(dev.eqc.compiler.diag.Diagnostic::message).toList().toString();
        org.junit.jupiter.api.Assertions.assertTrue(messages.contains("of `\\mathrm{KL}` has size T"), messages);
    }

    @Test
    void aNameDeclaredWithAStepAndALayerIsOneValue() throws Exception {
        // \mathbf{u}_t^l declared (the hidden state of token t in layer l): \mathbf{h}_t^l = 2\mathbf{u}_t^l is one
        // vector, as it is without the layer; it was defined over t, a size no input gave (W0196).
        PaperReadings.assertComputes("OneToken", "\\mathbf{u}_t^l \\in \\mathbb{R}^{d}\n\n\\mathbf{h}_t^l = 2 \\mathbf{u}_t^l",
                "\\mathbf{h}_t^l", Map.of("\\mathbf{u}_t^l", new double[] {1, -2, 3}),
                Map.of("\\mathbf{u}_t^l", new int[] {3}), new double[] {2, -4, 6}, List.of());
    }

    @Test
    void theStepOfTheOneTokenTheEquationsAreForIsALabel() throws Exception {
        // DeepSeekMoE's router for one token, u_t^l \in R^d: s_{i,t} and g_{i,t} are per expert i alone (W0420).
        double[] u = {1, 0.5};
        double[] e = {1, 0, 0, 1, -1, 1};   // 3 centroids
        double[] logits = {u[0], u[1], -u[0] + u[1]};
        double z = 0;
        for (double v : logits) {
            z += Math.exp(v);
        }
        double[] s = new double[3];
        for (int i = 0; i < 3; i++) {
            s[i] = 3 * Math.exp(logits[i]) / z;
        }
        PaperReadings.assertComputes("Router", "\\mathbf{u}_t^l \\in \\mathbb{R}^{d}, E \\in \\mathbb{R}^{N \\times d}\n\n"
                        + "s_{i,t} = \\operatorname{Softmax}_i({\\mathbf{u}_t^l}^{T} \\mathbf{e}_i)\n"
                        + "g_{i,t} = 3 s_{i,t}", "g",
                Map.of("\\mathbf{u}_t^l", u, "E", e), Map.of("\\mathbf{u}_t^l", new int[] {2}, "E", new int[] {3, 2}),
                s, List.of(Code.W0420, Code.W0102));
    }

    @Test
    void aStepWithARangeStaysAnIndex() {
        // t bounded by a sum elsewhere in the file is an index: no subscript loses it (no W0420).
        dev.eqc.compiler.diag.Diagnostics diagnostics = new dev.eqc.compiler.diag.Diagnostics();
        dev.eqc.compiler.EqCompiler.check(new dev.eqc.compiler.source.SourceFile("steps.eq",
                        "\\mathbf{u}_t \\in \\mathbb{R}^{d}, E \\in \\mathbb{R}^{N \\times d}\n\n"
                                + "s_{i,t} = \\mathbf{e}_i^\\top \\mathbf{u}_t\nc = \\sum_{t=1}^{T} s_{1,t}"),
                new dev.eqc.compiler.Options("Steps", "", dev.eqc.compiler.Precision.DOUBLE, false), diagnostics);
        org.junit.jupiter.api.Assertions.assertTrue(diagnostics.all().stream().noneMatch(d -> d.code() == Code.W0420),
                () -> diagnostics.all().toString());
    }

    @Test
    void deepSeekV2LatentKeysOfOneToken() throws Exception {
        // DeepSeek-V2's c_t^{KV} = W^{DKV} h_t, k_t^C = W^{UK} c_t^{KV} with W^{UK} \in R^{d_h n_h \times d_c}: the
        // product of two subscripted sizes never written apart is one size (was E0110), and k_t^C reading the
        // defined c_t^{KV} is one vector (was over t, a size no input gave, W0196).
        double[] h = {1, 2};
        double[] down = {1, 1, 0, 1, 1, 0};   // [3, 2]
        double[] up = {1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1};   // [4, 3]
        // c = W^{DKV} h = (1 + 2, 2, 1); k = W^{UK} c = (3, 2, 1, 3 + 2 + 1)
        double[] k = {3, 2, 1, 6};
        PaperReadings.assertComputes("LatentKeys", "\\mathbf{h}_t \\in \\mathbb{R}^{d}, W^{DKV} \\in \\mathbb{R}^{d_c \\times d},"
                        + " W^{UK} \\in \\mathbb{R}^{d_h n_h \\times d_c}\n\n"
                        + "\\mathbf{c}_{t}^{KV} = W^{DKV} \\mathbf{h}_{t}\n\\mathbf{k}_{t}^{C} = W^{UK} \\mathbf{c}_{t}^{KV}",
                "\\mathbf{k}_{t}^{C}", Map.of("\\mathbf{h}_t", h, "W^{DKV}", down, "W^{UK}", up),
                Map.of("\\mathbf{h}_t", new int[] {2}, "W^{DKV}", new int[] {3, 2}, "W^{UK}", new int[] {4, 3}), k,
                List.of());
    }

    @Test
    void aReturnWrittenAsAFunctionOfTheStepsStateAndActionCountsLikeTheSum() throws Exception {
        // REINFORCE++: A_t(s_t, a_t) = r - \beta \sum_{i=t}^{T} KL(i). The parameters only name step t's state and
        // action, so t runs over the sum's range, 1 ... T (W0140), as for a plain A_t; it counted from 0, so the sum
        // ran over T + 1 values (E0304).
        double[] kl = {0.5, -1, 2};
        double r = 1;
        double beta = 0.1;
        double[] expected = new double[3];
        for (int t = 0; t < 3; t++) {
            double tail = 0;
            for (int i = t; i < 3; i++) {
                tail += kl[i];
            }
            expected[t] = r - beta * tail;
        }
        PaperReadings.assertComputes("ReinforcePp", "k \\in \\mathbb{R}^{T}, r, \\beta \\in \\mathbb{R}\n\n"
                        + "\\mathrm{KL}(t) = k_t\nA_t(s_t, a_t) = r - \\beta \\cdot \\sum_{i=t}^{T} \\mathrm{KL}(i)", "A_t",
                Map.of("k", kl, "r", new double[] {r}, "\\beta", new double[] {beta}),
                Map.of("k", new int[] {3}, "r", new int[] {}, "\\beta", new int[] {}), expected,
                List.of(Code.W0220, Code.W0140, Code.W0171, Code.W0252));
    }

    @Test
    void anUpdateArrowDefinesAFunctionOfAnIndex() throws Exception {
        // The NTM's content addressing as Weng prints it, w^c_t(i) \longleftarrow softmax over i of \beta_t K[k_t,
        // M_t(i)]: the arrow defines w^c_t, a name the file does not declare, so i is an index (W0220); it was a
        // generic function of a number i, whose row M_t(i) did not fit k_t (E0301).
        double[] m = {1, 0, 0, 2, 1, 1};   // 3 rows of 2
        double[] k = {1, 1};
        double beta = 2;
        double[] w = new double[3];
        double z = 0;
        for (int i = 0; i < 3; i++) {
            double dot = m[2 * i] * k[0] + m[2 * i + 1] * k[1];
            double cos = dot / (Math.hypot(m[2 * i], m[2 * i + 1]) * Math.hypot(k[0], k[1]));
            w[i] = Math.exp(beta * cos);
            z += w[i];
        }
        for (int i = 0; i < 3; i++) {
            w[i] /= z;
        }
        PaperReadings.assertComputes("NtmContent", "M_t \\in \\mathbb{R}^{N \\times M}, \\mathbf{k}_t \\in \\mathbb{R}^{M},"
                        + " \\beta_t \\in \\mathbb{R}\n\n"
                        + "w^c_t(i) \\longleftarrow \\frac{\\exp\\left(\\beta_t K\\left[\\mathbf{k}_t, \\mathbf{M}_t(i)\\right]\\right)}"
                        + "{\\sum_j \\exp\\left(\\beta_t K\\left[\\mathbf{k}_t, \\mathbf{M}_t(j)\\right]\\right)}\n"
                        + "K[\\mathbf{u}, \\mathbf{v}] = \\frac{\\mathbf{u} \\cdot \\mathbf{v}}{\\|\\mathbf{u}\\| \\cdot \\|\\mathbf{v}\\|}",
                "w^c_t", Map.of("M_t", m, "\\mathbf{k}_t", k, "\\beta_t", new double[] {beta}),
                Map.of("M_t", new int[] {3, 2}, "\\mathbf{k}_t", new int[] {2}, "\\beta_t", new int[] {}), w,
                List.of(Code.W0220, Code.W0103, Code.W0161, Code.W0102));
    }

    @Test
    void theUnitOfADeclaredActivationAtTheIthExample() throws Exception {
        // Weng's sparse autoencoder, \hat{\rho}_j = \frac{1}{n} \sum_i a_j^{(l)}(\mathbf{x}^{(i)}) with a^{(l)}(\mathbf{x})
        // \in R^{n \times s_l} declared: entry (i, j), the mean activation of unit j (W0392). It was a new input
        // named for the whole application, which the run asked for.
        double[] a = {0.2, 0.4, 0.6, 0.8, 0.1, 0.3};   // n = 3 examples, s_l = 2 units
        PaperReadings.assertComputes("SparseAe", "a^{(l)}(\\mathbf{x}) \\in \\mathbb{R}^{n \\times s_l}\n\n"
                        + "\\hat{\\rho}_j^{(l)} = \\frac{1}{n} \\sum_{i=1}^n [a_j^{(l)}(\\mathbf{x}^{(i)})]", "\\hat{\\rho}^{(l)}",
                Map.of("a^{(l)}(\\mathbf{x})", a), Map.of("a^{(l)}(\\mathbf{x})", new int[] {3, 2}),
                new double[] {(0.2 + 0.6 + 0.1) / 3, (0.4 + 0.8 + 0.3) / 3}, List.of(Code.W0392));
    }

    @Test
    void aPrimedIndexReadInABracketIsAnIndexOfTheLeftHandSide() throws Exception {
        // Talking-heads attention (c1218): h' of J_{h',i,j} = \sum_h L_{h,i,j} P_l[h, h'] is read only inside the
        // bracket of the declared P_l, so it indexes J; a rule marking a left-hand side whose letters the body never
        // reads as one name (\mu_B) took J_{h',i,j} for such a name after the merge of session 17 (E0304 below).
        double[] l = {1, 2, 3, 4};   // H = 2, n = 1, m = 2
        double[] p = {1, 0.5, -1, 2};
        double[][] j = new double[2][2];
        for (int hp = 0; hp < 2; hp++) {
            for (int c = 0; c < 2; c++) {
                j[hp][c] = l[c] * p[hp] + l[2 + c] * p[2 + hp];
            }
        }
        double[][] w = new double[2][2];
        for (int hp = 0; hp < 2; hp++) {
            double z = Math.exp(j[hp][0]) + Math.exp(j[hp][1]);
            w[hp][0] = Math.exp(j[hp][0]) / z;
            w[hp][1] = Math.exp(j[hp][1]) / z;
        }
        double[] q = {2, 1, 0, 3};
        double[] expected = new double[4];
        for (int h2 = 0; h2 < 2; h2++) {
            for (int c = 0; c < 2; c++) {
                expected[h2 * 2 + c] = w[0][c] * q[h2] + w[1][c] * q[2 + h2];
            }
        }
        PaperReadings.assertComputes("TalkingHeads", "L \\in \\mathbb{R}^{H \\times n \\times m}, P_l, P_w \\in"
                        + " \\mathbb{R}^{H \\times H}\n\n"
                        + "J_{h',i,j} = \\sum_{h} L_{h,i,j} P_l[h, h']\n"
                        + "W_{h',i,j} = \\mathrm{softmax}_j(J_{h',i,j})\n"
                        + "U_{h'',i,j} = \\sum_{h'} W_{h',i,j} P_w[h', h'']", "U",
                Map.of("L", l, "P_l", p, "P_w", q), Map.of("L", new int[] {2, 1, 2}, "P_l", new int[] {2, 2},
                        "P_w", new int[] {2, 2}), expected, List.of(Code.W0416));
    }

    @Test
    void aGradientDeclaredBelowNablaIsThatInput() throws Exception {
        // Wikipedia's Adam declares \nabla_w L^{(t)} \in R^n and names the moments m_w^{(t)} after w: the gradient was
        // E0305 (L^{(t)} an assumed matrix), and m_w^{(t+1)} one value per w of a size of its own (W0196).
        double[] w = {1, 2};
        double[] m = {0.5, -0.5};
        double[] g = {4, 8};
        double[] expected = new double[2];
        for (int i = 0; i < 2; i++) {
            expected[i] = w[i] - 0.1 * (0.9 * m[i] + 0.1 * g[i]);
        }
        PaperReadings.assertComputes("WikiAdam", "w^{(t)}, m_w^{(t)}, \\nabla_w L^{(t)} \\in \\mathbb{R}^{n}, \\beta_1, \\eta \\in"
                        + " \\mathbb{R}\n\n"
                        + "m_w ^ {(t+1)} \\leftarrow \\beta_1 m_w ^ {(t)} + \\left(1 - \\beta_1\\right) \\nabla _w L ^ {(t)}\n"
                        + "w ^ {(t+1)} \\leftarrow w ^ {(t)} - \\eta m_w ^ {(t+1)}", "w^{(t+1)}",
                Map.of("w^{(t)}", w, "m_w^{(t)}", m, "\\nabla_w L^{(t)}", g, "\\beta_1", new double[] {0.9},
                        "\\eta", new double[] {0.1}),
                Map.of("w^{(t)}", new int[] {2}, "m_w^{(t)}", new int[] {2}, "\\nabla_w L^{(t)}", new int[] {2},
                        "\\beta_1", new int[] {}, "\\eta", new int[] {}), expected, List.of());
    }

    @Test
    void aDistributionNamedWithItsParametersIsDefinedOverTheOutcome() throws Exception {
        // Prototypical networks, p_\phi(y = k \mid \mathbf{x}) = softmax over k of -d(f_\phi(x), c_k): the subscript
        // \phi names the parameters; was E0107 (a parameter must be a name).
        double[] f = {1, 0};
        double[] c = {1, 0, 0, 1, 2, 2};   // 3 prototypes
        double[] e = new double[3];
        double z = 0;
        for (int k = 0; k < 3; k++) {
            double dx = f[0] - c[2 * k];
            double dy = f[1] - c[2 * k + 1];
            e[k] = Math.exp(-(dx * dx + dy * dy));
            z += e[k];
        }
        for (int k = 0; k < 3; k++) {
            e[k] /= z;
        }
        PaperReadings.assertComputes("Protonet", "f_\\phi(\\mathbf{x}) \\in \\mathbb{R}^{M}, \\mathbf{c} \\in"
                        + " \\mathbb{R}^{K \\times M}\n\nd(\\mathbf{z}, \\mathbf{z}') = \\|\\mathbf{z} - \\mathbf{z}'\\|^2\n"
                        + "p_\\phi(y = k \\mid \\mathbf{x}) = \\frac{\\exp(-d(f_\\phi(\\mathbf{x}), \\mathbf{c}_k))}{\\sum_{k'}"
                        + " \\exp(-d(f_\\phi(\\mathbf{x}), \\mathbf{c}_{k'}))}", "p_\\phi",
                Map.of("f_\\phi(\\mathbf{x})", f, "\\mathbf{c}", c),
                Map.of("f_\\phi(\\mathbf{x})", new int[] {2}, "\\mathbf{c}", new int[] {3, 2}), e,
                List.of(Code.W0160, Code.W0103));
    }
}
