package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Federated, continual and meta-learning, distillation, neural rendering, recommender, time-series and uncertainty
 * equations as their papers print them (fresh cases c1470-c1499). Expected values are worked out here from the
 * papers' meaning.
 */
class NewPapers17aTest {
    @Test
    void aSumOverTheLabelOfADeclaredStackReadsEachMemberAlsoWhenAnotherFactorReadsTheIndex() throws Exception {
        // FedAvg's server step: w_{t+1}^{k} declared whole as the K clients' models, n_k read at k. The sum was
        // \sum_k n_k/n times the whole stack, a [K, d] result, silently (c1470), then E0350; since session 18 the
        // K rows are the members (W0384): the weighted average of the clients' models.
        PaperReadings.assertComputes("FedAvg", "w_{t+1}^{k} \\in \\mathbb{R}^{K \\times d}, n_k \\in \\mathbb{R}^{K}, n \\in"
                        + " \\mathbb{R}\n\nw_{t+1} = \\sum_{k=1}^{K} \\frac{n_k}{n} w_{t+1}^k", "w_{t+1}",
                Map.of("w_{t+1}^{k}", new double[] {1, 2, 10, 20}, "n_k", new double[] {1, 3}, "n", new double[] {4}),
                Map.of("w_{t+1}^{k}", new int[] {2, 2}, "n_k", new int[] {2}, "n", new int[] {}),
                new double[] {0.25 * 1 + 0.75 * 10, 0.25 * 2 + 0.75 * 20}, List.of(Code.W0257, Code.W0384));
    }

    @Test
    void aSuperscriptThatIsAPowerOfTheIndexStaysAPower() throws Exception {
        // \sum_k c_k x^k: x is no name with a label; x^k is the power (not E0350)
        PaperReadings.assertComputes("Poly", "c \\in \\mathbb{R}^{3}, x \\in \\mathbb{R}\n\n"
                        + "p = \\sum_{k=1}^{3} c_k x^k", "p",
                Map.of("c", new double[] {1, 2, 3}, "x", new double[] {2}),
                Map.of("c", new int[] {3}, "x", new int[] {}), new double[] {1 * 2 + 2 * 4 + 3 * 8}, List.of());
    }

    @Test
    void aSubscriptThatNamesAValueDefinedBeforeIsALabelOnTheLeftToo() throws Exception {
        // DLinear (Zeng et al.): X_s = X - X_t, then H_s = W_s X_s. H_s was one value per s, a size of its own
        // (W0196, and the run asked for --dim n_s), because only X, not X_s, counted as a name defined (c1494).
        PaperReadings.assertComputes("Dlinear", "X, X_t \\in \\mathbb{R}^{2}, W_s \\in \\mathbb{R}^{1 \\times 2}\n\n"
                        + "X_s = X - X_t\nH_s = W_s X_s", "H_s",
                Map.of("X", new double[] {3, 5}, "X_t", new double[] {1, 1}, "W_s", new double[] {10, 100}),
                Map.of("X", new int[] {2}, "X_t", new int[] {2}, "W_s", new int[] {1, 2}),
                new double[] {2 * 10 + 4 * 100}, List.of());
    }

    @Test
    void aSubscriptOfNamesGivenWholeWithASuperscriptLabelIsALabelOnTheLeft() throws Exception {
        // N-BEATS (Oreshkin et al.): \hat{y}_\ell = V^f_\ell \theta^f_\ell + b^f_\ell with V^f_\ell, b^f_\ell declared
        // and \theta^f_\ell defined as one value: \ell indexes nothing. It was one value per \ell of a size of its
        // own (W0196): the subscript of a name with a superscript was tested without the superscript (c1491).
        PaperReadings.assertComputes("Nbeats", "x_\\ell, b^f_\\ell \\in \\mathbb{R}^{2}, V^f_\\ell \\in"
                        + " \\mathbb{R}^{2 \\times 2}\n\n\\theta^f_\\ell = 2 x_\\ell\n"
                        + "y_\\ell = V^f_\\ell \\theta^f_\\ell + b^f_\\ell", "y_\\ell",
                Map.of("x_\\ell", new double[] {1, 2}, "b^f_\\ell", new double[] {0.5, -0.5},
                        "V^f_\\ell", new double[] {1, 10, 100, 1000}),
                Map.of("x_\\ell", new int[] {2}, "b^f_\\ell", new int[] {2}, "V^f_\\ell", new int[] {2, 2}),
                new double[] {2 * 1 + 4 * 10 + 0.5, 2 * 100 + 4 * 1000 - 0.5}, List.of());
    }

