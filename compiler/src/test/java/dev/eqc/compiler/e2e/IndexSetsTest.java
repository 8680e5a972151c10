package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Index sets, ranges and declared sizes as papers print them (docs/LANGUAGE.md, "Sizes no input gives", "Sets
 * written as definitions"): the size of a set as a dimension, sums and maxima over a set a condition on a matrix
 * defines. Expected values are plain loops over the inputs.
 */
class IndexSetsTest {
    @Test
    void theSizeOfASetIsADimension() throws Exception {
        // soft Q-learning's Q \in \mathbb{R}^{|A|} (was E0108: not a dimension); |A| in the body is that size
        double[] q = {1.0, 2.0, 3.0, 6.0};
        double alpha = 0.5;
        double sum = 0;
        for (double v : q) {
            sum += Math.exp(v / alpha);
        }
        PaperReadings.assertComputes("SetSize", "Q \\in \\mathbb{R}^{|A|}, \\alpha \\in \\mathbb{R}\n\nV = \\alpha \\log"
                        + " \\sum_{a} \\exp(Q_a / \\alpha) - \\frac{1}{|A|} \\sum_a Q_a\n", "V",
                Map.of("Q", q, "\\alpha", new double[] {alpha}), Map.of("Q", new int[] {4}, "\\alpha", new int[0]),
                new double[] {alpha * Math.log(sum) - 3.0}, List.of());
    }
}
