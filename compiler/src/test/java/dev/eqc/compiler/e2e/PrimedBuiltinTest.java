package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A built-in function with a prime is its derivative (W0450): Nielsen's BP1 and BP2 write {@code \sigma'(z^l)}; the
 * prime was dropped and the sigmoid itself computed. A derivative eqc does not know is E0360, not the function.
 */
class PrimedBuiltinTest {
    private static final double[] Z = PaperReadings.seq(4, 1.5, 0.3);
    private static final double[] W = PaperReadings.seq(6, 1.0, 0.7);
    private static final double[] D = PaperReadings.seq(2, 0.8, 1.1);

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Test
    void nielsenBp2ReadsSigmaPrimeAsTheDerivative() throws Exception {
        // \delta^l = ((w^{l+1})^T \delta^{l+1}) \odot \sigma'(z^l), w^{l+1} 2 x 3 here
        double[] z = {Z[0], Z[1], Z[2]};
        double[] expected = new double[3];
        for (int k = 0; k < 3; k++) {
            double back = W[k] * D[0] + W[3 + k] * D[1];
            double s = sigmoid(z[k]);
            expected[k] = back * s * (1 - s);
        }
        PaperReadings.assertComputes("Bp2", "w^{l+1} \\in \\mathbb{R}^{p \\times q}, \\delta^{l+1} \\in \\mathbb{R}^{p},"
                        + " z^l \\in \\mathbb{R}^{q}\n\\delta^l = ((w^{l+1})^T \\delta^{l+1}) \\odot \\sigma'(z^l)",
                "\\delta^l", Map.of("w^{l+1}", W, "\\delta^{l+1}", D, "z^l", z),
                Map.of("w^{l+1}", new int[] {2, 3}, "\\delta^{l+1}", new int[] {2}, "z^l", new int[] {3}), expected,
                List.of(Code.W0450));
    }

    @Test
    void primedTanhReluAndSoftplusAreTheirDerivatives() throws Exception {
        double[] expected = new double[Z.length];
        for (int i = 0; i < Z.length; i++) {
            double t = Math.tanh(Z[i]);
            expected[i] = (1 - t * t) + (Z[i] > 0 ? 1 : 0) + sigmoid(Z[i]);
        }
        PaperReadings.assertComputes("Primes", "z \\in \\mathbb{R}^{n}\n"
                        + "d = \\tanh'(z) + \\mathrm{ReLU}'(z) + \\text{softplus}'(z)", "d",
                Map.of("z", Z), Map.of("z", new int[] {4}), expected, List.of(Code.W0450));
    }

    @Test
    void aPrimedNameTheFileDefinesKeepsItsDefinition() throws Exception {
        double[] expected = new double[Z.length];
        for (int i = 0; i < Z.length; i++) {
            expected[i] = 2 * Z[i];
        }
        PaperReadings.assertComputes("Own", "z \\in \\mathbb{R}^{n}\n\\sigma'(x) = 2 x\nd = \\sigma'(z)", "d",
                Map.of("z", Z), Map.of("z", new int[] {4}), expected, List.of());
    }

    @Test
    void anUnknownDerivativeIsRejectedNotTheFunction() {
        PaperReadings.assertRejected("z \\in \\mathbb{R}^{n}\nd = \\sigma''(z)", Code.E0360);
        PaperReadings.assertRejected("z \\in \\mathbb{R}^{n}\nd = \\mathrm{softmax}'(z)", Code.E0360);
    }
}
