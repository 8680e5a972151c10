package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A superscript run of letters one of which is no number in scope is a label, an abbreviation: ELMo's
 * {@code \mathbf{h}^{LM}_{k,j}} (the biLM's layers) with {@code L} a size was the power {@code h^{L M}} with an
 * undeclared {@code M}. A run of numbers in scope stays a product in the exponent.
 */
class LetterRunLabelsTest {
    @Test
    void anAbbreviationIsPartOfTheName() throws Exception {
        double[] a = {1, 2, 3};
        double[] h = {-1.5};
        double[] expected = {-1.5, -3, -4.5};
        PaperReadings.assertComputes("Elmo", "a \\in \\mathbb{R}^{L}\ny = a \\odot h^{LM}", "y",
                Map.of("a", a, "h^{LM}", h), Map.of("a", new int[] {3}, "h^{LM}", new int[] {}), expected,
                List.of(Code.W0101));
    }

    @Test
    void aRunOfNumbersInScopeIsAProduct() throws Exception {
        PaperReadings.assertComputes("Power", "x, a, b \\in \\mathbb{R}\ny = x^{ab}", "y",
                Map.of("x", new double[] {2}, "a", new double[] {2}, "b", new double[] {3}),
                Map.of("x", new int[] {}, "a", new int[] {}, "b", new int[] {}), new double[] {64}, List.of());
    }
}
