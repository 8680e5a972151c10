package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Conditions listed under a reduction with commas, as Lilian Weng's survey prints the soft nearest neighbours loss
 * ({@code \sum_{i\neq j, y_i = y_j, j=1,\dots,B}}): only the terms where every condition holds count. Was E0103.
 * Expected values are computed here with plain loops.
 */
class ListedConditionsTest {
    private static final double[] X = {0.5, 1, 2, -1, 3};
    private static final double[] Y = {0, 1, 0, 1, 0};

    private static double[] sameClassOthers() {
        double[] s = new double[5];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (i != j && Y[i] == Y[j]) {
                    s[i] += X[j];
                }
            }
        }
        return s;
    }

    @Test
    void conditionsBeforeAWrittenRangeFilterTheTerms() throws Exception {
        PaperReadings.assertComputes("Snn", "x, y \\in \\mathbb{R}^{B}\n"
                        + "s_i = \\sum_{i\\neq j, y_i = y_j, j=1,\\dots,B} x_j", "s",
                Map.of("x", X, "y", Y), Map.of("x", new int[] {5}, "y", new int[] {5}), sameClassOthers(),
                List.of(Code.W0140));
    }

    @Test
    void conditionsAloneNameTheirOneFreeLetter() throws Exception {
        PaperReadings.assertComputes("SameClass", "x, y \\in \\mathbb{R}^{B}\n"
                        + "s_i = \\sum_{j \\neq i, y_j = y_i} x_j", "s",
                Map.of("x", X, "y", Y), Map.of("x", new int[] {5}, "y", new int[] {5}), sameClassOthers(), List.of());
    }

    @Test
    void aMaximumKeepsItsIdentityForTheLeftOutTerms() throws Exception {
        double[] m = new double[5];
        for (int i = 0; i < 5; i++) {
            m[i] = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < 5; j++) {
                if (j != i && Y[j] == Y[i]) {
                    m[i] = Math.max(m[i], -X[j]);
                }
            }
        }
        PaperReadings.assertComputes("Hardest", "x, y \\in \\mathbb{R}^{B}\n"
                        + "m_i = \\max_{j \\neq i, y_j = y_i} (-x_j)", "m",
                Map.of("x", X, "y", Y), Map.of("x", new int[] {5}, "y", new int[] {5}), m, List.of());
    }

    @Test
    void anOuterIndexOnTheLeftOfNotEqualLeavesTheOtherLetterToSum() throws Exception {
        // Barlow Twins as Weng prints it: \sum_i \sum_{i \neq j} C_{ij}^2, the off-diagonal squares (was E0304: the
        // inner sum took i again, over pairs, and the outer i indexed nothing).
        double[] c = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        double off = 4 + 9 + 16 + 36 + 49 + 64;
        PaperReadings.assertComputes("OffDiagonal", "C \\in \\mathbb{R}^{D \\times D}\n"
                        + "a = \\sum_i\\sum_{i\\neq j} C_{ij}^2", "a",
                Map.of("C", c), Map.of("C", new int[] {3, 3}), new double[] {off}, List.of());
    }
}