    @Test
    void aNameDefinedElementByElementUnderALabelStillIndexes() throws Exception {
        // \delta_t^V = r_t + x_t defines \delta^V element by element over t; y_t = 2 \delta_t^V reads its elements
        PaperReadings.assertComputes("Td", "r, x \\in \\mathbb{R}^{3}\n\n\\delta_t^V = r_t + x_t\n"
                        + "y_t = 2 \\delta_t^V", "y",
                Map.of("r", new double[] {1, 2, 3}, "x", new double[] {10, 20, 30}),
                Map.of("r", new int[] {3}, "x", new int[] {3}), new double[] {22, 44, 66}, List.of());
    }

    @Test
    void theLabelsOfANameGivenWholeThenAnIndexAreAnElementOfThatName() throws Exception {
        // EWC (Kirkpatrick et al., Eq. 3): \theta^*_{A,i} with \theta^*_A declared is its element i; it was an
        // undeclared scalar (W0101) the run asked an input for (c1474).
        PaperReadings.assertComputes("Ewc", "\\theta, F, \\theta^*_A \\in \\mathbb{R}^{3}\n\n"
                        + "L = \\sum_i F_i (\\theta_i - \\theta^*_{A,i})^2", "L",
                Map.of("\\theta", new double[] {1, 2, 3}, "F", new double[] {1, 10, 100},
                        "\\theta^*_A", new double[] {0, 0, 1}),
                Map.of("\\theta", new int[] {3}, "F", new int[] {3}, "\\theta^*_A", new int[] {3}),
                new double[] {1 + 10 * 4 + 100 * 4}, List.of());
    }

    @Test
    void leadingLabelsOfAGivenNameAreLabelsOfTheLeftHandSideToo() throws Exception {
        // N-BEATS's trend block: \hat{y}_{s,\ell} = \sum_{i=0}^{p} \theta^f_{s,\ell,i} t^i with \theta^f_{s,\ell}
        // declared: s and \ell label it, so \hat{y}_{s,\ell} is one vector; it was one per s and \ell, of sizes of
        // their own (W0196), and \theta^f_{s,\ell,i} an undeclared input (c1490).
        PaperReadings.assertComputes("Trend", "\\theta^f_{s,\\ell} \\in \\mathbb{R}^{3}, t \\in \\mathbb{R}^{2}\n\n"
                        + "y_{s,\\ell} = \\sum_{i=0}^{2} \\theta^f_{s,\\ell,i} t^i", "y_{s,\\ell}",
                Map.of("\\theta^f_{s,\\ell}", new double[] {1, 2, 3}, "t", new double[] {0.5, 2}),
                Map.of("\\theta^f_{s,\\ell}", new int[] {3}, "t", new int[] {2}),
                new double[] {1 + 2 * 0.5 + 3 * 0.25, 1 + 2 * 2 + 3 * 4}, List.of());
    }

    @Test
    void aValueBeforeAParenthesisedPositivePartMultipliesIt() throws Exception {
        // TFT's quantile loss (Lim et al., Eq. 24): q(y - \hat{y})_{+} was E0103 (q applied, then subscripted) (c1493)
        PaperReadings.assertComputes("Quantile", "y, \\hat{y}, q \\in \\mathbb{R}\n\n"
                        + "QL(y, \\hat{y}, q) = q(y - \\hat{y})_{+} + (1 - q)(\\hat{y} - y)_{+}", "QL",
                Map.of("y", new double[] {1.5}, "\\hat{y}", new double[] {2}, "q", new double[] {0.9}),
                Map.of("y", new int[] {}, "\\hat{y}", new int[] {}, "q", new int[] {}),
                new double[] {0.1 * 0.5}, List.of(Code.W0446));
    }

