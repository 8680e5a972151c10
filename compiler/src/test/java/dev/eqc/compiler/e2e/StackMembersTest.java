package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code h_v^{(i)}} with {@code h \in \mathbb{R}^{k \times n \times d}} declared (JK-Net's layer outputs): member
 * {@code i} of the stack, then row {@code v} (W0440). Before, it was an undeclared scalar input, and the written-out
 * {@code \max(h_v^{(1)}, \dots, h_v^{(k)})} was E0350.
 */
class StackMembersTest {
    // h[i][v][c] for k = 2 members, n = 2 rows, d = 2 entries.
    private static final Map<String, double[]> H = Map.of("h", new double[] {1, 8, 3, 4, 5, 6, 7, 2});
    private static final Map<String, int[]> SHAPE = Map.of("h", new int[] {2, 2, 2});

    @Test
    void aSubscriptedMemberOfADeclaredStackIsItsRow() throws Exception {
        // y_v = h[0][v] + h[1][v]: row 0 (1, 8) + (5, 6), row 1 (3, 4) + (7, 2).
        PaperReadings.assertComputes("Sum", "h \\in \\mathbb{R}^{k \\times n \\times d}\n"
                        + "y_v = \\sum_{i=1}^{k} h_v^{(i)}", "y",
                H, SHAPE, new double[] {6, 14, 10, 6}, List.of(Code.W0440));
    }

    @Test
    void theWrittenOutMaxOverMembersIsTheirEntrywiseMax() throws Exception {
        // JK-Net (Xu et al. 2018): h_v^{final} = \max(h_v^{(1)}, \dots, h_v^{(k)}).
        PaperReadings.assertComputes("Max", "h \\in \\mathbb{R}^{k \\times n \\times d}\n"
                        + "h_v^{final} = \\max\\left(h_v^{(1)}, \\dots, h_v^{(k)}\\right)", "h^{final}",
                H, SHAPE, new double[] {5, 8, 7, 4}, List.of(Code.W0424, Code.W0440));
    }
}
