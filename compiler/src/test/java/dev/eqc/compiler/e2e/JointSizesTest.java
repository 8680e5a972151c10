package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A product of two sizes the file never writes apart is one size: FixMatch's {@code \mathbb{R}^{\mu B \times C}}
 * with {@code \frac{1}{\mu B} \sum_{b=1}^{\mu B}} (was E0110, "`\mu` cannot be measured"). A factor written on its
 * own elsewhere keeps the product two sizes, each to be told apart.
 */
class JointSizesTest {
    private static final double[] ROWS = {0.5, -1, 2, 1.5, 0.25, -0.75};   // 3 x 2

    @Test
    void aProductNeverWrittenApartIsOneSize() throws Exception {
        PaperReadings.assertComputes("UnlabelledMean", "X \\in \\mathbb{R}^{\\mu B \\times C}\n"
                        + "m = \\frac{1}{\\mu B} \\sum_{b=1}^{\\mu B} X_b", "m",
                Map.of("X", ROWS), Map.of("X", new int[] {3, 2}),
                new double[] {(0.5 + 2 + 0.25) / 3, (-1 + 1.5 - 0.75) / 3}, List.of());
    }

    @Test
    void theSameProductInTwoDeclarationsIsTheSameSize() throws Exception {
        // the pseudo-labels and the predictions of the same muB samples: rows checked between them
        PaperReadings.assertComputes("PairedRows", "Y, P \\in \\mathbb{R}^{\\mu B \\times C}\n"
                        + "s = \\frac{1}{\\mu B} \\sum_{b=1}^{\\mu B} Y_b \\odot P_b", "s",
                Map.of("Y", ROWS, "P", new double[] {1, 1, 1, 1, 1, 1}),
                Map.of("Y", new int[] {3, 2}, "P", new int[] {3, 2}),
                new double[] {(0.5 + 2 + 0.25) / 3, (-1 + 1.5 - 0.75) / 3}, List.of());
    }

    @Test
    void aSquareOfTheJointSizeIsOneSizeOnBothAxes() throws Exception {
        // \mathbb{R}^{\mu B \times \mu B} (was E0110: the declaration's set, read as one expression, split a product)
        PaperReadings.assertComputes("JointTrace", "X \\in \\mathbb{R}^{\\mu B \\times \\mu B}\n"
                        + "s = \\sum_{b=1}^{\\mu B} X_{bb}", "s",
                Map.of("X", new double[] {1, 2, 3, 4}), Map.of("X", new int[] {2, 2}), new double[] {5}, List.of());
    }

    @Test
    void aFactorWrittenApartKeepsTheProductTwoSizes() {
        PaperReadings.assertRejected("X \\in \\mathbb{R}^{\\mu B \\times C}\n"
                + "m = \\frac{1}{\\mu} \\sum_{b=1}^{\\mu B} X_b", Code.E0110);
        // B alone as the number of classes of a label set
        PaperReadings.assertRejected("y \\in \\{1, \\dots, B\\}^{\\mu B}, X \\in \\mathbb{R}^{\\mu B \\times \\mu B}\n"
                + "s = \\sum_{b=1}^{\\mu B} X_{bb}", Code.E0110);
    }
}
