package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Vectors declared under the names of their elements (docs/LANGUAGE.md, Indexes and ranges): Koren, Bell and
 * Volinsky's {@code \hat{r}_{ui} = \mu + b_i + b_u + q_i^T p_u} with {@code b_i \in \mathbb{R}^{I}} and
 * {@code b_u \in \mathbb{R}^{U}}. Before, {@code b_u} was the whole vector added along the last axis: E0302 when
 * the sizes differ. Expected values are
 * computed here in plain Java, not by eqc.
 */
class IndexNamedVectorsTest {
    private static final double[] BI = {1, 2, 3};
    private static final double[] BU = {10, 20, 30};
    private static final double[] Q = {1, 0, 0, 1, 1, 1};       // I x f = 3 x 2
    private static final double[] P = {0.5, -1, 2, 0.25, 1, 1}; // U x f = 3 x 2

    private static double[] ratings(boolean itemFirst) {
        double mu = 0.5;
        double[] r = new double[9];
        for (int u = 0; u < 3; u++) {
            for (int i = 0; i < 3; i++) {
                double dot = Q[2 * i] * P[2 * u] + Q[2 * i + 1] * P[2 * u + 1];
                r[itemFirst ? i * 3 + u : u * 3 + i] = mu + BI[i] + BU[u] + dot;
            }
        }
        return r;
    }

    @Test
    void aVectorNamedByAnIndexInScopeIsReadAtThatIndex() throws Exception {
        String decl = "\\mu \\in \\mathbb{R}, b_i \\in \\mathbb{R}^{I}, b_u \\in \\mathbb{R}^{U},"
                + " Q \\in \\mathbb{R}^{I \\times f}, P \\in \\mathbb{R}^{U \\times f}\n";
        Map<String, double[]> in = Map.of("\\mu", new double[] {0.5}, "b_i", BI, "b_u", BU, "Q", Q, "P", P);
        Map<String, int[]> shapes = Map.of("\\mu", new int[0], "b_i", new int[] {3}, "b_u", new int[] {3},
                "Q", new int[] {3, 2}, "P", new int[] {3, 2});
        PaperReadings.assertComputes("Koren", decl + "\\hat{r}_{ui} = \\mu + b_i + b_u + q_i^T p_u", "\\hat{r}", in,
                shapes, ratings(false), List.of(Code.W0257, Code.W0102));
        PaperReadings.assertComputes("Koren", decl + "\\hat{r}_{iu} = \\mu + b_i + b_u + q_i^T p_u", "\\hat{r}", in,
                shapes, ratings(true), List.of(Code.W0257, Code.W0102));
    }
    @Test
    void aParameterNamedLikeADeclaredWordLabelSelectsRows() throws Exception {
        // Mikolov et al. (2013b), Eq. 2: p(w_O | w_I) with w_O, w_I \in \mathbb{N} declared; v'_{w_O} and v_{w_I}
        // are rows of the output and input embeddings. Before: `v_{w_I}` undeclared (W0101), an input of its own.
        double[] v = {1, 0, 0, 1, 1, 1};        // W x d = 3 x 2
        double[] vp = {0.5, -1, 2, 0.25, -1, 1};
        int wI = 2;
        int wO = 1;
        double[] s = new double[3];
        double z = 0;
        for (int w = 0; w < 3; w++) {
            s[w] = vp[2 * w] * v[2 * wI] + vp[2 * w + 1] * v[2 * wI + 1];
            z += Math.exp(s[w]);
        }
        String program = "v \\in \\mathbb{R}^{W \\times d}, v' \\in \\mathbb{R}^{W \\times d}, w_I, w_O \\in \\mathbb{N}\n"
                + "p(w_O | w_I) = \\frac{\\exp\\left({v'_{w_O}}^\\top v_{w_I}\\right)}"
                + "{\\sum_{w=1}^{W}\\exp\\left({v'_w}^\\top v_{w_I}\\right)}";
        PaperReadings.assertComputes("SkipGram", program, "p", Map.of("v", v, "v'", vp, "w_I", new double[] {wI},
                        "w_O", new double[] {wO}),
                Map.of("v", new int[] {3, 2}, "v'", new int[] {3, 2}, "w_I", new int[0], "w_O", new int[0]),
                new double[] {Math.exp(s[wO]) / z}, List.of(Code.W0140));
    }
}
