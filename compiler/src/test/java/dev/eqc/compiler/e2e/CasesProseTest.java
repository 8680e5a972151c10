package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Prose inside a cases row's condition, as Weng prints GloVe's weighting: {@code \text{if } c < c_{\max} \text{, }
 * c_{\max} \text{ is adjustable.}} is the condition {@code c < c_{\max}} (W0130), and {@code \text{if }
 * \text{otherwise}} the otherwise row. Before, each text was an undeclared scalar (W0101) multiplied into the
 * condition, and the last row a condition of its own (no otherwise, W0102).
 */
class CasesProseTest {
    @Test
    void proseAfterAConditionAndAnOtherwiseAfterIfAreRead() throws Exception {
        double[] x = {2, 10, 25};
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            expected[i] = x[i] < 20 ? Math.pow(x[i] / 20, 0.75) : 1;
        }
        PaperReadings.assertComputes("GloveWeight", "x \\in \\mathbb{R}^{n}, \\alpha, c_{\\max} \\in \\mathbb{R}\n"
                        + "f(c) = \\begin{cases} (\\frac{c}{c_{\\max}})^\\alpha & \\text{if } c < c_{\\max} \\text{, }"
                        + " c_{\\max} \\text{ is adjustable.} \\\\ 1 & \\text{if } \\text{otherwise} \\end{cases}\n"
                        + "y_i = f(x_i)", "y",
                Map.of("x", x, "\\alpha", new double[] {0.75}, "c_{\\max}", new double[] {20}),
                Map.of("x", new int[] {3}, "\\alpha", new int[] {}, "c_{\\max}", new int[] {}),
                expected, List.of(Code.W0130));
    }

    @Test
    void aNameInTextAfterAComparisonStaysAName() throws Exception {
        // \text{max} is a one-word name, no prose: the condition compares with it
        PaperReadings.assertComputes("TextName", "x \\in \\mathbb{R}^{n}, \\text{max} \\in \\mathbb{R}\n"
                        + "y_i = \\begin{cases} x_i & \\text{if } x_i < 2 \\text{max} \\\\ 0 & \\text{otherwise}"
                        + " \\end{cases}", "y",
                Map.of("x", new double[] {1, 5}, "\\text{max}", new double[] {2}),
                Map.of("x", new int[] {2}, "\\text{max}", new int[] {}), new double[] {1, 0}, List.of());
    }
}