    @Test
    void aPlainOneWithAComparisonBelowIsTheIndicator() throws Exception {
        // BinaryNet's straight-through estimator (Hubara et al.): g_r = g_q 1_{|r| \le 1} was E0103 (c1499)
        PaperReadings.assertComputes("Ste", "r, g_q \\in \\mathbb{R}^{3}\n\ng_r = g_q 1_{|r| \\le 1}", "g_r",
                Map.of("r", new double[] {0.5, -2, 1}, "g_q", new double[] {3, 4, 5}),
                Map.of("r", new int[] {3}, "g_q", new int[] {3}), new double[] {3, 0, 5}, List.of());
    }

    @Test
    void theInverseOfADeclaredMatrixBeforeAParenthesisedNameMultipliesIt() throws Exception {
        // 3D Gaussian splatting (Kerbl et al., Eq. 4): G(x) = e^{-\frac{1}{2}(x)^T \Sigma^{-1}(x)} was E0192, the
        // value of an undefined function \Sigma^{-1} at x (c1489); \Sigma^{-1}(x - \mu) was already a product.
        // \Sigma = diag(2, 4): x^T \Sigma^{-1} x = 1/2 + 4/4
        PaperReadings.assertComputes("Splat", "x \\in \\mathbb{R}^{2}, \\Sigma \\in \\mathbb{R}^{2 \\times 2}\n\n"
                        + "G = e^{-\\frac{1}{2}(x)^T \\Sigma^{-1}(x)}", "G",
                Map.of("x", new double[] {1, 2}, "\\Sigma", new double[] {2, 0, 0, 4}),
                Map.of("x", new int[] {2}, "\\Sigma", new int[] {2, 2}), new double[] {Math.exp(-0.5 * 1.5)}, List.of());
    }

    @Test
    void aLetterInsideTheSubscriptOfADeclaredGradientLabelsTheLeftHandSide() throws Exception {
        // MAML (Finn et al., Eq. 1): \theta_i' = \theta - \alpha \nabla_\theta \mathcal{L}_{\mathcal{T}_i}(f_\theta) with
        // the task's gradient declared: i labels task T_i, so \theta_i' is one vector. It was one per i, of a size of
        // its own (W0196): the \mathcal{T}_i inside the declared name's subscript was read as indexing (c1477).
        PaperReadings.assertComputes("Maml", "\\theta, \\nabla_\\theta \\mathcal{L}_{\\mathcal{T}_i}(f_\\theta) \\in"
                        + " \\mathbb{R}^{2}, \\alpha \\in \\mathbb{R}\n\n"
                        + "\\theta_i' = \\theta - \\alpha \\nabla_\\theta \\mathcal{L}_{\\mathcal{T}_i}(f_\\theta)", "\\theta_i'",
                Map.of("\\theta", new double[] {1, 2}, "\\nabla_\\theta \\mathcal{L}_{\\mathcal{T}_i}(f_\\theta)",
                        new double[] {10, 20}, "\\alpha", new double[] {0.5}),
                Map.of("\\theta", new int[] {2}, "\\nabla_\\theta \\mathcal{L}_{\\mathcal{T}_i}(f_\\theta)", new int[] {2},
                        "\\alpha", new int[] {}), new double[] {-4, -8}, List.of());
    }

    @Test
    void aLetterInsideTheSubscriptOfANameGivenWholeLabelsTheLeftHandSide() throws Exception {
        // g_{\mathcal{T}_i} declared under that spelling: \theta_i' = \theta - \alpha g_{\mathcal{T}_i} is one vector
        PaperReadings.assertComputes("Task", "\\theta, g_{\\mathcal{T}_i} \\in \\mathbb{R}^{2}, \\alpha \\in \\mathbb{R}\n\n"
                        + "\\theta_i' = \\theta - \\alpha g_{\\mathcal{T}_i}", "\\theta_i'",
                Map.of("\\theta", new double[] {1, 2}, "g_{\\mathcal{T}_i}", new double[] {10, 20}, "\\alpha",
                        new double[] {0.5}),
                Map.of("\\theta", new int[] {2}, "g_{\\mathcal{T}_i}", new int[] {2}, "\\alpha", new int[] {}),
                new double[] {-4, -8}, List.of());
    }

