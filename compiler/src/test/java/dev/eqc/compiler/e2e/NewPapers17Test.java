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
    void aDeclaredValueAtAnotherStateIsNotPickedFrom() throws Exception {
        // Q(S_t, argmax …) beside Q(S_{t+1}, a; \\theta') declared: another argument differs, so nothing is picked;
        // the value stays an input of its own, whose shape nothing tells (E0192).
        PaperReadings.assertRejected("Q(S_{t+1}, a; \\theta), Q(S_{t+1}, a; \\theta') \\in \\mathbb{R}^{A}\n\n"
                + "Y = 2 Q(S_t, \\operatorname*{argmax}_a Q(S_{t+1}, a; \\theta); \\theta')", Code.E0192);
    }
}
