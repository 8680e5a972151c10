package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Index sets, ranges and declared sizes as papers print them (docs/LANGUAGE.md, "Sizes no input gives", "Sets
 * written as definitions"): the size of a set as a dimension, sums and maxima over a set a condition on a matrix
 * defines. Expected values are plain loops over the inputs.
 */
class IndexSetsTest {
    @Test
    void theSizeOfASetIsADimension() throws Exception {
        // soft Q-learning's Q \in \mathbb{R}^{|A|} (was E0108: not a dimension); |A| in the body is that size
        double[] q = {1.0, 2.0, 3.0, 6.0};
        double alpha = 0.5;
        double sum = 0;
        for (double v : q) {
            sum += Math.exp(v / alpha);
        }
        PaperReadings.assertComputes("SetSize", "Q \\in \\mathbb{R}^{|A|}, \\alpha \\in \\mathbb{R}\n\nV = \\alpha \\log"
                        + " \\sum_{a} \\exp(Q_a / \\alpha) - \\frac{1}{|A|} \\sum_a Q_a\n", "V",
                Map.of("Q", q, "\\alpha", new double[] {alpha}), Map.of("Q", new int[] {4}, "\\alpha", new int[0]),
                new double[] {alpha * Math.log(sum) - 3.0}, List.of());
    }

    @Test
    void theSizeOfTheSetOfALeftHandIndexIsARowCount() throws Exception {
        // DGL's GraphConv c_{ji} = \sqrt{|\mathcal{N}(j)|}\sqrt{|\mathcal{N}(i)|}: the letters of the left-hand side
        // name sets only; they were not indices (j and i undeclared vectors, \mathcal{N} times j: c1433)
        double[] a = {1, 0, 1, 1, 1, 1, 0, 1, 1};   // rows of 2, 3 and 2 members
        double[] deg = {2, 3, 2};
        double[] expected = new double[9];
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 3; i++) {
                expected[j * 3 + i] = Math.sqrt(deg[j]) * Math.sqrt(deg[i]);
            }
        }
        PaperReadings.assertComputes("DglNorm", "\\mathcal{N} \\in \\{0,1\\}^{n \\times n}\n\nc_{ji} ="
                        + " \\sqrt{|\\mathcal{N}(j)|}\\sqrt{|\\mathcal{N}(i)|}\n", "c", Map.of("\\mathcal{N}", a),
                Map.of("\\mathcal{N}", new int[] {3, 3}), expected, List.of());
    }

    @Test
    void aChainWhoseNextFormRunsOverASetIsComputedFromThatForm() throws Exception {
        // GAT: \alpha_{ij} = \mathrm{softmax}_j(e_{ij}) = \frac{\exp(e_{ij})}{\sum_{k \in \mathcal{N}_i} \exp(e_{ik})}
        // was the softmax over every j (the first form), silently: now the neighbourhood's softmax, 0 outside it
        double[] e = {0.5, -1.0, 2.0, 0.25, 1.5, -0.5, 1.0, 0.0, 0.75};
        double[] a = {1, 0, 1, 1, 1, 0, 0, 0, 1};
        double[] expected = new double[9];
        for (int i = 0; i < 3; i++) {
            double den = 0;
            for (int k = 0; k < 3; k++) {
                den += a[i * 3 + k] != 0 ? Math.exp(e[i * 3 + k]) : 0;
            }
            for (int j = 0; j < 3; j++) {
                expected[i * 3 + j] = a[i * 3 + j] != 0 ? Math.exp(e[i * 3 + j]) / den : 0;
            }
        }
        PaperReadings.assertComputes("GatChain", "e, A \\in \\mathbb{R}^{n \\times n}\n\n\\mathcal{N}_i = \\{j \\mid"
                        + " A_{ij} \\neq 0\\}\n\\alpha_{ij} = \\mathrm{softmax}_j(e_{ij}) = \\frac{\\exp(e_{ij})}{\\sum_{k"
                        + " \\in \\mathcal{N}_i} \\exp(e_{ik})}\n", "\\alpha", Map.of("e", e, "A", a),
                Map.of("e", new int[] {3, 3}, "A", new int[] {3, 3}), expected, List.of(Code.W0102, Code.W0152));
    }

    @Test
    void aReductionOverTheMembersOfADeclaredMatrixRunsOverItsRows() throws Exception {
        // the Chamfer distance \sum_{x \in S_1} \min_{y \in S_2} \|x - y\|_2^2 + … with point sets as rows
        // (was E0103: `x \in S_1` not supported)
        double[] a = {0, 0, 1, 0, 0, 2};      // 3 points in R^2
        double[] b = {1, 1, -1, 0};           // 2 points in R^2
        double total = 0;
        for (int i = 0; i < 3; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < 2; j++) {
                double dx = a[2 * i] - b[2 * j];
                double dy = a[2 * i + 1] - b[2 * j + 1];
                best = Math.min(best, dx * dx + dy * dy);
            }
            total += best;
        }
        for (int j = 0; j < 2; j++) {
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < 3; i++) {
                double dx = a[2 * i] - b[2 * j];
                double dy = a[2 * i + 1] - b[2 * j + 1];
                best = Math.min(best, dx * dx + dy * dy);
            }
            total += best;
        }
        PaperReadings.assertComputes("Chamfer", "S_1 \\in \\mathbb{R}^{n \\times 2}, S_2 \\in \\mathbb{R}^{m \\times 2}\n\n"
                        + "d = \\sum_{x \\in S_1} \\min_{y \\in S_2} \\|x - y\\|_2^2 + \\sum_{y \\in S_2} \\min_{x \\in S_1}"
                        + " \\|x - y\\|_2^2\n", "d", Map.of("S_1", a, "S_2", b),
                Map.of("S_1", new int[] {3, 2}, "S_2", new int[] {2, 2}), new double[] {total}, List.of(Code.W0102));
    }

    @Test
    void aSumBetweenClippedLimitsAroundAnIndexIsAWindow() throws Exception {
        // local response normalisation's \sum_{c'=\max(0, c-n/2)}^{\min(N-1, c+n/2)} with n = 3: c-1 … c+1 cut at
        // the ends of the axis (was E0103: sums start at 0 or 1)
        double[] a = {1.0, -2.0, 3.0, 0.5, 4.0};
        double[] expected = new double[5];
        for (int c = 0; c < 5; c++) {
            for (int j = Math.max(0, c - 1); j <= Math.min(4, c + 1); j++) {
                expected[c] += a[c] * a[j] * a[j];
            }
        }
        PaperReadings.assertComputes("Window", "a \\in \\mathbb{R}^{N}, n = 3\n\nb_c = a_c \\sum_{c'=\\max(0, c-n/2)}^{\\min(N-1,"
                        + " c+n/2)} a_{c'}^2\n", "b", Map.of("a", a), Map.of("a", new int[] {5}), expected,
                List.of(Code.W0171));
    }

    @Test
    void graphSagesUnionWithTheNodesOwnValueCountsTheNodeOnce() throws Exception {
        // GraphSAGE's \mathrm{MEAN}(\{h_v\} \cup \{h_u, \forall u \in \mathcal{N}(v)\}) (was E0101: unknown function
        // `\cup`): the mean over v and its neighbours, entry by entry; node 1 lists itself and still counts once
        double[] x = {1, 2, -3, 0.5, 4, 8};   // 3 nodes, 2 features
        double[] a = {0, 1, 1, 1, 1, 0, 0, 0, 0};
        double[] expected = new double[6];
        for (int v = 0; v < 3; v++) {
            for (int f = 0; f < 2; f++) {
                double sum = 0;
                int count = 0;
                for (int u = 0; u < 3; u++) {
                    if (u == v || a[v * 3 + u] != 0) {
                        sum += x[u * 2 + f];
                        count++;
                    }
                }
                expected[v * 2 + f] = sum / count;
            }
        }
        PaperReadings.assertComputes("SageMean", "h \\in \\mathbb{R}^{n \\times d}, \\mathcal{N} \\in \\{0,1\\}^{n \\times n}\n\n"
                        + "m_v = \\mathrm{MEAN}(\\{h_v\\} \\cup \\{h_u, \\forall u \\in \\mathcal{N}(v)\\})\n", "m",
                Map.of("h", x, "\\mathcal{N}", a), Map.of("h", new int[] {3, 2}, "\\mathcal{N}", new int[] {3, 3}),
                expected, List.of(Code.W0260));
        PaperReadings.assertComputes("GinMean", "h \\in \\mathbb{R}^{n \\times d}, \\mathcal{N} \\in \\{0,1\\}^{n \\times n}\n\n"
                        + "m_v = \\mathrm{MEAN}\\left\\{h_u, \\forall u \\in \\mathcal{N}(v) \\cup \\{v\\}\\right\\}\n", "m",
                Map.of("h", x, "\\mathcal{N}", a), Map.of("h", new int[] {3, 2}, "\\mathcal{N}", new int[] {3, 3}),
                expected, List.of(Code.W0260));
    }

    @Test
    void aMaximumOfASetWrittenByItsMembersIsTakenEntryByEntryOverTheNeighbours() throws Exception {
        // GraphSAGE's pooling \max(\{\sigma(W h_u + b), \forall u \in \mathcal{N}(v)\}) (was E0103), here of h_u itself
        double[] x = {1, 2, -3, 0.5, 4, -8};
        double[] a = {0, 1, 1, 1, 0, 0, 1, 1, 0};
        double[] expected = new double[6];
        for (int v = 0; v < 3; v++) {
            for (int f = 0; f < 2; f++) {
                double best = Double.NEGATIVE_INFINITY;
                for (int u = 0; u < 3; u++) {
                    if (a[v * 3 + u] != 0) {
                        best = Math.max(best, x[u * 2 + f]);
                    }
                }
                expected[v * 2 + f] = best;
            }
        }
        PaperReadings.assertComputes("SagePool", "h \\in \\mathbb{R}^{n \\times d}, \\mathcal{N} \\in \\{0,1\\}^{n \\times n}\n\n"
                        + "p_v = \\max(\\{h_u, \\forall u \\in \\mathcal{N}(v)\\})\n", "p",
                Map.of("h", x, "\\mathcal{N}", a), Map.of("h", new int[] {3, 2}, "\\mathcal{N}", new int[] {3, 3}),
                expected, List.of());
    }

    @Test
    void aRemainderIsFlooredAndAWordJoinsTheConditionsOfACase() throws Exception {
        // Longformer's dilated window \text{if } |i - j| \le w d \text{ and } (i - j) \bmod d = 0 (was E0101 and
        // E0102); the remainder of a negative number is in [0, d), as Python's %, not Java's
        double[] a = {1, 2, 3, 4, 5};
        double[] expected = new double[25];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                expected[i * 5 + j] = Math.abs(i - j) <= 3 && Math.floorMod(i - j, 3) == 0 ? a[i] * a[j]
                        : Math.floorMod(i - j, 3);
            }
        }
        PaperReadings.assertComputes("Dilated", "a \\in \\mathbb{R}^{n}\n\nM_{ij} = \\begin{cases} a_i a_j & \\text{if } |i - j|"
                        + " \\le 3 \\text{ and } (i - j) \\bmod 3 = 0 \\\\ (i - j) \\bmod 3 & \\text{otherwise} \\end{cases}\n",
                "M", Map.of("a", a), Map.of("a", new int[] {5}), expected, List.of(Code.W0140));
    }

    /** Σ_j w_ij v_j with w the softmax of row i of e over the j where {@code a} is non-zero (0 elsewhere). */
    /** Four nodes, scores e, a neighbourhood (each node with itself and some others) and values v, shared below. */
    private static final double[] NEIGHBOURHOOD_E = PaperReadings.seq(16, 1.5, 0.2);
    private static final double[] NEIGHBOURHOOD = {1, 0, 1, 0, 0, 1, 1, 1, 1, 0, 1, 0, 0, 1, 0, 1};
    private static final double[] NEIGHBOURHOOD_V = PaperReadings.seq(4, 2.0, 0.7);
    private static final Map<String, int[]> NEIGHBOURHOOD_SHAPES = Map.of("e", new int[] {4, 4}, "\\mathcal{N}",
            new int[] {4, 4}, "v", new int[] {4});
    private static final String NEIGHBOURHOOD_DECLARED = "e \\in \\mathbb{R}^{n \\times n}, \\mathcal{N} \\in"
            + " \\{0,1\\}^{n \\times n}, v \\in \\mathbb{R}^n\n\n";

    private static double[] neighbourhoodAttention(double[] e, double[] a, double[] v, int n, boolean maskEveryRow) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double den = 0;
            for (int k = 0; k < n; k++) {
                den += a[i * n + k] != 0 || !maskEveryRow ? Math.exp(e[i * n + k]) : 0;
            }
            for (int j = 0; j < n; j++) {
                if (a[i * n + j] != 0) {
                    out[i] += Math.exp(e[i * n + j]) / den * v[j];
                }
            }
        }
        return out;
    }

    @Test
    void aSoftmaxReadOnlyUnderASetRunsOverTheSet() throws Exception {
        // the graph transformer (Dwivedi & Bresson): \hat{h}_i = \sum_{j \in \mathcal{N}_i} w_{ij} v_j with
        // w_{ij} = \mathrm{softmax}_j(e_{ij}) normalises over the neighbours; was over every j, silently (fresh c873)
        double[] e = NEIGHBOURHOOD_E;
        double[] a = NEIGHBOURHOOD;
        double[] v = NEIGHBOURHOOD_V;
        Map<String, double[]> inputs = Map.of("e", e, "\\mathcal{N}", a, "v", v);
        String declared = NEIGHBOURHOOD_DECLARED;
        double[] expected = neighbourhoodAttention(e, a, v, 4, true);
        PaperReadings.assertComputes("SoftmaxUnderSet", declared + "h_i = \\sum_{j \\in \\mathcal{N}_i} w_{ij} v_j,"
                + " \\quad w_{ij} = \\mathrm{softmax}_j(e_{ij})\n", "h", inputs, NEIGHBOURHOOD_SHAPES, expected, List.of(Code.W0370));
        // GAT's order: the weights first, then the layer that reads them under \mathcal{N}(i)
        PaperReadings.assertComputes("SoftmaxUnderSetAfter", declared + "\\alpha_{ij} = \\mathrm{softmax}_j(e_{ij})\n"
                + "h_i = \\sum_{j \\in \\mathcal{N}(i)} \\alpha_{ij} v_j\n", "h", inputs, NEIGHBOURHOOD_SHAPES, expected,
                List.of(Code.W0370));
        // written out: no reading to choose
        PaperReadings.assertComputes("SoftmaxOverSet", declared + "\\alpha_{ij} = \\mathrm{softmax}_{j \\in"
                + " \\mathcal{N}_i}(e_{ij})\nh_i = \\sum_{j \\in \\mathcal{N}_i} \\alpha_{ij} v_j\n", "h", inputs,
                NEIGHBOURHOOD_SHAPES, expected, List.of());
        // the softmax inside the sum over the set
        PaperReadings.assertComputes("SoftmaxInSum", declared + "h_i = \\sum_{j \\in \\mathcal{N}_i}"
                + " \\mathrm{softmax}_j(e_{ij}) v_j\n", "h", inputs, NEIGHBOURHOOD_SHAPES, expected, List.of());
        // read under the set and over every j as well: the whole range, and a warning naming both reads
        PaperReadings.assertComputes("SoftmaxMixedReads", declared + "\\alpha_{ij} = \\mathrm{softmax}_j(e_{ij})\n"
                + "h_i = \\sum_{j \\in \\mathcal{N}_i} \\alpha_{ij} v_j\ns_i = \\sum_j \\alpha_{ij} v_j\n", "h", inputs,
                NEIGHBOURHOOD_SHAPES, neighbourhoodAttention(e, a, v, 4, false), List.of(Code.W0371));
    }

    @Test
    void aSoftmaxOfOneNumberPerElementRunsOverTheDefinitionsLastIndex() throws Exception {
        // PyG's TransformerConv: \alpha_{i,j} = \textrm{softmax}(\ldots) with no subscript (fresh c938, was E0303):
        // over j, and over the neighbours when the layer reads it under \mathcal{N}(i)
        double[] e = NEIGHBOURHOOD_E;
        double[] a = NEIGHBOURHOOD;
        double[] v = NEIGHBOURHOOD_V;
        Map<String, double[]> inputs = Map.of("e", e, "\\mathcal{N}", a, "v", v);
        String declared = NEIGHBOURHOOD_DECLARED;
        PaperReadings.assertComputes("ScalarSoftmaxUnderSet", declared + "h_i = \\sum_{j \\in \\mathcal{N}(i)}"
                + " \\alpha_{i,j} v_j\n\\alpha_{i,j} = \\textrm{softmax}\\left(e_{ij}\\right)\n", "h", inputs, NEIGHBOURHOOD_SHAPES,
                neighbourhoodAttention(e, a, v, 4, true), List.of(Code.W0410, Code.W0370));
        // summed over every j: the plain softmax over j (each row of \alpha sums to 1)
        double[] ones = new double[16];
        java.util.Arrays.fill(ones, 1);
        PaperReadings.assertComputes("ScalarSoftmaxOverRow", declared + "\\alpha_{ij} = \\mathrm{softmax}(e_{ij})\n"
                + "h_i = \\sum_j \\alpha_{ij} v_j\n", "h", inputs, NEIGHBOURHOOD_SHAPES, neighbourhoodAttention(e, ones, v, 4, true),
                List.of(Code.W0410));
    }

    @Test
    void aSoftmaxOverTheSetWithItsOwnerCountsTheOwner() throws Exception {
        // AGNN-style \sum_{j \in \mathcal{N}(i) \cup \{i\}} P_{ij} v_j with P_{ij} = \mathrm{softmax}_j(e_{ij})
        double[] e = PaperReadings.seq(9, 1.2, 0.4);
        double[] a = {0, 1, 0, 1, 0, 1, 0, 0, 0};
        double[] withSelf = a.clone();
        for (int i = 0; i < 3; i++) {
            withSelf[i * 3 + i] = 1;
        }
        double[] v = PaperReadings.seq(3, 1.0, 1.1);
        PaperReadings.assertComputes("SoftmaxUnderSetWithOwner", "e \\in \\mathbb{R}^{n \\times n}, \\mathcal{N} \\in"
                        + " \\{0,1\\}^{n \\times n}, v \\in \\mathbb{R}^n\n\nP_{ij} = \\mathrm{softmax}_j(e_{ij})\n"
                        + "h_i = \\sum_{j \\in \\mathcal{N}(i) \\cup \\{i\\}} P_{ij} v_j\n", "h",
                Map.of("e", e, "\\mathcal{N}", a, "v", v), Map.of("e", new int[] {3, 3}, "\\mathcal{N}",
                        new int[] {3, 3}, "v", new int[] {3}), neighbourhoodAttention(e, withSelf, v, 3, true),
                List.of(Code.W0370));
    }
}
