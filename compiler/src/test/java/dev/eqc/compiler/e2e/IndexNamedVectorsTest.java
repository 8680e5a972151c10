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
                shapes, ratings(false), List.of(Code.W0266, Code.W0102));
        PaperReadings.assertComputes("Koren", decl + "\\hat{r}_{iu} = \\mu + b_i + b_u + q_i^T p_u", "\\hat{r}", in,
                shapes, ratings(true), List.of(Code.W0266, Code.W0102));
    }
}
