package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sets given as declared 0/1 tensors and the bars that count them (docs/LANGUAGE.md, Sums over index sets):
 * {@code \sum_{p \in P^+}} over a declared 0/1 vector runs over the positions of its 1s (W0417; was E0103), and
 * {@code |P^+|} and ECE's {@code |B_m|} (a row of a declared 0/1 matrix, by its subscript) count them. {@code
 * \frac{1}{|B_m|} \sum_{i \in B_m} x_i} was a silent wrong result: {@code |B_m|} was the absolute values of the row,
 * so the mean became an [M, n] matrix with no warning.
 */
class DeclaredMaskSetsTest {
    private static final double[] X = {1, 2, 3, 4};
    private static final double[] MASK = {1, 0, 1, 1};
    private static final double[] BINS = {1, 0, 1, 0, 0, 1, 1, 1};

    @Test
    void aSumOverADeclaredZeroOneVectorRunsOverItsOnes() throws Exception {
        // Proxy Anchor (Kim et al. 2020), Eq. 4: \frac{1}{|P^+|} \sum_{p \in P^+} with P^+ the proxies with positives.
        PaperReadings.assertComputes("Mask", "x \\in \\mathbb{R}^{n}, P^+ \\in \\{0,1\\}^{n}\n"
                        + "s = \\frac{1}{|P^+|} \\sum_{p \\in P^+} x_p^2", "s",
                Map.of("x", X, "P^+", MASK), Map.of("x", new int[] {4}, "P^+", new int[] {4}),
                new double[] {(1 + 9 + 16) / 3.0}, List.of(Code.W0404, Code.W0417));
    }

    @Test
    void aMaxOverADeclaredZeroOneVectorLeavesTheZerosOut() throws Exception {
        PaperReadings.assertComputes("MaskMax", "x \\in \\mathbb{R}^{n}, M \\in \\{0,1\\}^{n}\n"
                        + "s = \\max_{p \\in M} x_p", "s",
                Map.of("x", X, "M", new double[] {1, 1, 0, 0}), Map.of("x", new int[] {4}, "M", new int[] {4}),
                new double[] {2}, List.of(Code.W0417));
    }

    @Test
    void barsAroundARowOfADeclaredZeroOneMatrixCountIt() throws Exception {
        // ECE (Guo et al. 2017), Eq. 3: \frac{1}{|B_m|} \sum_{i \in B_m}, the bins as 0/1 rows.
        PaperReadings.assertComputes("Bins", "x \\in \\mathbb{R}^{n}, B \\in \\{0,1\\}^{M \\times n}\n"
                        + "a_m = \\frac{1}{|B_m|} \\sum_{i \\in B_m} x_i", "a",
                Map.of("x", X, "B", BINS), Map.of("x", new int[] {4}, "B", new int[] {2, 4}),
                new double[] {(1 + 3) / 2.0, (2 + 3 + 4) / 3.0}, List.of(Code.W0285));
    }

    @Test
    void aRowOfADeclaredZeroOneFamilyWithASuperscriptIsAMember() throws Exception {
        // Proxy Anchor: \sum_{x \in X_p^+} with X^+ \in \{0,1\}^{C \times B}, the embeddings of p's class.
        PaperReadings.assertComputes("Family", "x \\in \\mathbb{R}^{n}, X^+ \\in \\{0,1\\}^{C \\times n}\n"
                        + "a = \\sum_{p=1}^{C} p \\sum_{i \\in X_p^+} x_i", "a",
                Map.of("x", X, "X^+", BINS), Map.of("x", new int[] {4}, "X^+", new int[] {2, 4}),
                new double[] {1 * (1 + 3) + 2 * (2 + 3 + 4)}, List.of());
    }
}
