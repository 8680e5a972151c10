package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SE-net's squeeze (Hu et al. 2018, Eq. 2), {@code z_c = \frac{1}{H W} \sum_i \sum_j u_c(i, j)} with
 * {@code \mathbf{U} = [u_1, \dots, u_C]} declared: the element of the capital, each index on the axis its range
 * names, in either layout (W0400). Was an input named {@code u_c(i, j)} (W0190), which the user had to pass.
 */
class SliceOfCapitalTest {
    private static final double[] U = PaperReadings.seq(12, 2.0, 0.3);

    @Test
    void channelsLastTakeTheSubscriptOnTheLastAxis() throws Exception {
        // U [H=2, W=3, C=2]: z_c = mean over h, w of U[h, w, c]
        double[] z = new double[2];
        for (int h = 0; h < 2; h++) {
            for (int w = 0; w < 3; w++) {
                for (int c = 0; c < 2; c++) {
                    z[c] += U[(h * 3 + w) * 2 + c] / 6;
                }
            }
        }
        PaperReadings.assertComputes("Squeeze", "\\mathbf{U} \\in \\mathbb{R}^{H \\times W \\times C}\n"
                        + "z_c = \\frac{1}{H \\times W} \\sum_{i=1}^{H} \\sum_{j=1}^{W} u_c(i, j)", "z",
                Map.of("\\mathbf{U}", U), Map.of("\\mathbf{U}", new int[] {2, 3, 2}), z, List.of(Code.W0400));
    }

    @Test
    void channelsFirstTakeTheSubscriptOnTheFirstAxis() throws Exception {
        // U [C=2, H=2, W=3]: z_c = mean over h, w of U[c, h, w]
        double[] z = new double[2];
        for (int c = 0; c < 2; c++) {
            for (int k = 0; k < 6; k++) {
                z[c] += U[c * 6 + k] / 6;
            }
        }
        PaperReadings.assertComputes("SqueezeFirst", "U \\in \\mathbb{R}^{C \\times H \\times W}\n"
                        + "z_c = \\frac{1}{H \\times W} \\sum_{i=1}^{H} \\sum_{j=1}^{W} u_c(i, j)", "z",
                Map.of("U", U), Map.of("U", new int[] {2, 2, 3}), z, List.of(Code.W0400));
    }

    @Test
    void theCapitalItselfWithASubscriptIsItsSlice() throws Exception {
        // SKNet (Li et al. 2019, Eq. 2) prints \mathbf{U}_c(i, j) of the declared U [C=2, H=2, W=3]
        double[] s = new double[2];
        for (int c = 0; c < 2; c++) {
            for (int k = 0; k < 6; k++) {
                s[c] += U[c * 6 + k] / 6;
            }
        }
        PaperReadings.assertComputes("SkPool", "\\mathbf{U} \\in \\mathbb{R}^{C \\times H \\times W}\n"
                        + "s_c = \\frac{1}{H \\times W} \\sum_{i=1}^{H} \\sum_{j=1}^{W} \\mathbf{U}_c(i, j)", "s",
                Map.of("\\mathbf{U}", U), Map.of("\\mathbf{U}", new int[] {2, 2, 3}), s, List.of(Code.W0400));
    }

    @Test
    void axesOfOneSizeCannotBeToldApartAndStayAnInput() {
        Diagnostics diagnostics = new Diagnostics();
        EqCompiler.check(new SourceFile("same.eq", "U \\in \\mathbb{R}^{H \\times H \\times C}\n"
                + "z_c = \\sum_{i=1}^{H} \\sum_{j=1}^{H} u_c(i, j)"), new Options("Same", "", Precision.DOUBLE, false),
                diagnostics);
        assertFalse(diagnostics.all().stream().anyMatch(d -> d.code() == Code.W0400), () -> diagnostics.all().toString());
        assertTrue(diagnostics.all().stream().anyMatch(d -> d.code() == Code.W0190), () -> diagnostics.all().toString());
    }
}
