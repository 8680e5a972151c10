package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Everyday equations as other sources print them (The Annotated Transformer, Prince's and Murphy's textbooks, the
 * Stanford CS229 notes, scikit-learn's user guide; fresh cases c1430-c1459). Expected values are worked out here
 * from the sources' meaning.
 */
class NewPapers16bTest {
    @Test
    void aRunOfLettersInASizeIsTheProductOfTheSizesItSpells() throws Exception {
        // Vaswani et al.'s W^O \in \mathbb{R}^{hd_v \times d_{model}}: `hd_v` was a size of its own, so the
        // concatenated heads [n, h d_v] did not fit W^O (E0301).
        PaperReadings.assertComputes("HeadsOut", "H_i \\in \\mathbb{R}^{n \\times d_v}, i = 1, \\ldots, h\n"
                        + "W^O \\in \\mathbb{R}^{hd_v \\times m}\n\n"
                        + "y = \\mathrm{Concat}(H_1, \\ldots, H_h) W^O", "y",
                // h = 2 heads of [n = 2, d_v = 1]; W^O is [2, 1]
                Map.of("H_i", new double[] {1, 2, 3, 4}, "W^O", new double[] {10, 100}),
                Map.of("H_i", new int[] {2, 2, 1}, "W^O", new int[] {2, 1}),
                new double[] {1 * 10 + 3 * 100, 2 * 10 + 4 * 100}, List.of(Code.W0445));
    }

    @Test
    void aRunOfLettersThatAreNotAllSizesStaysOneSize() throws Exception {
        // `hd_v` with no size h in the file stays a size of its own: the product still does not fit.
        PaperReadings.assertRejected("H \\in \\mathbb{R}^{n \\times d_v}, W \\in \\mathbb{R}^{hd_v \\times m}\n\n"
                + "y = H W", Code.E0301);
    }
}
