package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A function differentiating with respect to its own parameter (W0291, docs/LANGUAGE.md, Gradients), and norms
 * of an order a constant of the file names (SAM's {@code \|g\|_q^q} with {@code q = 2}). Before: E0111 ("it is a
 * parameter of this function") and E0103. Expected values are worked out here by hand.
 */
class ParameterGradientTest {
    private static final double[] X = {1.5, -0.5, 2.0, 0.25};
    private static final Map<String, int[]> VEC = Map.of("x", new int[] {4}, "\\mathbf{x}", new int[] {4});

    @Test
    void theScoreOfAGaussianIsMinusX() throws Exception {
        // Song & Ermon's score s(x) = \nabla_x \log p(x), p the standard Gaussian's unnormalised density: -x.
        String program = "\\mathbf{x} \\in \\mathbb{R}^{D}\n"
                + "p(\\mathbf{x}) = \\exp\\left(-\\frac{1}{2}\\mathbf{x}^\\top \\mathbf{x}\\right)\n"
                + "\\mathbf{s}(\\mathbf{x}) = \\nabla_{\\mathbf{x}} \\log p(\\mathbf{x})";
        double[] expected = new double[X.length];
        for (int i = 0; i < X.length; i++) {
            expected[i] = -X[i];
        }
        PaperReadings.assertComputes("Score", program, "\\mathbf{s}", Map.of("\\mathbf{x}", X), VEC, expected,
                List.of(Code.W0291));
    }

    @Test
    void aFunctionTheFileCallsCannotDifferentiateItsParameter() {
        PaperReadings.assertRejected("x \\in \\mathbb{R}^{d}\ns(x) = \\nabla_x \\frac{1}{2} x^\\top x\ny = s(2 x)",
                Code.E0111);
    }

    @Test
    void aNormOfAConstantOrderIsThatNorm() throws Exception {
        // q = 3: (sum |x_i|^3)^(1/3); q = 2 is the Euclidean norm.
        double cubes = 0;
        double squares = 0;
        for (double v : X) {
            cubes += Math.abs(v) * v * v;
            squares += v * v;
        }
        PaperReadings.assertComputes("NormQ", "x \\in \\mathbb{R}^{d}, q = 3\nn = \\|x\\|_q", "n", Map.of("x", X), VEC,
                new double[] {Math.cbrt(cubes)}, List.of());
        PaperReadings.assertComputes("NormQ2", "x \\in \\mathbb{R}^{d}, q = 2\nn = \\|x\\|_q^q", "n", Map.of("x", X),
                VEC, new double[] {squares}, List.of());
        PaperReadings.assertComputes("Norm3", "x \\in \\mathbb{R}^{d}\nn = \\|x\\|_3", "n", Map.of("x", X), VEC,
                new double[] {Math.cbrt(cubes)}, List.of());
    }
}
