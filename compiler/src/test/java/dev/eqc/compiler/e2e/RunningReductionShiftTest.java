package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A running product or sum read a step back (docs/LANGUAGE.md, Indexes and ranges, W0290): DDPM's posterior
 * variance reads {@code \bar{\alpha}_{t-1}}, which at the first step is the empty product, 1. Before: {@code t-1}
 * made {@code t} a time step, {@code \beta_t} an undeclared number, and the file needed inputs it does not have.
 * Expected values are computed here in plain Java.
 */
class RunningReductionShiftTest {
    private static final double[] BETA = {1e-4, 0.05, 0.1, 0.2};
    private static final Map<String, int[]> SHAPES = Map.of("\\beta", new int[] {4});
    private static final String DECLARE = "\\beta \\in \\mathbb{R}^{T}\n\\alpha_t = 1 - \\beta_t\n";
    private static final String VARIANCE = "\\tilde{\\beta}_t = \\frac{1 - \\bar{\\alpha}_{t-1}}{1 - \\bar{\\alpha}_t}\\beta_t";

    private static double[] posteriorVariance() {
        double[] out = new double[BETA.length];
        double previous = 1;   // \bar\alpha_0: the empty product
        for (int t = 0; t < BETA.length; t++) {
            double current = previous * (1 - BETA[t]);
            out[t] = (1 - previous) / (1 - current) * BETA[t];
            previous = current;
        }
        return out;
    }

    @Test
    void aRunningProductReadAStepBackStartsAtOne() throws Exception {
        String program = DECLARE + "\\bar{\\alpha}_t = \\prod_{s=1}^{t} \\alpha_s\n" + VARIANCE;
        PaperReadings.assertComputes("Ddpm", program, "\\tilde{\\beta}", Map.of("\\beta", BETA), SHAPES,
                posteriorVariance(), List.of(Code.W0290, Code.W0140));
    }

    @Test
    void aStatedStartOfOneIsThePapersWordAndNeedsNoWarning() throws Exception {
        String program = DECLARE + "\\bar{\\alpha}_t = \\prod_{s=1}^{t} \\alpha_s, \\quad \\bar{\\alpha}_0 = 1\n" + VARIANCE;
        PaperReadings.assertComputes("DdpmStated", program, "\\tilde{\\beta}", Map.of("\\beta", BETA), SHAPES,
                posteriorVariance(), List.of(Code.W0140));
    }

    @Test
    void aRunningSumReadTwoStepsBackStartsAtZero() throws Exception {
        // c_t = sum_{s=1}^{t} beta_s, then d_t = c_t - c_{t-2}: the sum of the last two (one at the first step).
        String program = "\\beta \\in \\mathbb{R}^{T}\nc_t = \\sum_{s=1}^{t} \\beta_s\nd_t = c_t - c_{t-2}";
        double[] expected = new double[BETA.length];
        for (int t = 0; t < BETA.length; t++) {
            expected[t] = BETA[t] + (t > 0 ? BETA[t - 1] : 0);
        }
        PaperReadings.assertComputes("Window", program, "d", Map.of("\\beta", BETA), SHAPES, expected,
                List.of(Code.W0290, Code.W0140));
    }

    @Test
    void anotherStatedStartIsNotOverridden() {
        // \bar\alpha_0 = 0.5 is no empty product: the read a step back is not rewritten (and stays unresolved).
        String program = DECLARE + "\\bar{\\alpha}_t = \\prod_{s=1}^{t} \\alpha_s, \\quad \\bar{\\alpha}_0 = 0.5\n" + VARIANCE;
        Diagnostics diagnostics = new Diagnostics();
        EqCompiler.check(new SourceFile("start.eq", program), new Options("Start", "", Precision.DOUBLE, false),
                diagnostics);
        assertTrue(diagnostics.all().stream().map(Diagnostic::code).noneMatch(c -> c == Code.W0290),
                () -> diagnostics.all().toString());
    }

    @Test
    void aRecursiveUpdateIsNoRunningReduction() {
        // Adam's m_t = beta m_{t-1} + …: m_{t-1} stays the previous step's input, no W0290.
        String program = "g_t, m_{t-1} \\in \\mathbb{R}^{d}, \\beta \\in \\mathbb{R}\nm_t = \\beta m_{t-1} + (1 - \\beta) g_t";
        Diagnostics diagnostics = new Diagnostics();
        EqCompiler.check(new SourceFile("adam.eq", program), new Options("Adam", "", Precision.DOUBLE, false),
                diagnostics);
        assertTrue(diagnostics.all().stream().map(Diagnostic::code).noneMatch(c -> c == Code.W0290),
                () -> diagnostics.all().toString());
    }
}
