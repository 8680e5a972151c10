package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Values defined element by element but written as functions of a member ({@code \mathrm{acc}(B_m) = …}, W0428;
 * RetNet's {@code \mathrm{R}(X_n) = Q_n S_n}, W0382) and their calls: {@code \mathrm{acc}(B_m)} under {@code
 * \sum_m} is the element {@code m} (W0161). The call {@code \sum_n \mathrm{R}(X_n)} was a silent wrong result: the
 * whole vector times {@code X_n}, an [N] vector with exit code 0. An argument naming no index in scope is E0348.
 */
class MemberParametersTest {
    @Test
    void aFunctionOfAMemberOfADeclaredFamilyIsTheValueOfEachMember() throws Exception {
        // ECE (Guo et al. 2017): \mathrm{acc}(B_m) = \frac{1}{|B_m|} \sum_{i \in B_m} …, the bins as 0/1 rows.
        // Bin 0 holds x_0, x_2 (mean 2), bin 1 holds x_1, x_2, x_3 (mean 3): 1·2 + 2·3 = 8.
        PaperReadings.assertComputes("Bins", "x \\in \\mathbb{R}^{n}, B \\in \\{0,1\\}^{M \\times n}\n"
                        + "\\mathrm{acc}(B_m) = \\frac{1}{|B_m|} \\sum_{i \\in B_m} x_i\n"
                        + "s = \\sum_{m=1}^{M} m \\, \\mathrm{acc}(B_m)", "s",
                Map.of("x", new double[] {1, 2, 3, 4}, "B", new double[] {1, 0, 1, 0, 0, 1, 1, 1}),
                Map.of("x", new int[] {4}, "B", new int[] {2, 4}),
                new double[] {1 * 2 + 2 * 3}, List.of(Code.W0428, Code.W0285, Code.W0161));
    }

    @Test
    void aCallOfAStepValueWrittenAsAFunctionIsItsElement() throws Exception {
        // RetNet's recurrent form \mathrm{Retention}(X_n) = Q_n S_n, summed over the steps: the sum of the row dot
        // products, 1 + 5 + 9 = 15 (was [6, 30, 54]: the whole vector times X_n).
        PaperReadings.assertComputes("Steps", "X \\in \\mathbb{R}^{N}, Q, S \\in \\mathbb{R}^{N \\times d}\n"
                        + "\\mathrm{R}(X_n) = Q_n S_n^\\top\n"
                        + "y = \\sum_{n=1}^{N} \\mathrm{R}(X_n)", "y",
                Map.of("X", new double[] {1, 2, 3}, "Q", new double[] {0, 1, 2, 3, 4, 5},
                        "S", new double[] {1, 1, 1, 1, 1, 1}),
                Map.of("X", new int[] {3}, "Q", new int[] {3, 2}, "S", new int[] {3, 2}),
                new double[] {15}, List.of(Code.W0382, Code.W0161, Code.W0413));
    }

    @Test
    void aCallWhoseArgumentNamesNoIndexInScopeIsRefused() {
        PaperReadings.assertRejected("X \\in \\mathbb{R}^{M \\times n}\n"
                + "f(X_m) = \\sum_i X_{m,i}\n"
                + "s = f(X_2)", Code.E0348);
    }
}
