package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The values of an undefined function declared at the argument written ({@code f(x) \in \mathbb{R}^{L}}, the logits)
 * and read with a class label or an index in scope on the function's name (W0401): Menon et al.'s {@code f_y(x)},
 * Zhang &amp; Sabuncu's {@code f_j(\boldsymbol{x})}. Before, each was a new scalar input named {@code f_y(x)} (W0190)
 * or, with nothing to tell its shape, E0192.
 */
class LabelSelectedFunctionValuesTest {
    @Test
    void aLabelOnTheFunctionsNamePicksTheElement() throws Exception {
        // Menon et al. (2021), Eq. 10 with tau = 0: -log softmax(f(x))_y, y counted from 1.
        double[] f = {0.5, -1.0, 2.0, 0.25};
        double total = 0;
        for (double v : f) {
            total += Math.exp(v);
        }
        PaperReadings.assertComputes("LogitAdjusted", "f(x) \\in \\mathbb{R}^{L}, y \\in \\{1, \\dots, L\\}\n"
                        + "\\ell = -\\log \\frac{e^{f_y(x)}}{\\sum_{y' \\in [L]} e^{f_{y'}(x)}}", "\\ell",
                Map.of("f(x)", f, "y", new double[] {3}), Map.of("f(x)", new int[] {4}, "y", new int[] {}),
                new double[] {-(2.0 - Math.log(total))}, List.of(Code.W0401));
    }

    @Test
    void aLabelWhoseOneHotIsAParameterIsOneLabel() throws Exception {
        // Zhang & Sabuncu (2018), Eq. 6: the subscript of the parameter e_j names the one-hot of the label j, no index
        // of the definition, so `j \in \{1, \dots, c\}` declares one label (it was E0108, an index range).
        double[] f = {0.1, 0.6, 0.3};
        double q = 0.7;
        PaperReadings.assertComputes("Gce", "f(\\boldsymbol{x}) \\in \\mathbb{R}^{c}, j \\in \\{1, \\dots, c\\},"
                        + " q \\in \\mathbb{R}\n"
                        + "\\mathcal{L}_q(f(\\boldsymbol{x}), \\boldsymbol{e}_j) = \\frac{(1 - f_j(\\boldsymbol{x})^q)}{q}",
                "\\mathcal{L}_q", Map.of("f(\\boldsymbol{x})", f, "j", new double[] {2}, "q", new double[] {q}),
                Map.of("f(\\boldsymbol{x})", new int[] {3}, "j", new int[] {}, "q", new int[] {}),
                new double[] {(1 - Math.pow(0.6, q)) / q}, List.of(Code.W0258, Code.W0401, Code.W0191));
    }

    @Test
    void aSubscriptedSpellingDeclaredItselfIsThatInput() throws Exception {
        // f_y(x) declared as written: its own input, not an element of f(x)
        PaperReadings.assertComputes("Written", "f(x) \\in \\mathbb{R}^{L}, f_y(x) \\in \\mathbb{R}\n"
                        + "\\ell = 2 f_y(x)", "\\ell",
                Map.of("f(x)", new double[] {9, 9}, "f_y(x)", new double[] {3}),
                Map.of("f(x)", new int[] {2}, "f_y(x)", new int[] {}), new double[] {6}, List.of());
    }

    @Test
    void aSuperscriptOnADeclaredFunctionIsPartOfItsName() throws Exception {
        // Peng et al. (2019), AWR: V^{\mathcal{D}}(\mathbf{s}) declared in a list was no declaration (E0001, or E0192
        // at its use); a superscript that is no number names the function, as at the use.
        PaperReadings.assertComputes("Awr", "R, V^{\\mathcal{D}}(\\mathbf{s}) \\in \\mathbb{R}^{B}\n"
                        + "J = R - V^{\\mathcal{D}}(\\mathbf{s})", "J",
                Map.of("R", new double[] {3, 5}, "V^{\\mathcal{D}}(\\mathbf{s})", new double[] {1, 1}),
                Map.of("R", new int[] {2}, "V^{\\mathcal{D}}(\\mathbf{s})", new int[] {2}), new double[] {2, 4},
                List.of());
    }

    @Test
    void aDeclaredVectorAppliedToANameItDoesNotDeclareIsReadAtTheLabel() throws Exception {
        // Zhang & Sabuncu (2018) as c314 pastes it: f \in \mathbb{R}^{c} the softmax output, f_j(x) its element j; x
        // names the sample and nothing else (was E0192).
        PaperReadings.assertComputes("GceVector", "f \\in \\mathbb{R}^{c}, j \\in \\{1, \\dots, c\\}\n"
                        + "\\ell = 1 - f_j(x)", "\\ell", Map.of("f", new double[] {0.25, 0.5, 0.25}, "j", new double[] {2}),
                Map.of("f", new int[] {3}, "j", new int[] {}), new double[] {0.5}, List.of(Code.W0401));
    }

    @Test
    void aLabelParameterLeavesOutItsOwnClassCountedAsDeclared() throws Exception {
        // Weston & Watkins' hinge as a function of the label y: \sum_{j \neq y} leaves out class y counted from 1 (a
        // parameter y was E0103; once read, the class left out was y counted from 0, one class too far).
        PaperReadings.assertComputes("WestonWatkins", "f(x) \\in \\mathbb{R}^{K}, y \\in \\{1, \\dots, K\\}\n"
                        + "\\ell(f(x), y) = \\sum_{j \\neq y} \\max(0, 1 - (f_y(x) - f_j(x)))", "\\ell",
                Map.of("f(x)", new double[] {0.5, -1.0, 2.0, 0.25}, "y", new double[] {2}),
                Map.of("f(x)", new int[] {4}, "y", new int[] {}), new double[] {2.5 + 4.0 + 2.25},
                List.of(Code.W0258, Code.W0401));
    }
    @Test
    void theElementsOfALabelParameterSelect() throws Exception {
        // PyTorch's NLLLoss, 'mean': \ell(x, y) = \sum_{n=1}^N \frac{1}{\sum_{n=1}^N w_{y_n}} l_n with y declared as
        // labels and a parameter of \ell (w_{y_n} was a new scalar input, W0101)
        double[] x = {-0.5, -1.0, -2.0, -0.25};
        double[] w = {2.0, 3.0};
        double[] y = {1, 0};
        double expected = (3.0 * 1.0 + 2.0 * 2.0) / (3.0 + 2.0);
        PaperReadings.assertComputes("Nll", "x \\in \\mathbb{R}^{N \\times C}, y \\in \\{0, \\dots, C-1\\}^{N},"
                        + " w \\in \\mathbb{R}^{C}\n\nl_n = - w_{y_n} x_{n,y_n}\n"
                        + "\\ell(x, y) = \\sum_{n=1}^N \\frac{1}{\\sum_{n=1}^N w_{y_n}} l_n\n", "\\ell",
                Map.of("x", x, "y", y, "w", w), Map.of("x", new int[] {2, 2}, "y", new int[] {2}, "w", new int[] {2}),
                new double[] {expected}, List.of());
    }
}
