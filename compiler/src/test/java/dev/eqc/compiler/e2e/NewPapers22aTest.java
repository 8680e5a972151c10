package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Silent wrong answers found by session 22's new cases (helper new22a; papers/fresh c1970, c1989): a percent sign that
 * was dropped, and an entry-wise exponential of a square matrix used as the right factor of a matrix product.
 */
class NewPapers22aTest {

    @Test
    void aPercentSignAfterAValueIsAnError() {
        // Rho-1, Eq. 3: -1/(N * k\%) sum_i I_i log P_i; `\%` was skipped as typesetting, so k\% read as k (100x off)
        PaperReadings.assertRejected("x \\in \\mathbb{R}^{N}, k \\in \\mathbb{R}\n\nL = \\frac{1}{N * k\\%}"
                + " \\sum_{i=1}^{N} x_i", Code.E0381);
    }

    @Test
    void aPercentSignInASubscriptLabelIsOnlyAName() throws Exception {
        // I_{k\%} names a given vector; the sum of (1, 2, 3) over N = 3 is 6
        PaperReadings.assertComputes("PercentLabel", "I_{k\\%} \\in \\mathbb{R}^{N}\n\nL = \\sum_{i=1}^{N} I_{k\\%, i}",
                "L", Map.of("I_{k\\%}", new double[] {1, 2, 3}), Map.of("I_{k\\%}", new int[] {3}),
                new double[] {6}, List.of());
    }

    @Test
    void anEntryWiseExponentialOfASquareMatrixAsTheRightFactorIsAnError() {
        // S5, Eq. 6: \bar\Lambda = e^{\Lambda\Delta}, \bar B = \Lambda^{-1}(\bar\Lambda - I) B. Entry-wise, every
        // off-diagonal exp(0) = 1 entered the product (diag(-1, -2), Delta = 0.3: B-bar's (1,1) 1.68 for 0.18).
        PaperReadings.assertRejected("\\mathbf{\\Lambda} \\in \\mathbb{R}^{P \\times P}, \\mathbf{B} \\in"
                + " \\mathbb{R}^{P \\times H}, \\Delta \\in \\mathbb{R}\n\n\\overline{\\mathbf{\\Lambda}} ="
                + " e^{\\mathbf{\\Lambda}\\Delta}\n\\overline{\\mathbf{B}} = \\mathbf{\\Lambda}^{-1}(\\overline{\\mathbf{\\Lambda}}"
                + " - \\mathbf{I})\\mathbf{B}", Code.E0349);
    }
}
