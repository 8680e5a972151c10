package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A power of {@code e} in a file that declares its own {@code e} (E0320): eqc cannot tell which e is meant. */
class DeclaredETest {
    @Test
    void aPowerOfADeclaredEIsRefused() {
        // Was read as Euler's number squared, silently, beside the declared vector's elements.
        PaperReadings.assertRejected("e \\in \\mathbb{R}^{m}\nL = \\sum_i e_i^2 + e^2", Code.E0320);
    }

    @Test
    void withoutADeclaredEItIsEulersNumber() throws Exception {
        PaperReadings.assertComputes("Euler", "x \\in \\mathbb{R}^{m}\ny_i = e^{x_i}", "y", Map.of("x", new double[] {0, 1}),
                Map.of("x", new int[] {2}), new double[] {1, Math.E}, List.of());
    }
}
