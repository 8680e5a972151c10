package dev.eqc.compiler.e2e;

import static dev.eqc.compiler.e2e.PaperReadings.seq;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Recurrences over a declared sequence (docs/LANGUAGE.md, Recurrences over a sequence, W0380): a definition that
 * reads itself one step back or ahead, beside an operand indexed by the same letter over a declared sequence, is the
 * whole scan from its initial state, stacked. Before: {@code x_{k-1}} was an undeclared input (one step, W0101)
 * and {@code G_{t+1}} a definition in terms of itself (E0105). Expected values are computed here in plain Java.
 */
class RecurrenceScansTest {
    private static final int L = 5;
    private static final int N = 3;

    @Test
    void s4RunsForwardFromAZeroState() throws Exception {
        // x_k = A x_{k-1} + B u_k: the state is a vector, the start zero
        double[] a = seq(N * N, 0.5, 0.2);
        double[] b = seq(N, 1, 1.1);
        double[] u = seq(L, 1, 2.3);
        double[] expected = new double[L * N];
        double[] x = new double[N];
        for (int k = 0; k < L; k++) {
            double[] next = new double[N];
            for (int i = 0; i < N; i++) {
                for (int j = 0; j < N; j++) {
                    next[i] += a[i * N + j] * x[j];
                }
                next[i] += b[i] * u[k];
            }
            x = next;
            System.arraycopy(x, 0, expected, k * N, N);
        }
        PaperReadings.assertComputes("S4", "\\bar{A} \\in \\mathbb{R}^{N \\times N}, \\bar{B} \\in \\mathbb{R}^{N},"
                        + " u \\in \\mathbb{R}^{L}\nx_k = \\bar{A} x_{k-1} + \\bar{B} u_k", "x",
                Map.of("\\bar{A}", a, "\\bar{B}", b, "u", u),
                Map.of("\\bar{A}", new int[] {N, N}, "\\bar{B}", new int[] {N}, "u", new int[] {L}), expected,
                List.of(Code.W0380));
    }

    @Test
    void aBackwardRecurrenceRunsFromItsStatedEnd() throws Exception {
        // G_t = r_t + gamma G_{t+1}, G_T = 0: the discounted return, from the last step back
        double[] r = seq(L, 1, 0.4);
        double[] expected = new double[L];
        double next = 0;
        for (int t = L - 1; t >= 0; t--) {
            expected[t] = r[t] + 0.9 * next;
            next = expected[t];
        }
        PaperReadings.assertComputes("Return", "r \\in \\mathbb{R}^{T}, \\gamma \\in \\mathbb{R}\nG_t = r_t + \\gamma"
                        + " G_{t+1}\nG_T = 0", "G", Map.of("r", r, "\\gamma", new double[] {0.9}),
                Map.of("r", new int[] {L}, "\\gamma", new int[0]), expected, List.of(Code.W0380));
    }

    @Test
    void aDeclaredInitialStateStartsTheScan() throws Exception {
        // m_t = beta m_{t-1} + (1 - beta) g_t from a given m_0, over T gradients of size N
        double[] g = seq(L * N, 1, 0.7);
        double[] m0 = seq(N, 2, 1.9);
        double[] expected = new double[L * N];
        double[] m = m0.clone();
        for (int t = 0; t < L; t++) {
            for (int i = 0; i < N; i++) {
                m[i] = 0.8 * m[i] + 0.2 * g[t * N + i];
            }
            System.arraycopy(m, 0, expected, t * N, N);
        }
        PaperReadings.assertComputes("Moment", "g \\in \\mathbb{R}^{T \\times d}, m_0 \\in \\mathbb{R}^{d}, \\beta"
                        + " \\in \\mathbb{R}\nm_t = \\beta m_{t-1} + (1 - \\beta) g_t", "m",
                Map.of("g", g, "m_0", m0, "\\beta", new double[] {0.8}),
                Map.of("g", new int[] {L, N}, "m_0", new int[] {N}, "\\beta", new int[0]), expected,
                List.of(Code.W0380));
    }

