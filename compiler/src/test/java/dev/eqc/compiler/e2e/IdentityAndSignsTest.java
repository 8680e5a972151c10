package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Stochastic depth as printed (Huang et al. 2016, Eq. 2): {@code b_\ell \in \{0, 1\}} declares one 0/1 number and
 * {@code \mathrm{id}(H_{\ell-1})} is the identity shortcut. Both were rejected: the declaration as a set eqc does not
 * compute with (E0108), the identity as the value of an undefined function (W0190, an input to pass). SVM targets and
 * Rademacher noise, {@code t \in \{-1, +1\}^n}, are signs computed with as reals.
 */
class IdentityAndSignsTest {
    private static final double[] H = {1.5, -2.0, 0.25};

    @Test
    void stochasticDepthKeepsOrDropsTheBlock() throws Exception {
        for (double b : new double[] {0, 1}) {
            double[] expected = new double[3];
            for (int i = 0; i < 3; i++) {
                expected[i] = Math.max(0, b * 2 * H[i] + H[i]);
            }
            PaperReadings.assertComputes("Depth", "H \\in \\mathbb{R}^{d}, b_\\ell \\in \\{0, 1\\}\n"
                            + "y = \\mathrm{ReLU}(b_\\ell (2 H) + \\mathrm{id}(H))", "y",
                    Map.of("H", H, "b_\\ell", new double[] {b}), Map.of("H", new int[] {3}, "b_\\ell", new int[] {}),
                    expected, List.of());
        }
    }

    @Test
    void anIdTheFileDefinesIsThatFunction() throws Exception {
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            expected[i] = 3 * H[i];
        }
        PaperReadings.assertComputes("Own", "H \\in \\mathbb{R}^{d}\n\\mathrm{id}(u) = 2 u\ny = H + \\mathrm{id}(H)",
                "y", Map.of("H", H), Map.of("H", new int[] {3}), expected, List.of());
    }

    @Test
    void signsAreRealNumbers() throws Exception {
        double[] t = {1, -1, -1};
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            expected[i] = Math.max(0, 1 - t[i] * H[i]);
        }
        for (String set : List.of("\\{-1, +1\\}^{n}", "\\{-1, 1\\}^n", "\\{+1, -1\\}^{n}")) {
            PaperReadings.assertComputes("Hinge", "H \\in \\mathbb{R}^{n}, t \\in " + set + "\n"
                            + "\\ell_i = \\max(0, 1 - t_i H_i)", "\\ell", Map.of("H", H, "t", t),
                    Map.of("H", new int[] {3}, "t", new int[] {3}), expected, List.of());
        }
    }

    @Test
    void anyOtherPairOfValuesIsStillNoDomain() throws Exception {
        PaperReadings.assertRejected("x \\in \\mathbb{R}^{n}, b \\in \\{1, 2\\}\ny = b x", Code.E0108);
    }
}
