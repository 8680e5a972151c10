package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Everyday machine-learning equations as the places users copy them from print them, not their original papers
 * (fresh cases c1660-c1689): OpenAI Spinning Up, Berkeley CS285, Stanford CS236 and CS224n, deeplearning.ai's
 * notation, Raschka, Shalev-Shwartz & Ben-David, MacKay. Expected values are worked out here from the meaning.
 */
class NewPapers19bTest {
    @Test
    void aSizeWithALayerLabelInSquareBracketsIsASizeOfItsOwn() throws Exception {
        // deeplearning.ai's Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]} with W^{[l]} of shape (n^{[l]}, n^{[l-1]}): the
        // bracketed superscript labels the size as it labels the name; n^{[l]} was E0108 (c1677).
        PaperReadings.assertComputes("NgLinear", "W^{[l]} \\in \\mathbb{R}^{n^{[l]} \\times n^{[l-1]}}, A^{[l-1]} \\in"
                        + " \\mathbb{R}^{n^{[l-1]} \\times m}, b^{[l]} \\in \\mathbb{R}^{n^{[l]} \\times 1}\n\n"
                        + "Z^{[l]} = W^{[l]}A^{[l-1]} +b^{[l]}", "Z^{[l]}",
                Map.of("W^{[l]}", new double[] {1, 2}, "A^{[l-1]}", new double[] {1, 2, 3, 4, 5, 6},
                        "b^{[l]}", new double[] {10}),
                Map.of("W^{[l]}", new int[] {1, 2}, "A^{[l-1]}", new int[] {2, 3}, "b^{[l]}", new int[] {1, 1}),
                new double[] {1 + 8 + 10, 2 + 10 + 10, 3 + 12 + 10}, List.of());
    }

    @Test
    void aLayerLabelThenATransposeMarkIsTheLabelledNameTransposed() throws Exception {
        // deeplearning.ai's dW^{[l]} = \frac{1}{m} dZ^{[l]} A^{[l-1] T}: A^{[l-1]} transposed; it was an undeclared
        // A times l times T (c1679).
        PaperReadings.assertComputes("NgDw", "dZ^{[l]} \\in \\mathbb{R}^{p \\times m}, A^{[l-1]} \\in \\mathbb{R}^{q"
                        + " \\times m}\n\ndW^{[l]} = \\frac{1}{m} dZ^{[l]} A^{[l-1] T}", "dW^{[l]}",
                Map.of("dZ^{[l]}", new double[] {1, 2}, "A^{[l-1]}", new double[] {1, 3, 5, 7}),
                Map.of("dZ^{[l]}", new int[] {1, 2}, "A^{[l-1]}", new int[] {2, 2}),
                new double[] {(1 + 6) / 2.0, (5 + 14) / 2.0}, List.of());
    }

    @Test
    void anExampleLabelAfterALayerLabelIsTheColumnOfTheExamplesAxis() throws Exception {
        // deeplearning.ai's db^{[l]} = \frac{1}{m} \sum_{i = 1}^{m} dZ^{[l](i)} with dZ^{[l]} of shape (n^{[l]}, m):
        // the i-th example is column i, so db is the mean of the columns; it was d times Z times l (c1680).
        PaperReadings.assertComputes("NgDb", "dZ^{[l]} \\in \\mathbb{R}^{n^{[l]} \\times m}\n\n"
                        + "db^{[l]} = \\frac{1}{m} \\sum_{i = 1}^{m} dZ^{[l](i)}", "db^{[l]}",
                Map.of("dZ^{[l]}", new double[] {1, 2, 3, 10, 20, 30}), Map.of("dZ^{[l]}", new int[] {2, 3}),
                new double[] {2, 20}, List.of(Code.W0478));
    }

    @Test
    void anExampleLabelAfterALayerLabelOfAVectorIsItsElement() throws Exception {
        // The course's cost -\frac{1}{m} \sum_i (y^{(i)} \log(a^{[L](i)}) + (1-y^{(i)}) \log(1-a^{[L](i)})) (c1678).
        double[] a = {0.2, 0.9};
        double[] y = {0, 1};
        double want = -(Math.log(1 - 0.2) + Math.log(0.9)) / 2;
        PaperReadings.assertComputes("NgCost", "a^{[L]}, y \\in \\mathbb{R}^{m}\n\n"
                        + "J = -\\frac{1}{m} \\sum\\limits_{i = 1}^{m} (y^{(i)}\\log\\left(a^{[L] (i)}\\right) +"
                        + " (1-y^{(i)})\\log\\left(1- a^{[L](i)}\\right))", "J",
                Map.of("a^{[L]}", a, "y", y), Map.of("a^{[L]}", new int[] {2}, "y", new int[] {2}),
                new double[] {want}, List.of(Code.W0102, Code.W0478));
    }

