package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A function nothing calls whose declared parameters the body reads only at one letter bound nowhere (W0427):
 * PyTorch's TripletMarginLoss {@code L(a, p, n) = \max\{d(a_i, p_i) - d(a_i, n_i) + {\rm margin}, 0\}} is the loss of
 * each row. Before, {@code a_i}, {@code p_i}, {@code n_i} were undeclared scalar inputs (W0101) and the declared
 * rows were dropped as notation (W0252).
 */
class ElementwiseParametersTest {
    private static final String DECLARED = "a, p, n \\in \\mathbb{R}^{N \\times D}, \\alpha \\in \\mathbb{R}\n";
    private static final Map<String, int[]> SHAPES = Map.of("a", new int[] {2, 2}, "p", new int[] {2, 2},
            "n", new int[] {2, 2}, "\\alpha", new int[] {});
    private static final Map<String, double[]> ROWS = Map.of("a", new double[] {1, 2, 3, 4},
            "p", new double[] {1, 0, 3, 1}, "n", new double[] {4, 6, 3, 4.5}, "\\alpha", new double[] {1});

    @Test
    void declaredParametersReadOnlyAtAFreeLetterDefineTheValueAtEachRow() throws Exception {
        // Row 0: max(2 - 5 + 1, 0) = 0; row 1: max(3 - 0.5 + 1, 0) = 3.5.
        PaperReadings.assertComputes("Triplet", DECLARED
                        + "L(a, p, n) = \\max \\{d(a_i, p_i) - d(a_i, n_i) + \\alpha, 0\\}\n"
                        + "d(x_i, y_i) = \\left\\lVert {\\bf x}_i - {\\bf y}_i \\right\\rVert_2", "L",
                ROWS, SHAPES, new double[] {0, 3.5}, List.of(Code.W0427, Code.W0103));
    }

    @Test
    void aLetterBoundByASumLeavesTheFunctionAlone() throws Exception {
        // Hinton's RBM free energy F(v) = -\sum_i v_i a_i: i is summed, so F stays one number of v.
        PaperReadings.assertComputes("Bound", "v, w \\in \\mathbb{R}^{D}\n"
                        + "F(v) = -\\sum_i v_i w_i", "F",
                Map.of("v", new double[] {1, 2}, "w", new double[] {3, 4}),
                Map.of("v", new int[] {2}, "w", new int[] {2}), new double[] {-11}, List.of());
    }
}
