package dev.eqc.compiler.e2e;


import dev.eqc.compiler.diag.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reading rules of notation that papers print one way and mean one way (issue 16, "no silent wrong
 * result"), checked against values computed here in plain Java, independently of eqc's parser: the
 * interpreter shares the parser, so agreeing with it proves nothing about a misreading. Each case also
 * says which warning eqc must give for the reading it chose (W0102, W0103), or none. The PyTorch comparison of the same rules is
 * {@code scripts/paper_check.py} over {@code papers/prec_*.eq}.
 */
class ReadingRulesTest {
    private static final double[] A = {1, 2, 3, 4};          // [[1, 2], [3, 4]]: not symmetric
    private static final double[] B = {0.5, -1, 2, 0.25};    // [[0.5, -1], [2, 0.25]]
    private static final double[] U = {1, -2, 0.5};
    private static final double[] V = {3, 0.25, -1};

    /** A program, the definition to run, its inputs by name, the expected values and whether W0102 is due. */
    record Case(String name, String program, String definition, Map<String, double[]> inputs,
            Map<String, int[]> shapes, double[] expected, Code warns) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }

    static Stream<Case> cases() {
        int[] vec = {3};
        int[] mat = {2, 2};
        List<Case> cases = new ArrayList<>();
        double lambda = 0.7;
        double[] ridge = new double[3];
        for (int i = 0; i < 3; i++) {
            ridge[i] = lambda * (U[i] - V[i]) * (U[i] - V[i]);
        }
        cases.add(new Case("a scalar before a parenthesis multiplies; the power binds to the parenthesis",
                "a, b \\in \\mathbb{R}^{d}, \\lambda \\in \\mathbb{R}\ny = \\lambda(a - b)^2", "y",
                Map.of("a", U, "b", V, "\\lambda", new double[] {lambda}), Map.of("a", vec, "b", vec, "\\lambda",
                        new int[0]), ridge, null));
        // A B^T: row i of A dotted with row j of B.
        double[] abt = {1 * 0.5 + 2 * -1, 1 * 2 + 2 * 0.25, 3 * 0.5 + 4 * -1, 3 * 2 + 4 * 0.25};
        cases.add(new Case("a transpose after a parenthesis binds to the parenthesis",
                "A, B \\in \\mathbb{R}^{n \\times n}\nC = A(B)^T", "C", Map.of("A", A, "B", B),
                Map.of("A", mat, "B", mat), abt, null));
        double[] squared = new double[3];
        for (int i = 0; i < 3; i++) {
            squared[i] = (U[i] * U[i] + 1) * (U[i] * U[i] + 1);
        }
        cases.add(new Case("a function's value to a power is the power of the value",
                "x \\in \\mathbb{R}^{d}\nf(x) = x^2 + 1\ny = f(x)^2", "y", Map.of("x", U), Map.of("x", vec), squared,
                null));
        double[] silu = new double[3];
        for (int i = 0; i < 3; i++) {
            silu[i] = U[i] * sigmoid(U[i]);
        }
        cases.add(new Case("\\cdot beside an activation is element-wise (SiLU as printed), with a warning",
                "x \\in \\mathbb{R}^{d}\n\\mathrm{SiLU}(x) = x \\cdot \\sigma(x)", "\\mathrm{SiLU}", Map.of("x", U),
                Map.of("x", vec), silu, Code.W0102));
        cases.add(new Case("\\cdot between two vectors is their dot product, with a warning",
                "u, v \\in \\mathbb{R}^{d}\ns = u \\cdot v", "s", Map.of("u", U, "v", V), Map.of("u", vec, "v", vec),
                new double[] {U[0] * V[0] + U[1] * V[1] + U[2] * V[2]}, Code.W0102));
        cases.add(new Case("u^\\top v says dot product without a warning",
                "u, v \\in \\mathbb{R}^{d}\ns = u^\\top v", "s", Map.of("u", U, "v", V), Map.of("u", vec, "v", vec),
                new double[] {U[0] * V[0] + U[1] * V[1] + U[2] * V[2]}, null));
        cases.add(new Case("a repeated index in one subscript is the diagonal: the trace",
                "A \\in \\mathbb{R}^{n \\times n}\nt = \\sum_i A_{ii}", "t", Map.of("A", A), Map.of("A", mat),
                new double[] {1 + 4}, null));
        cases.add(new Case("a repeated index in an element-wise definition is the diagonal",
                "A \\in \\mathbb{R}^{n \\times n}\nd_i = A_{ii}", "d", Map.of("A", A), Map.of("A", mat),
                new double[] {1, 4}, null));
        cases.add(new Case("the diagonal beside a full index",
                "A \\in \\mathbb{R}^{n \\times n}\nM_{ij} = A_{ij} - A_{ii}", "M", Map.of("A", A), Map.of("A", mat),
                new double[] {0, 1, -1, 0}, null));
        // A = [[1, 2], [3, 4]]: A A = [[7, 10], [15, 22]]. Graph papers' A^2 (two-step paths), SGC's S^K X, Muon's
        // (XX^T)^2 X are matrix powers; inside an element-wise operation (a Gaussian kernel of distances) it is each
        // entry's power.
        double[] aa = {7, 10, 15, 22};
        cases.add(new Case("a square matrix to a power alone is the matrix power, with a warning naming each entry's",
                "A \\in \\mathbb{R}^{n \\times n}\nY = A^2", "Y", Map.of("A", A), Map.of("A", mat), aa, Code.W0102));
        cases.add(new Case("a square matrix to a named power that multiplies a matrix is the matrix power (SGC's S^K X)",
                "S \\in \\mathbb{R}^{n \\times n}, x \\in \\mathbb{R}^{n}, K = 3\ny = S^K x", "y",
                Map.of("S", A, "x", new double[] {1, -1}), Map.of("S", mat, "x", new int[] {2}),
                new double[] {(7 * 1 + 10 * 3) - (7 * 2 + 10 * 4), (15 * 1 + 22 * 3) - (15 * 2 + 22 * 4)}, Code.W0102));
        cases.add(new Case("a polynomial in a square matrix takes matrix powers: I + A + A^2",
                "A \\in \\mathbb{R}^{n \\times n}\nY = I + A + A^2", "Y", Map.of("A", A), Map.of("A", mat),
                new double[] {1 + 1 + 7, 2 + 10, 3 + 15, 1 + 4 + 22}, Code.W0102));
        cases.add(new Case("the trace of a square matrix's square is of the matrix power: tr(A^2)",
                "A \\in \\mathbb{R}^{n \\times n}\ny = \\mathrm{tr}(A^2)", "y", Map.of("A", A), Map.of("A", mat),
                new double[] {7 + 22}, Code.W0102));
        // ChebNet (Defferrard et al., Eq. 3): \sum_k \theta_k L^k x with L^0 = I; was each entry's power, silently.
        double[] x2 = {1, -1};
        double[] lx1 = {1 - 2, 3 - 4};
        double[] lx2 = {7 - 10, 15 - 22};
        cases.add(new Case("a square matrix to a sum's index is the matrix power for each value (ChebNet's L^k x)",
                "L \\in \\mathbb{R}^{n \\times n}, x \\in \\mathbb{R}^{n}, \\theta \\in \\mathbb{R}^{K}\n"
                        + "y = \\sum_{k=0}^{K-1} \\theta_k L^k x", "y",
                Map.of("L", A, "x", x2, "\\theta", new double[] {0.5, 2, -1}),
                Map.of("L", mat, "x", new int[] {2}, "\\theta", new int[] {3}),
                new double[] {0.5 * x2[0] + 2 * lx1[0] - lx2[0], 0.5 * x2[1] + 2 * lx1[1] - lx2[1]}, Code.W0102));
        cases.add(new Case("a sum up to a number of the file that indexes nothing runs up to it: \\sum_{k=1}^{K} k",
                "K = 4\ns = \\sum_{k=1}^{K} k^2", "s", Map.of(), Map.of(), new double[] {1 + 4 + 9 + 16}, Code.W0141));
        cases.add(new Case("a square matrix's power inside an element-wise function is each entry's: exp(-D^2)",
                "D \\in \\mathbb{R}^{n \\times n}\nK = \\exp(-D^2)", "K", Map.of("D", A), Map.of("D", mat),
                new double[] {Math.exp(-1), Math.exp(-4), Math.exp(-9), Math.exp(-16)}, Code.W0102));
        cases.add(new Case("the power of an activation's values is each entry's: relu^2(A) (Primer, FLASH)",
                "A \\in \\mathbb{R}^{n \\times n}\nY = \\mathrm{relu}^2(A - 2)", "Y", Map.of("A", A),
                Map.of("A", mat), new double[] {0, 0, 1, 4}, Code.W0102));
        double sigma = 1.5;
        double sq = U[0] * U[0] + U[1] * U[1] + U[2] * U[2];
        cases.add(new Case("a number after / is the coefficient of the name after it: x / 2\\sigma^2, with a warning",
                "x \\in \\mathbb{R}^{d}, \\sigma \\in \\mathbb{R}\nk = \\exp(-\\|x\\|^2 / 2\\sigma^2)", "k",
                Map.of("x", U, "\\sigma", new double[] {sigma}), Map.of("x", vec, "\\sigma", new int[0]),
                new double[] {Math.exp(-sq / (2 * sigma * sigma))}, Code.W0102));
        // Bishop's mixture density network with the weights named \pi: \sqrt{2\pi} is the number (was [d], silently).
        double t = 0.4;
        double mixture = 0;
        for (int k = 0; k < 3; k++) {
            double w = Math.abs(U[k]);
            double s = 0.5 + Math.abs(V[k]);
            mixture += w / (Math.sqrt(2 * Math.PI) * s) * Math.exp(-(t - U[k]) * (t - U[k]) / (2 * s * s));
        }
        double[] weights = {Math.abs(U[0]), Math.abs(U[1]), Math.abs(U[2])};
        double[] spreads = {0.5 + Math.abs(V[0]), 0.5 + Math.abs(V[1]), 0.5 + Math.abs(V[2])};
        cases.add(new Case("\\pi after a number is the number, with the weights named \\pi declared (W0263)",
                "\\pi, \\mu, \\sigma \\in \\mathbb{R}^{K}, t \\in \\mathbb{R}\n"
                        + "p = \\sum_{k=1}^{K} \\pi_k \\frac{1}{\\sqrt{2\\pi}\\sigma_k} \\exp\\left(-\\frac{(t - \\mu_k)^2}"
                        + "{2\\sigma_k^2}\\right)", "p",
                Map.of("\\pi", weights, "\\mu", U, "\\sigma", spreads, "t", new double[] {t}),
                Map.of("\\pi", vec, "\\mu", vec, "\\sigma", vec, "t", new int[0]), new double[] {mixture}, Code.W0263));
        // BLEU's brevity penalty: a parenthesised superscript that divides is an exponent, not a label like W^{(l)}
        // (e^{(1 - r/c)} was an undeclared input named so, W0101).
        cases.add(new Case("e^{(1 - r/c)} is e to the power, a superscript in parentheses that divides is no label",
                "r, c \\in \\mathbb{R}\nb = e^{(1 - r/c)}", "b", Map.of("r", new double[] {20}, "c", new double[] {17}),
                Map.of("r", new int[0], "c", new int[0]), new double[] {Math.exp(1 - 20.0 / 17)}, null));
        cases.add(new Case("x^{(i + \\frac{d}{2})} stays a label: a sum over a number (RoPE's component)",
                "x^{(i + \\frac{d}{2})} \\in \\mathbb{R}^{n}\ny = 2 x^{(i + \\frac{d}{2})}", "y",
                Map.of("x^{(i + \\frac{d}{2})}", U), Map.of("x^{(i + \\frac{d}{2})}", vec),
                new double[] {2 * U[0], 2 * U[1], 2 * U[2]}, null));
        cases.add(new Case("h^{(l+1)} stays a label: a sum of names in parentheses",
                "h^{(l+1)} \\in \\mathbb{R}^{d}\ny = 2 h^{(l+1)}", "y", Map.of("h^{(l+1)}", U),
                Map.of("h^{(l+1)}", vec), new double[] {2 * U[0], 2 * U[1], 2 * U[2]}, null));
        cases.add(new Case("a number after / before a norm divides only the left: \\lambda/2 \\|w\\|^2",
                "w \\in \\mathbb{R}^{d}, \\lambda \\in \\mathbb{R}\nR = \\lambda/2 \\|w\\|^2", "R",
                Map.of("w", U, "\\lambda", new double[] {lambda}), Map.of("w", vec, "\\lambda", new int[0]),
                new double[] {lambda / 2 * sq}, null));
        double[] diff = {U[0] - V[0], U[1] - V[1], U[2] - V[2]};
        cases.add(new Case("a function of undeclared parameters takes their shapes from the call: one distance",
                "a, b \\in \\mathbb{R}^{d}\n\\mathrm{dist}(p, q) = \\|p - q\\|_2\nv = \\mathrm{dist}(a, b)", "v",
                Map.of("a", U, "b", V), Map.of("a", vec, "b", vec),
                new double[] {Math.sqrt(diff[0] * diff[0] + diff[1] * diff[1] + diff[2] * diff[2])}, Code.W0103));
        // f(P, Q) = P Q on two matrices is their matrix product, not an element-wise one.
        double[] ab = {1 * 0.5 + 2 * 2, 1 * -1 + 2 * 0.25, 3 * 0.5 + 4 * 2, 3 * -1 + 4 * 0.25};
        cases.add(new Case("a generic function of two matrices multiplies them as matrices",
                "A, B \\in \\mathbb{R}^{n \\times n}\nf(P, Q) = P Q\nC = f(A, B)", "C", Map.of("A", A, "B", B),
                Map.of("A", mat, "B", mat), ab, Code.W0103));
        double[] gelu = new double[3];
        for (int i = 0; i < 3; i++) {
            gelu[i] = U[i] * U[i] * sigmoid(U[i] * U[i]);
        }
        cases.add(new Case("an element-wise function applies to each element: g(z) = z\\sigma(z) of x^2",
                "x \\in \\mathbb{R}^{d}\ng(z) = z \\sigma(z)\ny = g(x^2)", "y", Map.of("x", U), Map.of("x", vec), gelu,
                null));
        double[] focal = new double[3];
        double[] p = {0.2, 0.9, 0.6};
        for (int i = 0; i < 3; i++) {
            focal[i] = -0.25 * (1 - p[i]) * (1 - p[i]) * Math.log(p[i]);
        }
        cases.add(new Case("a generic function's method computes it at the values its parameters are named after",
                "p \\in \\mathbb{R}^{N}, \\alpha \\in \\mathbb{R}\np_t = p\n\\alpha_t = \\alpha + 0 p\n"
                        + "\\mathrm{FL}(p_t) = -\\alpha_t (1 - p_t)^2 \\log(p_t)", "\\mathrm{FL}",
                Map.of("p", p, "\\alpha", new double[] {0.25}), Map.of("p", vec, "\\alpha", new int[0]), focal,
                Code.W0103));
        double y = -0.5;
        double wx = U[0] * V[0] + U[1] * V[1] + U[2] * V[2];
        cases.add(new Case("a scaled row vector stays a row: y \\, w^\\top x is y times a dot product (hinge loss)",
                "w, x \\in \\mathbb{R}^{d}, y \\in \\mathbb{R}\n\\ell = 1 - y \\, w^\\top x", "\\ell",
                Map.of("w", U, "x", V, "y", new double[] {y}), Map.of("w", vec, "x", vec, "y", new int[0]),
                new double[] {1 - y * wx}, null));
        // u^T A v: sum_ij u_i A_ij v_j, and u^T A B v through the row u^T A B.
        double[] u2 = {1, -2};
        double[] v2 = {3, 0.25};
        double bilinear = 0;
        double chained = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                bilinear += u2[i] * A[2 * i + j] * v2[j];
                for (int k = 0; k < 2; k++) {
                    chained += u2[i] * A[2 * i + k] * B[2 * k + j] * v2[j];
                }
            }
        }
        int[] vec2 = {2};
        cases.add(new Case("a row vector times a matrix stays a row: u^\\top A v is a number (a bilinear form)",
                "u, v \\in \\mathbb{R}^{n}, A \\in \\mathbb{R}^{n \\times n}\ns = u^\\top A v", "s",
                Map.of("u", u2, "v", v2, "A", A), Map.of("u", vec2, "v", vec2, "A", mat), new double[] {bilinear}, null));
        cases.add(new Case("u^\\top A B v is a number too",
                "u, v \\in \\mathbb{R}^{n}, A, B \\in \\mathbb{R}^{n \\times n}\ns = u^\\top A B v", "s",
                Map.of("u", u2, "v", v2, "A", A, "B", B), Map.of("u", vec2, "v", vec2, "A", mat, "B", mat),
                new double[] {chained}, null));
        double[] gate = new double[3];
        for (int i = 0; i < 3; i++) {
            gate[i] = U[i] * V[i];
        }
        cases.add(new Case("two column vectors side by side are element-wise (a GRU's z_t h_{t-1}), with a warning",
                "z, h \\in \\mathbb{R}^{d}\ny = z h", "y", Map.of("z", U, "h", V), Map.of("z", vec, "h", vec), gate,
                Code.W0102));
        // B = [[0.5, -1], [2, 0.25]]: det 0.125 + 2 = 2.125 (a Gaussian's normaliser reads ln|Sigma|)
        cases.add(new Case("|A| of a square matrix is its determinant (ln|Sigma| in a Gaussian), with a warning",
                "\\Sigma \\in \\mathbb{R}^{D \\times D}\n\\ell = -\\frac{1}{2}\\ln|\\Sigma|", "\\ell",
                Map.of("\\Sigma", B), Map.of("\\Sigma", mat), new double[] {-0.5 * Math.log(0.5 * 0.25 + 2)},
                Code.W0102));
        cases.add(new Case("\\det says determinant without a warning",
                "A \\in \\mathbb{R}^{n \\times n}\ny = \\det(A)", "y", Map.of("A", A), Map.of("A", mat),
                new double[] {1 * 4 - 2 * 3}, null));
        cases.add(new Case("|A| of a matrix that is not square stays element-wise",
                "A \\in \\mathbb{R}^{n \\times m}\nY = |A|", "Y", Map.of("A", new double[] {-1, 2, -3, 4, -5, 6}),
                Map.of("A", new int[] {2, 3}), new double[] {1, 2, 3, 4, 5, 6}, null));
        // GCN (Kipf & Welling, Eq. 2): D^{-1/2} A D^{-1/2} with D the diagonal degree matrix diag(4, 9).
        double[] degrees = {4, 9};
        double[] normalised = new double[4];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                normalised[2 * i + j] = A[2 * i + j] / Math.sqrt(degrees[i] * degrees[j]);
            }
        }
        cases.add(new Case("D^{-1/2} of a square matrix is the power of a diagonal matrix (GCN), with a warning",
                "A, D \\in \\mathbb{R}^{N \\times N}\nY = D^{-\\frac{1}{2}} A D^{-\\frac{1}{2}}", "Y",
                Map.of("A", A, "D", new double[] {4, 0, 0, 9}), Map.of("A", mat, "D", mat), normalised, Code.W0102));
        cases.add(new Case("diag(d)^{-1/2} says diagonal without a warning",
                "A \\in \\mathbb{R}^{N \\times N}, d \\in \\mathbb{R}^{N}\n"
                        + "Y = \\mathrm{diag}(d)^{-1/2} A \\mathrm{diag}(d)^{-1/2}", "Y",
                Map.of("A", A, "d", degrees), Map.of("A", mat, "d", new int[] {2}), normalised, null));
        // Orthogonal regularisation (Brock et al.): the squared norm of a matrix is the sum of its squared entries.
        double[] w6 = {1, -2, 0.5, 3, 0.25, -1};
        double frobenius2 = 0;
        for (double v : w6) {
            frobenius2 += v * v;
        }
        cases.add(new Case("the norm of a matrix is its Frobenius norm, with a warning",
                "W \\in \\mathbb{R}^{n \\times k}\nR = \\|W\\|^2", "R", Map.of("W", w6), Map.of("W", new int[] {2, 3}),
                new double[] {frobenius2}, Code.W0102));
        cases.add(new Case("\\|W\\|_F says Frobenius without a warning",
                "W \\in \\mathbb{R}^{n \\times k}\nR = \\|W\\|_F^2", "R", Map.of("W", w6), Map.of("W", new int[] {2, 3}),
                new double[] {frobenius2}, null));
        // SGFormer's \|Q\|_{\mathcal{F}} is the same Frobenius norm (was E0103, "norms are ...")
        cases.add(new Case("\\|W\\|_{\\mathcal{F}} says Frobenius without a warning",
                "W \\in \\mathbb{R}^{n \\times k}\nR = \\|W\\|_{\\mathcal{F}}^2", "R", Map.of("W", w6),
                Map.of("W", new int[] {2, 3}), new double[] {frobenius2}, null));
        // Johnson et al.'s feature reconstruction loss: the norm of the difference of two C x H x W feature maps is
        // over every entry (was the norm of the last axis only, a C x H matrix, without a warning).
        double[] fa = {1, -2, 0.5, 3, 0.25, -1, 2, 0, -0.5, 1.5, 1, -3};
        double[] fb = {0.5, 1, -1, 2, 0, 0.75, -1, 1, 0.5, 0.5, -2, 1};
        double feature = 0;
        for (int i = 0; i < fa.length; i++) {
            feature += (fa[i] - fb[i]) * (fa[i] - fb[i]);
        }
        cases.add(new Case("the norm of a tensor of rank 3 is over every entry, with a warning",
                "a, b \\in \\mathbb{R}^{C \\times H \\times W}\nL = \\frac{1}{C H W} \\|a - b\\|_2^2", "L",
                Map.of("a", fa, "b", fb), Map.of("a", new int[] {2, 3, 2}, "b", new int[] {2, 3, 2}),
                new double[] {feature / 12}, Code.W0102));
        // NCA's \|Ax_i - Ax_j\|: the subscript is on x alone, A x_i (was row i of the product A x, silently).
        double[] axi = new double[4];
        for (int i = 0; i < 2; i++) {
            for (int r = 0; r < 2; r++) {
                axi[i * 2 + r] = A[r * 2] * B[i * 2] + A[r * 2 + 1] * B[i * 2 + 1];
            }
        }
        cases.add(new Case("Ax_i is A times x_i, the subscript on the last letter",
                "A, x \\in \\mathbb{R}^{n \\times n}\nr_i = Ax_i", "r", Map.of("A", A, "x", B),
                Map.of("A", mat, "x", mat), axi, null));
        // NCA's p_{ij} = …, \quad p_{ii} = 0: the diagonal given apart (was a number of its own, p kept its diagonal).
        cases.add(new Case("p_{ii} = 0 after p_{ij} = … sets the diagonal, with a warning",
                "x \\in \\mathbb{R}^{n \\times n}\np_{ij} = 2 x_{ij}, \\quad p_{ii} = 0", "p", Map.of("x", A),
                Map.of("x", mat), new double[] {0, 4, 6, 0}, Code.W0350));
        cases.add(new Case("D_{ii} = d_i after D_{ij} = … renames the diagonal's index",
                "x \\in \\mathbb{R}^{n \\times n}, d \\in \\mathbb{R}^{n}\nD_{ij} = x_{ij}\nD_{ii} = d_i", "D",
                Map.of("x", A, "d", new double[] {-1, -2}), Map.of("x", mat, "d", new int[] {2}),
                new double[] {-1, 2, 3, -2}, Code.W0350));
        // ESL's AdaBoost.M1: I(y_i \neq G_m(x_i)) is the indicator (was E0304, the size of the identity I).
        double[] signs = {1, -1, 1};
        double[] guesses = {1, 1, -1};
        double[] boostWeights = {0.5, 0.25, 2};
        cases.add(new Case("a plain I of a comparison is the indicator, with a warning",
                "w, y, g \\in \\mathbb{R}^{N}\ne = \\frac{\\sum_{i=1}^{N} w_i I(y_i \\neq g_i)}{\\sum_{i=1}^{N} w_i}", "e",
                Map.of("w", boostWeights, "y", signs, "g", guesses), Map.of("w", vec, "y", vec, "g", vec),
                new double[] {(0.25 + 2) / 2.75}, Code.W0351));
        // Unparenthesised arguments: \sin 2x is sin(2x); the entropy of a Gaussian, 1/2 log(2 pi e sigma^2).
        double[] sin2x = new double[3];
        for (int i = 0; i < 3; i++) {
            sin2x[i] = Math.sin(2 * U[i]) * Math.cos(V[i]);
        }
        cases.add(new Case("a function without parentheses takes the factors after it: \\sin 2x \\cos y",
                "x, y \\in \\mathbb{R}^{d}\nz = \\sin 2x \\cos y", "z", Map.of("x", U, "y", V),
                Map.of("x", vec, "y", vec), sin2x, null));
        cases.add(new Case("\\log 2\\pi e\\sigma^2 is the log of the whole product (a Gaussian's entropy)",
                "\\sigma \\in \\mathbb{R}\nH = \\frac{1}{2}\\log 2\\pi e\\sigma^2", "H", Map.of("\\sigma", new double[] {1.5}),
                Map.of("\\sigma", new int[0]), new double[] {0.5 * Math.log(2 * Math.PI * Math.E * 2.25)}, null));
        // LayerNorm as PyTorch's documentation prints it: `*` between vectors is element-wise, as in code.
        double[] scaled = new double[3];
        for (int i = 0; i < 3; i++) {
            scaled[i] = U[i] * V[i] + 1;
        }
        cases.add(new Case("* between two vectors is element-wise, as in code, with a warning",
                "x, g \\in \\mathbb{R}^{d}\ny = x * g + 1", "y", Map.of("x", U, "g", V), Map.of("x", vec, "g", vec),
                scaled, Code.W0102));
        // Cross-entropy as printed: \sum_i -y_i \log p_i (the minus belongs to the body of the sum).
        double[] probs = {0.2, 0.5, 0.3};
        double ce = 0;
        for (int i = 0; i < 3; i++) {
            ce += -V[i] * Math.log(probs[i]);
        }
        cases.add(new Case("a sign right after a big operator belongs to its body: \\sum_i -y_i \\log p_i",
                "y, p \\in \\mathbb{R}^{C}\nH = \\sum_i -y_i \\log p_i", "H", Map.of("y", V, "p", probs),
                Map.of("y", vec, "p", vec), new double[] {ce}, null));
        double[] masked = new double[3];
        for (int i = 0; i < 3; i++) {
            masked[i] = U[i] > 0 ? U[i] : 0;
        }
        cases.add(new Case("\\cdot beside an indicator is element-wise (ReLU as x \\cdot 1[x > 0]), with a warning",
                "x \\in \\mathbb{R}^{d}\ny = x \\cdot \\mathbb{1}[x > 0]", "y", Map.of("x", U), Map.of("x", vec), masked,
                Code.W0102));
        // Dropout's z_i = w_i y + b_i (Srivastava et al.): row i of the declared matrix times the vector (was the
        // element-wise product, a [m, n] matrix, with only a warning).
        cases.add(new Case("a row of a declared matrix beside a whole vector is their dot product (W0102)",
                "w \\in \\mathbb{R}^{2 \\times 2}, y, b \\in \\mathbb{R}^{2}\nz_i = w_i y + b_i", "z",
                Map.of("w", A, "y", new double[] {U[0], U[1]}, "b", new double[] {V[0], V[1]}),
                Map.of("w", mat, "y", new int[] {2}, "b", new int[] {2}),
                new double[] {A[0] * U[0] + A[1] * U[1] + V[0], A[2] * U[0] + A[3] * U[1] + V[1]}, Code.W0102));
        cases.add(new Case("two rows side by side stay element-wise (a GRU's z_t h_t)",
                "z, h \\in \\mathbb{R}^{2 \\times 2}\ng_t = z_t h_t", "g", Map.of("z", A, "h", A),
                Map.of("z", mat, "h", mat), new double[] {A[0] * A[0], A[1] * A[1], A[2] * A[2], A[3] * A[3]}, Code.W0102));
        // BLEU's brevity penalty: a second condition that negates the first is the otherwise row, nothing to warn.
        cases.add(new Case("cases whose second condition negates the first need no otherwise row",
                "x \\in \\mathbb{R}^{d}\ny_i = \\begin{cases} x_i & \\text{if } x_i > 0 \\\\ x_i / 2 & \\text{if } 0 \\ge x_i"
                        + " \\end{cases}", "y", Map.of("x", U), Map.of("x", vec),
                new double[] {U[0] > 0 ? U[0] : U[0] / 2, U[1] > 0 ? U[1] : U[1] / 2, U[2] > 0 ? U[2] : U[2] / 2}, null));
        // Nadaraya-Watson's keys and values x_i, y_i \\in \\mathbb{R}^{n} inside \\sum_{i=1}^{n}: element i (was the
        // whole vector at every i, a vector result with no warning).
        cases.add(new Case("x_i declared over n, read inside a sum to n, is element i (W0257)",
                "x \\in \\mathbb{R}, x_i, y_i \\in \\mathbb{R}^{n}\nf = \\sum_{i=1}^{n} (x - x_i)^2 y_i", "f",
                Map.of("x", new double[] {0.5}, "x_i", U, "y_i", V), Map.of("x", new int[0], "x_i", vec, "y_i", vec),
                new double[] {(0.5 - U[0]) * (0.5 - U[0]) * V[0] + (0.5 - U[1]) * (0.5 - U[1]) * V[1]
                        + (0.5 - U[2]) * (0.5 - U[2]) * V[2]}, Code.W0257));
        // Bishop's \\boldsymbol{\\phi}_n with the design matrix \\Phi declared: row n (was an undeclared input).
        cases.add(new Case("\\phi_n undeclared beside a declared \\Phi is row n of it (W0102)",
                "\\Phi \\in \\mathbb{R}^{2 \\times 2}, t \\in \\mathbb{R}^{2}\ng = \\sum_{n=1}^{2} t_n \\boldsymbol{\\phi}_n", "g",
                Map.of("\\Phi", A, "t", new double[] {U[0], U[1]}), Map.of("\\Phi", mat, "t", new int[] {2}),
                new double[] {U[0] * A[0] + U[1] * A[2], U[0] * A[1] + U[1] * A[3]}, Code.W0102));
        // Bishop's S_N^{-1} = … then m_N = S_N …: S_N is the inverse of the defined precision (was an undeclared input).
        double[] inv = {-2, 1, 1.5, -0.5};   // the inverse of A = [[1, 2], [3, 4]]
        cases.add(new Case("a name used where only its inverse is defined is the inverse of that (W0102)",
                "A \\in \\mathbb{R}^{2 \\times 2}, u \\in \\mathbb{R}^{2}\nS^{-1} = A\nm = S u", "m",
                Map.of("A", A, "u", new double[] {U[0], U[1]}), Map.of("A", mat, "u", new int[] {2}),
                new double[] {inv[0] * U[0] + inv[1] * U[1], inv[2] * U[0] + inv[3] * U[1]}, Code.W0102));
        // Nadaraya-Watson's denominator: x_j with x_i \\in \\mathbb{R}^{n} declared is element j (was E0303 on x).
        double normaliser = Math.exp(-U[0] * U[0]) + Math.exp(-U[1] * U[1]) + Math.exp(-U[2] * U[2]);
        cases.add(new Case("x_j with x_i declared over n, j running to n, is element j of it (W0257)",
                "x_i \\in \\mathbb{R}^{n}\nw_i = \\frac{\\exp(-x_i^2)}{\\sum_{j=1}^{n} \\exp(-x_j^2)}", "w_i",
                Map.of("x_i", U), Map.of("x_i", vec), new double[] {Math.exp(-U[0] * U[0]) / normaliser,
                        Math.exp(-U[1] * U[1]) / normaliser, Math.exp(-U[2] * U[2]) / normaliser}, Code.W0257));
        // DistMult's <e_h, r, e_t> (was E0104 "sum takes 1 argument, got 3").
        double[] w = {0.5, -2, 4};
        cases.add(new Case("\\langle h, r, t \\rangle is the trilinear product, the sum of the element-wise product",
                "h, r, t \\in \\mathbb{R}^{d}\nf = \\langle h, r, t \\rangle", "f", Map.of("h", U, "r", V, "t", w),
                Map.of("h", vec, "r", vec, "t", vec),
                new double[] {U[0] * V[0] * w[0] + U[1] * V[1] * w[1] + U[2] * V[2] * w[2]}, null));
        // BYOL's <q, z>: the inner product, a number (before: a parse of two statements split at the comma).
        cases.add(new Case("\\langle u, v \\rangle is the inner product",
                "u, v \\in \\mathbb{R}^{d}\ns = 2 - 2\\langle u, v \\rangle", "s", Map.of("u", U, "v", V),
                Map.of("u", vec, "v", vec), new double[] {2 - 2 * (U[0] * V[0] + U[1] * V[1] + U[2] * V[2])}, null));
        // InfoNCE's positive c_1 with c declared as a matrix: row 1 of c, counted from 1 (before: an undeclared scalar).
        cases.add(new Case("c_1 of a declared matrix is its first row, counted from 1, with a warning",
                "c \\in \\mathbb{R}^{2 \\times 2}, u \\in \\mathbb{R}^{2}\ns = u^\\top c_1",
                "s", Map.of("c", A, "u", new double[] {U[0], U[1]}), Map.of("c", mat, "u", vec2),
                new double[] {U[0] * A[0] + U[1] * A[1]}, Code.W0140));
        cases.add(new Case("x_2 + W_{j,1}: numbers beside indices choose elements, counted from 1",
                "x \\in \\mathbb{R}^{2}, W \\in \\mathbb{R}^{2 \\times 2}\nb_j = W_{j,1} + x_2",
                "b", Map.of("W", A, "x", new double[] {U[0], U[1]}), Map.of("W", mat, "x", vec2),
                new double[] {A[0] + U[1], A[2] + U[1]}, Code.W0140));
        cases.add(new Case("x_0 in the file counts from 0: x_1 is then the second element",
                "x \\in \\mathbb{R}^{3}\ns = x_0 - x_1", "s", Map.of("x", U), Map.of("x", vec),
                new double[] {U[0] - U[1]}, Code.W0140));
        // Tversky loss (Salehi et al.): p_{0i}, g_{1i} with p, g of two rows (before: undeclared scalar inputs, exit 2).
        double tversky = 0;
        for (int i = 0; i < 2; i++) {
            tversky += A[i] * B[i];   // p_{0i}: row 0 of p (its 0 says p counts from 0); g_{1i}: g's first row
        }
        cases.add(new Case("p_{0i} g_{1i}: a digit beside an index is the row then the index; a written 0 counts from 0",
                "p, g \\in \\mathbb{R}^{2 \\times N}\ns = \\sum_{i=1}^{N} p_{0i} g_{1i}", "s",
                Map.of("p", A, "g", B), Map.of("p", mat, "g", mat), new double[] {tversky}, Code.W0140));
        // d2l's batch norm defines \hat{\sigma}^2 and divides by \hat{\sigma} (before: an undeclared scalar input).
        cases.add(new Case("sigma used where only sigma^2 is defined is its square root, with a warning",
                "x \\in \\mathbb{R}^{3}\n\\sigma^2 = \\frac{1}{3}\\sum_i x_i^2\ny = \\frac{x}{\\sigma}", "y",
                Map.of("x", U), Map.of("x", vec), new double[] {U[0] / Math.sqrt((U[0] * U[0] + U[1] * U[1] + U[2] * U[2]) / 3),
                        U[1] / Math.sqrt((U[0] * U[0] + U[1] * U[1] + U[2] * U[2]) / 3),
                        U[2] / Math.sqrt((U[0] * U[0] + U[1] * U[1] + U[2] * U[2]) / 3)}, Code.W0102));
        // Logistic regression as printed: \mathbf{x}_i with only \mathbf{X} declared (before: x an undeclared vector,
        // x_i a number), and \nabla_{\mathbf{w}} \ell of the function \ell(\mathbf{w}) (before: E0104).
        double s0 = A[0] * U[0] + A[1] * U[1];
        double s1 = A[2] * U[0] + A[3] * U[1];
        cases.add(new Case("x_i with only X declared is row i of X; nabla_w ell of the function ell(w) is its gradient at w",
                "\\mathbf{X} \\in \\mathbb{R}^{2 \\times 2}, \\mathbf{w} \\in \\mathbb{R}^{2}\n"
                        + "\\ell(\\mathbf{w}) = \\sum_{i=1}^{2} (\\mathbf{w}^\\top \\mathbf{x}_i)^2\n"
                        + "\\mathbf{g} = \\nabla_{\\mathbf{w}} \\ell",
                "\\mathbf{g}", Map.of("\\mathbf{X}", A, "\\mathbf{w}", new double[] {U[0], U[1]}),
                Map.of("\\mathbf{X}", mat, "\\mathbf{w}", vec2),
                new double[] {2 * (s0 * A[0] + s1 * A[2]), 2 * (s0 * A[1] + s1 * A[3])}, Code.W0102));
        // A log-density named as printed (before: E0105 "\log is defined in terms of itself", or E0107).
        cases.add(new Case("\\log p(x | mu) = ... names a log-density; nabla_mu \\log p(x | mu) calls it",
                "x, \\mu \\in \\mathbb{R}^{3}\n\\log p(x \\mid \\mu) = -\\frac{1}{2}(x - \\mu)^\\top (x - \\mu)\n"
                        + "g = \\nabla_\\mu \\log p(x \\mid \\mu)", "g", Map.of("x", U, "\\mu", V),
                Map.of("x", vec, "\\mu", vec), new double[] {U[0] - V[0], U[1] - V[1], U[2] - V[2]}, null));
        // SAC's target with the log-probabilities declared as a name (before: E0304, and r declared as a scalar).
        cases.add(new Case("\\log\\pi declared in a list is a name; the names before it share its shape",
                "r, \\log\\pi \\in \\mathbb{R}^{B}, \\alpha \\in \\mathbb{R}\ny = r - \\alpha \\log\\pi", "y",
                Map.of("r", U, "\\log\\pi", V, "\\alpha", new double[] {0.5}),
                Map.of("r", vec, "\\log\\pi", vec, "\\alpha", new int[0]),
                new double[] {U[0] - 0.5 * V[0], U[1] - 0.5 * V[1], U[2] - 0.5 * V[2]}, null));
        cases.add(new Case("\\log p = ... is a value named \\log p",
                "x \\in \\mathbb{R}^{3}\n\\log p = -\\frac{1}{2}\\log(2\\pi) - \\frac{1}{2} x^\\top x", "\\log p",
                Map.of("x", U), Map.of("x", vec),
                new double[] {-0.5 * Math.log(2 * Math.PI) - 0.5 * (U[0] * U[0] + U[1] * U[1] + U[2] * U[2])}, null));
        // Softmax regression as printed: p(y = k | x) defines p over the outcomes k (before: E0107).
        double z0 = A[0] * U[0] + A[1] * U[1];
        double z1 = A[2] * U[0] + A[3] * U[1];
        double norm = Math.exp(z0) + Math.exp(z1);
        cases.add(new Case("p(y = k | x) = ... defines p over the outcomes k",
                "W \\in \\mathbb{R}^{2 \\times 2}, x \\in \\mathbb{R}^{2}\n"
                        + "p(y = k \\mid x) = \\frac{\\exp(W_k^\\top x)}{\\sum_{j=1}^{2} \\exp(W_j^\\top x)}", "p",
                Map.of("W", A, "x", new double[] {U[0], U[1]}), Map.of("W", mat, "x", vec2),
                new double[] {Math.exp(z0) / norm, Math.exp(z1) / norm}, Code.W0160));
        // Platt scaling as printed: P(y = 1 | f) names the probability of one fixed outcome (before: E0107).
        double[] platt = new double[3];
        for (int i = 0; i < 3; i++) {
            platt[i] = 1 / (1 + Math.exp(-1.5 * U[i] + 0.25));
        }
        cases.add(new Case("P(y = 1 | f) = ... defines P, the probability of the fixed outcome",
                "f \\in \\mathbb{R}^{N}, A, B \\in \\mathbb{R}\nP(y = 1 | f) = \\frac{1}{1 + \\exp(A f + B)}", "P",
                Map.of("f", U, "A", new double[] {-1.5}, "B", new double[] {0.25}),
                Map.of("f", vec, "A", new int[0], "B", new int[0]), platt, Code.W0160));
        // Total variation as printed (Levin, Peres & Wilmer): a norm-shaped name defined by its right-hand side and
        // used by its printed name (before: E0107 "cannot define").
        double tv = 0;
        for (int i = 0; i < 3; i++) {
            tv += Math.abs(U[i] - V[i]);
        }
        cases.add(new Case("\\|mu - nu\\|_{TV} = ... names a distance; a later use of that spelling is its value",
                "\\mu, \\nu \\in \\mathbb{R}^{n}\n\\|\\mu - \\nu\\|_{TV} = \\frac{1}{2} \\sum_{x} |\\mu_x - \\nu_x|\n"
                        + "L = 2 \\|\\mu-\\nu\\|_{TV}", "L", Map.of("\\mu", U, "\\nu", V), Map.of("\\mu", vec, "\\nu", vec),
                new double[] {tv}, Code.W0102));
        // The KL divergence of two Gaussians as textbooks print it: the arguments name distributions (before: E0107).
        double[] klGauss = new double[3];
        for (int i = 0; i < 3; i++) {
            double sd1 = 1 + i * 0.5;
            double sd2 = 2 - i * 0.25;
            klGauss[i] = Math.log(sd2 / sd1) + (sd1 * sd1 + (U[i] - V[i]) * (U[i] - V[i])) / (2 * sd2 * sd2) - 0.5;
        }
        cases.add(new Case("D_{KL}(N(mu_1, s_1^2) || N(mu_2, s_2^2)) = ... names the value D_{KL}",
                "\\mu_1, \\mu_2, \\sigma_1, \\sigma_2 \\in \\mathbb{R}^{d}\n"
                        + "D_{KL}(\\mathcal{N}(\\mu_1, \\sigma_1^2) \\parallel \\mathcal{N}(\\mu_2, \\sigma_2^2)) = \\log"
                        + " \\frac{\\sigma_2}{\\sigma_1} + \\frac{\\sigma_1^2 + (\\mu_1 - \\mu_2)^2}{2 \\sigma_2^2} - \\frac{1}{2}",
                "D_{KL}", Map.of("\\mu_1", U, "\\mu_2", V, "\\sigma_1", new double[] {1, 1.5, 2},
                        "\\sigma_2", new double[] {2, 1.75, 1.5}),
                Map.of("\\mu_1", vec, "\\mu_2", vec, "\\sigma_1", vec, "\\sigma_2", vec), klGauss, Code.W0102));
        // Layer norm as labml prints it: the mean and variance over C keep that axis and broadcast back along it,
        // so each row is normalised by its own statistics (before: a square X was normalised column-wise, silently).
        double[] square = {1, 2, 3, 4, 6, 11, -2, 0, 5};
        cases.add(new Case("a mean over a named axis subtracted from its tensor keeps the axis (square X)",
                "X \\in \\mathbb{R}^{n \\times C}\nY = \\frac{X - \\underset{C}{\\mathbb{E}}[X]}{\\sqrt{\\underset{C}{Var}[X]"
                        + " + 0.001}}", "Y", Map.of("X", square), Map.of("X", new int[] {3, 3}),
                normaliseGroups(square, 3, 3, 0.001), null));
        double[] wide = {1, 2, 3, 4, 6, 11, -2, 0};
        cases.add(new Case("a mean over a named axis subtracted from its tensor keeps the axis (2 x 4 X)",
                "X \\in \\mathbb{R}^{n \\times C}\nY = X - \\underset{C}{\\mathbb{E}}[X]", "Y", Map.of("X", wide),
                Map.of("X", new int[] {2, 4}), normaliseGroups(wide, 2, 4, -1), null));
        cases.add(new Case("a mean over a named axis alone drops the axis",
                "X \\in \\mathbb{R}^{n \\times C}\n\\mu = \\underset{C}{\\mathbb{E}}[X]", "\\mu", Map.of("X", wide),
                Map.of("X", new int[] {2, 4}), new double[] {2.5, 3.75}, null));
        // Batch norm as labml prints it: statistics over B, H and W at once, per channel C.
        double[] nchw = new double[2 * 3 * 2 * 2];
        for (int i = 0; i < nchw.length; i++) {
            nchw[i] = Math.sin(1.7 * i) * (1 + i % 5);
        }
        cases.add(new Case("a mean and variance over several named axes: batch norm's statistics per channel",
                "X \\in \\mathbb{R}^{B \\times C \\times H \\times W}\nY = \\frac{X - \\underset{B, H, W}{\\mathbb{E}}[X]}"
                        + "{\\sqrt{\\underset{B, H, W}{Var}[X] + 0.001}}", "Y", Map.of("X", nchw),
                Map.of("X", new int[] {2, 3, 2, 2}), batchNorm(nchw, 2, 3, 4, 0.001), null));
        // Layer norm as labml prints it without axes: E[X] and Var[X] (bare letters) beside X are per row, warned
        // (before: Var was the product V a r, and an undeclared X was assumed square so E[X] centred columns).
        cases.add(new Case("E[X] and Var[X] beside a matrix X are per row, kept, and warned",
                "X \\in \\mathbb{R}^{n \\times d}\n\\hat{X} = \\frac{X - \\mathbb{E}[X]}{\\sqrt{Var[X] + 0.001}}", "\\hat{X}",
                Map.of("X", square), Map.of("X", new int[] {3, 3}), normaliseGroups(square, 3, 3, 0.001), Code.W0102));
        double[] deviations = new double[3];
        double[] standardised = new double[3];
        double meanU = (U[0] + U[1] + U[2]) / 3;
        double varU = 0;
        for (int i = 0; i < 3; i++) {
            varU += (U[i] - meanU) * (U[i] - meanU) / 3;
        }
        double ss = 0;
        for (int i = 0; i < 3; i++) {
            deviations[i] = U[i] - meanU;
            standardised[i] = (U[i] - meanU) / Math.sqrt(varU);
            ss += deviations[i] * deviations[i];
        }
        // std divides by n (numpy's convention; torch.std divides by n - 1): said with W0262 (GRPO's std(r)).
        cases.add(new Case("a vector minus its mean, over its standard deviation: divided by n, said",
                "x \\in \\mathbb{R}^{d}\ny = \\frac{x - \\mathrm{mean}(x)}{\\mathrm{std}(x)}", "y", Map.of("x", U),
                Map.of("x", vec), standardised, Code.W0262));
        cases.add(new Case("the square root of Var[x], the population standard deviation, says nothing",
                "x \\in \\mathbb{R}^{d}\ny = \\frac{x - \\mathrm{mean}(x)}{\\sqrt{\\mathrm{Var}[x]}}", "y",
                Map.of("x", U), Map.of("x", vec), standardised, null));
        cases.add(new Case("var(x) in parentheses is divided by n, said",
                "x \\in \\mathbb{R}^{d}\nv = \\mathrm{var}(x)", "v", Map.of("x", U), Map.of("x", vec),
                new double[] {varU}, Code.W0262));
        cases.add(new Case("a sum of squared deviations stays a number (the mean is not kept beside x_i)",
                "x \\in \\mathbb{R}^{d}\ns = \\sum_i (x_i - \\mathrm{mean}(x))^2", "s", Map.of("x", U),
                Map.of("x", vec), new double[] {ss}, null));
        cases.add(new Case("Var[x] in square brackets is the variance",
                "x \\in \\mathbb{R}^{d}\nv = Var[x]", "v", Map.of("x", U), Map.of("x", vec), new double[] {varU}, null));
        // \max(x) with one argument is the largest element (was E0104 "max takes 2 arguments"); beside x it is kept.
        double maxU = Math.max(U[0], Math.max(U[1], U[2]));
        double minU = Math.min(U[0], Math.min(U[1], U[2]));
        double[] stable = new double[3];
        double stableSum = 0;
        for (int i = 0; i < 3; i++) {
            stableSum += Math.exp(U[i] - maxU);
        }
        for (int i = 0; i < 3; i++) {
            stable[i] = Math.exp(U[i] - maxU) / stableSum;
        }
        cases.add(new Case("a softmax stabilised by \\max(x), as printed",
                "x \\in \\mathbb{R}^{d}\ny = \\frac{\\exp(x - \\max(x))}{\\sum_j \\exp(x_j - \\max(x))}", "y", Map.of("x", U),
                Map.of("x", vec), stable, null));
        cases.add(new Case("\\max(x) - \\min(x): the range of x", "x \\in \\mathbb{R}^{d}\nr = \\max(x) - \\min(x)", "r",
                Map.of("x", U), Map.of("x", vec), new double[] {maxU - minU}, null));
        // Each row of a matrix minus its own largest element (2 x 2 A): per row, warned.
        cases.add(new Case("X - \\max(X) for a matrix: per row, warned", "X \\in \\mathbb{R}^{n \\times d}\nY = X - \\max(X)",
                "Y", Map.of("X", A), Map.of("X", mat), new double[] {1 - 2, 0, 3 - 4, 0}, Code.W0102));
        // Each row divided by its own sum (2 x 2 A): per row, warned (was E0302; an undeclared X was assumed square).
        cases.add(new Case("X / sum(X) for a matrix: per row, warned",
                "X \\in \\mathbb{R}^{n \\times d}\nY = X / \\mathrm{sum}(X)", "Y",
                Map.of("X", A), Map.of("X", mat), new double[] {1.0 / 3, 2.0 / 3, 3.0 / 7, 4.0 / 7},
                Code.W0102));
        // NovoGrad (Ginsburg et al. 2019) types the norm with plain bars: v_t = β v + (1 - β) ||g_t||^2.
        double normSq = U[0] * U[0] + U[1] * U[1] + U[2] * U[2];
        cases.add(new Case("||x|| typed with plain bars is the norm, not the absolute value twice",
                "g \\in \\mathbb{R}^{d}, v, \\beta \\in \\mathbb{R}\nv_t = \\beta \\cdot v + (1 - \\beta) \\cdot ||g||^2",
                "v_t", Map.of("g", U, "v", new double[] {0.8}, "\\beta", new double[] {0.9}),
                Map.of("g", vec, "v", new int[0], "\\beta", new int[0]), new double[] {0.9 * 0.8 + 0.1 * normSq},
                null));
        // Zou & Hastie's elastic net penalty: λ_1 |β|_1 + λ_2 |β|_2^2 with single bars.
        double l1 = Math.abs(U[0]) + Math.abs(U[1]) + Math.abs(U[2]);
        cases.add(new Case("|x|_1 with single bars is the l1 norm",
                "\\beta \\in \\mathbb{R}^{p}\nP = 0.3 \\|\\beta\\|_2^2 + 0.7 |\\beta|_1", "P", Map.of("\\beta", U),
                Map.of("\\beta", vec), new double[] {0.3 * normSq + 0.7 * l1}, null));
        // Both penalties with single bars: before, |β|_1 + 0.7|β|_2^2 read β|_1 as a restriction and made
        // |β_1 + 0.7| β_2^2 of it (warned W0140, but the wrong number).
        cases.add(new Case("|x|_1 + c|x|_2^2 with single bars are two norms",
                "\\beta \\in \\mathbb{R}^{p}\nP = |\\beta|_1 + 0.7|\\beta|_2^2", "P", Map.of("\\beta", U),
                Map.of("\\beta", vec), new double[] {l1 + 0.7 * normSq}, null));
        // KERPLE's bias b_{mn} = -r_1 log(1 + r_2 |m - n|) for m, n = 1, …, L: one range for both letters.
        double[] kerple = new double[9];
        for (int m = 1; m <= 3; m++) {
            for (int n = 1; n <= 3; n++) {
                kerple[(m - 1) * 3 + (n - 1)] = U[m - 1] * Math.abs(m - n);
            }
        }
        cases.add(new Case("\\quad m, n = 1, \\dots, L is the range of both letters",
                "x \\in \\mathbb{R}^{L}\nb_{mn} = x_m |m - n| \\quad m, n = 1, \\dots, L", "b", Map.of("x", U),
                Map.of("x", vec), kerple, null));
        // t-SNE's and InfoNCE's denominators: \sum_{k=1, k \neq i}^{n}, a limit and the skipped index together.
        double total = U[0] + U[1] + U[2];
        double squares = U[0] * U[0] + U[1] * U[1] + U[2] * U[2];
        cases.add(new Case("\\sum_{j=1, j \\neq i}^{n} skips the term j = i",
                "x \\in \\mathbb{R}^{n}\ns = \\sum_{i=1}^{n} \\sum_{j=1, j \\neq i}^{n} x_i x_j", "s", Map.of("x", U),
                Map.of("x", vec), new double[] {total * total - squares}, null));
        // The element-wise left-hand side's i counts from 0 and the sum's j from 1: still the term at i's position.
        double[] others = new double[3];
        for (int i = 0; i < 3; i++) {
            others[i] = U[i] * (total - U[i]);
        }
        cases.add(new Case("\\sum_{j=1, j \\neq i}^{n} skips the term at i's position when i is a left-hand side's index",
                "x \\in \\mathbb{R}^{n}\ns_i = x_i \\sum_{j=1, j \\neq i}^{n} x_j", "s", Map.of("x", U),
                Map.of("x", vec), others, null));
        // SNE's p_{j|i}, capsules' \hat{u}_{j|i}: two indices in the order written.
        double[] given = new double[9];
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 3; i++) {
                given[j * 3 + i] = U[i] - 2 * U[j];
            }
        }
        cases.add(new Case("p_{j|i} is indexed by j then i", "x \\in \\mathbb{R}^{n}\np_{j|i} = x_i - 2 x_j", "p",
                Map.of("x", U), Map.of("x", vec), given, null));
        // A whole-number scalar in a subscript (the CS231n cross-entropy, one example): a position counted from 0.
        double rest = Math.exp(U[0]) + Math.exp(U[2]);
        cases.add(new Case("z_y and \\sum_{j \\neq y} with y \\in \\mathbb{N} select and skip the position y, with W0140",
                "z \\in \\mathbb{R}^{C}, y \\in \\mathbb{N}\nL = -z_y + \\log\\left(\\sum_{j \\neq y} e^{z_j}\\right)", "L",
                Map.of("z", U, "y", new double[] {1}), Map.of("z", vec, "y", new int[0]),
                new double[] {-U[1] + Math.log(rest)}, Code.W0140));
        // ^{(k)} with k bound by the reduction: component k (W0240). Temperature scaling's confidence, Guo et al.
        double[] confidence = new double[2];
        for (int i = 0; i < 2; i++) {
            double a = Math.exp(A[2 * i] / 2), b = Math.exp(A[2 * i + 1] / 2);
            confidence[i] = Math.max(a, b) / (a + b);
        }
        cases.add(new Case("\\sigma_{SM}(z_i / T)^{(k)} under \\max_k is component k of the softmax, with W0240",
                "z \\in \\mathbb{R}^{n \\times K}, T \\in \\mathbb{R}\n\\hat{q}_i = \\max_k \\sigma_{SM}(z_i / T)^{(k)}",
                "\\hat{q}", Map.of("z", A, "T", new double[] {2}), Map.of("z", mat, "T", new int[0]), confidence,
                Code.W0240));
        cases.add(new Case("\\mathbf{q}_s^{(k)} under \\sum_k is element k of the declared vector, with W0240",
                "\\mathbf{q}_s, v \\in \\mathbb{R}^{K}\n\\ell = \\sum_k \\mathbf{q}_s^{(k)} v_k", "\\ell",
                Map.of("\\mathbf{q}_s", U, "v", V), Map.of("\\mathbf{q}_s", vec, "v", vec),
                new double[] {U[0] * V[0] + U[1] * V[1] + U[2] * V[2]}, Code.W0240));
        // PointNet's max pooling: the range listed under the operator, i = 1, \dots, n.
        cases.add(new Case("\\max_{i=1, \\dots, n} runs i over the range listed",
                "h \\in \\mathbb{R}^{n \\times K}\nf = \\max_{i=1, \\dots, n} h_i", "f", Map.of("h", B),
                Map.of("h", mat), new double[] {Math.max(B[0], B[2]), Math.max(B[1], B[3])}, null));
        // Rabiner's Viterbi recursion: \max_{1 \le i \le N}, the range as two comparisons (was E0103).
        cases.add(new Case("\\max_{1 \\le i \\le n} runs i from 1 to n",
                "h \\in \\mathbb{R}^{n \\times K}\nf = \\max_{1 \\le i \\le n} h_i", "f", Map.of("h", B),
                Map.of("h", mat), new double[] {Math.max(B[0], B[2]), Math.max(B[1], B[3])}, null));
        cases.add(new Case("\\sum_{0 \\le i < n} runs i from 0 to n - 1",
                "x \\in \\mathbb{R}^{n}\ns = \\sum_{0 \\le i < n} x_i", "s", Map.of("x", U),
                Map.of("x", vec), new double[] {U[0] + U[1] + U[2]}, null));
        // Welch & Bishop's Kalman update: k is the step the declared names carry (before: an index with no range,
        // W0196, and a result of n_k rows asked at run time).
        double[] gain = {1, 0.5, -1, 2, 0.25, 0};   // [3, 2]
        double[] h = {1, 0, 2, 0, 1, -1};          // [2, 3]
        double[] z = {0.5, -1};
        double[] update = new double[3];
        for (int i = 0; i < 3; i++) {
            update[i] = U[i];
            for (int r = 0; r < 2; r++) {
                double innovation = z[r];
                for (int c = 0; c < 3; c++) {
                    innovation -= h[r * 3 + c] * U[c];
                }
                update[i] += gain[i * 2 + r] * innovation;
            }
        }
        cases.add(new Case("\\hat{x}_k beside declared \\hat{x}_k^-, K_k, z_k is one value named with its step",
                "\\hat{x}_k^- \\in \\mathbb{R}^{n}, K_k \\in \\mathbb{R}^{n \\times m}, H \\in \\mathbb{R}^{m \\times n},"
                        + " z_k \\in \\mathbb{R}^{m}\n\\hat{x}_k = \\hat{x}_k^- + K_k(z_k - H \\hat{x}_k^-)", "\\hat{x}_k",
                Map.of("\\hat{x}_k^-", U, "K_k", gain, "H", h, "z_k", z), Map.of("\\hat{x}_k^-", vec, "K_k",
                        new int[] {3, 2}, "H", new int[] {2, 3}, "z_k", new int[] {2}), update, Code.W0286));
        // Parikh and Boyd's soft thresholding: parentheses around the function's value on an element-wise left side.
        double[] soft = new double[3];
        for (int i = 0; i < 3; i++) {
            soft[i] = Math.signum(U[i]) * Math.max(Math.abs(U[i]) - 0.75, 0);
        }
        cases.add(new Case("(\\mathbf{prox}_{\\lambda f}(v))_i = … defines the function element-wise",
                "v \\in \\mathbb{R}^{n}, \\lambda \\in \\mathbb{R}\n(\\mathbf{prox}(v))_i = \\operatorname{sign}(v_i)"
                        + " \\max(|v_i| - \\lambda, 0)", "\\mathbf{prox}", Map.of("v", U, "\\lambda", new double[] {0.75}),
                Map.of("v", vec, "\\lambda", new int[0]), soft, null));
        // Langville & Meyer's PageRank step: \pi^{(k)T} H is the row vector \pi^{(k)} times H (was \pi to the power
        // of (k) times an undeclared T, an input asked for), \mathbf{e}^T the transpose of the declared vector e (was
        // Euler's number to the power T).
        double[] rowTimesA = {U[0] * 1 + U[1] * 3, U[0] * 2 + U[1] * 4};
        cases.add(new Case("x^{(k)T}: the transpose of the labelled name x^{(k)}",
                "\\pi^{(k)} \\in \\mathbb{R}^{n}, H \\in \\mathbb{R}^{n \\times n}\ny = \\pi^{(k)T} H", "y",
                Map.of("\\pi^{(k)}", new double[] {U[0], U[1]}, "H", A), Map.of("\\pi^{(k)}", new int[] {2}, "H", mat),
                rowTimesA, null));
        cases.add(new Case("e^T with e declared is its transpose, not Euler's number",
                "\\mathbf{e} \\in \\mathbb{R}^{n}, H \\in \\mathbb{R}^{n \\times n}\ny = \\mathbf{e}^T H", "y",
                Map.of("\\mathbf{e}", new double[] {U[0], U[1]}, "H", A), Map.of("\\mathbf{e}", new int[] {2}, "H",
                        mat), rowTimesA, null));
        // Newman's modularity writes the same-community test as \delta(c_i, c_j): the Kronecker delta (was an input
        // named `\delta(c_i, c_j)` asked for at run time).
        cases.add(new Case("delta(a, b) undefined is the Kronecker delta",
                "A \\in \\mathbb{R}^{n \\times n}, c \\in \\mathbb{N}^{n}\nQ = \\sum_{ij} A_{ij} \\delta(c_i, c_j)", "Q",
                Map.of("A", A, "c", new double[] {1, 0}), Map.of("A", mat, "c", new int[] {2}),
                new double[] {1 + 4}, Code.W0310));
        // AlexNet's response-normalisation window with both limits clipped, \max(0, i-1) … \min(N-1, i+1): the
        // letter i inside the calls is the outer index (was E0103: only one clipped limit was recognised).
        cases.add(new Case("a window whose limits are both \\max and \\min of the outer index",
                "a \\in \\mathbb{R}^{N}\nb_i = \\sum_{j=\\max(0, i-1)}^{\\min(N-1, i+1)} a_j \\quad i = 0, \\dots, N-1",
                "b", Map.of("a", U), Map.of("a", vec),
                new double[] {U[0] + U[1], U[0] + U[1] + U[2], U[1] + U[2]}, Code.W0171));
        // The graph transformer's score Q h_i \cdot K h_j (Dwivedi & Bresson): juxtaposition binds tighter than
        // \cdot, (A u) \cdot (B v) = -0.5 (was ((A u) \cdot B) v, a vector times B then element-wise with v: a [2]
        // result, exit code 0, no warning about it).
        cases.add(new Case("A u \\cdot B v is the dot product of A u and B v",
                "u, v \\in \\mathbb{R}^{n}, A, B \\in \\mathbb{R}^{n \\times n}\ns = A u \\cdot B v", "s",
                Map.of("u", new double[] {1, -2}, "v", new double[] {0.5, 3}, "A", A, "B", B),
                Map.of("u", new int[] {2}, "v", new int[] {2}, "A", mat, "B", mat), new double[] {-0.5}, Code.W0102));
        // Center loss / ArcFace: W \in R^{d x n}, "W_j is the j-th column of W"; W_j^T x_i is column j dotted with x_i.
        double[] xs = {1, -2, 0.5, 3};                 // x: m = 2 rows of d = 2
        double[] ws = {1, 2, 3, 4, 0.5, -1};           // W: d = 2 rows of n = 3
        double[] labels = {2, 0};
        double[] logits = new double[2];
        for (int i = 0; i < 2; i++) {
            double sum = 0;
            for (int j = 0; j < 3; j++) {
                sum += Math.exp(ws[j] * xs[2 * i] + ws[3 + j] * xs[2 * i + 1]);
            }
            int c = (int) labels[i];
            logits[i] = ws[c] * xs[2 * i] + ws[3 + c] * xs[2 * i + 1] - Math.log(sum);
        }
        cases.add(new Case("W_j^T x of a d x n matrix is column j when a row does not fit (W0331)",
                "x \\in \\mathbb{R}^{m \\times d}, W \\in \\mathbb{R}^{d \\times n}, y \\in \\{0, \\dots, n-1\\}^{m}\n"
                        + "s_i = W_{y_i}^T x_i - \\log \\sum_{j=1}^{n} e^{W_j^T x_i}", "s",
                Map.of("x", xs, "W", ws, "y", labels), Map.of("x", new int[] {2, 2}, "W", new int[] {2, 3},
                        "y", new int[] {2}), logits, Code.W0331));
        return cases.stream();
    }

    /** Each run of {@code size} consecutive values of rows x size, normalised (eps < 0: only deviations). */
    private static double[] normaliseGroups(double[] x, int rows, int size, double eps) {
        double[] out = new double[x.length];
        for (int r = 0; r < rows; r++) {
            double mean = 0;
            for (int c = 0; c < size; c++) {
                mean += x[r * size + c] / size;
            }
            double var = 0;
            for (int c = 0; c < size; c++) {
                var += (x[r * size + c] - mean) * (x[r * size + c] - mean) / size;
            }
            for (int c = 0; c < size; c++) {
                out[r * size + c] = eps < 0 ? x[r * size + c] - mean : (x[r * size + c] - mean) / Math.sqrt(var + eps);
            }
        }
        return out;
    }

    /** Batch norm of an N x C x S tensor (S = H W): per channel, over the batch and the spatial positions. */
    private static double[] batchNorm(double[] x, int n, int channels, int spatial, double eps) {
        double[] out = new double[x.length];
        for (int c = 0; c < channels; c++) {
            double mean = 0;
            double count = n * spatial;
            for (int b = 0; b < n; b++) {
                for (int s = 0; s < spatial; s++) {
                    mean += x[(b * channels + c) * spatial + s] / count;
                }
            }
            double var = 0;
            for (int b = 0; b < n; b++) {
                for (int s = 0; s < spatial; s++) {
                    double dev = x[(b * channels + c) * spatial + s] - mean;
                    var += dev * dev / count;
                }
            }
            for (int b = 0; b < n; b++) {
                for (int s = 0; s < spatial; s++) {
                    int i = (b * channels + c) * spatial + s;
                    out[i] = (x[i] - mean) / Math.sqrt(var + eps);
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatedCodeAndInterpreterComputeThePaperReading(Case c) throws Exception {
        PaperReadings.assertComputes("Reading", c.program(), c.definition(), c.inputs(), c.shapes(), c.expected(),
                c.warns() == null ? List.of() : List.of(c.warns()));
    }
}