    @Test
    void aMinOverAListedRangeReadsTheMemberTheLabelNames() throws Exception {
        // Spinning Up's SAC target, y_v(s) = \min_{i=1,2} Q_{\phi_i}(s, \tilde{a}) - \alpha \log \pi_\theta(\tilde{a}|s),
        // the twin critics' values declared as one vector of 2: written out, Q_{\phi_1}(s, \tilde{a}) named nothing
        // declared (E0192, c1664).
        PaperReadings.assertComputes("SacTarget", "Q_{\\phi_i} (s, \\tilde{a}) \\in \\mathbb{R}^{2}, \\alpha, p \\in"
                        + " \\mathbb{R}\n\ny = \\min_{i=1,2} Q_{\\phi_i} (s, \\tilde{a}) - \\alpha \\log p", "y",
                Map.of("Q_{\\phi_i}(s, \\tilde{a})", new double[] {0.5, -0.25}, "\\alpha", new double[] {2},
                        "p", new double[] {Math.E}),
                Map.of("Q_{\\phi_i}(s, \\tilde{a})", new int[] {2}, "\\alpha", new int[0], "p", new int[0]),
                new double[] {-0.25 - 2}, List.of(Code.W0257));
    }

    @Test
    void aMemberLabelWithAWordBesideItsLetterNamesTheMember() throws Exception {
        // Spinning Up's TD3 target, r + \gamma (1 - d) \min_{i=1,2} Q_{\phi_{i, \text{targ}}}(s', a'(s')): the letter
        // beside the word targ names the target critic i (c1661, was E0192).
        PaperReadings.assertComputes("Td3Target", "Q_{\\phi_{i, \\text{targ}}}(s', a') \\in \\mathbb{R}^{2}, r \\in"
                        + " \\mathbb{R}\n\ny = r + \\min_{i=1,2} Q_{\\phi_{i, \\text{targ}}}(s', a')", "y",
                Map.of("Q_{\\phi_{i, \\text{targ}}}(s', a')", new double[] {3, 1}, "r", new double[] {0.5}),
                Map.of("Q_{\\phi_{i, \\text{targ}}}(s', a')", new int[] {2}, "r", new int[0]),
                new double[] {1.5}, List.of(Code.W0257));
    }

    @Test
    void aSumToAWholeNumberReadsTheMemberTheLabelNames() throws Exception {
        // \sum_{m=1}^{2} \mu_{\theta_m}(x) with \mu_{\theta_m}(x) \in \mathbb{R}^{2}: as with the size M (NewPapers18Test),
        // the label names member m; with the number it was E0350.
        PaperReadings.assertComputes("TwoMembers", "\\mu_{\\theta_m}(x) \\in \\mathbb{R}^{2}\n\n"
                        + "y = \\sum_{m=1}^{2} \\mu_{\\theta_m}(x)", "y",
                Map.of("\\mu_{\\theta_m}(x)", new double[] {3, 4}), Map.of("\\mu_{\\theta_m}(x)", new int[] {2}),
                new double[] {7}, List.of(Code.W0257));
    }

    @Test
    void aPlainCapitalEBeforeASquareBracketIsTheExpectation() throws Exception {
        // CS285's optimal baseline b = E[g(tau)^2 r(tau)] / E[g(tau)^2], the samples given: the ratio of the sample
        // means; E was an undeclared matrix times the bracket (c1669).
        PaperReadings.assertComputes("Baseline", "g(\\tau), r(\\tau) \\in \\mathbb{R}^{N}\n\n"
                        + "b = \\frac{E[g(\\tau)^2 r(\\tau)]}{E[g(\\tau)^2]}", "b",
                Map.of("g(\\tau)", new double[] {1, 2}, "r(\\tau)", new double[] {3, 5}),
                Map.of("g(\\tau)", new int[] {2}, "r(\\tau)", new int[] {2}),
                new double[] {(3 + 4 * 5) / 5.0}, List.of(Code.W0479));
    }