    @Test
    void retNetsRecurrentFormStacksOuterProductStates() throws Exception {
        // S_n = gamma S_{n-1} + K_n^T V_n (a d x dv state), Retention(X_n) = Q_n S_n per step
        int d = 2;
        int dv = 3;
        double[] q = seq(L * d, 1, 0.1);
        double[] k = seq(L * d, 1, 0.5);
        double[] v = seq(L * dv, 1, 0.9);
        double[] expected = new double[L * dv];
        double[] s = new double[d * dv];
        for (int n = 0; n < L; n++) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < dv; j++) {
                    s[i * dv + j] = 0.7 * s[i * dv + j] + k[n * d + i] * v[n * dv + j];
                }
            }
            for (int j = 0; j < dv; j++) {
                for (int i = 0; i < d; i++) {
                    expected[n * dv + j] += q[n * d + i] * s[i * dv + j];
                }
            }
        }
        PaperReadings.assertComputes("Retention", "Q, K \\in \\mathbb{R}^{N \\times d}, V \\in \\mathbb{R}^{N \\times"
                        + " d_v}, \\gamma \\in \\mathbb{R}\nS_n = \\gamma S_{n-1} + K_n^\\top V_n\n\\mathrm{Retention}(X_n)"
                        + " = Q_n S_n", "\\mathrm{Retention}",
                Map.of("Q", q, "K", k, "V", v, "\\gamma", new double[] {0.7}),
                Map.of("Q", new int[] {L, d}, "K", new int[] {L, d}, "V", new int[] {L, dv}, "\\gamma", new int[0]),
                expected, List.of(Code.W0382, Code.W0380, Code.W0381));
    }

    @Test
    void aTransposedRowTimesARowOfEqualLengthIsTheOuterProduct() throws Exception {
        // K_n^T V_n with K, V both N x d: was their dot product, silently; rows of capitals make a d x d matrix
        int d = 2;
        double[] k = seq(L * d, 1, 0.5);
        double[] v = seq(L * d, 1, 0.9);
        double[] expected = new double[L * d * d];
        for (int n = 0; n < L; n++) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    expected[(n * d + i) * d + j] = k[n * d + i] * v[n * d + j];
                }
            }
        }
        PaperReadings.assertComputes("Outer", "K, V \\in \\mathbb{R}^{N \\times d}\nA_n = K_n^\\top V_n", "A",
                Map.of("K", k, "V", v), Map.of("K", new int[] {L, d}, "V", new int[] {L, d}), expected,
                List.of(Code.W0381));
    }

    @Test
    void anotherLineReadsTheStatesOneStepBack() throws Exception {
        // RWKV: a_t = e^{-w} a_{t-1} + e^{k_t} v_t; wkv_t reads a_{t-1}, 0 before the first step
        double[] k = seq(L, 0.5, 0.3);
        double[] v = seq(L, 1, 1.7);
        double w = 0.6;
        double[] expected = new double[L];
        double a = 0;
        for (int t = 0; t < L; t++) {
            expected[t] = a + v[t];
            a = Math.exp(-w) * a + Math.exp(k[t]) * v[t];
        }
        PaperReadings.assertComputes("Wkv", "k, v \\in \\mathbb{R}^{T}, w \\in \\mathbb{R}\na_t = e^{-w} a_{t-1} +"
                        + " e^{k_t} v_t\nc_t = a_{t-1} + v_t", "c",
                Map.of("k", k, "v", v, "w", new double[] {w}),
                Map.of("k", new int[] {L}, "v", new int[] {L}, "w", new int[0]), expected,
                List.of(Code.W0380, Code.W0170));
    }

    @Test
    void aCellGivenOneStepsInputsStaysOneStep() throws Exception {
        // GRU's state update with h_{t-1} and z_t declared: one step, no scan
        double[] h = seq(N, 1, 0.2);
        double[] z = seq(N, 0.4, 1.2);
        double[] expected = new double[N];
        for (int i = 0; i < N; i++) {
            expected[i] = z[i] * h[i] + 2 * (1 - z[i]);
        }
        PaperReadings.assertComputes("Cell", "h_{t-1}, z_t \\in \\mathbb{R}^{d}\nh_t = z_t \\odot h_{t-1} + (1 - z_t)"
                        + " \\cdot 2", "h_t", Map.of("h_{t-1}", h, "z_t", z),
                Map.of("h_{t-1}", new int[] {N}, "z_t", new int[] {N}), expected, List.of());
    }

    @Test
    void aStepBesideAnotherIndexIsRefused() {
        PaperReadings.assertRejected("u \\in \\mathbb{R}^{L}, W \\in \\mathbb{R}^{N \\times L}\nx_k = 0.5 x_{k-1} +"
                + " \\sum_i W_{ik} u_k", Code.E0346);
    }

    @Test
    void aStateWhoseShapeChangesIsRefused() {
        PaperReadings.assertRejected("u \\in \\mathbb{R}^{L}, W \\in \\mathbb{R}^{N \\times N}\nh_k = W h_{k-1} + u_k",
                Code.E0347);
    }

    @Test
    void theGradientThroughAScanIsAnErrorNotACrash() {
        PaperReadings.assertRejected("u \\in \\mathbb{R}^{L}, a \\in \\mathbb{R}\nx_k = a x_{k-1} + u_k\nJ = \\sum_k"
                + " x_k\ng = \\nabla_a J", Code.E0501);
    }
}
