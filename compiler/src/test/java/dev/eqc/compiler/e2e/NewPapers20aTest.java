package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Label-noise losses, bandits, Bayesian deep learning, multi-task weighting, optimisation, forecasting metrics,
 * implicit representations and retrieval pooling as their papers print them (fresh cases c1770-c1799). Expected
 * values are worked out here from the papers' meaning.
 */
class NewPapers20aTest {
    @Test
    void aMemberOfARealDeclaredSetUsedAsAValueStops() throws Exception {
        // GeM: \sum_{x \in \mathcal{X}_k} x^{p_k} sums the activations of map k; read as a 0/1 family it summed the
        // positions (1..N) where the row is not 0, with exit 0.
        PaperReadings.assertRejected("\\mathcal{X} \\in \\mathbb{R}^{2 \\times 3}\n\n"
                + "f_k = \\sum_{x \\in \\mathcal{X}_k} x^{2}", Code.E0367);
    }

    @Test
    void aMemberOfABinaryFamilyUsedAsAnIndexStillSums() throws Exception {
        PaperReadings.assertComputes("Neighbours", "\\mathcal{N} \\in \\{0,1\\}^{2 \\times 3}, h \\in \\mathbb{R}^{3}\n\n"
                        + "s_i = \\sum_{j \\in \\mathcal{N}_i} h_j", "s",
                Map.of("\\mathcal{N}", new double[] {1, 0, 1, 0, 1, 1}, "h", new double[] {1, 10, 100}),
                Map.of("\\mathcal{N}", new int[] {2, 3}, "h", new int[] {3}), new double[] {101, 110}, List.of());
    }

    @Test
    void aColumnOfVectorCellsSaysItStacksThemAsABatch() throws Exception {
        PaperReadings.assertComputes("ColumnOfVectors", "a, b \\in \\mathbb{R}^{2}\n\n"
                        + "y = \\begin{bmatrix} \\sin(a) \\circ b \\\\ \\cos(a) \\circ b \\end{bmatrix}", "y",
                Map.of("a", new double[] {0, 0}, "b", new double[] {2, 3}),
                Map.of("a", new int[] {2}, "b", new int[] {2}), new double[] {0, 2, 0, 3}, List.of(Code.W0492));
    }

    @Test
    void aRowOfVectorCellsIsTheMatrixOfThoseColumnsWithoutAWarning() throws Exception {
        PaperReadings.assertComputes("RowOfVectors", "a, b \\in \\mathbb{R}^{2}\n\n"
                        + "y = \\begin{bmatrix} a & b \\end{bmatrix}", "y",
                Map.of("a", new double[] {1, 2}, "b", new double[] {3, 4}),
                Map.of("a", new int[] {2}, "b", new int[] {2}), new double[] {1, 3, 2, 4}, List.of());
    }

    @Test
    void aColumnOfNumbersIsAVectorWithoutAWarning() throws Exception {
        PaperReadings.assertComputes("ColumnOfNumbers", "a, b \\in \\mathbb{R}\n\n"
                        + "y = \\begin{pmatrix} a \\\\ b \\end{pmatrix}", "y",
                Map.of("a", new double[] {1}, "b", new double[] {3}),
                Map.of("a", new int[] {}, "b", new int[] {}), new double[] {1, 3}, List.of());
    }
}