    @Test
    void aDeclaredCapitalEBeforeASquareBracketStaysAProduct() throws Exception {
        PaperReadings.assertComputes("EnergyTimes", "E, x \\in \\mathbb{R}\n\ny = E[x + 1]", "y",
                Map.of("E", new double[] {2}, "x", new double[] {3}), Map.of("E", new int[0], "x", new int[0]),
                new double[] {8}, List.of());
    }

    @Test
    void aValueDeclaredWithIndexLettersIsTheTableOtherLettersRead() throws Exception {
        // CS285's reward to go, \hat{Q}_{i,t} = \sum_{t'=t}^{T} r(\mathbf{s}_{i,t'}, \mathbf{a}_{i,t'}) with the rewards
        // declared as r(\mathbf{s}_{i,t}, \mathbf{a}_{i,t}) \in \mathbb{R}^{N \times T}: the same table read at (i, t');
        // it was an input of its own the run asked for (c1668).
        PaperReadings.assertComputes("RewardToGo", "r(\\mathbf{s}_{i,t}, \\mathbf{a}_{i,t}) \\in \\mathbb{R}^{N \\times T}"
                        + "\n\n\\hat{Q}_{i,t} = \\sum_{t'=t}^{T} r(\\mathbf{s}_{i,t'}, \\mathbf{a}_{i,t'})", "\\hat{Q}",
                Map.of("r(\\mathbf{s}_{i,t}, \\mathbf{a}_{i,t})", new double[] {1, 2, 4, 10, 20, 40}),
                Map.of("r(\\mathbf{s}_{i,t}, \\mathbf{a}_{i,t})", new int[] {2, 3}),
                new double[] {7, 6, 4, 70, 60, 40}, List.of(Code.W0140, Code.W0171, Code.W0480, Code.W0392));
    }

    @Test
    void aDottedListOfMembersDeclaresTheirFamily() throws Exception {
        // CS224n's multiplicative attention, e_i = \mathbf{s}^T \mathbf{W} \mathbf{h}_i with \mathbf{h}_1, \ldots,
        // \mathbf{h}_N \in \mathbb{R}^{d_1}: h is the family, N x d_1; it was undeclared, guessed a vector, and the
        // scores an N x d_1 matrix, silently (probed beside c1689).
        PaperReadings.assertComputes("MultAttention", "\\mathbf{h}_1, \\ldots, \\mathbf{h}_N \\in \\mathbb{R}^{d_1},"
                        + " \\mathbf{s} \\in \\mathbb{R}^{d_2}, \\mathbf{W} \\in \\mathbb{R}^{d_2 \\times d_1}\n\n"
                        + "e_i = \\mathbf{s}^T \\mathbf{W} \\mathbf{h}_i", "e",
                Map.of("\\mathbf{h}", new double[] {1, 0, 0, 1, 2, 3}, "\\mathbf{s}", new double[] {1, 10},
                        "\\mathbf{W}", new double[] {1, 2, 3, 4}),
                Map.of("\\mathbf{h}", new int[] {3, 2}, "\\mathbf{s}", new int[] {2}, "\\mathbf{W}", new int[] {2, 2}),
                new double[] {31, 42, 31 * 2 + 42 * 3}, List.of(Code.W0481));
    }

    @Test
    void aDottedListOfScalarsDeclaresAVector() throws Exception {
        PaperReadings.assertComputes("ScalarMembers", "x_1, x_2, \\ldots, x_n \\in \\mathbb{R}\n\ns = \\sum_{i=1}^{n} x_i^2",
                "s", Map.of("x", new double[] {1, 2, 3}), Map.of("x", new int[] {3}), new double[] {14},
                List.of(Code.W0481));
    }

    @Test
    void eulersNumberToAParenthesisedDeclaredValueIsTheExponential() throws Exception {
        // deeplearning.ai's softmax, t = e^{(z^{[L]})}: the parentheses hold a value the file declares, so this is
        // exp, not e labelled (z^{[L]}); it was an undeclared input (W0101, c1678b).
        PaperReadings.assertComputes("NgExp", "z^{[L]} \\in \\mathbb{R}^{2}\n\nt = e^{(z^{[L]})}", "t",
                Map.of("z^{[L]}", new double[] {0, 1}), Map.of("z^{[L]}", new int[] {2}),
                new double[] {1, Math.E}, List.of());
    }

