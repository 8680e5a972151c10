package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Textbook notation from Rasmussen & Williams, Cover & Thomas, Tong Zhang, Stanford CS336 and similar notes (session
 * 22, helper new22b, cases c2000–c2029). Expected values are worked out here from the books' meaning.
 */
class NewPapers22bTest {

    @Test
    void aMemberDeclaredByItsShapeUnderASumIsAFamily() throws Exception {
        // Tong Zhang's x_i \in \mathbb{R}^{d} with \sum_{i=1}^{n} x_i y_i: x_i is member i of an n x d family (W0530).
        // It was one input [d], the same at every term: n times x y-sum, silently.
        // rows (1,2), (3,4), (5,6) weighted 1, 0, -1: (1 - 5, 2 - 6) = (-4, -4)
        PaperReadings.assertComputes("ImplicitFamily", "x_i \\in \\mathbb{R}^{d}, y \\in \\mathbb{R}^{n}\n\n"
                        + "b = \\sum_{i=1}^{n} x_i y_i", "b",
                Map.of("x_i", new double[] {1, 2, 3, 4, 5, 6}, "y", new double[] {1, 0, -1}),
                Map.of("x_i", new int[] {3, 2}, "y", new int[] {3}),
                new double[] {-4, -4}, List.of(Code.W0530));
    }

    @Test
    void aBoldMemberWithATransposeUnderTwoSumsIsAFamily() throws Exception {
        // A GMM M-step's \mathbf{x}_i \in \mathbb{R}^{d}: \sum_{i=1}^{n} x_i x_i^T / n over rows (1,0), (0,2), (1,2)
        // = [[2, 2], [2, 8]] / 3
        PaperReadings.assertComputes("ImplicitFamilyBold", "\\mathbf{x}_i \\in \\mathbb{R}^{d}\n\n"
                        + "S = \\frac{1}{n}\\sum_{i=1}^{n} \\mathbf{x}_i \\mathbf{x}_i^\\top", "S",
                Map.of("\\mathbf{x}_i", new double[] {1, 0, 0, 2, 1, 2}), Map.of("\\mathbf{x}_i", new int[] {3, 2}),
                new double[] {2.0 / 3, 2.0 / 3, 2.0 / 3, 8.0 / 3}, List.of(Code.W0530));
    }

    @Test
    void aMemberDeclaredByItsShapeUnderASumWithNoLimitIsRefused() throws Exception {
        // \sum_{i} x_i y_i with x_i \in \mathbb{R}^{d} declared as one value: the family's size is not written, and
        // each term would read the same x_i (it computed x_i times the sum of y, silently).
        PaperReadings.assertRejected("x_i \\in \\mathbb{R}^{d}, y \\in \\mathbb{R}^{n}\n\nb = \\sum_{i} x_i y_i",
                Code.E0384);
    }

    @Test
    void aDataPointLabelledByTheSumsLetterIsAFamily() throws Exception {
        // MIT 6.036's x^{(i)} \in \mathbb{R}^{d}, y^{(i)} \in \mathbb{R} under \sum_{i=1}^{n}: the n data points (W0530;
        // was E0350). theta = (1, 1), points (1, 2), (0, 1), targets 3, 2: residuals 0, -1, so the sum is 1
        PaperReadings.assertComputes("LabelledFamily", "x^{(i)} \\in \\mathbb{R}^{d}, y^{(i)} \\in \\mathbb{R}, \\theta \\in"
                        + " \\mathbb{R}^{d}\n\nJ = \\sum_{i=1}^{n} (\\theta^T x^{(i)} - y^{(i)})^2", "J",
                Map.of("x^{(i)}", new double[] {1, 2, 0, 1}, "y^{(i)}", new double[] {3, 2}, "\\theta", new double[] {1, 1}),
                Map.of("x^{(i)}", new int[] {2, 2}, "y^{(i)}", new int[] {2}, "\\theta", new int[] {2}),
                new double[] {1}, List.of(Code.W0530));
    }
}
