package dev.eqc.compiler.e2e;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Géron's softmax regression: {@code s_k(\mathbf{x}) = \boldsymbol{\Theta}_k^T \mathbf{x}} (a family of functions, one
 * per class), then {@code \hat{p}_k = \frac{\exp(s_k(\mathbf{x}))}{\sum_j \exp(s_j(\mathbf{x}))}}. The call
 * {@code s_k(\mathbf{x})} was an undeclared input (W0190), so {@code \hat{p}_k} was one name asking for it.
 */
class FunctionFamilyCallTest {
    private static final double[] THETA = PaperReadings.seq(6, 1.2, 0.6);
    private static final double[] X = PaperReadings.seq(2, 0.9, 1.4);

    @Test
    void aMemberOfAFunctionFamilyCalledAtTheLeftHandIndexIsThatMember() throws Exception {
        double[] s = new double[3];
        double sum = 0;
        for (int k = 0; k < 3; k++) {
            s[k] = THETA[2 * k] * X[0] + THETA[2 * k + 1] * X[1];
            sum += Math.exp(s[k]);
        }
        double[] expected = new double[3];
        for (int k = 0; k < 3; k++) {
            expected[k] = Math.exp(s[k]) / sum;
        }
        PaperReadings.assertComputes("SoftmaxRegression", "\\Theta \\in \\mathbb{R}^{K \\times n}, x \\in \\mathbb{R}^{n}\n"
                        + "s_k(x) = \\Theta_k^T x\n"
                        + "\\hat{p}_k = \\dfrac{\\exp\\left(s_k(x)\\right)}{\\sum\\limits_{j=1}^{K}{\\exp\\left(s_j(x)\\right)}}",
                "\\hat{p}", Map.of("\\Theta", THETA, "x", X), Map.of("\\Theta", new int[] {3, 2}, "x", new int[] {2}),
                expected, List.of());
    }
}
