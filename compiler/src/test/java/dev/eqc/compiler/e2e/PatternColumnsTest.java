package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Columns and rows written with dots between their first and last cells (RoFormer's rotary embedding, Eq. 34): the
 * vector the cells follow, with W0411; the reading was E0181 before. The expected values are worked out here from
 * the paper's meaning, not from eqc's reading.
 */
class PatternColumnsTest {
    @Test
    void roformersRotaryEmbeddingAsPrinted() throws Exception {
        int d = 6;
        double m = 3;
        double[] x = PaperReadings.seq(d, 1.3, 0.4);
        double[] expected = new double[d];
        for (int i = 0; i < d / 2; i++) {
            double theta = Math.pow(10000, -2.0 * i / d);
            double c = Math.cos(m * theta);
            double s = Math.sin(m * theta);
            expected[2 * i] = x[2 * i] * c - x[2 * i + 1] * s;
            expected[2 * i + 1] = x[2 * i + 1] * c + x[2 * i] * s;
        }
        String program = "\\boldsymbol{x} \\in \\mathbb{R}^{d}, m \\in \\mathbb{R}\n\n"
                + "\\Theta = \\left\\{\\theta_i = 10000^{-2(i-1)/d}, i \\in [1, 2, \\ldots, d/2]\\right\\}\n"
                + "R^d_{\\Theta,m}\\boldsymbol{x} = \\begin{pmatrix} x_1 \\\\ x_2 \\\\ x_3 \\\\ x_4 \\\\ \\vdots \\\\"
                + " x_{d-1} \\\\ x_d \\end{pmatrix} \\otimes \\begin{pmatrix} \\cos m\\theta_1 \\\\ \\cos m\\theta_1 \\\\"
                + " \\cos m\\theta_2 \\\\ \\cos m\\theta_2 \\\\ \\vdots \\\\ \\cos m\\theta_{d/2} \\\\ \\cos m\\theta_{d/2}"
                + " \\end{pmatrix} + \\begin{pmatrix} -x_2 \\\\ x_1 \\\\ -x_4 \\\\ x_3 \\\\ \\vdots \\\\ -x_d \\\\ x_{d-1}"
                + " \\end{pmatrix} \\otimes \\begin{pmatrix} \\sin m\\theta_1 \\\\ \\sin m\\theta_1 \\\\ \\sin m\\theta_2"
                + " \\\\ \\sin m\\theta_2 \\\\ \\vdots \\\\ \\sin m\\theta_{d/2} \\\\ \\sin m\\theta_{d/2} \\end{pmatrix}\n";
        PaperReadings.assertComputes("Rope", program, "R^d_{\\Theta,m}\\boldsymbol{x}",
                Map.of("\\boldsymbol{x}", x, "m", new double[] {m}), Map.of("\\boldsymbol{x}", new int[] {d}, "m",
                        new int[] {}), expected,
                List.of(Code.W0411, Code.W0182, Code.W0412, Code.W0102, Code.W0195));
    }

    @Test
    void theFirstCellsGiveTheStepAndTheLastCellsTheCount() throws Exception {
        double[] x = PaperReadings.seq(6, 1.0, 0.3);
        Map<String, double[]> inputs = Map.of("x", x);
        Map<String, int[]> shapes = Map.of("x", new int[] {6});
        String declared = "x \\in \\mathbb{R}^{n}\n";
        // a row from the second element: x_2 … x_n, n - 1 of them (the element k is x_{k+1}, both counted from 1)
        PaperReadings.assertComputes("FromSecond", declared + "y = \\begin{pmatrix} x_2 & x_3 & \\cdots & x_n"
                + " \\end{pmatrix}\n", "y", inputs, shapes, new double[] {x[1], x[2], x[3], x[4], x[5]},
                List.of(Code.W0411, Code.W0170));
        // every other element, from the first and from the second
        PaperReadings.assertComputes("Odd", declared + "y = \\begin{pmatrix} x_1 \\\\ x_3 \\\\ x_5 \\\\ \\vdots \\\\"
                + " x_{n-1} \\end{pmatrix}\n", "y", inputs, shapes, new double[] {x[0], x[2], x[4]},
                List.of(Code.W0411));
        PaperReadings.assertComputes("Even", declared + "y = \\begin{pmatrix} x_2 \\\\ x_4 \\\\ \\vdots \\\\ x_n"
                + " \\end{pmatrix}\n", "y", inputs, shapes, new double[] {x[1], x[3], x[5]}, List.of(Code.W0411));
        // pairs swapped with a sign, as the rotation's second column
        PaperReadings.assertComputes("Swapped", declared + "y = \\begin{pmatrix} -x_2 \\\\ x_1 \\\\ -x_4 \\\\ x_3"
                + " \\\\ \\vdots \\\\ -x_n \\\\ x_{n-1} \\end{pmatrix}\n", "y", inputs, shapes,
                new double[] {-x[1], x[0], -x[3], x[2], -x[5], x[4]}, List.of(Code.W0411));
    }

    @Test
    void aPatternTheCellsDoNotDetermineStaysAnError() {
        // no subscripts to follow: which cells the dots stand for is not written
        PaperReadings.assertRejected("a, b, c \\in \\mathbb{R}\ny = \\begin{pmatrix} a \\\\ b \\\\ \\vdots \\\\ c"
                + " \\end{pmatrix}\n", Code.E0181);
        // the last cell says 2d elements, but x has d: an error, not a silent read past the end
        PaperReadings.assertRejected("x \\in \\mathbb{R}^{d}\ny = \\begin{pmatrix} x_1 \\\\ x_2 \\\\ \\vdots \\\\"
                + " x_{2d} \\end{pmatrix}\n", Code.E0304);
        // a subscript too long to be a position: the diagnostic, not a crash (was a NumberFormatException)
        PaperReadings.assertRejected("x \\in \\mathbb{R}^{n}\ny = \\begin{pmatrix} x_{99999999999999999999} \\\\"
                + " x_{99999999999999999998} \\\\ \\vdots \\\\ x_n \\end{pmatrix}\n", Code.E0181);
        // steps that change from one period to the next
        PaperReadings.assertRejected("x \\in \\mathbb{R}^{n}\ny = \\begin{pmatrix} x_1 \\\\ x_2 \\\\ x_4 \\\\ \\vdots"
                + " \\\\ x_n \\end{pmatrix}\n", Code.E0181);
    }
}