    @Test
    void aSumOverExamplesDrawnFromATaskRunsOverEveryExampleGiven() throws Exception {
        // MAML (Finn et al., Sec. 3.1): \sum_{x^{(j)}, y^{(j)} \sim \mathcal{T}_i} was E0103 (c1478)
        PaperReadings.assertComputes("Draws", "x \\in \\mathbb{R}^{2 \\times 2}, y \\in \\mathbb{R}^{2}, \\theta \\in"
                        + " \\mathbb{R}^{2}\n\nL = \\sum_{x^{(j)}, y^{(j)} \\sim \\mathcal{T}_i} (\\theta^T x^{(j)} - y^{(j)})^2", "L",
                Map.of("x", new double[] {1, 2, 3, 4}, "y", new double[] {1, 1}, "\\theta", new double[] {1, -1}),
                Map.of("x", new int[] {2, 2}, "y", new int[] {2}, "\\theta", new int[] {2}),
                new double[] {(-1 - 1) * (-1 - 1) + (-1 - 1) * (-1 - 1)}, List.of(Code.W0447, Code.W0102));
    }

    @Test
    void aSumOverDrawsOfExamplesWrittenWithDifferentLettersStaysUnsupported() {
        PaperReadings.assertRejected("x \\in \\mathbb{R}^{2 \\times 2}, y \\in \\mathbb{R}^{2}, \\theta \\in"
                + " \\mathbb{R}^{2}\n\nL = \\sum_{x^{(j)}, y^{(k)} \\sim \\mathcal{T}_i} (\\theta^T x^{(j)} - y^{(k)})^2",
                Code.E0103);
    }

    @Test
    void componentsOfASubscriptedOrPrimedNameDefineAndReadElementByElement() throws Exception {
        // LwF (Li & Hoiem, Eq. 2): y_o'^{(i)} = (y_o^{(i)})^{1/T} / \sum_j (y_o^{(j)})^{1/T} with y_o declared, then
        // \sum_i y_o'^{(i)}: y_o^{(i)} was an undeclared scalar (W0101) and y_o'^{(i)} a name given whole (E0350) (c1476)
        PaperReadings.assertComputes("Lwf", "y_o \\in \\mathbb{R}^{2}, T \\in \\mathbb{R}\n\n"
                        + "y_o'^{(i)} = \\frac{(y_o^{(i)})^{1/T}}{\\sum_j (y_o^{(j)})^{1/T}}\n"
                        + "L = \\sum_{i=1}^{2} y_o'^{(i)} \\log y_o'^{(i)}", "L",
                Map.of("y_o", new double[] {0.36, 0.64}, "T", new double[] {2}),
                Map.of("y_o", new int[] {2}, "T", new int[] {}),
                new double[] {0.6 / 1.4 * Math.log(0.6 / 1.4) + 0.8 / 1.4 * Math.log(0.8 / 1.4)},
                List.of(Code.W0439, Code.W0240));
    }

    @Test
    void aParenthesisedLabelOfANameGivenWholeStaysALabelOnTheOtherNames() {
        // LAMB's x_{t+1}^{(i)} = x_t^{(i)} - \eta r_t^{(i)} with x_t^{(i)} declared whole and r_t defined: (i) labels
        // the layer, so r_t^{(i)} is no component of r_t that would make x_{t+1}^{(i)} one value per i (W0439, and
        // then W0196 for a size of its own), as it would without the declared x_t^{(i)}
        dev.eqc.compiler.diag.Diagnostics diagnostics = new dev.eqc.compiler.diag.Diagnostics();
        dev.eqc.compiler.EqCompiler.check(new dev.eqc.compiler.source.SourceFile("lamb.eq",
                        "x_t^{(i)}, g_t \\in \\mathbb{R}^{2}, \\eta \\in \\mathbb{R}\n\n"
                                + "r_t = 2 g_t\nx_{t+1}^{(i)} = x_t^{(i)} - \\eta r_t^{(i)}"),
                new dev.eqc.compiler.Options("Lamb", "", dev.eqc.compiler.Precision.DOUBLE, false), diagnostics);
        org.junit.jupiter.api.Assertions.assertTrue(diagnostics.all().stream()
                .noneMatch(d -> d.code() == Code.W0439 || d.code() == Code.W0196), () -> diagnostics.all().toString());
    }
}
