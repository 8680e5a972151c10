package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Wikipedia's multiclass hinge loss (Crammer and Singer): {@code \ell(y) = \max(0, 1 + \max_{y \ne t} \mathbf{w}_y
 * \mathbf{x} - \mathbf{w}_t \mathbf{x})} with {@code t} a class label. The row the label picks times the vector was the
 * element-wise product, unwarned, beside the dot product of {@code \mathbf{w}_y \mathbf{x}} (a vector result); and the
 * left-hand {@code y}, used only under the inner max that binds it, made {@code \ell} one value per y of a size of its
 * own (W0220, W0196).
 */
class MulticlassHingeTest {
    private static final double[] W = PaperReadings.seq(6, 1.3, 0.1);
    private static final double[] X = PaperReadings.seq(2, 0.9, 2.2);

    private static double expected(int t) {
        double[] s = new double[3];
        for (int c = 0; c < 3; c++) {
            s[c] = W[2 * c] * X[0] + W[2 * c + 1] * X[1];
        }
        double other = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < 3; c++) {
            if (c != t - 1) {
                other = Math.max(other, s[c]);
            }
        }
        return Math.max(0, 1 + other - s[t - 1]);
    }

    @Test
    void theRowALabelPicksTimesAVectorIsTheirDotProduct() throws Exception {
        PaperReadings.assertComputes("PickedRow", "\\mathbf{w} \\in \\mathbb{R}^{K \\times d}, \\mathbf{x} \\in"
                        + " \\mathbb{R}^{d}, t \\in \\{1, \\ldots, K\\}\ns = \\mathbf{w}_t \\mathbf{x}", "s",
                Map.of("\\mathbf{w}", W, "\\mathbf{x}", X, "t", new double[] {2}),
                Map.of("\\mathbf{w}", new int[] {3, 2}, "\\mathbf{x}", new int[] {2}, "t", new int[] {}),
                new double[] {W[2] * X[0] + W[3] * X[1]}, List.of(Code.W0102));
    }

    @Test
    void aParameterUsedOnlyUnderAReductionOfItsOwnIsNotation() throws Exception {
        PaperReadings.assertComputes("Hinge", "\\mathbf{w} \\in \\mathbb{R}^{K \\times d}, \\mathbf{x} \\in"
                        + " \\mathbb{R}^{d}, t \\in \\{1, \\ldots, K\\}\n\\ell(y) = \\max\\left(0, 1 + \\max_{y \\ne t}"
                        + " \\mathbf{w}_y \\mathbf{x} - \\mathbf{w}_t \\mathbf{x}\\right)", "\\ell",
                Map.of("\\mathbf{w}", W, "\\mathbf{x}", X, "t", new double[] {3}),
                Map.of("\\mathbf{w}", new int[] {3, 2}, "\\mathbf{x}", new int[] {2}, "t", new int[] {}),
                new double[] {expected(3)}, List.of(Code.W0252, Code.W0102));
    }
}