    @Test
    void eulersNumberWithAParenthesisedIndexStaysALabel() throws Exception {
        // e^{(i)} under \sum_i names the i-th example's error, as x^{(i)} does (unchanged).
        PaperReadings.assertComputes("ErrLabel", "e \\in \\mathbb{R}^{2}\n\ns = \\sum_{i} e^{(i)}", "s",
                Map.of("e", new double[] {2, 3}), Map.of("e", new int[] {2}), new double[] {5}, List.of(Code.W0102));
    }

    @Test
    void aBuiltInLetterBetweenTwoFormsOfAChainNamesTheValue() throws Exception {
        // Raschka's softmax, p(z) = \sigma(z) = \frac{e^{z}}{\sum_{j=1}^{M} e^{z_j}}: computed from the fraction; it was
        // the logistic sigmoid of z, silently (c1683b).
        double e1 = Math.exp(1);
        double e2 = Math.exp(2);
        PaperReadings.assertComputes("RaschkaSoftmax", "\\mathbf{z} \\in \\mathbb{R}^{M}\n\n"
                        + "p(z) = \\sigma(z) = \\frac{e^{z}}{\\sum_{j=1}^{M} e^{z_j}}", "p",
                Map.of("z", new double[] {1, 2}), Map.of("z", new int[] {2}),
                new double[] {e1 / (e1 + e2), e2 / (e1 + e2)}, List.of(Code.W0482));
    }

    @Test
    void anExampleOfACapitalWhoseColumnsHaveTheRangeIsAColumn() throws Exception {
        // deeplearning.ai's logistic regression cost with X \in \mathbb{R}^{n_x \times m} (examples as columns):
        // x^{(i)} under \sum_{i=1}^{m} is column i; row i was E0304 (c1681b).
        double[] x = {1, 2, 3, 4, 5, 6};   // 2 x 3: columns (1,4), (2,5), (3,6)
        double want = (1 * 1 + 4 * 10) + (2 + 50) + (3 + 60);
        PaperReadings.assertComputes("NgColumns", "X \\in \\mathbb{R}^{n_x \\times m}, w \\in \\mathbb{R}^{n_x}\n\n"
                        + "s = \\sum_{i=1}^{m} w^T x^{(i)}", "s",
                Map.of("X", x, "w", new double[] {1, 10}), Map.of("X", new int[] {2, 3}, "w", new int[] {2}),
                new double[] {want}, List.of(Code.W0478));
    }

    @Test
    void spinningUpsExpectationMacroIsTheExpectation() throws Exception {
        // TRPO's surrogate as Spinning Up's source writes it, underE{s,a ~ pi_{theta_k}}{…}: the mean of the
        // ratio times the advantage over the samples; the macro was E0102 (c1667).
        PaperReadings.assertComputes("TrpoSurrogate", "p, q, A \\in \\mathbb{R}^{N}\n\n"
                        + "L = \\underE{s,a \\sim \\pi_{\\theta_k}}{\\frac{p}{q} A}", "L",
                Map.of("p", new double[] {1, 2}, "q", new double[] {2, 4}, "A", new double[] {3, 5}),
                Map.of("p", new int[] {2}, "q", new int[] {2}, "A", new int[] {2}), new double[] {(1.5 + 2.5) / 2},
                List.of(Code.W0132));
    }

    @Test
    void aLowerCaseLayerExampleReadsTheDeclaredCapitalsColumn() throws Exception {
        // deeplearning.ai's batch norm, \mu = \frac{1}{m} \sum_{i=1}^{m} z^{[l](i)} with Z^{[l]} of shape (n^{[l]}, m):
        // the mean of the columns (was the product of z, l and i, W0101).
        PaperReadings.assertComputes("NgBnMean", "Z^{[l]} \\in \\mathbb{R}^{n^{[l]} \\times m}\n\n"
                        + "\\mu = \\frac{1}{m} \\sum_{i=1}^{m} z^{[l](i)}", "\\mu",
                Map.of("Z^{[l]}", new double[] {1, 2, 3, 10, 20, 30}), Map.of("Z^{[l]}", new int[] {2, 3}),
                new double[] {2, 20}, List.of(Code.W0478));
    }
}
