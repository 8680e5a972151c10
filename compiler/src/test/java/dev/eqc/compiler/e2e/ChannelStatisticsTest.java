package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PyTorch's BatchNorm2d, InstanceNorm2d and GroupNorm pages print one line, {@code \frac{x - \mathrm{E}[x]}{\sqrt{
 * \mathrm{Var}[x] + \epsilon}} * \gamma + \beta}, over an N x C x H x W input with per-channel {@code \gamma}. Read
 * over the last axis (W0102) it normalised each row of W, which none of the three layers computes: E0353 now. The
 * statistics written by index compute batch norm; a layer norm's trailing parameters keep the last-axis reading.
 */
class ChannelStatisticsTest {
    @Test
    void statisticsWithoutAxesBesideAChannelParameterAreRefused() {
        PaperReadings.assertRejected("x \\in \\mathbb{R}^{N \\times C \\times H \\times W}, \\gamma, \\beta \\in"
                + " \\mathbb{R}^{C}, \\epsilon \\in \\mathbb{R}\n"
                + "y = \\frac{x - \\mathrm{E}[x]}{\\sqrt{\\mathrm{Var}[x] + \\epsilon}} * \\gamma + \\beta", Code.E0353);
        // the parameter first
        PaperReadings.assertRejected("x \\in \\mathbb{R}^{N \\times C \\times L}, \\gamma \\in \\mathbb{R}^{C}\n"
                + "y = \\gamma \\odot (x - \\mathbb{E}[x])", Code.E0353);
    }

    @Test
    void trailingParametersKeepTheLastAxisReading() throws Exception {
        // layer norm over d of a [2, 1, 2] tensor, gamma of the last axis: rows (1, 3) and (2, 6)
        double eps = 0;
        PaperReadings.assertComputes("TokenNorm", "x \\in \\mathbb{R}^{N \\times L \\times D}, \\gamma \\in"
                        + " \\mathbb{R}^{D}\n"
                        + "y = \\frac{x - \\mathrm{E}[x]}{\\sqrt{\\mathrm{Var}[x]}} * \\gamma",
                "y", Map.of("x", new double[] {1, 3, 2, 6}, "\\gamma", new double[] {1, 2}),
                Map.of("x", new int[] {2, 1, 2}, "\\gamma", new int[] {2}),
                new double[] {-1, 2, -1, 2}, List.of(Code.W0102));
    }

    @Test
    void theStatisticsWrittenByIndexAreBatchNorm() throws Exception {
        // N = 2, C = 1, H = 1, W = 2: the channel's four values 1, 3, 5, 7 (mean 4, variance 5)
        double sd = Math.sqrt(5);
        PaperReadings.assertComputes("BatchNorm2d", "x \\in \\mathbb{R}^{N \\times C \\times H \\times W}, \\gamma,"
                        + " \\beta \\in \\mathbb{R}^{C}\n"
                        + "\\mu_c = \\frac{1}{NHW} \\sum_{n,h,w} x_{nchw}\n"
                        + "\\sigma^2_c = \\frac{1}{NHW} \\sum_{n,h,w} (x_{nchw} - \\mu_c)^2\n"
                        + "y_{nchw} = \\frac{x_{nchw} - \\mu_c}{\\sqrt{\\sigma^2_c}} \\gamma_c + \\beta_c",
                "y", Map.of("x", new double[] {1, 3, 5, 7}, "\\gamma", new double[] {2}, "\\beta", new double[] {1}),
                Map.of("x", new int[] {2, 1, 1, 2}, "\\gamma", new int[] {1}, "\\beta", new int[] {1}),
                new double[] {1 - 6 / sd, 1 - 2 / sd, 1 + 2 / sd, 1 + 6 / sd}, List.of());
    }
}
