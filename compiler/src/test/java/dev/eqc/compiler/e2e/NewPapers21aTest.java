package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sets written as a range of a size and fixed parameters after a semicolon, as federated-learning, 3-D rendering and
 * calibration papers print them (session 21, helper new21a; papers/fresh c1887, c1893, c1905). Expected values are
 * worked out here from the papers' meaning.
 */
class NewPapers21aTest {

    @Test
    void aSumOverASetWrittenAsARangeRunsOverThePositions() throws Exception {
        // FedAdam's server mean (Reddi et al., Alg. 2): Delta_t = 1/|S| sum_{i in S} Delta_i^t, S = {1, ..., S}.
        // Rows (1, 2), (3, 4), (5, 9): the mean is (3, 5). Was E0103 on the set.
        PaperReadings.assertComputes("FedAdamMean", "\\Delta \\in \\mathbb{R}^{S \\times d}, \\mathcal{S} = \\{1, \\dots,"
                        + " S\\}\n\n\\bar{\\Delta} = \\frac{1}{|\\mathcal{S}|} \\sum_{i \\in \\mathcal{S}} \\Delta_i",
                "\\bar{\\Delta}", Map.of("\\Delta", new double[] {1, 2, 3, 4, 5, 9}), Map.of("\\Delta", new int[] {3, 2}),
                new double[] {3, 5}, List.of(Code.W0505));
    }

    @Test
    void alphaBlendingOverTheRangeSetOfGaussians() throws Exception {
        // 3D Gaussian splatting, Eq. 3: C = sum_{i in N} c_i alpha_i prod_{j<i} (1 - alpha_j), N = {1, ..., N}.
        // colours 1, 10, 100 (one channel), alpha 0.5 each: 0.5 * 1 + 0.5 * 0.5 * 10 + 0.25 * 0.5 * 100 = 15.5
        PaperReadings.assertComputes("AlphaBlend", "c \\in \\mathbb{R}^{N \\times 1}, \\alpha \\in \\mathbb{R}^{N},"
                        + " \\mathcal{N} = \\{1, \\dots, N\\}\n\nC = \\sum_{i \\in \\mathcal{N}} c_i \\alpha_i"
                        + " \\prod_{j=1}^{i-1} (1 - \\alpha_j)", "C",
                Map.of("c", new double[] {1, 10, 100}, "\\alpha", new double[] {0.5, 0.5, 0.5}),
                Map.of("c", new int[] {3, 1}, "\\alpha", new int[] {3}), new double[] {15.5}, List.of(Code.W0505));
    }

    @Test
    void aRangeSetReadOtherwiseStaysAnError() {
        // the set as a value (not under a reduction, not its size) is not read as a range
        PaperReadings.assertRejected("x \\in \\mathbb{R}^{S}, \\mathcal{S} = \\{1, \\dots, S\\}\n\ny = x + \\mathcal{S}",
                Code.E0103);
    }

    @Test
    void parametersAfterTheSemicolonNamingGivenNumbersAreThoseNumbers() throws Exception {
        // Beta calibration (Kull et al. 2017, Eq. 3): mu(s; a, b, c) = 1 / (1 + 1 / (e^c s^a / (1 - s)^b)) with
        // a = 2, b = 1, c = 0 given: s = 0.5 gives 1 / (1 + 1 / (0.25 / 0.5)) = 1/3; s = 0.8: 0.64 / 0.2 = 3.2,
        // 1 / (1 + 1/3.2) = 3.2 / 4.2. Was a function whose run asked for a, b and c.
        PaperReadings.assertComputes("BetaCalibration", "s \\in \\mathbb{R}^{n}, a = 2, b = 1, c = 0\n\n"
                        + "\\mu_{beta}(s; a, b, c) = \\frac{1}{1 + 1 / \\left(e^c \\frac{s^a}{(1 - s)^b}\\right)}",
                "\\mu_{beta}", Map.of("s", new double[] {0.5, 0.8}), Map.of("s", new int[] {2}),
                new double[] {1.0 / 3, 3.2 / 4.2}, List.of(Code.W0506));
    }

    @Test
    void aParameterAfterTheSemicolonTheFileDoesNotGiveStaysAnInput() throws Exception {
        // f(s; a) with no value of a in the file: a is the function's own parameter, given by the run: s^a with
        // s = (3, 4), a = 2 is (9, 16), and nothing is said
        PaperReadings.assertComputes("AfterSemicolonInput", "s \\in \\mathbb{R}^{n}, a \\in \\mathbb{R}\n\nf(s; a) = s^a",
                "f", Map.of("s", new double[] {3, 4}, "a", new double[] {2}), Map.of("s", new int[] {2}, "a", new int[0]),
                new double[] {9, 16}, List.of());
    }

    @Test
    void aColumnOfVectorsOfDifferentLengthsIsTheBlockVector() throws Exception {
        // NeuMF (He et al. 2017, Eq. 12) without the sigmoid: h^T [phi^GMF; phi^MLP], phi^GMF = p (.) q.
        // p = (1, 2), q = (3, 4): phi^GMF = (3, 8); phi^MLP = (5); h = (1, 1, 2): 3 + 8 + 10 = 21. Was E0302.
        PaperReadings.assertComputes("NeuMfBlock", "p, q \\in \\mathbb{R}^{k}, m \\in \\mathbb{R}^{l}, h \\in"
                        + " \\mathbb{R}^{k+l}\n\n\\phi = p \\odot q\ny = h^T \\begin{bmatrix} \\phi \\\\ m \\end{bmatrix}", "y",
                Map.of("p", new double[] {1, 2}, "q", new double[] {3, 4}, "m", new double[] {5}, "h",
                        new double[] {1, 1, 2}),
                Map.of("p", new int[] {2}, "q", new int[] {2}, "m", new int[] {1}, "h", new int[] {3}),
                new double[] {21}, List.of(Code.W0507));
    }

    @Test
    void aColumnOfVectorsOfOneLengthStillStacks() throws Exception {
        // a, b of one length k: the W0492 stack [k, 2], unchanged. a = (1, 2), b = (3, 4): rows (1, 3), (2, 4)
        PaperReadings.assertComputes("StackedColumn", "a, b \\in \\mathbb{R}^{k}\n\nv = \\begin{bmatrix} a \\\\ b"
                        + " \\end{bmatrix}", "v", Map.of("a", new double[] {1, 2}, "b", new double[] {3, 4}),
                Map.of("a", new int[] {2}, "b", new int[] {2}), new double[] {1, 3, 2, 4}, List.of(Code.W0492));
    }
}
