package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Backlog of session 22 (backlog22): series written with dots whose scripts are expressions (Sutton and Barto's
 * n-step return, Mamba-2's mask). Expected values are worked out here from the papers' meaning.
 */
class Backlog22Test {
    @Test
    void aDiscountedSeriesWithDotsIsTheSumOverOneCounter() throws Exception {
        // x_1 + \gamma x_2 + \cdots + \gamma^{n-1} x_n with x = (1, 2, 3, 4), n = 4, \gamma = 0.5:
        // 1 + 0.5 * 2 + 0.25 * 3 + 0.125 * 4 = 3.25. Was E0103 (\cdots).
        PaperReadings.assertComputes("DiscountedDots", "x \\in \\mathbb{R}^{n}, \\gamma \\in \\mathbb{R}\n\n"
                        + "G = x_1 + \\gamma x_2 + \\cdots + \\gamma^{n-1} x_n", "G",
                Map.of("x", new double[] {1, 2, 3, 4}, "\\gamma", new double[] {0.5}),
                Map.of("x", new int[] {4}, "\\gamma", new int[0]), new double[] {3.25}, List.of(Code.W0538));
    }

    @Test
    void aProductWithDotsCountingDownUnderACaseConditionIsTheProductBetween() throws Exception {
        // Mamba-2's L_{ji} = a_j x ... x a_{i+1} for j >= i, 0 below; a = (2, 3, 5) (positions from 0):
        // L_{10} = a_1 = 3, L_{20} = a_1 a_2 = 15, L_{21} = a_2 = 5, the diagonal the empty product 1. Was E0103.
        PaperReadings.assertComputes("MaskDots", "a \\in \\mathbb{R}^{T}\n\n"
                        + "L_{ji} = \\begin{cases} a_j \\times \\cdots \\times a_{i+1} & j \\ge i \\\\ 0 & j < i \\end{cases}",
                "L", Map.of("a", new double[] {2, 3, 5}), Map.of("a", new int[] {3}),
                new double[] {1, 0, 0, 3, 1, 0, 15, 5, 1}, List.of(Code.W0538, Code.W0140, Code.W0171, Code.W0415));
    }

    @Test
    void aSeriesWithDotsNoOneCounterGivesIsRefused() {
        // a_j x ... x a_{i+1} with nothing ordering i and j: down from j (empty at j = i) or up to i+1 cannot be told;
        // x_1 y_2 + ... + x_n y_n: x's script moves by n - 1, y's by n - 2.
        PaperReadings.assertRejected("a \\in \\mathbb{R}^{T}\n\nL_{ji} = a_j \\times \\cdots \\times a_{i+1}", Code.E0387);
        PaperReadings.assertRejected("x, y \\in \\mathbb{R}^{n}\n\ns = x_1 y_2 + \\cdots + x_n y_n", Code.E0387);
    }

    @Test
    void anArgmaxWithItsIndexSetUnderItIsTheArgmaxOverIt() throws Exception {
        // Settles: the argmax operator word with x set under it, then -\sum ...: read as argmax_{x}; the argmax of -p
        // with p = (1, 5, 2) is position 0 (the smallest p). Was E0103 (the sign made the operator a term).
        PaperReadings.assertComputes("UndersetArgmax", "p \\in \\mathbb{R}^{n}\n\n"
                        + "k = \\underset{j}{\\operatorname{argmax}} -p_j", "k",
                Map.of("p", new double[] {1, 5, 2}), Map.of("p", new int[] {3}), new double[] {0}, List.of());
    }
}
