package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Wikipedia's batch normalization: {@code \mu_B = \frac{1}{m} \sum_{i=1}^m x_i}, then {@code \sigma_B^2 = \frac{1}{m}
 * \sum_{i=1}^m (x_i-\mu_B)^2}. The right-hand side of {@code \mu_B} never reads B, so {@code \mu_B} is the name defined;
 * reading it in the variance made B an index of {@code \sigma^2} with no range (W0196, an extra axis of size n_B).
 */
class LabelSubscriptDefinedTest {
    private static final double[] X = PaperReadings.seq(6, 1.4, 0.2);

    @Test
    void aLabelSubscriptOfADefinedNameIsNoIndexOfTheNextDefinition() throws Exception {
        double[] mu = new double[2];
        for (int i = 0; i < 3; i++) {
            mu[0] += X[2 * i] / 3;
            mu[1] += X[2 * i + 1] / 3;
        }
        double[] var = new double[2];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 2; k++) {
                var[k] += (X[2 * i + k] - mu[k]) * (X[2 * i + k] - mu[k]) / 3;
            }
        }
        PaperReadings.assertComputes("BatchVar", "X \\in \\mathbb{R}^{m \\times d}\n"
                        + "\\mu_B = \\frac{1}{m} \\sum_{i=1}^m x_i\n"
                        + "\\sigma_B^2 = \\frac{1}{m} \\sum_{i=1}^m (x_i-\\mu_B)^2", "\\sigma_B^2",
                Map.of("X", X), Map.of("X", new int[] {3, 2}), var, List.of(Code.W0102));
    }
}
