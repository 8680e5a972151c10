package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A vector added to (subtracted from, multiplied element-wise with) a square matrix of its size: broadcasting takes it
 * along each row, but the matrix would take it down each column as well, so the reading is W0423 (kernel PCA's
 * {@code K - K\mathbf{1}_N} was silent). A matrix that is not square, or an element-wise definition, leaves no choice
 * and no warning. Expected values are computed here with loops.
 */
class SquareBroadcastTest {
    private static final double[] K = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final double[] V = {10, 20, 30};

    @Test
    void aVectorBesideASquareMatrixGoesAlongTheRowsAndSaysSo() throws Exception {
        double[] expected = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                expected[i * 3 + j] = K[i * 3 + j] - V[j];
            }
        }
        PaperReadings.assertComputes("Centre", "K \\in \\mathbb{R}^{N \\times N}, v \\in \\mathbb{R}^{N}\nC = K - v",
                "C", Map.of("K", K, "v", V), Map.of("K", new int[] {3, 3}, "v", new int[] {3}), expected,
                List.of(Code.W0423));
    }

    @Test
    void aMatrixVectorProductBesideTheMatrixToo() throws Exception {
        double[] kv = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                kv[i] += K[i * 3 + j] * V[j];
            }
        }
        double[] expected = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                expected[i * 3 + j] = K[i * 3 + j] - kv[j];
            }
        }
        PaperReadings.assertComputes("Centre", "K \\in \\mathbb{R}^{N \\times N}, v \\in \\mathbb{R}^{N}\nC = K - K v",
                "C", Map.of("K", K, "v", V), Map.of("K", new int[] {3, 3}, "v", new int[] {3}), expected,
                List.of(Code.W0423));
    }

    @Test
    void aMatrixThatIsNotSquareLeavesNoChoice() throws Exception {
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] expected = new double[6];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                expected[i * 3 + j] = x[i * 3 + j] - V[j];
            }
        }
        PaperReadings.assertComputes("Centre", "X \\in \\mathbb{R}^{M \\times N}, v \\in \\mathbb{R}^{N}\nC = X - v",
                "C", Map.of("X", x, "v", V), Map.of("X", new int[] {2, 3}, "v", new int[] {3}), expected, List.of());
    }

    @Test
    void anElementWiseDefinitionSaysWhichAxis() throws Exception {
        double[] expected = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                expected[i * 3 + j] = K[i * 3 + j] - V[i];
            }
        }
        PaperReadings.assertComputes("Centre", "K \\in \\mathbb{R}^{N \\times N}, v \\in \\mathbb{R}^{N}\n"
                        + "C_{ij} = K_{ij} - v_i", "C", Map.of("K", K, "v", V),
                Map.of("K", new int[] {3, 3}, "v", new int[] {3}), expected, List.of());
    }
}
